import Crypto
import FluentKit
import Foundation
import NIOCore
import NIOFoundationCompat
import SQLKit

/// Stored files in the database itself (docs/file-store.md): every instance on one PostgreSQL sees
/// every file, and a `pg_dump` holds them with the rows that refer to them.
///
/// A file is a row of `stored_files` (named by its SHA-256, as on disk) and its bytes in chunks of
/// `chunkSize` in `stored_file_chunks`. A store writes the row and every chunk in one transaction,
/// so no reader ever sees half a file, even after a crash. Two stores of the same content at once
/// both succeed: the second one's insert of the row waits for the first's commit, then finds the
/// row there and only renews its time (the first rolled back: the second writes it). An upload
/// (`incoming()`) writes its chunks as they come under a staging name no read reaches, and takes
/// its hash's name in one transaction at its end. Reads go chunk by chunk, one query each, so a
/// download holds one chunk at a time.
struct DatabaseFileStorage: FileStorage {
    static let filesTable = "stored_files"
    static let chunksTable = "stored_file_chunks"
    /// 512 KiB: a 10 MB upload is 20 inserts; a download holds one chunk at a time.
    static let defaultChunkSize = 512 * 1024

    let database: @Sendable () -> any Database
    var chunkSize = DatabaseFileStorage.defaultChunkSize
    /// Files' times are the system clock's, as a folder's are, whatever instant the app is told.
    var clock: @Sendable () -> Date = { Date() }

    init(database: @escaping @Sendable () -> any Database, chunkSize: Int = DatabaseFileStorage.defaultChunkSize) {
        self.database = database
        self.chunkSize = max(1, chunkSize)
    }

    // MARK: Writing

    func store(_ bytes: ByteBuffer) async throws -> StoredFile {
        let file = StoredFile.hashing(bytes)
        let chunkSize = self.chunkSize
        _ = try await write(sha256: file.sha256) { insert in
            var offset = 0
            repeat {
                let length = min(chunkSize, bytes.readableBytes - offset)
                try await insert(bytes.getSlice(at: bytes.readerIndex + offset, length: length)!)
                offset += length
            } while offset < bytes.readableBytes
            return file.sha256
        }
        return file
    }

    func store<Chunks: AsyncSequence & Sendable>(claimed sha256: String, chunks: Chunks) async throws -> StoredFile
    where Chunks.Element == ByteBuffer {
        guard StoredFile.isValidHash(sha256) else { throw FileStorageError.invalidHash }
        let chunkSize = self.chunkSize
        let size = try await write(sha256: sha256) { insert in
            var hasher = SHA256()
            var pending = ByteBuffer()
            var wrote = false
            for try await var piece in chunks {
                piece.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
                pending.writeBuffer(&piece)
                while pending.readableBytes >= chunkSize {
                    try await insert(pending.readSlice(length: chunkSize)!)
                    wrote = true
                }
                pending.discardReadBytes()
            }
            if pending.readableBytes > 0 || !wrote { try await insert(pending) }
            // A mismatch throws inside the transaction: it rolls back, nothing was stored.
            let actual = Hex.encode(hasher.finalize())
            guard actual == sha256 else { throw FileStorageError.hashMismatch(expected: sha256, actual: actual) }
            return sha256
        }
        return StoredFile(sha256: sha256, size: size)
    }

