import FluentKit
import Foundation
import Testing

@testable import App

/// SQLite's plain reads beside its one writer (docs/architecture.md#sqlite-writes): a page's reads
/// do not queue behind a filing's transaction, and the connections they use can not write.
@Suite(.enabled(if: !TestDatabase.isPostgres, "PostgreSQL reads and writes through its own pool"))
struct SQLiteReadRoutingTests {
    @Test func aReadIsAnsweredWhileTheWriterIsInsideATransaction() async throws {
        try await withTestDatabase { database in
            // given: the writer inside a transaction that has written a session and waits
            let written = Signal(), release = Signal()
            let transaction = Task {
                try await database.db.transaction { db in
                    try await SessionRecord(id: "held", data: Data("{}".utf8), expiresAt: nil).create(on: db)
                    await written.fire()
                    await release.wait()
                }
            }
            await written.wait()
            // when: a read goes through the service's handle meanwhile (on the writer it would wait
            // for the transaction, that is until the pool's 10-second timeout)
            let during: Result<Int, any Error>
            do {
                during = .success(try await SessionRecord.query(on: database.db).count())
            } catch {
                during = .failure(error)
            }
            await release.fire()
            try await transaction.value
            // then: answered before the commit, without the uncommitted row; after it, with the row
            #expect(try during.get() == 0)
            #expect(try await SessionRecord.query(on: database.db).count() == 1)
        }
    }

    @Test func theReadConnectionsCanNotWrite() async throws {
        try await withTestDatabase { database in
            // given: a read-only connection of the service
            let reader = database.databases.database(.sqliteReader, logger: quietLogger, on: database.databases.eventLoopGroup.any())!
            let readable = try await SessionRecord.query(on: reader).count()
            #expect(readable == 0)
            // when / then: a write through it is refused, and nothing is stored
            await #expect(throws: (any Error).self) {
                try await SessionRecord(id: "stray", data: Data("{}".utf8), expiresAt: nil).create(on: reader)
            }
            let stored = try await SessionRecord.query(on: database.db).count()
            #expect(stored == 0)
        }
    }
}

/// A one-shot signal between two tasks.
private actor Signal {
    private var fired = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func fire() {
        fired = true
        waiters.forEach { $0.resume() }
        waiters = []
    }

    func wait() async {
        if fired { return }
        await withCheckedContinuation { waiters.append($0) }
    }
}
