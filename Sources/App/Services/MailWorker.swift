import FluentKit
import Foundation
import Logging
import ServiceLifecycle
import SQLKit

/// Delivers the outbox: every `interval`, the mails that are due, one at a time, with retries.
///
/// Several servers may share one database, each with its worker: a mail is sent by the worker
/// whose conditional `UPDATE` claimed it (the database lets only one of them match the row), so it
/// goes out once. While a row is `sending`, `next_attempt_at` is the end of the claim: a worker
/// that died mid-send leaves a row another worker reclaims once the claim has run out; so a mail
/// goes out twice only when a worker stops, or loses its database, between sending and recording it.
struct MailWorker: Service {
    let database: @Sendable () -> any Database
    let transport: any MailTransport
    let interval: Duration
    let now: @Sendable () -> Date
    let logger: Logger
    /// How many due rows are read at once; each is still claimed and sent one by one.
    var batchSize = 10

    /// After this many failed attempts a mail is `failed` and no longer tried.
    static let maxAttempts = 8
    /// The wait after the n-th failed attempt (the last value repeats): about 45 hours in all.
    static let backoff: [TimeInterval] = [60, 5 * 60, 30 * 60, 2 * 3600, 6 * 3600, 12 * 3600, 24 * 3600]
    /// How long a claim holds: longer than any send (sendmail is stopped after a minute).
    static let claimDuration: TimeInterval = 10 * 60

    init(database: @escaping @Sendable () -> any Database, transport: any MailTransport, interval: Duration = .seconds(2),
         now: @escaping @Sendable () -> Date = { Date() }, logger: Logger) {
        self.database = database
        self.transport = transport
        self.interval = interval
        self.now = now
        self.logger = logger
    }

    /// The application's worker, on its database.
    init(database: DatabaseService, transport: any MailTransport, interval: Duration, now: @escaping @Sendable () -> Date, logger: Logger) {
        self.init(database: { database.db }, transport: transport, interval: interval, now: now, logger: logger)
    }

    static func delay(afterAttempt attempt: Int) -> TimeInterval {
        backoff[min(max(attempt, 1), backoff.count) - 1]
    }

    /// How long the last pass of a shutdown may take: a stop is not held up by a slow transport.
    static let flushLimit: Duration = .seconds(20)

    func run() async throws {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            _ = await deliverDue(now: now())
            // The wait, not a delivery, is what a shutdown interrupts.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
        // The server stops before this worker (services stop in reverse order), so the mails of
        // the last requests are in the outbox now: deliver what is due before the process ends.
        if !Task.isCancelled {
            _ = await deliverDue(now: now(), until: ContinuousClock.now.advanced(by: Self.flushLimit))
        }
    }

    /// Sends every mail due at `now` that no other worker holds; returns how many were sent.
    /// Stops after the mail in flight when the service is shutting down, or, for the last pass of
    /// a shutdown (`until` given), at that instant.
    func deliverDue(now: Date, until deadline: ContinuousClock.Instant? = nil) async -> Int {
        var sent = 0, failed = 0
        let goOn = { deadline.map { ContinuousClock.now < $0 } ?? !Task.isShuttingDownGracefully }
        do {
            while goOn() {
                let due = try await OutboxMail.query(on: database())
                    .filter(\.$status ~~ [.pending, .sending])
                    .filter(\.$nextAttemptAt <= now)
                    .sort(\.$nextAttemptAt)
                    .limit(batchSize)
                    .all()
                var claimedAny = false
                for row in due {
                    if !goOn() { break }
                    guard let message = row.message, let attempt = try await claim(message.id, now: now) else { continue }
                    claimedAny = true
                    if try await deliver(message, attempt: attempt, now: now, carriesSecret: row.carriesSecret) { sent += 1 } else { failed += 1 }
                }
                // Rows just claimed or retried are no longer due: an empty or lost batch means the end.
                if !claimedAny { break }
            }
        } catch {
            logger.error("mail worker pass interrupted", metadata: ["type": "\(String(reflecting: type(of: error)))"])
        }
        if sent + failed > 0 {
            logger.info("mail worker pass", metadata: ["sent": "\(sent)", "failed": "\(failed)"])
        }
        return sent
    }

    /// Makes the row this worker's if it is still due and unclaimed (or its claim ran out);
    /// returns the attempt's number, or nil when another worker was first.
    func claim(_ id: UUID, now: Date) async throws -> Int? {
        guard let sql = database() as? any SQLDatabase else { throw NotSQL() }
        let row = try await sql.update(OutboxMail.schema)
            .set("status", to: OutboxMail.Status.sending.rawValue)
            .set("attempts", to: SQLBinaryExpression(SQLIdentifier("attempts"), .add, SQLLiteral.numeric("1")))
            .set("next_attempt_at", to: now.addingTimeInterval(Self.claimDuration))
            .where("id", .equal, id)
            .where("status", .in, [OutboxMail.Status.pending.rawValue, OutboxMail.Status.sending.rawValue])
            .where("next_attempt_at", .lessThanOrEqual, now)
            .returning("attempts")
            .first()
        return try row?.decode(column: "attempts", as: Int.self)
    }

    /// Both drivers are SQL ones; a claim needs the SQL layer for its `RETURNING`.
    struct NotSQL: Error {}

    /// Sends a claimed mail and records the outcome; true when it went out. A mail carrying a
    /// secret loses its text once it leaves the queue (sent, or failed for good): the row keeps
    /// who was written to, why and when, never a temporary password in clear (README, "Mail").
    private func deliver(_ message: OutboxMessage, attempt: Int, now: Date, carriesSecret: Bool) async throws -> Bool {
        let claimed = OutboxMail.query(on: database()).filter(\.$id == message.id).filter(\.$status == .sending)
        let leaving = { (query: QueryBuilder<OutboxMail>) in carriesSecret ? query.set(\.$body, to: "") : query }
        do {
            try await transport.send(message)
        } catch {
            // The row may keep the error (it already holds the address); the log gets its type only.
            let reason = String(String(describing: error).prefix(300))
            let type = String(reflecting: Swift.type(of: error))
            if attempt >= Self.maxAttempts {
                try await leaving(claimed.set(\.$status, to: .failed).set(\.$lastError, to: reason)).update()
                logger.error("mail \(message.id) failed for good", metadata: ["attempts": "\(attempt)", "type": "\(type)"])
            } else {
                let next = now.addingTimeInterval(Self.delay(afterAttempt: attempt))
                try await claimed.set(\.$status, to: .pending).set(\.$nextAttemptAt, to: next).set(\.$lastError, to: reason).update()
                logger.warning("mail \(message.id) attempt failed, will retry", metadata: ["attempt": "\(attempt)", "type": "\(type)"])
            }
            return false
        }
        try await leaving(claimed.set(\.$status, to: .sent).set(\.$sentAt, to: now).set(\.$lastError, to: nil)).update()
        logger.debug("mail \(message.id) sent", metadata: ["attempt": "\(attempt)"])
        return true
    }
}

extension OutboxMail {
    /// What a transport gets to see of the row.
    var message: OutboxMessage? {
        id.map { OutboxMessage(id: $0, mail: OutgoingMail(recipient: recipient, subject: subject, body: body, kind: kind, language: language),
                               createdAt: createdAt) }
    }
}
