import Crypto
import FluentKit
import Foundation

/// One limit: at most `limit` hits per `window` seconds for one key (an address, an IP).
struct RateLimit: Sendable {
    let name: String
    let limit: Int
    let window: TimeInterval

    static let loginPerAddress = RateLimit(name: "login-address", limit: 10, window: 15 * 60)
    static let loginPerIP = RateLimit(name: "login-ip", limit: 50, window: 15 * 60)
    static let signUpPerAddress = RateLimit(name: "signup-address", limit: 3, window: 60 * 60)
    static let signUpPerIP = RateLimit(name: "signup-ip", limit: 20, window: 60 * 60)
    static let resetPerAddress = RateLimit(name: "reset-address", limit: 3, window: 60 * 60)
    static let resetPerIP = RateLimit(name: "reset-ip", limit: 20, window: 60 * 60)
    static let uploadsPerUser = RateLimit(name: "upload-user", limit: 120, window: 60 * 60)
    /// One-time codes per agent: 10 tries in 15 minutes leave a guesser one chance in 100,000.
    static let agentCodePerAccount = RateLimit(name: "agent-code", limit: 10, window: 15 * 60)
}

/// Counts hits; answers how long to wait when a limit is reached.
protocol RateLimiter: Sendable {
    /// Records a hit; returns nil when allowed, or the seconds until the window reopens.
    func hit(_ rule: RateLimit, key: String, now: Date) async throws -> Int?
}

extension RateLimiter {
    /// Several limits at once (per address and per IP): the longest wait wins.
    func hit(_ rules: [(RateLimit, String)], now: Date) async throws -> Int? {
        var wait: Int? = nil
        for (rule, key) in rules {
            if let seconds = try await hit(rule, key: key, now: now) { wait = max(wait ?? 0, seconds) }
        }
        return wait
    }
}

/// Counters in the `rate_limits` table, shared by every instance. Fixed windows: simple, and
/// precise enough to stop guessing.
struct DatabaseRateLimiter: RateLimiter {
    let database: @Sendable () -> any Database

    func hit(_ rule: RateLimit, key: String, now: Date) async throws -> Int? {
        let id = Hex.encode(SHA256.hash(data: Data("\(rule.name):\(key.lowercased())".utf8)))
        let db = database()
        if let record = try await RateLimitRecord.find(id, on: db), now < record.windowStart.addingTimeInterval(rule.window) {
            if record.count >= rule.limit {
                return max(1, Int((record.windowStart.addingTimeInterval(rule.window).timeIntervalSince(now)).rounded(.up)))
            }
            record.count += 1
            try await record.update(on: db)
            return nil
        }
        try await RateLimitRecord.query(on: db).filter(\.$id == id).delete()
        do {
            try await RateLimitRecord(id: id, windowStart: now, count: 1).create(on: db)
        } catch {
            // Another instance opened the window at the same moment: count this hit there.
            try await RateLimitRecord.query(on: db).filter(\.$id == id).set(\.$count, to: 2).update()
        }
        return nil
    }
}

/// No limits: only for benchmarks and the crash test, refused in production (conventions.md).
struct UnlimitedRateLimiter: RateLimiter {
    func hit(_ rule: RateLimit, key: String, now: Date) async throws -> Int? { nil }
}
