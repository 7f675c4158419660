import FluentKit
import Foundation

/// The stored side of `Idempotency-Key`: claiming a key for a request, recording its answer,
/// letting it go, and forgetting keys after a day.
struct IdempotencyKeys: Sendable {
    let database: @Sendable () -> any Database
    /// An "in progress" claim not renewed for this long belongs to an instance that died (killed,
    /// its machine lost): another instance may run the request. A live request renews its claim
    /// every third of the lease (`renew`, `IdempotencyMiddleware`), so it is never run twice while
    /// it runs, however long its handler takes — a lease above the longest handler could not be
    /// chosen, since a handler waits on the database pool (up to 10 s for each connection) and on
    /// files. Short, so that a client retrying after a crash gets its answer within
    /// seconds rather than a minute of 409s (docs/deployment.md#instances).
    let lease: TimeInterval

    init(database: @escaping @Sendable () -> any Database, lease: Duration = .seconds(10)) {
        self.database = database
        self.lease = TimeInterval(lease.components.seconds) + TimeInterval(lease.components.attoseconds) / 1e18
    }

    /// How long a key is remembered.
    static let lifetime: TimeInterval = 24 * 3600

    /// What a claim found.
    enum Claim {
        /// The key is this request's now: run it, then `complete` or `release`.
        case claimed(IdempotencyRecord)
        /// The key named another request (method, path or body differ).
        case mismatch
        /// The same request is running elsewhere.
        case inProgress
        /// The same request is over: its answer.
        case done(IdempotencyRecord)
    }

    /// Insert-first: the unique (user, key) index lets one of two concurrent claims win.
    func claim(userID: UUID, key: String, method: String, path: String, bodySHA256: String, now: Date) async throws -> Claim {
        for _ in 0..<5 {
            let db = database()
            if let existing = try await IdempotencyRecord.query(on: db).filter(\.$userID == userID).filter(\.$key == key).first() {
                let expired = existing.createdAt < now.addingTimeInterval(-Self.lifetime)
                let abandoned = existing.state == IdempotencyRecord.State.inProgress.rawValue
                    && existing.createdAt < now.addingTimeInterval(-lease)
                if expired || abandoned {
                    // Conditional: two retries may both see it stale, one deletes it.
                    try await IdempotencyRecord.query(on: db).filter(\.$id == existing.id!).filter(\.$state == existing.state).delete()
                    continue
                }
                guard existing.method == method, existing.path == path, existing.bodySHA256 == bodySHA256 else { return .mismatch }
                return existing.state == IdempotencyRecord.State.done.rawValue ? .done(existing) : .inProgress
            }
            let record = IdempotencyRecord(userID: userID, key: key, method: method, path: path, bodySHA256: bodySHA256, now: now)
            do {
                try await record.create(on: db)
                return .claimed(record)
            } catch let error as any DatabaseError where error.isConstraintFailure {
                continue  // another request took the key between the read and the insert: read it
            }
        }
        return .inProgress
    }

    /// Renews the claim of a request still running (its `created_at` is the lease's start while it
    /// is in progress; the day it is remembered for is counted from its last renewal).
    func renew(_ record: IdempotencyRecord, now: Date) async throws {
        try await IdempotencyRecord.query(on: database()).filter(\.$id == record.id!)
            .filter(\.$state == IdempotencyRecord.State.inProgress.rawValue)
            .set(\.$createdAt, to: now)
            .update()
    }

    /// Keeps the answer for the retries.
    func complete(_ record: IdempotencyRecord, status: Int, headers: [[String]], body: [UInt8]) async throws {
        let encoded = String(decoding: try JSONEncoder().encode(headers), as: UTF8.self)
        try await IdempotencyRecord.query(on: database()).filter(\.$id == record.id!)
            .set(\.$state, to: IdempotencyRecord.State.done.rawValue)
            .set(\.$status, to: status)
            .set(\.$headers, to: encoded)
            .set(\.$body, to: Data(body))
            .update()
    }

    /// Frees the key: the answer was not a final one, a retry may run the request again.
    func release(_ record: IdempotencyRecord) async throws {
        try await IdempotencyRecord.query(on: database()).filter(\.$id == record.id!).delete()
    }

    /// Forgets every key older than `lifetime` (the scheduler calls it on each pass).
    func purgeExpired(now: Date) async throws {
        try await IdempotencyRecord.query(on: database()).filter(\.$createdAt < now.addingTimeInterval(-Self.lifetime)).delete()
    }

    static func headers(of record: IdempotencyRecord) -> [[String]] {
        guard let text = record.headers, let pairs = try? JSONDecoder().decode([[String]].self, from: Data(text.utf8)) else { return [] }
        return pairs
    }
}
