import App
import ArgumentParser
import Foundation

/// `dcem keys …`: the keys that sign the DCEMs' verification codes (README, "Signing keys").
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List and rotate the keys that sign the DCEMs' verification codes.",
        subcommands: [List.self, Rotate.self]
    )

    /// `dcem keys list`: ids, dates, which is active; never a private key.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the signing keys: id, created, retired, active, checks codes until.")

        func run() async throws {
            let keys = try await listSigningKeys(try AppConfig.fromProcessEnvironment())
            guard !keys.isEmpty else {
                print("No signing key yet: the first one is created when a code is first needed, or with `dcem keys rotate`.")
                return
            }
            let formatter = ISO8601DateFormatter()
            print("id\tcreated\tretired\tactive\tchecks codes until")
            for key in keys {
                print([key.id, formatter.string(from: key.createdAt), key.retiredAt.map(formatter.string(from:)) ?? "-",
                       key.active ? "active" : "retired", key.active ? "-" : (key.verifiesUntil ?? "-")].joined(separator: "\t"))
            }
        }
    }

    /// `dcem keys rotate`: a new active key; the old one keeps checking the codes it made.
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a new signing key active. The previous key loses its private half and still checks the codes it made until the last document issued so far has expired."
        )

        func run() async throws {
            do {
                let key = try await rotateSigningKey(try AppConfig.fromProcessEnvironment())
                print("New active signing key: \(key.id). Documents printed from now on carry codes made with it.")
            } catch let error as SigningKeyRefused {
                FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
                throw ExitCode(2)
            }
        }
    }
}