    /// One transaction: the file's row (or, when it is already there, its time renewed and nothing
    /// else), then its chunks through `insert`, then its size and chunk count. Returns the size.
    private func write(sha256: String,
                       _ body: @escaping @Sendable (_ insert: @escaping @Sendable (ByteBuffer) async throws -> Void) async throws -> String) async throws -> Int {
        let now = clock().timeIntervalSince1970
        return try await database().transaction { db in
            let sql = db as! any SQLDatabase
            // Waits, on PostgreSQL, for a concurrent store of the same content to commit or roll back.
            let inserted = try await sql.raw("""
                INSERT INTO \(ident: Self.filesTable) (sha256, size, chunk_count, created_at, written_at)
                VALUES (\(bind: sha256), 0, 0, \(bind: now), \(bind: now))
                ON CONFLICT (sha256) DO NOTHING RETURNING sha256
                """).first()
            if inserted == nil {
                // Already there: its time says it was just written, so the sweep of unreferenced
                // files leaves it to the upload in flight (`OrphanFiles`).
                let row = try await sql.raw("""
                    UPDATE \(ident: Self.filesTable) SET written_at = \(bind: now) WHERE sha256 = \(bind: sha256) RETURNING size
                    """).first()
                guard let row else { throw FileStorageError.damaged(sha256) }
                return try row.decode(column: "size", as: Int.self)
            }
            let counter = Counter()
            _ = try await body { chunk in
                let index = await counter.next(adding: chunk.readableBytes)
                try await sql.raw("""
                    INSERT INTO \(ident: Self.chunksTable) (sha256, chunk, bytes) VALUES (\(bind: sha256), \(bind: index), \(bind: Data(buffer: chunk)))
                    """).run()
            }
            let (count, size) = await counter.totals
            try await sql.raw("""
                UPDATE \(ident: Self.filesTable) SET size = \(bind: size), chunk_count = \(bind: count) WHERE sha256 = \(bind: sha256)
                """).run()
            return size
        }
    }

    /// The name under which an upload's chunks wait for their hash: never a valid hash, so no
    /// read reaches them, and left out of every listing.
    static let stagingPrefix = "upload-"

    func incoming() async throws -> any IncomingFile {
        let staging = Self.stagingPrefix + UUID().uuidString.lowercased()
        let now = clock().timeIntervalSince1970
        try await (database() as! any SQLDatabase).raw("""
            INSERT INTO \(ident: Self.filesTable) (sha256, size, chunk_count, created_at, written_at)
            VALUES (\(bind: staging), 0, 0, \(bind: now), \(bind: now))
            """).run()
        return Incoming(storage: self, staging: staging)
    }

    /// An upload's chunks, each inserted as it fills (a statement of its own: no connection is held
    /// while the client sends), under a staging row; `finish` then gives them their hash in one
    /// transaction, or drops them when that content is there already.
    actor Incoming: IncomingFile {
        let storage: DatabaseFileStorage
        let staging: String
        private var hasher = SHA256()
        private var pending = ByteBuffer()
        private var chunks = 0
        private var size = 0
        private var open = true

        init(storage: DatabaseFileStorage, staging: String) {
            self.storage = storage
            self.staging = staging
        }

        func append(_ bytes: ByteBuffer) async throws {
            guard open else { throw FileStorageError.damaged(staging) }
            var bytes = bytes
            bytes.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
            size += bytes.readableBytes
            pending.writeBuffer(&bytes)
            while pending.readableBytes >= storage.chunkSize {
                try await insert(pending.readSlice(length: storage.chunkSize)!)
            }
            pending.discardReadBytes()
        }

        private func insert(_ chunk: ByteBuffer) async throws {
            let index = chunks
            chunks += 1
            try await (storage.database() as! any SQLDatabase).raw("""
                INSERT INTO \(ident: DatabaseFileStorage.chunksTable) (sha256, chunk, bytes)
                VALUES (\(bind: staging), \(bind: index), \(bind: Data(buffer: chunk)))
                """).run()
        }

        func finish() async throws -> StoredFile {
            guard open else { throw FileStorageError.damaged(staging) }
            let file = StoredFile(sha256: Hex.encode(hasher.finalize()), size: size)
            do {
                // An empty file is one empty chunk, as `store(_:)` writes it.
                if pending.readableBytes > 0 || chunks == 0 { try await insert(pending) }
                pending.clear()
                let (staging, count, now) = (staging, chunks, storage.clock().timeIntervalSince1970)
                try await storage.database().transaction { db in
                    let sql = db as! any SQLDatabase
                    // Locks the staging row; gone means the sweep took it, and its chunks with it.
                    guard try await sql.raw("""
                        UPDATE \(ident: DatabaseFileStorage.filesTable) SET written_at = \(bind: now) WHERE sha256 = \(bind: staging) RETURNING sha256
                        """).first() != nil else { throw FileStorageError.damaged(staging) }
                    // Waits, on PostgreSQL, for a concurrent store of the same content to commit or roll back.
                    let inserted = try await sql.raw("""
                        INSERT INTO \(ident: DatabaseFileStorage.filesTable) (sha256, size, chunk_count, created_at, written_at)
                        VALUES (\(bind: file.sha256), \(bind: file.size), \(bind: count), \(bind: now), \(bind: now))
                        ON CONFLICT (sha256) DO NOTHING RETURNING sha256
                        """).first()
                    if inserted != nil {
                        try await sql.raw("""
                            UPDATE \(ident: DatabaseFileStorage.chunksTable) SET sha256 = \(bind: file.sha256) WHERE sha256 = \(bind: staging)
                            """).run()
                    } else {
                        // Already there: its time says it was just written (`OrphanFiles`).
                        try await sql.raw("""
                            UPDATE \(ident: DatabaseFileStorage.filesTable) SET written_at = \(bind: now) WHERE sha256 = \(bind: file.sha256)
                            """).run()
                        try await sql.raw("DELETE FROM \(ident: DatabaseFileStorage.chunksTable) WHERE sha256 = \(bind: staging)").run()
                    }
                    try await sql.raw("DELETE FROM \(ident: DatabaseFileStorage.filesTable) WHERE sha256 = \(bind: staging)").run()
                }
            } catch {
                await abandon()
                throw error
            }
            open = false
            return file
        }

        func abandon() async {
            guard open else { return }
            open = false
            pending.clear()
            try? await storage.dropStaging(staging)
        }
    }

