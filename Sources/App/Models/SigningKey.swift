import FluentKit
import Foundation

/// A key that signs the DCEMs' verification codes (docs/states.md#verification), kept in the
/// database that every instance shares: never on one machine's disk, never in memory only.
///
/// The private key is read by `SigningKeys` to sign, and by nothing else: no page, no API answer,
/// no command prints it, and the database's query log is off (`DatabaseService`). A retired key
/// loses its private half at once; its public half checks the codes it made until `verifiesUntil`.
final class SigningKey: Model, @unchecked Sendable {
    static let schema = "document_signing_keys"

    /// Short and printable: it starts every code it makes (`k20261204-3fa1c2.…`).
    @ID(custom: "id", generatedBy: .user) var id: String?
    /// The Ed25519 public key, base64 of its 32 raw bytes.
    @Field(key: "public_key") var publicKey: String
    /// The Ed25519 private key, base64 of its 32 raw bytes; nil once retired.
    @OptionalField(key: "private_key") var privateKey: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "retired_at") var retiredAt: Date?
    /// The key that signs now: at most one row (a partial unique index, M029).
    @Field(key: "active") var active: Bool
    /// Set at retirement: the latest validity end of the documents that existed then (ISO). The key
    /// still checks codes until that day, then no more.
    @OptionalField(key: "verifies_until") var verifiesUntil: String?

    init() {}

    init(id: String, publicKey: String, privateKey: String, createdAt: Date) {
        self.id = id
        self.publicKey = publicKey
        self.privateKey = privateKey
        self.createdAt = createdAt
        self.active = true
    }
}
