import FluentKit
import Foundation

/// A préfecture agent or supervisor. Created by `dcem agent create` with a temporary password;
/// signs in at `/backoffice` with the password and a one-time code
/// (docs/architecture.md#who-signs-in).
final class Agent: Model, @unchecked Sendable {
    static let schema = "agents"

    @ID(key: .id) var id: UUID?
    /// The département code of the agent's préfecture (DCEMRules' directory): the only cases they see.
    @Field(key: "prefecture") var prefecture: String
    /// The login, stored lower-cased.
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    /// An `AgentRole` code.
    @Field(key: "role") var role: String
    @Field(key: "password_hash") var passwordHash: String
    /// Set while the password is the temporary one printed at creation.
    @Field(key: "must_change_password") var mustChangePassword: Bool
    /// The TOTP secret (random ASCII, used as HMAC key); nil until the first login generates it.
    @OptionalField(key: "totp_secret") var totpSecret: String?
    /// Set once the agent has proved their app holds the secret.
    @OptionalField(key: "totp_confirmed_at") var totpConfirmedAt: Date?
    /// The last 30 s step a code was accepted for: a code is never accepted twice.
    @OptionalField(key: "totp_last_step") var totpLastStep: Int64?
    @Field(key: "created_at") var createdAt: Date
    /// Bumped at each password change: sessions opened under an older value are signed out.
    @Field(key: "credentials_version") var credentialsVersion: Int
    @OptionalField(key: "disabled_at") var disabledAt: Date?

    init() {}

    init(id: UUID = UUID(), prefecture: String, email: String, name: String, role: AgentRole, passwordHash: String, now: Date) {
        self.id = id
        self.prefecture = prefecture
        self.email = email
        self.name = name
        self.role = role.rawValue
        self.passwordHash = passwordHash
        self.mustChangePassword = true
        self.createdAt = now
        self.credentialsVersion = 0
    }

    var agentRole: AgentRole { AgentRole(rawValue: role) ?? .agent }
}

/// Supervisors also set their préfecture's pick-up hours and see its statistics
/// (docs/architecture.md#who-signs-in).
enum AgentRole: String, Codable, Sendable, CaseIterable {
    case agent
    case supervisor
}
