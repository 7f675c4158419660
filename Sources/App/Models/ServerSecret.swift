import FluentKit

/// A key shared by every instance of the service, kept in the database (created by a migration).
final class ServerSecret: Model, @unchecked Sendable {
    static let schema = "server_secrets"
    /// Signs the form token cookie of visitors who have no session yet.
    static let csrfCookieKey = "csrf-cookie"

    @ID(custom: "name", generatedBy: .user) var id: String?
    @Field(key: "value") var value: String

    init() {}

    init(name: String, value: String) {
        self.id = name
        self.value = value
    }
}
