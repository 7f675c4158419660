import App
import ArgumentParser
import Foundation

/// `dcem token create --email … [--name …]`: a personal API token for a family member's scripts.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Personal API tokens.",
        subcommands: [Create.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a personal API token for a family account and print it (it is shown only once)."
        )

        @Option(name: .long, help: "The account's e-mail address.") var email: String
        @Option(name: .long, help: "A name to recognise the token by.") var name: String = "dcem token create"

        func run() async throws {
            let config = try AppConfig.fromProcessEnvironment()
            do {
                print(try await TokenIssuing.create(config, email: email, name: name))
            } catch let failure as TokenIssuing.Failure {
                FileHandle.standardError.write(Data("error: \(failure.description)\n".utf8))
                throw ExitCode(2)
            }
        }
    }
}
