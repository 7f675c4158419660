import FluentKit
import Foundation
import Logging

/// `dcem token create`: the account page's "create a token", for scripts.
public enum TokenIssuing {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unknownEmail(String)
        case invalidName(String)

        public var description: String {
            switch self {
            case .unknownEmail(let email): "No family account has the address \(email)."
            case .invalidName(let why): "--name: \(why)"
            }
        }
    }

    /// Migrates as `serve` would, then creates the token; returns it (shown once).
    public static func create(_ config: AppConfig, email: String, name: String) async throws -> String {
        var logger = Logger(label: "dcem.token")
        logger.logLevel = config.logLevel
        return try await DatabaseService.using(config, logger: logger) { database in
            if config.migrateOnStart { try await database.migrate() }
            return try await create(on: database.db, email: email, name: name, now: Date())
        }
    }

    /// The member is found by the address as stored (trimmed, lower-cased).
    static func create(on db: any Database, email: String, name: String, now: Date) async throws -> String {
        let normalised = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard let user = try await User.query(on: db).filter(\.$email == normalised).first(), let id = user.id else {
            throw Failure.unknownEmail(normalised)
        }
        let tokens = APITokens(database: { db }, now: { now })
        do {
            return try await tokens.create(owner: .family, ownerID: id, name: name).token
        } catch APITokens.Problem.nameMissing {
            throw Failure.invalidName("give the token a name")
        } catch APITokens.Problem.nameTooLong {
            throw Failure.invalidName("at most \(APITokens.maxNameLength) characters")
        }
    }
}
