import App
import ArgumentParser
import Foundation
import Hummingbird

/// `dcem serve`: migrates the database, then serves on HOST:PORT (127.0.0.1:8080 by default).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the web service (SQLite under ./var by default; PostgreSQL when DATABASE_URL is set).")

    @Option(name: .long, help: "Address to listen on (overrides HOST).") var hostname: String?
    @Option(name: .long, help: "Port to listen on (overrides PORT).") var port: Int?
    @Flag(name: .long, help: "Seed the demo data first and print its logins (development only).") var demo = false

    func run() async throws {
        var config = try AppConfig.fromProcessEnvironment()
        if let hostname { config.host = hostname }
        if let port { config.port = port }
        // Before anything is written: a forgotten DCEM_ENV must not open /dev/mail to the network.
        if let problem = config.listeningProblem {
            FileHandle.standardError.write(Data("dcem: refusing to start: \(problem)\n".utf8))
            throw ExitCode(2)
        }
        if demo {
            for line in try await seedDemo(config) { print(line) }
        }
        let database = switch config.database {
        case .sqlite(let path): "SQLite at \(path)"
        case .postgres: "PostgreSQL (DATABASE_URL)"
        }
        let files = switch config.fileStore {
        case .database: "files in the database"
        case .folder: "files in \(config.dataDirectory)/files"
        }
        let mail = switch config.mailTransport {
        case .log: "mail is kept in the outbox, never sent (log transport)"
        case .sendmail: "mail is sent through \(config.sendmailPath)"
        }
        let reach = config.environment == .production ? "" : " (loopback only: DCEM_ENV=production to listen beyond this machine)"
        let app: any ApplicationProtocol
        do {
            app = try await buildApplication(config) { [config] bound in
                // Said once the socket is bound, and written unbuffered, so that a script waiting for the address sees it at once.
                let host = config.host.contains(":") ? "[\(config.host)]" : config.host
                FileHandle.standardOutput.write(Data(
                    "dcem (\(config.environment.rawValue)) listening on http://\(host):\(bound ?? config.port)\(reach) with \(database), \(files); \(mail).\n".utf8))
            }
        } catch let refused as StartRefused {
            FileHandle.standardError.write(Data("dcem: refusing to start: \(refused.description)\n".utf8))
            throw ExitCode(2)
        }
        do {
            try await app.runService()
        } catch {
            guard let failure = ListenFailure.describe(error, host: config.host, port: config.port) else { throw error }
            FileHandle.standardError.write(Data("dcem: \(failure)\n".utf8))
            throw ExitCode(2)
        }
    }
}

/// `dcem migrate`: brings the schema up to date and exits.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the database migrations and exit.")

    func run() async throws {
        try await runMigrations(try AppConfig.fromProcessEnvironment())
        print("Migrations are up to date.")
    }
}

extension AppConfig {
    /// The process environment, or a clear list of what is wrong with it (exit status 1).
    static func fromProcessEnvironment() throws -> AppConfig {
        do {
            return try AppConfig(environment: ProcessInfo.processInfo.environment)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.failure
        }
    }
}
