import App
import ArgumentParser
import Foundation

/// `dcem demo`: demo families, cases in every state and agents, with their logins (development only).
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Seed demo families, cases in every state and agents, and print their logins (development only).")

    func run() async throws {
        let config = try AppConfig.fromProcessEnvironment()
        do {
            for line in try await seedDemo(config) { print(line) }
        } catch let refused as DemoRefused {
            FileHandle.standardError.write(Data((refused.description + "\n").utf8))
            throw ExitCode.failure
        }
    }
}
