import FluentKit
import Foundation

/// A personal API token. Only the SHA-256 of the secret is kept: the token itself is shown once,
/// when it is created. The owner is a family member now, an agent later; agents live in their own
/// table, so the owner is a kind and an id rather than a foreign key.
final class APIToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    enum OwnerKind: String, Sendable {
        case family, agent
    }

    @ID(key: .id) var id: UUID?
    /// An `OwnerKind` code.
    @Field(key: "owner_kind") var ownerKind: String
    @Field(key: "owner_id") var ownerID: UUID
    /// The name the owner gave it ("script de suivi"), to tell tokens apart.
    @Field(key: "name") var name: String
    /// Lower-case hexadecimal SHA-256 of the whole token.
    @Field(key: "token_hash") var tokenHash: String
    /// The token's first characters, shown in lists so the owner recognises it.
    @Field(key: "prefix") var prefix: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    init(id: UUID = UUID(), owner: OwnerKind, ownerID: UUID, name: String, tokenHash: String, prefix: String, now: Date) {
        self.id = id
        self.ownerKind = owner.rawValue
        self.ownerID = ownerID
        self.name = name
        self.tokenHash = tokenHash
        self.prefix = prefix
        self.createdAt = now
    }
}
