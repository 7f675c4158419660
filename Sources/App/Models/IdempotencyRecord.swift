import FluentKit
import Foundation

/// One `Idempotency-Key` a member sent with a state-changing API request: which request it named
/// (method, path with query, SHA-256 of the body) and, once the request is over, its answer, so a
/// retry gets that answer back instead of acting twice. Written first "in progress": the unique
/// (user, key) pair lets only one of two concurrent duplicates run.
final class IdempotencyRecord: Model, @unchecked Sendable {
    static let schema = "idempotency_keys"

    enum State: String, Sendable {
        case inProgress = "in-progress"
        case done
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "key") var key: String
    @Field(key: "method") var method: String
    @Field(key: "path") var path: String
    /// Lower-case hexadecimal SHA-256 of the request body.
    @Field(key: "body_sha256") var bodySHA256: String
    /// A `State` code.
    @Field(key: "state") var state: String
    @OptionalField(key: "status") var status: Int?
    /// The answer's headers worth replaying, as a JSON array of `[name, value]` pairs.
    @OptionalField(key: "headers") var headers: String?
    @OptionalField(key: "body") var body: Data?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(userID: UUID, key: String, method: String, path: String, bodySHA256: String, now: Date) {
        self.id = UUID()
        self.userID = userID
        self.key = key
        self.method = method
        self.path = path
        self.bodySHA256 = bodySHA256
        self.state = State.inProgress.rawValue
        self.createdAt = now
    }
}
