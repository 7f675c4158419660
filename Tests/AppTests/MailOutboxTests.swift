import FluentKit
import Foundation
import Logging
import ServiceLifecycle
import Testing

@testable import App

/// The outbox and its worker, on SQLite or (with `DATABASE_URL`) PostgreSQL.
@Suite struct MailOutboxTests {
    static let mail = OutgoingMail(recipient: "parent@example.org", subject: "Votre demande est enregistrée",
                                   body: "Bonjour,\nVotre demande de DCEM est enregistrée.\n", kind: "case-filed", language: "fr")

    static func worker(_ database: DatabaseService, _ transport: any MailTransport, logger: Logger = quietLogger) -> MailWorker {
        MailWorker(database: database, transport: transport, interval: .seconds(2), now: { testNow }, logger: logger)
    }

    /// Enqueues `count` mails in one transaction, as a change and its notifications are saved.
    @discardableResult
    static func enqueue(_ count: Int = 1, on database: DatabaseService, now: Date = testNow) async throws -> [UUID] {
        try await database.db.transaction { db in
            for index in 0..<count {
                var mail = Self.mail
                mail.recipient = "parent\(index)@example.org"
                try await Outbox.enqueue(mail, on: db, now: now)
            }
        }
        return try await OutboxMail.query(on: database.db).all().compactMap(\.id)
    }

    static func row(_ id: UUID, _ database: DatabaseService) async throws -> OutboxMail {
        try #require(try await OutboxMail.find(id, on: database.db))
    }

    @Test func aDueMailIsSentOnceAndMarkedSent() async throws {
        try await withTestDatabase { database in
            // given
            let id = try #require(try await Self.enqueue(on: database).first)
            let transport = RecordingMailTransport()
            let worker = Self.worker(database, transport)
            // when
            let first = await worker.deliverDue(now: testNow)
            let later = await worker.deliverDue(now: testNow.addingTimeInterval(24 * 3600))
            // then
            #expect(first == 1)
            #expect(later == 0, "a sent mail is never sent again")
            let sent = await transport.sent
            #expect(sent.map(\.id) == [id])
            #expect(sent.first?.mail.subject == Self.mail.subject)
            #expect(sent.first?.mail.body == Self.mail.body)
            let row = try await Self.row(id, database)
            #expect(row.status == .sent)
            #expect(row.sentAt == testNow)
            #expect(row.attempts == 1)
            #expect(row.lastError == nil)
        }
    }

    @Test func mailsThatLeftTheQueueGoAfterThirtyDaysAndWaitingOnesStay() async throws {
        try await withTestDatabase { database in
            // given: mails written 31 and 29 days ago, sent, failed for good, waiting or being sent
            let day: TimeInterval = 24 * 3600
            var rows: [String: UUID] = [:]
            for (name, age, status) in [("old sent", 31.0, OutboxMail.Status.sent), ("old failed", 31, .failed), ("old pending", 40, .pending),
                                        ("old sending", 31, .sending), ("recent sent", 29, .sent), ("recent failed", 29, .failed)] {
                let row = OutboxMail(recipient: "\(name.replacingOccurrences(of: " ", with: "."))@example.org", subject: "s", body: "b",
                                     kind: "case-filed", language: "fr", now: testNow.addingTimeInterval(-age * day))
                row.status = status
                try await row.create(on: database.db)
                rows[name] = row.id!
            }

            // when: a purge that takes one at a time, then the rest
            let first = try await Outbox.purgeLeft(now: testNow, limit: 1, on: database.db)
            let rest = try await Outbox.purgeLeft(now: testNow, on: database.db)
            let again = try await Outbox.purgeLeft(now: testNow, on: database.db)

            // then: the two old mails that left the queue are gone, one per pass of one; the others stay
            #expect(first == 1 && rest == 1 && again == 0)
            let left = Set(try await OutboxMail.query(on: database.db).all().compactMap(\.id))
            #expect(left == Set(["old pending", "old sending", "recent sent", "recent failed"].map { rows[$0]! }))
        }
    }

