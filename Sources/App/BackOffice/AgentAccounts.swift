import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Logging
import SQLKit

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

/// What `dcem agent disable|enable` found and did.
public enum AgentSwitch: Equatable, Sendable {
    /// Disabled (its open sessions end at their next request) or enabled.
    case done
    /// It already was.
    case already
    case notFound
}

/// `dcem agent disable|enable`: the same write as a supervisor's on the agents' page, for when no
/// supervisor can (the last one leaves, an account must be stopped at once).
public func switchAgent(_ config: AppConfig, email: String, disabled: Bool) async throws -> AgentSwitch {
    var logger = Logger(label: "dcem.agent")
    logger.logLevel = config.logLevel
    return try await DatabaseService.using(config, logger: logger) { database in
        try await database.migrate()
        return try await AgentAccounts.set(disabled: disabled, email: email, now: Date(), on: database.db)
    }
}

extension AgentAccounts {
    /// Disables or enables the agent with this address (any préfecture), by `apply`: a write that
    /// met another change (the agent signing in meanwhile) is made again on the fresh row.
    static func set(disabled: Bool, email: String, now: Date, on db: any Database) async throws -> AgentSwitch {
        let address = email.trimmingCharacters(in: .whitespaces).lowercased()
        let action: AgentAccountAction = disabled ? .disable : .enable
        for _ in 0..<5 {
            guard let agent = try await Agent.query(on: db).filter(\.$email == address).first() else { return .notFound }
            guard action.applies(disabled: agent.disabledAt != nil) else { return .already }
            // The hasher serves only a new password, which these two actions never make.
            if try await apply(action, to: agent, hasher: PasswordHasher(cost: 4), now: now, on: db).applied { return .done }
        }
        throw AgentSwitchConflict()
    }
}

/// The agent's row kept changing while `dcem agent disable|enable` tried to write it.
struct AgentSwitchConflict: Error {}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// What a supervisor does to a colleague's account (docs/pages.md#agents). Each is one
/// conditional write that also bumps `credentials_version`, so the sessions the agent has open
/// stop at their next request (`BackOfficeAgentMiddleware`); re-enabling does not revive them.
enum AgentAccountAction: String, CaseIterable, Sendable {
    /// The agent can no longer sign in, and their open sessions end.
    case disable = "desactiver"
    case enable = "reactiver"
    /// The one-time code is set up again at the next sign-in (a lost or changed phone).
    case resetCode = "code"
    /// A new temporary password, shown once to the supervisor; the agent chooses their own at the next sign-in.
    case resetPassword = "mot-de-passe"

    /// Offered for an agent in this condition.
    func applies(disabled: Bool) -> Bool {
        switch self {
        case .disable: !disabled
        case .enable: disabled
        case .resetCode, .resetPassword: !disabled
        }
    }
}

/// One agent of the préfecture, as the supervisors' list shows them.
struct AgentSummary: Sendable, Equatable {
    let id: UUID
    let name: String
    let email: String
    let role: AgentRole
    let disabled: Bool
    /// The agent's app holds a confirmed secret.
    let codeSet: Bool
    /// Still on the temporary password: has not signed in since it was given.
    let temporaryPassword: Bool
    let createdAt: Date
}

extension AgentAccounts {
    /// The préfecture's agents, by name.
    static func list(prefecture: String, on db: any Database) async throws -> [AgentSummary] {
        try await Agent.query(on: db).filter(\.$prefecture == prefecture).all()
            .map { AgentSummary(id: try $0.requireID(), name: $0.name, email: $0.email, role: $0.agentRole, disabled: $0.disabledAt != nil,
                                codeSet: $0.totpConfirmedAt != nil, temporaryPassword: $0.mustChangePassword, createdAt: $0.createdAt) }
            .sorted { ($0.name.lowercased(), $0.email) < ($1.name.lowercased(), $1.email) }
    }

    /// The agent of `prefecture` with this id; nil for anyone else's (the page answers 404).
    static func find(_ id: UUID, prefecture: String, on db: any Database) async throws -> Agent? {
        try await Agent.query(on: db).filter(\.$id == id).filter(\.$prefecture == prefecture).first()
    }

    /// Applies `action` to `agent`; the temporary password when one was made. False when the
    /// account changed in between (another supervisor, the agent signing in): nothing was written.
    static func apply(_ action: AgentAccountAction, to agent: Agent, hasher: PasswordHasher, now: Date,
                      on db: any Database) async throws -> (applied: Bool, temporaryPassword: String?) {
        guard let sql = db as? any SQLDatabase else { return (false, nil) }
        let update = sql.update(Agent.schema)
            .set("credentials_version", to: SQLBinaryExpression(SQLColumn("credentials_version"), .add, SQLLiteral.numeric("1")))
            .where("id", .equal, try agent.requireID())
            .where("credentials_version", .equal, agent.credentialsVersion)
        var password: String?
        switch action {
        case .disable:
            update.set("disabled_at", to: now).where("disabled_at", .is, SQLLiteral.null)
        case .enable:
            update.set("disabled_at", to: SQLLiteral.null).where("disabled_at", .isNot, SQLLiteral.null)
        case .resetCode:
            update.set("totp_secret", to: SQLLiteral.null).set("totp_confirmed_at", to: SQLLiteral.null).set("totp_last_step", to: SQLLiteral.null)
        case .resetPassword:
            let temporary = PasswordHasher.temporaryPassword()
            password = temporary
            update.set("password_hash", to: try await hasher.hash(temporary)).set("must_change_password", to: true)
        }
        let rows = try await update.returning("id").all()
        return rows.isEmpty ? (false, nil) : (true, password)
    }
}