    /// A staging row and its chunks.
    fileprivate func dropStaging(_ staging: String) async throws {
        let sql = database() as! any SQLDatabase
        try await sql.raw("DELETE FROM \(ident: Self.chunksTable) WHERE sha256 = \(bind: staging)").run()
        try await sql.raw("DELETE FROM \(ident: Self.filesTable) WHERE sha256 = \(bind: staging)").run()
    }

    /// The chunks written so far by one store.
    private actor Counter {
        var count = 0
        var size = 0
        func next(adding bytes: Int) -> Int {
            defer { count += 1 }
            size += bytes
            return count
        }
        var totals: (Int, Int) { (count, size) }
    }

    // MARK: Reading

    func size(sha256: String) async throws -> Int? {
        try await header(sha256)?.size
    }

    func exists(sha256: String) async throws -> Bool {
        try await header(sha256) != nil
    }

    func load(sha256: String) async throws -> ByteBuffer? {
        guard let header = try await header(sha256) else { return nil }
        var whole = ByteBufferAllocator().buffer(capacity: header.size)
        try await readChunks(sha256, header) { piece in
            var piece = piece
            whole.writeBuffer(&piece)
        }
        return whole
    }

    func pieces(sha256: String) async throws -> (size: Int, pieces: StoredFilePieces)? {
        guard let header = try await header(sha256) else { return nil }
        return (header.size, StoredFilePieces { index in
            guard index < header.chunks else { return nil }
            let bytes = try await chunk(sha256, index)
            return bytes.readableBytes == 0 && header.chunks == 1 ? nil : bytes
        })
    }

    private func chunk(_ sha256: String, _ index: Int) async throws -> ByteBuffer {
        let sql = database() as! any SQLDatabase
        guard let row = try await sql.raw("""
            SELECT bytes FROM \(ident: Self.chunksTable) WHERE sha256 = \(bind: sha256) AND chunk = \(bind: index)
            """).first() else { throw FileStorageError.damaged(sha256) }
        return ByteBuffer(data: try row.decode(column: "bytes", as: Data.self))
    }

    private func header(_ sha256: String) async throws -> (size: Int, chunks: Int)? {
        guard StoredFile.isValidHash(sha256) else { throw FileStorageError.invalidHash }
        let sql = database() as! any SQLDatabase
        guard let row = try await sql.raw("""
            SELECT size, chunk_count FROM \(ident: Self.filesTable) WHERE sha256 = \(bind: sha256)
            """).first() else { return nil }
        return (try row.decode(column: "size", as: Int.self), try row.decode(column: "chunk_count", as: Int.self))
    }

