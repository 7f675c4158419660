import FluentKit
import Foundation

/// Hits counted in one window for one limited key. The id is a hash of the rule and the key, so
/// the table never holds an e-mail address or an IP in clear.
final class RateLimitRecord: Model, @unchecked Sendable {
    static let schema = "rate_limits"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "window_start") var windowStart: Date
    @Field(key: "count") var count: Int

    init() {}

    init(id: String, windowStart: Date, count: Int) {
        self.id = id
        self.windowStart = windowStart
        self.count = count
    }
}