    @Test func aMailIsNotSentBeforeItIsDue() async throws {
        try await withTestDatabase { database in
            // given
            try await Self.enqueue(on: database, now: testNow.addingTimeInterval(60))
            let transport = RecordingMailTransport()
            // when
            let delivered = await Self.worker(database, transport).deliverDue(now: testNow)
            // then
            #expect(delivered == 0)
            #expect(await transport.attempts == 0)
        }
    }

    @Test func aFailedAttemptIsRetriedAfterABackoff() async throws {
        try await withTestDatabase { database in
            // given
            let id = try #require(try await Self.enqueue(on: database).first)
            let transport = RecordingMailTransport(failures: 1)
            let worker = Self.worker(database, transport)
            // when
            let first = await worker.deliverDue(now: testNow)
            let failed = try await Self.row(id, database)
            let tooEarly = await worker.deliverDue(now: testNow.addingTimeInterval(59))
            let retried = await worker.deliverDue(now: testNow.addingTimeInterval(60))
            // then
            #expect(first == 0)
            #expect(failed.status == .pending)
            #expect(failed.attempts == 1)
            #expect(failed.nextAttemptAt == testNow.addingTimeInterval(60), "one minute after the first failure")
            #expect(failed.lastError?.contains("recording transport") == true)
            #expect(tooEarly == 0)
            #expect(retried == 1)
            let row = try await Self.row(id, database)
            #expect(row.status == .sent)
            #expect(row.attempts == 2)
            #expect(row.lastError == nil)
            #expect(await transport.sent.count == 1)
        }
    }

    @Test func aMailThatKeepsFailingEndsFailedAfterTheMaximum() async throws {
        try await withTestDatabase { database in
            // given
            let id = try #require(try await Self.enqueue(on: database).first)
            let transport = RecordingMailTransport(failures: 1000)
            let worker = Self.worker(database, transport)
            var now = testNow
            var waits: [TimeInterval] = []
            // when each attempt is made as soon as it is due
            for _ in 1...MailWorker.maxAttempts {
                #expect(await worker.deliverDue(now: now) == 0)
                let row = try await Self.row(id, database)
                if row.status == .pending {
                    waits.append(row.nextAttemptAt.timeIntervalSince(now))
                    now = row.nextAttemptAt
                }
            }
            _ = await worker.deliverDue(now: now.addingTimeInterval(30 * 24 * 3600))
            // then
            let row = try await Self.row(id, database)
            #expect(row.status == .failed)
            #expect(row.attempts == MailWorker.maxAttempts)
            #expect(await transport.attempts == MailWorker.maxAttempts, "no attempt after the last")
            #expect(waits == [60, 300, 1800, 7200, 21600, 43200, 86400], "1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h")
        }
    }

    @Test func twoWorkersDeliverEachMailExactlyOnce() async throws {
        try await withTestConfig { config in
            // given two servers, each with its own connections, sharing one database
            let first = try DatabaseService(config: config, logger: quietLogger)
            let second = try DatabaseService(config: config, logger: quietLogger)
            try await first.migrate()
            let ids = try await Self.enqueue(30, on: first)
            let transport = RecordingMailTransport(delay: .milliseconds(2))
            let workers = [Self.worker(first, transport), Self.worker(second, transport)]
            // when
            let counts = await withTaskGroup(of: Int.self) { group in
                for worker in workers {
                    group.addTask { await worker.deliverDue(now: testNow) }
                }
                return await group.reduce(0, +)
            }
            // then
            let sent = await transport.sent.map(\.id)
            #expect(counts == 30)
            #expect(sent.count == 30)
            #expect(Set(sent) == Set(ids), "each mail once")
            let rows = try await OutboxMail.query(on: first.db).all()
            #expect(rows.allSatisfy { $0.status == .sent && $0.attempts == 1 })
            await first.databases.shutdownAsync()
            await second.databases.shutdownAsync()
        }
    }

