import Foundation
import HummingbirdBcrypt
import Logging
import NIOConcurrencyHelpers
import NIOPosix
import ServiceLifecycle

/// Too many hashes are already running or waiting: the request is answered 503 with `Retry-After`
/// at once rather than queued behind them (a burst of logins must not hold every page up).
struct PasswordHashingBusy: Error, Sendable {
    /// What `Retry-After` says: about the time the queue needs to drain.
    static let retryAfterSeconds = 2
}

/// Bcrypt's own threads, apart from the pool the database uses (SQLite's blocking calls run on
/// `NIOThreadPool.singleton`): a burst of logins then waits for these threads only, never for the
/// database. At most `threads + queue` hashes are admitted at once; beyond that `run` throws
/// `PasswordHashingBusy` before any work is done.
final class PasswordHashPool: Service, Sendable {
    let threads: Int
    let queue: Int
    private let pool: NIOThreadPool
    private let state = NIOLockedValueBox(State())

    private struct State {
        var admitted = 0
        /// Verifications done, by the cost written in the hash checked: what tests read to see that
        /// every login does the same work whatever the address.
        var verificationsByCost: [Int: Int] = [:]
        var hashesByCost: [Int: Int] = [:]
    }

    init(threads: Int, queue: Int) {
        self.threads = max(1, threads)
        self.queue = max(0, queue)
        self.pool = NIOThreadPool(numberOfThreads: self.threads)
        pool.start()
    }

    /// For what runs outside the service (`dcem agent create`, the demo seed, tests' set-up): one
    /// thread, an unbounded queue, never stopped; still never the database's pool.
    static let standalone = PasswordHashPool(threads: 1, queue: Int.max - 1)

    /// Stops the threads when the service stops.
    func run() async throws {
        try? await gracefulShutdown()
        try await shutdown()
    }

    func shutdown() async throws {
        try await pool.shutdownGracefully()
    }

    /// Runs `work` on the pool's threads, or throws `PasswordHashingBusy` at once when the queue is full.
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws -> T {
        let capacity = threads &+ queue
        let admitted = state.withLockedValue { state -> Bool in
            guard state.admitted < capacity else { return false }
            state.admitted += 1
            return true
        }
        guard admitted else { throw PasswordHashingBusy() }
        defer { state.withLockedValue { $0.admitted -= 1 } }
        return try await pool.runIfActive(work)
    }

    /// Records one verification against `hash` (called on the pool's thread).
    fileprivate func countVerification(of hash: String) {
        let cost = PasswordHasher.cost(of: hash) ?? 0
        state.withLockedValue { $0.verificationsByCost[cost, default: 0] += 1 }
    }

    fileprivate func countHash(cost: UInt8) {
        state.withLockedValue { $0.hashesByCost[Int(cost), default: 0] += 1 }
    }

    /// Verifications done so far, by cost.
    var verificationsByCost: [Int: Int] { state.withLockedValue { $0.verificationsByCost } }
    /// Hashes made so far, by cost.
    var hashesByCost: [Int: Int] { state.withLockedValue { $0.hashesByCost } }
    /// Jobs running or waiting now.
    var admitted: Int { state.withLockedValue { $0.admitted } }
}

/// Bcrypt, run on the password pool: a hash takes tens of milliseconds at production cost and must
/// never hold an event loop, nor the database's threads.
struct PasswordHasher: Sendable {
    let cost: UInt8
    let pool: PasswordHashPool
    /// A hash at `cost` of a password no one knows: checked in place of a missing account's, so
    /// that an unknown address costs what a known one does.
    private let decoy: String

    /// A personal password is at least this long.
    static let minimumLength = 12
    /// Bcrypt reads the first 72 bytes only: a longer password would be accepted with any ending.
    static let maximumBytes = 72

    init(cost: UInt8, pool: PasswordHashPool = .standalone) {
        self.cost = cost
        self.pool = pool
        self.decoy = Self.decoy(cost: cost)
    }

    func hash(_ password: String) async throws -> String {
        let cost = self.cost
        let pool = self.pool
        return try await pool.run {
            pool.countHash(cost: cost)
            return Bcrypt.hash(password, cost: cost)
        }
    }

    func verify(_ password: String, against hash: String) async throws -> Bool {
        try await verify(password, against: [hash]).first ?? false
    }

    /// Checks `password` against each hash in turn, in one job of the pool; a nil hash (no account,
    /// no temporary password) is checked against the decoy, so the work never depends on what exists.
    func verify(_ password: String, against hashes: [String?]) async throws -> [Bool] {
        let decoy = self.decoy
        let pool = self.pool
        return try await pool.run {
            hashes.map { hash in
                pool.countVerification(of: hash ?? decoy)
                let matches = Bcrypt.verify(password, hash: hash ?? decoy)
                return hash != nil && matches
            }
        }
    }

    /// The cost a Bcrypt hash was made with (`$2b$12$…`).
    static func cost(of hash: String) -> Int? {
        let parts = hash.split(separator: "$", omittingEmptySubsequences: true)
        return parts.count >= 2 ? Int(parts[1]) : nil
    }

    /// One decoy per cost for the whole process: computed once, at the first hasher of that cost.
    private static let decoys = NIOLockedValueBox<[UInt8: String]>([:])
    private static func decoy(cost: UInt8) -> String {
        decoys.withLockedValue { decoys in
            if let known = decoys[cost] { return known }
            let fresh = Bcrypt.hash(CSRF.newToken(), cost: cost)
            decoys[cost] = fresh
            return fresh
        }
    }

    /// A temporary password: 12 letters and digits that can not be confused with each other
    /// (no 0/O, 1/l/I), grouped by four to be copied from a mail without mistakes.
    static func temporaryPassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        let letters = (0..<12).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] }
        return stride(from: 0, to: 12, by: 4).map { String(letters[$0..<$0 + 4]) }.joined(separator: "-")
    }
}
