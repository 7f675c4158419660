import FluentKit
import Foundation
import Logging

/// `dcem demo` and `dcem serve --demo`: seeds the demo data and returns the lines to print
/// (the logins). Development only: demo logins are never printed elsewhere
/// (docs/architecture.md#environments).
public func seedDemo(_ config: AppConfig, now: Date = Date()) async throws -> [String] {
    guard config.environment == .development else { throw DemoRefused() }
    var logger = Logger(label: "dcem.demo")
    logger.logLevel = config.logLevel
    let logins = try await DatabaseService.using(config, logger: logger) { database in
        try await database.migrate()
        let seed = DemoSeed(database: { database.db },
                            files: FileStores.make(config, database: { database.db }),
                            hasher: PasswordHasher(cost: config.bcryptCost), publicURL: config.publicURL, now: { now })
        return try await seed.run()
    }
    return ["Demo data ready. Logins (development only):"] + logins.map { login in
        let area = login.role == "family" ? "\(config.publicURL)/compte/connexion" : "\(config.publicURL)/backoffice"
        let key = login.codeKey.map { "\tcode key \($0) (or: dcem agent code --email \(login.email))" } ?? ""
        return "  \(login.role)\t\(login.email)\t\(login.password)\t\(login.prefecture.map { "préfecture \($0)" } ?? "")\t\(area)\(key)"
    }
}

public struct DemoRefused: Error, CustomStringConvertible {
    public var description: String { "The demo seed runs in development only (DCEM_ENV=development)." }
}

/// `dcem agent code --email …`: the one-time code an agent's authenticator would show now
/// (development only, for the demo agents).
public func currentAgentCode(_ config: AppConfig, email: String, now: Date = Date()) async throws -> String? {
    guard config.environment == .development else { throw DemoRefused() }
    var logger = Logger(label: "dcem.demo")
    logger.logLevel = .warning
    let database = try DatabaseService(config: config, logger: logger)
    let agent = try? await Agent.query(on: database.db).filter(\.$email == email.lowercased()).first()
    await database.databases.shutdownAsync()
    guard let secret = agent?.totpSecret else { return nil }
    return String(format: "%06d", AgentTOTP.code(secret: secret, step: AgentTOTP.step(at: now)))
}