    /// One query per chunk, in order; a chunk missing or the sizes not adding up is `damaged`.
    private func readChunks(_ sha256: String, _ header: (size: Int, chunks: Int),
                            _ consume: (ByteBuffer) async throws -> Void) async throws {
        var total = 0
        for index in 0..<header.chunks {
            let bytes = try await chunk(sha256, index)
            total += bytes.readableBytes
            guard total <= header.size else { throw FileStorageError.damaged(sha256) }
            if bytes.readableBytes > 0 { try await consume(bytes) }
        }
        guard total == header.size else { throw FileStorageError.damaged(sha256) }
    }

    // MARK: Removing and sweeping

    func remove(sha256: String) async throws {
        guard StoredFile.isValidHash(sha256) else { throw FileStorageError.invalidHash }
        // The chunks go with their row (ON DELETE CASCADE).
        try await (database() as! any SQLDatabase).raw("DELETE FROM \(ident: Self.filesTable) WHERE sha256 = \(bind: sha256)").run()
    }

    func stored(before cutoff: Date, after name: String?, limit: Int) async throws -> [String] {
        let sql = database() as! any SQLDatabase
        // Uploads that never finished (their instance died) leave a staging row and its chunks.
        let abandoned = try await sql.raw("""
            SELECT sha256 FROM \(ident: Self.filesTable) WHERE sha256 LIKE \(bind: Self.stagingPrefix + "%")
            AND written_at < \(bind: cutoff.timeIntervalSince1970)
            """).all()
        for row in abandoned { try await dropStaging(try row.decode(column: "sha256", as: String.self)) }
        let rows = try await sql.raw("""
            SELECT sha256 FROM \(ident: Self.filesTable) WHERE written_at < \(bind: cutoff.timeIntervalSince1970)
            AND sha256 > \(bind: name ?? "") AND sha256 NOT LIKE \(bind: Self.stagingPrefix + "%") ORDER BY sha256 LIMIT \(bind: limit)
            """).all()
        return try rows.map { try $0.decode(column: "sha256", as: String.self) }
    }

    func remove(sha256: String, ifWrittenBefore cutoff: Date) async throws -> Bool {
        guard StoredFile.isValidHash(sha256) else { throw FileStorageError.invalidHash }
        let removed = try await (database() as! any SQLDatabase).raw("""
            DELETE FROM \(ident: Self.filesTable) WHERE sha256 = \(bind: sha256) AND written_at < \(bind: cutoff.timeIntervalSince1970)
            RETURNING sha256
            """).all()
        return !removed.isEmpty
    }

    /// Every stored name after `name`, in order, at most `limit` (`dcem files verify`).
    func names(after name: String?, limit: Int) async throws -> [String] {
        let rows = try await (database() as! any SQLDatabase).raw("""
            SELECT sha256 FROM \(ident: Self.filesTable) WHERE sha256 > \(bind: name ?? "")
            AND sha256 NOT LIKE \(bind: Self.stagingPrefix + "%") ORDER BY sha256 LIMIT \(bind: limit)
            """).all()
        return try rows.map { try $0.decode(column: "sha256", as: String.self) }
    }

    // MARK: Readiness

    /// A row and a chunk written, read back and removed in one transaction, which commits: the
    /// database takes writes to these tables and answers reads of them.
    func probe() async throws {
        let name = "probe-" + UUID().uuidString
        let now = clock().timeIntervalSince1970
        try await database().transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.raw("""
                INSERT INTO \(ident: Self.filesTable) (sha256, size, chunk_count, created_at, written_at)
                VALUES (\(bind: name), 5, 1, \(bind: now), \(bind: now))
                """).run()
            try await sql.raw("""
                INSERT INTO \(ident: Self.chunksTable) (sha256, chunk, bytes) VALUES (\(bind: name), 0, \(bind: Data("probe".utf8)))
                """).run()
            let row = try await sql.raw("""
                SELECT bytes FROM \(ident: Self.chunksTable) WHERE sha256 = \(bind: name) AND chunk = 0
                """).first()
            guard try row?.decode(column: "bytes", as: Data.self) == Data("probe".utf8) else { throw FileStorageError.damaged("probe") }
            try await sql.raw("DELETE FROM \(ident: Self.filesTable) WHERE sha256 = \(bind: name)").run()
        }
    }
}
