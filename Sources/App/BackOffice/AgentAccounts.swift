import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Logging

/// Why an agent could not be created: each names what to fix.
public enum AgentCreationError: Error, Equatable, CustomStringConvertible {
    case unknownPrefecture(String)
    case invalidEmail(String)
    case unknownRole(String)
    case duplicate(String)
    /// The name holds a line break or an invisible character (`TextInput`).
    case invalidName

    public var description: String {
        switch self {
        case .unknownPrefecture(let code): "unknown département code \"\(code)\": use an INSEE code such as 01, 2A, 75 or 974"
        case .invalidEmail(let email): "\"\(email)\" is not an e-mail address"
        case .unknownRole(let role): "unknown role \"\(role)\": use agent or supervisor"
        case .duplicate(let email): "an agent with the address \(email) already exists"
        case .invalidName: "the name must fit on one line, without control or invisible characters (line break, tab, zero-width space, text direction mark)"
        }
    }
}

/// An agent just created, with the temporary password to hand over (shown once, stored hashed).
public struct CreatedAgent: Sendable {
    public let id: UUID
    public let email: String
    public let prefecture: String
    public let serviceName: String
    public let role: String
    public let temporaryPassword: String
}

/// Creates agents: the one code path of `dcem agent create` and of the tests.
enum AgentAccounts {
    static func create(prefecture code: String, email typed: String, name: String?, role roleName: String,
                       hasher: PasswordHasher, now: Date, on db: any Database) async throws -> CreatedAgent {
        guard let departement = Departement(code: code.trimmingCharacters(in: .whitespaces)) else {
            throw AgentCreationError.unknownPrefecture(code)
        }
        guard let role = AgentRole(rawValue: roleName.lowercased()) else { throw AgentCreationError.unknownRole(roleName) }
        guard let email = AccountController.normalisedEmail(typed, text: Catalog.french.account) else {
            throw AgentCreationError.invalidEmail(typed)
        }
        if try await Agent.query(on: db).filter(\.$email == email).first() != nil {
            throw AgentCreationError.duplicate(email)
        }
        // Shown to colleagues and in every case's history: one line, nothing invisible.
        if let name, !TextInput.isAccepted(name.trimmingCharacters(in: .whitespaces), .singleLine) { throw AgentCreationError.invalidName }
        let password = PasswordHasher.temporaryPassword()
        let displayName = name?.trimmingCharacters(in: .whitespaces).nilIfEmpty ?? String(email.prefix { $0 != "@" })
        let agent = Agent(prefecture: departement.code, email: email, name: displayName, role: role,
                          passwordHash: try await hasher.hash(password), now: now)
        do {
            try await agent.create(on: db)
        } catch {
            // The unique index settles a race between two commands.
            if try await Agent.query(on: db).filter(\.$email == email).first() != nil { throw AgentCreationError.duplicate(email) }
            throw error
        }
        return CreatedAgent(id: try agent.requireID(), email: email, prefecture: departement.code, serviceName: departement.serviceName,
                            role: role.rawValue, temporaryPassword: password)
    }
}

/// `dcem agent create`: migrates, creates the agent, closes the database.
public func createAgent(_ config: AppConfig, prefecture: String, email: String, name: String?, role: String) async throws -> CreatedAgent {
    var logger = Logger(label: "dcem.agent")
    logger.logLevel = config.logLevel
    return try await DatabaseService.using(config, logger: logger) { database in
        try await database.migrate()
        return try await AgentAccounts.create(prefecture: prefecture, email: email, name: name, role: role,
                                              hasher: PasswordHasher(cost: config.bcryptCost), now: Date(), on: database.db)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
