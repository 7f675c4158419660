import FluentKit
import Foundation

/// One stored session. The id is the SHA-256 of the cookie's value, so a leaked table
/// does not hand out live sessions.
final class SessionRecord: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "data") var data: Data
    @OptionalField(key: "expires_at") var expiresAt: Date?

    init() {}

    init(id: String, data: Data, expiresAt: Date?) {
        self.id = id
        self.data = data
        self.expiresAt = expiresAt
    }
}
