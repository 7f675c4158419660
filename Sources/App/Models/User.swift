import FluentKit
import Foundation

/// A family member's account. The e-mail address is the login, stored lower-cased.
///
/// A new account has no personal password yet: it signs in once with a temporary password sent by
/// mail, then must choose its own. A forgotten password gets a new temporary one beside the
/// personal password, which keeps working until it is replaced: a stranger asking for a reset can
/// not lock the owner out.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @OptionalField(key: "password_hash") var passwordHash: String?
    @OptionalField(key: "temporary_password_hash") var temporaryPasswordHash: String?
    @OptionalField(key: "temporary_password_expires_at") var temporaryPasswordExpiresAt: Date?
    /// The language mails are written in: the one the family used when it signed up or last changed it.
    @Field(key: "language") var language: String
    /// The foreigner number (numéro étranger, 10 digits), optional.
    @OptionalField(key: "foreigner_number") var foreignerNumber: String?
    @Field(key: "created_at") var createdAt: Date
    /// Bumped at each password change: sessions opened under an older value are signed out.
    @Field(key: "credentials_version") var credentialsVersion: Int

    init() {}

    init(id: UUID = UUID(), email: String, language: String, now: Date) {
        self.id = id
        self.email = email
        self.language = language
        self.createdAt = now
        self.credentialsVersion = 0
    }
}
