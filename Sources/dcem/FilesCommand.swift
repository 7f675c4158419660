import App
import ArgumentParser
import Foundation

/// `dcem files import` and `dcem files verify` (docs/file-store.md#commands).
struct FilesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "files",
        abstract: "The stored files: copy a folder's into the database store, or check every one against its SHA-256.",
        subcommands: [Import.self, Verify.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy a files folder (DCEM_DATA_DIR/files by default) into the database store, checking each file against its name; safe to run again."
        )

        @Option(name: .long, help: "The folder to import (default: DCEM_DATA_DIR/files).") var from: String?

        func run() async throws {
            let config = try AppConfig.fromProcessEnvironment()
            do {
                let summary = try await StoredFilesCommands.importFolder(config, from: from) { line in
                    FileHandle.standardError.write(Data((line + "\n").utf8))
                }
                print(summary.line)
                if !summary.damaged.isEmpty { throw ExitCode.failure }
            } catch let refusal as StoredFilesCommands.Refusal {
                FileHandle.standardError.write(Data("error: \(refusal.description)\n".utf8))
                throw ExitCode.failure
            }
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read back every stored file of the configured store, checking its SHA-256, and that every file a row refers to is there."
        )

        func run() async throws {
            let summary = try await StoredFilesCommands.verify(try AppConfig.fromProcessEnvironment())
            for name in summary.damaged { print("damaged: \(name)") }
            for name in summary.missing { print("missing: \(name)") }
            print(summary.line)
            if !summary.damaged.isEmpty || !summary.missing.isEmpty { throw ExitCode.failure }
        }
    }
}