    @Test func aClaimThatRanOutIsTakenOver() async throws {
        try await withTestDatabase { database in
            // given a worker that claimed the mail, then died before sending it
            let id = try #require(try await Self.enqueue(on: database).first)
            let transport = RecordingMailTransport()
            let worker = Self.worker(database, transport)
            #expect(try await worker.claim(id, now: testNow) == 1)
            #expect(try await worker.claim(id, now: testNow) == nil, "a held claim can not be taken")
            // when
            let whileHeld = await worker.deliverDue(now: testNow.addingTimeInterval(60))
            let afterwards = await worker.deliverDue(now: testNow.addingTimeInterval(MailWorker.claimDuration))
            // then
            #expect(whileHeld == 0)
            #expect(afterwards == 1)
            let row = try await Self.row(id, database)
            #expect(row.status == .sent)
            #expect(row.attempts == 2, "the lost attempt counts")
        }
    }

    @Test func aGracefulShutdownDeliversTheMailsDueBeforeTheWorkerStops() async throws {
        try await withTestDatabase { database in
            // given a worker that has made its first pass and now waits an hour, and two mails written since
            try await Self.enqueue(1, on: database)
            let transport = RecordingMailTransport(delay: .milliseconds(50))
            let worker = MailWorker(database: database, transport: transport, interval: .seconds(3600), now: { testNow }, logger: quietLogger)
            let group = ServiceGroup(services: [worker], gracefulShutdownSignals: [], logger: quietLogger)
            async let running: Void = group.run()
            while await transport.sent.count == 0 {
                try await Task.sleep(for: .milliseconds(10))
            }
            try await database.db.transaction { db in
                for index in 1...2 {
                    var mail = Self.mail
                    mail.recipient = "later\(index)@example.org"
                    try await Outbox.enqueue(mail, on: db, now: testNow)
                }
            }
            // when
            await group.triggerGracefulShutdown()
            try await running
            // then: the last pass sent them, each once
            #expect(await transport.sent.count == 3)
            let statuses = try await OutboxMail.query(on: database.db).all().map(\.status)
            #expect(statuses.count == 3 && statuses.allSatisfy { $0 == .sent })
        }
    }

    @Test func theProcessLogCarriesIdsAndCountsOnly() async throws {
        try await withTestConfig { config in
            // given every logger asking for everything, the database's included
            let capture = LogCapture()
            let logger = Logger(label: "tests") { _ in CapturingLogHandler(capture: capture) }
            let database = try DatabaseService(config: config, logger: logger)
            try await database.migrate()
            let id = try #require(try await Self.enqueue(on: database).first)
            let failing = Self.worker(database, RecordingMailTransport(failures: 1), logger: logger)
            let logging = Self.worker(database, LogMailTransport(logger: logger), logger: logger)
            // when
            _ = await failing.deliverDue(now: testNow)
            let delivered = await logging.deliverDue(now: testNow.addingTimeInterval(60))
            // then
            #expect(delivered == 1)
            let lines = capture.lines
            #expect(lines.contains { $0.contains("mail \(id) delivered (log transport)") })
            #expect(lines.contains { $0.contains("mail \(id) attempt failed") })
            for secret in ["parent0@example.org", "example.org", "Votre demande", "Bonjour", "DCEM est"] {
                #expect(!lines.contains { $0.contains(secret) }, "\(secret) never logged")
            }
            await database.databases.shutdownAsync()
        }
    }

    @Test func theRunningServiceDeliversThroughItsWorker() async throws {
        let transport = RecordingMailTransport()
        try await withTestAppAndDatabase(configure: { $0.mailInterval = .milliseconds(50) },
                                         dependencies: { $0.mailTransport = transport }) { _, database in
            // given
            let id = try #require(try await Self.enqueue(on: database).first)
            // when the worker's next passes come
            var waited = 0
            while await transport.sent.isEmpty, waited < 100 {
                try await Task.sleep(for: .milliseconds(50))
                waited += 1
            }
            // then
            #expect(await transport.sent.map(\.id) == [id])
        }
    }
}

/// Everything logged, as text: message and metadata.
final class LogCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var captured: [String] = []

    var lines: [String] { lock.withLock { captured } }

    func append(_ line: String) {
        lock.withLock { captured.append(line) }
    }
}

struct CapturingLogHandler: LogHandler {
    let capture: LogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        capture.append("\(event.level) \(event.message) \(all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
    }
}
