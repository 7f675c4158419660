import Crypto
import FluentKit
import Foundation

/// Creates, lists, revokes and checks personal API tokens (docs/architecture.md#who-signs-in).
///
/// A token is `dcem_` and 64 hexadecimal digits (32 random bytes). Only its SHA-256 is stored, so
/// the table hands out nothing usable if it leaks; the secret is returned once, at creation.
struct APITokens: Sendable {
    let database: @Sendable () -> any Database
    let now: @Sendable () -> Date

    static let scheme = "dcem_"
    /// How much of the token lists show: the scheme and 7 digits, enough to recognise it.
    static let prefixLength = 12
    static let maxNameLength = 100
    /// `last_used_at` is written at most once a minute per token: a busy script costs one read
    /// per request, not one write.
    static let lastUsedResolution: TimeInterval = 60

    struct Created: Sendable {
        /// The whole token: shown once, never stored.
        let token: String
        let record: APIToken
    }

    enum Problem: Error, Equatable {
        case nameMissing
        case nameTooLong
    }

    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return scheme + Hex.encode(bytes)
    }

    static func hash(_ token: String) -> String {
        Hex.encode(SHA256.hash(data: Data(token.utf8)))
    }

    /// Only strings of the token's shape are looked up: anything else is refused without a query.
    static func looksLikeToken(_ text: String) -> Bool {
        text.utf8.count == scheme.utf8.count + 64 && text.hasPrefix(scheme)
            && text.utf8.dropFirst(scheme.utf8.count).allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The name as kept: trimmed, required, at most `maxNameLength` characters.
    static func checkedName(_ typed: String) throws(Problem) -> String {
        let name = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw .nameMissing }
        guard name.count <= maxNameLength else { throw .nameTooLong }
        return name
    }

    func create(owner: APIToken.OwnerKind, ownerID: UUID, name typed: String) async throws -> Created {
        let name = try Self.checkedName(typed)
        let token = Self.generate()
        let record = APIToken(owner: owner, ownerID: ownerID, name: name, tokenHash: Self.hash(token),
                              prefix: String(token.prefix(Self.prefixLength)), now: now())
        try await record.create(on: database())
        return Created(token: token, record: record)
    }

    /// The owner's tokens still in force, newest first.
    func list(owner: APIToken.OwnerKind, ownerID: UUID) async throws -> [APIToken] {
        try await APIToken.query(on: database()).filter(\.$ownerKind == owner.rawValue).filter(\.$ownerID == ownerID)
            .filter(\.$revokedAt == nil).sort(\.$createdAt, .descending).all()
    }

    /// Revokes one of the owner's tokens; false when it is not theirs or already revoked.
    func revoke(_ id: UUID, owner: APIToken.OwnerKind, ownerID: UUID) async throws -> Bool {
        let db = database()
        guard let token = try await APIToken.query(on: db).filter(\.$id == id).filter(\.$ownerKind == owner.rawValue)
            .filter(\.$ownerID == ownerID).filter(\.$revokedAt == nil).first() else { return false }
        token.revokedAt = now()
        try await token.update(on: db)
        return true
    }

    /// The token in force that `presented` is, or nil; notes its use (at most once a minute).
    func authenticate(_ presented: String) async throws -> APIToken? {
        guard Self.looksLikeToken(presented) else { return nil }
        let db = database()
        guard let token = try await APIToken.query(on: db).filter(\.$tokenHash == Self.hash(presented)).first(),
              token.revokedAt == nil else { return nil }
        let now = self.now()
        if (token.lastUsedAt.map { now.timeIntervalSince($0) >= Self.lastUsedResolution }) ?? true {
            // One conditional write: concurrent requests of the same script do not all write.
            try await APIToken.query(on: db).filter(\.$id == token.id!)
                .group(.or) { $0.filter(\.$lastUsedAt == nil).filter(\.$lastUsedAt < now.addingTimeInterval(-Self.lastUsedResolution)) }
                .set(\.$lastUsedAt, to: now).update()
            token.lastUsedAt = now
        }
        return token
    }
}
