import FluentKit
import Foundation
import Hummingbird
import SQLKit
import Testing

@testable import App

/// Files written as their bytes arrive (`FileStorage.incoming()`), in the database store on the test
/// database (SQLite, and PostgreSQL when `DATABASE_URL` is set) and in a folder.
@Suite struct IncomingFileTests {
    enum Kind: String, CaseIterable, Sendable { case database, folder }

    /// A store of `kind` and a count of what unfinished uploads left in it (staging rows, temporary files).
    static func withStore(_ kind: Kind, chunkSize: Int = 1024,
                          _ body: @escaping @Sendable (_ store: any FileStorage, _ leftovers: @escaping @Sendable () async throws -> Int,
                                                       _ db: any Database) async throws -> Void) async throws {
        try await withTestDatabase { (database) async throws in
            switch kind {
            case .database:
                let store = DatabaseFileStorage(database: { database.db }, chunkSize: chunkSize)
                try await body(store, { try await staging(on: database.db) }, database.db)
            case .folder:
                let root = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-incoming-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: root) }
                let store = DiskFileStorage(root: root)
                try await body(store, { ((try? FileManager.default.contentsOfDirectory(atPath: root.path + "/tmp")) ?? []).count }, database.db)
            }
        }
    }

    /// Staging rows and their chunks.
    static func staging(on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw("SELECT COUNT(*) AS n FROM stored_files WHERE sha256 LIKE 'upload-%'").first()!.decode(column: "n", as: Int.self)
        let chunks = try await sql.raw("SELECT COUNT(*) AS n FROM stored_file_chunks WHERE sha256 LIKE 'upload-%'").first()!.decode(column: "n", as: Int.self)
        return rows + chunks
    }

    /// `content` given to a new incoming file in pieces of `piece` bytes.
    static func send(_ content: ByteBuffer, to store: any FileStorage, piece: Int) async throws -> any IncomingFile {
        let incoming = try await store.incoming()
        var offset = 0
        while offset < content.readableBytes {
            let length = min(piece, content.readableBytes - offset)
            try await incoming.append(content.getSlice(at: content.readerIndex + offset, length: length)!)
            offset += length
        }
        return incoming
    }

    @Test(arguments: Kind.allCases, [0, 700, 1024, 100 * 1024 + 1])
    func aFileIsWrittenAsItArrivesAndNamedAtItsEnd(kind: Kind, size: Int) async throws {
        try await Self.withStore(kind) { store, leftovers, db in
            // given
            let content = DatabaseFileStorageTests.bytes(size, seed: UInt8(truncatingIfNeeded: size))

            // when: it arrives in pieces of 333 bytes
            let stored = try await Self.send(content, to: store, piece: 333).finish()

            // then: named by its content, read back whole, nothing left of the upload
            #expect(stored == StoredFile.hashing(content))
            #expect(try await store.load(sha256: stored.sha256) == content)
            #expect(try await store.size(sha256: stored.sha256) == size)
            #expect(try await leftovers() == 0)
            if kind == .database {
                let counted = try await DatabaseFileStorageTests.chunkCount(stored.sha256, on: db)
                #expect(counted.rows == max(1, (size + 1023) / 1024) && counted.recorded == counted.rows)
            }
        }
    }

    @Test(arguments: Kind.allCases)
    func tenMegabytesInNetworkSizedPieces(kind: Kind) async throws {
        try await Self.withStore(kind, chunkSize: DatabaseFileStorage.defaultChunkSize) { store, leftovers, db in
            let content = DatabaseFileStorageTests.bytes(10 * 1024 * 1024, seed: 21)
            let stored = try await Self.send(content, to: store, piece: 64 * 1024).finish()
            #expect(stored == StoredFile.hashing(content))
            let streamed = try #require(try await DatabaseFileStorageTests.streamed(store, stored.sha256))
            #expect(StoredFile.hashing(streamed.bytes) == stored)
            #expect(try await leftovers() == 0)
            if kind == .database { #expect(try await DatabaseFileStorageTests.chunkCount(stored.sha256, on: db).rows == 20) }
        }
    }

    @Test(arguments: Kind.allCases)
    func contentAlreadyThereIsKeptOnceAndRenewed(kind: Kind) async throws {
        try await Self.withStore(kind) { store, leftovers, db in
            // given: a file stored two hours ago
            let content = DatabaseFileStorageTests.bytes(5000, seed: 31)
            let first = try await store.store(content)
            let twoHoursAgo = Date().addingTimeInterval(-7200), anHourAgo = Date().addingTimeInterval(-3600)
            if let folder = store as? DiskFileStorage {
                try FileManager.default.setAttributes([.modificationDate: twoHoursAgo],
                                                      ofItemAtPath: try DiskFileStorage.path(for: first.sha256, root: folder.root.path))
            } else {
                try await (db as! any SQLDatabase).raw("""
                    UPDATE stored_files SET written_at = \(bind: twoHoursAgo.timeIntervalSince1970) WHERE sha256 = \(bind: first.sha256)
                    """).run()
            }
            #expect(try await store.stored(before: anHourAgo, after: nil, limit: 10) == [first.sha256])

            // when: the same content arrives again, and four more times at once
            let again = try await Self.send(content, to: store, piece: 999).finish()
            let concurrent = try await withThrowingTaskGroup(of: StoredFile.self) { group in
                for _ in 0..<4 { group.addTask { try await Self.send(content, to: store, piece: 700).finish() } }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            // then: one file, whole, its time renewed (the sweep of two hours ago leaves it), nothing left over
            #expect(again == first && concurrent.allSatisfy { $0 == first })
            #expect(try await store.load(sha256: first.sha256) == content)
            #expect(try await store.stored(before: anHourAgo, after: nil, limit: 10).isEmpty)
            #expect(try await leftovers() == 0)
            if kind == .database { #expect(try await DatabaseFileStorageTests.chunkCount(first.sha256, on: db).rows == 5) }
        }
    }

    @Test(arguments: Kind.allCases)
    func anAbandonedFileLeavesNothing(kind: Kind) async throws {
        try await Self.withStore(kind) { store, leftovers, _ in
            // given: half a file arrived
            let content = DatabaseFileStorageTests.bytes(300 * 1024, seed: 41)
            let incoming = try await Self.send(content.getSlice(at: 0, length: 150 * 1024)!, to: store, piece: 4096)
            #expect(try await leftovers() > 0)

            // when
            await incoming.abandon()

            // then
            #expect(try await leftovers() == 0)
            #expect(try await store.stored(before: Date().addingTimeInterval(60), after: nil, limit: 10).isEmpty)
            await #expect(throws: FileStorageError.self) { try await incoming.finish() }
        }
    }

    @Test(arguments: Kind.allCases)
    func anUploadLeftUnfinishedIsSweptOnceOldAndNeverListed(kind: Kind) async throws {
        try await Self.withStore(kind) { store, leftovers, _ in
            // given: an upload whose instance died after a few chunks, beside a kept file
            let kept = try await store.store(DatabaseFileStorageTests.bytes(100, seed: 51))
            let incoming = try await Self.send(DatabaseFileStorageTests.bytes(5000, seed: 52), to: store, piece: 1000)

            // when: a sweep that takes only what is older than a minute ago, then one that takes all
            let young = try await store.stored(before: Date().addingTimeInterval(-60), after: nil, limit: 10)
            let leftYoung = try await leftovers()
            let all = try await store.stored(before: Date().addingTimeInterval(60), after: nil, limit: 10)

            // then: the upload in flight is left to go on, then taken by the second; it is never
            // listed as a stored file, and it can no longer finish
            #expect(young.isEmpty && leftYoung > 0)
            #expect(all == [kept.sha256])
            #expect(try await leftovers() == 0)
            await #expect(throws: (any Error).self) { try await incoming.finish() }
            #expect(try await leftovers() == 0)
            #expect(try await store.stored(before: Date().addingTimeInterval(60), after: nil, limit: 10) == [kept.sha256])
            if let database = store as? DatabaseFileStorage { #expect(try await database.names(after: nil, limit: 10) == [kept.sha256]) }
        }
    }
}
