import Crypto
import FluentKit
import Foundation
import SQLKit

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
    /// The family's archive reads every file of every case: a few a day are plenty.
    static let archivesPerUser = RateLimit(name: "archive-user", limit: 5, window: 60 * 60)
    /// One-time codes per agent: 10 tries in 15 minutes leave a guesser one chance in 100,000.
    static let agentCodePerAccount = RateLimit(name: "agent-code", limit: 10, window: 15 * 60)
    /// The public verification of a DCEM, page and API together (docs/states.md#verification):
    /// enough for a carrier's desk, far too few to try a child's birth dates one by one.
    static let verificationPerClient = RateLimit(name: "verification-client", limit: 30, window: 60 * 60)
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
///
/// Each hit is one atomic upsert that opens or counts in the window and returns the new count, so
/// parallel requests can not all read the same count and pass together: the database orders them,
/// and the one that makes the count exceed the limit (and every later one) is refused. Refused
/// hits are counted too; that changes nothing, the window's end is what the caller waits for.
/// `INSERT … ON CONFLICT … RETURNING` runs on PostgreSQL and on SQLite since 3.35 (sqlite-nio
/// bundles a later one). A raw statement goes to SQLite's writer (`SQLiteReadRouting`).
struct DatabaseRateLimiter: RateLimiter {
    let database: @Sendable () -> any Database

    struct NotSQL: Error {}

    func hit(_ rule: RateLimit, key: String, now: Date) async throws -> Int? {
        let id = Hex.encode(SHA256.hash(data: Data("\(rule.name):\(key.lowercased())".utf8)))
        guard let sql = database() as? any SQLDatabase else { throw NotSQL() }
        // A window that started at or before `expired` is over: the hit opens a new one.
        let expired = now.addingTimeInterval(-rule.window)
        let table = SQLIdentifier(RateLimitRecord.schema)
        let row = try await sql.raw("""
            INSERT INTO \(table) (\(ident: "id"), \(ident: "window_start"), \(ident: "count")) VALUES (\(bind: id), \(bind: now), 1)
            ON CONFLICT (\(ident: "id")) DO UPDATE SET
            \(ident: "count") = CASE WHEN \(table).\(ident: "window_start") <= \(bind: expired) THEN 1 ELSE \(table).\(ident: "count") + 1 END,
            \(ident: "window_start") = CASE WHEN \(table).\(ident: "window_start") <= \(bind: expired) THEN \(bind: now) ELSE \(table).\(ident: "window_start") END
            RETURNING \(ident: "count"), \(ident: "window_start")
            """).first()
        guard let row else { throw NotSQL() }
        let count = try row.decode(column: "count", as: Int.self)
        guard count > rule.limit else { return nil }
        let windowStart = try row.decode(column: "window_start", as: Date.self)
        return max(1, Int(windowStart.addingTimeInterval(rule.window).timeIntervalSince(now).rounded(.up)))
    }
}

/// No limits: only for benchmarks and the crash test, refused in production
/// (docs/architecture.md#test-settings).
struct UnlimitedRateLimiter: RateLimiter {
    func hit(_ rule: RateLimit, key: String, now: Date) async throws -> Int? { nil }
}
