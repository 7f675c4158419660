import Foundation
import Logging

/// `dcem demo` and `dcem serve --demo`: seeds the demo data and returns the lines to print
/// (the logins). Development only: demo logins are never printed elsewhere (conventions.md).
public func seedDemo(_ config: AppConfig, now: Date = Date()) async throws -> [String] {
    guard config.environment == .development else { throw DemoRefused() }
    var logger = Logger(label: "dcem.demo")
    logger.logLevel = config.logLevel
    let database = try DatabaseService(config: config, logger: logger)
    do {
        try await database.migrate()
        let seed = DemoSeed(database: { database.db },
                            files: DiskFileStorage(root: URL(fileURLWithPath: config.dataDirectory).appendingPathComponent("files")),
                            hasher: PasswordHasher(cost: config.bcryptCost), publicURL: config.publicURL, now: { now })
        let logins = try await seed.run()
        await database.databases.shutdownAsync()
        return ["Demo data ready. Logins (development only):"] + logins.map { login in
            let area = login.role == "family" ? "\(config.publicURL)/compte/connexion" : "\(config.publicURL)/backoffice"
            return "  \(login.role)\t\(login.email)\t\(login.password)\t\(login.prefecture.map { "préfecture \($0)" } ?? "")\t\(area)"
        }
    } catch {
        await database.databases.shutdownAsync()
        throw error
    }
}

public struct DemoRefused: Error, CustomStringConvertible {
    public var description: String { "The demo seed runs in development only (DCEM_ENV=development)." }
}
