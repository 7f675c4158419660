import FluentKit
import Foundation
import Hummingbird
import SQLKit
import Testing

@testable import App

/// The database file store (docs/file-store.md), on the test database: SQLite, and PostgreSQL when
/// `DATABASE_URL` is set.
@Suite struct DatabaseFileStorageTests {
    /// Bytes that differ from one test to the next, so that no two tests' contents collide.
    static func bytes(_ count: Int, seed: UInt8 = 0) -> ByteBuffer {
        ByteBuffer(bytes: (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed) &* 7 &+ ($0 >> 8)) })
    }

    static func chunkCount(_ sha256: String, on db: any Database) async throws -> (rows: Int, recorded: Int?) {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw("SELECT COUNT(*) AS n FROM stored_file_chunks WHERE sha256 = \(bind: sha256)").first()!
            .decode(column: "n", as: Int.self)
        let recorded = try await sql.raw("SELECT chunk_count FROM stored_files WHERE sha256 = \(bind: sha256)").first()?
            .decode(column: "chunk_count", as: Int.self)
        return (rows, recorded)
    }

    /// The pieces a download streams, put back together.
    static func streamed(_ store: any FileStorage, _ sha256: String) async throws -> (size: Int, bytes: ByteBuffer, pieces: Int)? {
        guard let file = try await store.pieces(sha256: sha256) else { return nil }
        var whole = ByteBuffer()
        var count = 0
        for try await var piece in file.pieces {
            whole.writeBuffer(&piece)
            count += 1
        }
        return (file.size, whole, count)
    }

    @Test(arguments: [
        (0, 0),         // empty: one empty chunk
        (700, 1),       // less than a chunk
        (1024, 1),      // exactly one chunk
        (3 * 1024, 3),  // exactly three
        (100 * 1024 + 1, 101),  // many, the last of one byte
    ])
    func storesAndReadsBackInChunks(size: Int, chunks: Int) async throws {
        try await withTestDatabase { (database) async throws in
            // given: a store of 1 KiB chunks
            let store = DatabaseFileStorage(database: { database.db }, chunkSize: 1024)
            let content = Self.bytes(size, seed: UInt8(truncatingIfNeeded: chunks))

            // when
            let stored = try await store.store(content)

            // then: named by its content, in the expected number of chunks, read back whole and streamed
            #expect(stored == StoredFile.hashing(content))
            let counted = try await Self.chunkCount(stored.sha256, on: database.db)
            #expect(counted.rows == max(1, chunks))
            #expect(counted.recorded == max(1, chunks))
            #expect(try await store.load(sha256: stored.sha256) == content)
            #expect(try await store.size(sha256: stored.sha256) == size)
            #expect(try await store.exists(sha256: stored.sha256))
            let streamed = try #require(try await Self.streamed(store, stored.sha256))
            #expect(streamed.size == size)
            #expect(streamed.bytes == content)
            #expect(streamed.pieces == chunks)
        }
    }

    @Test func storesTenMegabytesWithTheDefaultChunks() async throws {
        try await withTestDatabase { (database) async throws in
            let store = DatabaseFileStorage(database: { database.db })
            let content = Self.bytes(10 * 1024 * 1024, seed: 9)
            let stored = try await store.store(content)
            #expect(stored.size == 10 * 1024 * 1024)
            #expect(try await Self.chunkCount(stored.sha256, on: database.db).rows == 20)
            let streamed = try #require(try await Self.streamed(store, stored.sha256))
            #expect(streamed.pieces == 20)
            #expect(StoredFile.hashing(streamed.bytes) == stored)
        }
    }

    @Test func concurrentStoresOfTheSameContentAllSucceedAndKeepOneCopy() async throws {
        // SQLite's one writer queues the eight transactions: under a whole suite's load the last
        // may wait longer than the default ten seconds for it.
        try await withTestDatabase(configure: { $0.databasePoolTimeout = .seconds(120) }) { (database) async throws in
            // given
            let store = DatabaseFileStorage(database: { database.db }, chunkSize: 16384)
            let content = Self.bytes(50_000, seed: 3)

            // when: eight stores of it at once
            let results = try await withThrowingTaskGroup(of: StoredFile.self) { group in
                for _ in 0..<8 { group.addTask { try await store.store(content) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            // then: one file, whole
            #expect(results.allSatisfy { $0 == StoredFile.hashing(content) })
            let sql = database.db as! any SQLDatabase
            #expect(try await sql.raw("SELECT COUNT(*) AS n FROM stored_files").first()!.decode(column: "n", as: Int.self) == 1)
            #expect(try await Self.chunkCount(results[0].sha256, on: database.db).rows == 4)
            #expect(try await store.load(sha256: results[0].sha256) == content)
        }
    }

    @Test func aMissingFileReadsAsAbsentAndABadNameIsRefused() async throws {
        try await withTestDatabase { (database) async throws in
            let store = DatabaseFileStorage(database: { database.db })
            let absent = String(repeating: "ab", count: 32)
            #expect(try await store.load(sha256: absent) == nil)
            #expect(try await !store.exists(sha256: absent))
            #expect(try await store.size(sha256: absent) == nil)
            #expect(try await store.pieces(sha256: absent) == nil)
            for name in ["../../etc/passwd", absent.uppercased(), String(absent.dropLast()), "'; DROP TABLE stored_files; --"] {
                await #expect(throws: FileStorageError.invalidHash) { try await store.load(sha256: name) }
                await #expect(throws: FileStorageError.invalidHash) { try await store.remove(sha256: name) }
            }
        }
    }

    @Test func aClaimedNameThatIsNotTheContentStoresNothing() async throws {
        try await withTestDatabase { (database) async throws in
            // given: pieces arriving under a name that is another content's
            let store = DatabaseFileStorage(database: { database.db }, chunkSize: 1000)
            let content = Self.bytes(5000, seed: 5)
            let other = StoredFile.hashing(Self.bytes(5000, seed: 6)).sha256
            let pieces = [content.getSlice(at: 0, length: 2500)!, content.getSlice(at: 2500, length: 2500)!]

            // when / then: refused, and nothing half-written is left
            await #expect(throws: FileStorageError.self) {
                try await store.store(claimed: other, chunks: pieces.async)
            }
            #expect(try await !store.exists(sha256: other))
            #expect(try await Self.chunkCount(other, on: database.db).rows == 0)

            // and the right name is stored, in chunks of the store's size whatever the pieces' size
            let right = StoredFile.hashing(content).sha256
            #expect(try await store.store(claimed: right, chunks: pieces.async) == StoredFile(sha256: right, size: 5000))
            #expect(try await Self.chunkCount(right, on: database.db).rows == 5)
            #expect(try await store.load(sha256: right) == content)
        }
    }

    @Test func aChunkGoneIsDamageNotAShortFile() async throws {
        try await withTestDatabase { (database) async throws in
            let store = DatabaseFileStorage(database: { database.db }, chunkSize: 100)
            let stored = try await store.store(Self.bytes(450, seed: 11))
            try await (database.db as! any SQLDatabase).raw("DELETE FROM stored_file_chunks WHERE sha256 = \(bind: stored.sha256) AND chunk = 2").run()
            await #expect(throws: FileStorageError.damaged(stored.sha256)) { try await store.load(sha256: stored.sha256) }
        }
    }

    @Test func theSweepSeesTheTimesAndRemovalTakesTheChunks() async throws {
        try await withTestDatabase { (database) async throws in
            // given: one file written two hours ago, one now
            var old = DatabaseFileStorage(database: { database.db }, chunkSize: 100)
            old.clock = { Date().addingTimeInterval(-7200) }
            let store = DatabaseFileStorage(database: { database.db }, chunkSize: 100)
            let aged = try await old.store(Self.bytes(250, seed: 1))
            let young = try await store.store(Self.bytes(250, seed: 2))
            let hourAgo = Date().addingTimeInterval(-3600)

            // then: the sweep lists the old one only, removes it with its chunks, and leaves the young one
            #expect(try await store.stored(before: hourAgo, after: nil, limit: 10) == [aged.sha256])
            #expect(try await !store.remove(sha256: young.sha256, ifWrittenBefore: hourAgo))
            #expect(try await store.remove(sha256: aged.sha256, ifWrittenBefore: hourAgo))
            #expect(try await Self.chunkCount(aged.sha256, on: database.db).rows == 0)
            #expect(try await store.exists(sha256: young.sha256))

            // and a store of content already there renews its time
            let again = try await old.store(Self.bytes(250, seed: 3))
            #expect(try await store.stored(before: hourAgo, after: nil, limit: 10) == [again.sha256])
            _ = try await store.store(Self.bytes(250, seed: 3))
            #expect(try await store.stored(before: hourAgo, after: nil, limit: 10).isEmpty)
        }
    }

    @Test func theProbeLeavesNothingBehind() async throws {
        try await withTestDatabase { (database) async throws in
            let store = DatabaseFileStorage(database: { database.db })
            try await store.probe()
            try await store.probe()
            let sql = database.db as! any SQLDatabase
            #expect(try await sql.raw("SELECT COUNT(*) AS n FROM stored_files").first()!.decode(column: "n", as: Int.self) == 0)
        }
    }

    @Test func theDiskStoreStreamsAndChecksClaimedNamesToo() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-files-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = DiskFileStorage(root: root)
        let content = Self.bytes(DiskFileStorage.pieceSize * 2 + 17, seed: 4)
        let pieces = [content.getSlice(at: 0, length: 1000)!, content.getSlice(at: 1000, length: content.readableBytes - 1000)!]
        await #expect(throws: FileStorageError.self) {
            try await store.store(claimed: String(repeating: "0", count: 64), chunks: pieces.async)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path + "/tmp").isEmpty)
        let stored = try await store.store(claimed: StoredFile.hashing(content).sha256, chunks: pieces.async)
        let streamed = try #require(try await Self.streamed(store, stored.sha256))
        #expect(streamed.bytes == content)
        #expect(streamed.pieces == 3)
        #expect(try await store.pieces(sha256: String(repeating: "1", count: 64)) == nil)
        try await store.probe()
    }
}

/// An array's elements as an asynchronous sequence (the pieces a store is given).
struct AsyncArray<Element: Sendable>: AsyncSequence, Sendable {
    let elements: [Element]
    struct AsyncIterator: AsyncIteratorProtocol {
        var rest: ArraySlice<Element>
        mutating func next() async -> Element? { rest.popFirst() }
    }
    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(rest: elements[...]) }
}

extension Array where Element: Sendable {
    var async: AsyncArray<Element> { AsyncArray(elements: self) }
}
