import Crypto
import Foundation
import Hummingbird
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Folders and files only the service's own user may open: the database and the uploads hold
/// personal data, so nothing is left to the umask (folders 0700, files 0600).
enum PrivatePaths {
    /// Creates `path` and each missing folder above it, 0700 whatever the umask. Folders already
    /// there are left as they are (a mount point chosen by the administrator).
    static func makeDirectory(_ path: String) throws {
        guard !path.isEmpty else { return }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            if mkdir(prefix, 0o700) == 0 {
                chmod(prefix, 0o700)
                continue
            }
            let error = errno
            var info = stat()
            guard stat(prefix, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                throw FileStorageError.io(operation: "mkdir", code: error)
            }
        }
    }

    /// Creates the file empty and 0600 when it is not there; one already there loses any group or
    /// other permission. SQLite gives its `-wal` and `-shm` files the database file's permissions.
    static func restrictFile(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw FileStorageError.io(operation: "open", code: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileStorageError.io(operation: "fstat", code: errno) }
        if info.st_mode & 0o077 != 0, fchmod(descriptor, info.st_mode & 0o700) != 0 {
            throw FileStorageError.io(operation: "fchmod", code: errno)
        }
    }
}

/// `read(2)`, named apart from the stores' own `read(sha256:_:)`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// A stored upload, named by its content: the same document uploaded twice is kept once.
struct StoredFile: Sendable, Equatable {
    /// 64 lower-case hexadecimal digits.
    let sha256: String
    let size: Int

    /// The only names the stores accept, so no path is ever built from user text.
    static func isValidHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    static func hashing(_ bytes: ByteBuffer) -> StoredFile {
        var hasher = SHA256()
        bytes.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
        return StoredFile(sha256: Hex.encode(hasher.finalize()), size: bytes.readableBytes)
    }
}

enum FileStorageError: Error, Equatable {
    /// The name given is not 64 lower-case hexadecimal digits.
    case invalidHash
    /// A system call failed; `code` is its `errno`.
    case io(operation: String, code: Int32)
    /// Bytes given as a named file are not what the name says: nothing was stored.
    case hashMismatch(expected: String, actual: String)
    /// A stored file whose pieces do not add up (a chunk missing, removed while being read).
    case damaged(String)
}

/// Where uploaded documents live. Metadata (original name, size, time) belongs to the caller.
///
/// Two kinds (docs/file-store.md): a folder (`DiskFileStorage`, SQLite's default) and the database
/// itself (`DatabaseFileStorage`, PostgreSQL's default). Uploads stream in (`incoming()`, fed by
/// `IncomingUpload` as the body arrives); downloads, imports and restores stream out and in.
protocol FileStorage: Sendable {
    func store(_ bytes: ByteBuffer) async throws -> StoredFile
    /// Stores bytes that arrive piece by piece under the name they claim, checking the SHA-256 on
    /// the way: a mismatch stores nothing and throws `hashMismatch`. Content already there is not
    /// read again (its time is renewed, as by `store(_:)`).
    func store<Chunks: AsyncSequence & Sendable>(claimed sha256: String, chunks: Chunks) async throws -> StoredFile
    where Chunks.Element == ByteBuffer
    /// A file to be written as its bytes arrive, named by their SHA-256 once they have all come.
    func incoming() async throws -> any IncomingFile
    func load(sha256: String) async throws -> ByteBuffer?
    /// The stored bytes as pieces read on demand, never the whole file at once, with the size;
    /// nil when there is no such file. A download streams these (`FileResponse.stream`).
    func pieces(sha256: String) async throws -> (size: Int, pieces: StoredFilePieces)?
    /// The stored size, nil when absent.
    func size(sha256: String) async throws -> Int?
    func exists(sha256: String) async throws -> Bool
    /// Writes, reads back and removes a small piece of its own (for `/health/ready`); throws when
    /// the store can not be written or read.
    func probe() async throws
    /// Removes a stored file; one already gone is no error.
    func remove(sha256: String) async throws
    /// Up to `limit` stored files last written before `cutoff` (a store of content already there
    /// counts as a write), in the order of their names, after `name` when given; the temporary
    /// files of stores that never finished are removed at once.
    func stored(before cutoff: Date, after name: String?, limit: Int) async throws -> [String]
    /// Removes the file when it was still last written before `cutoff`; true when removed.
    func remove(sha256: String, ifWrittenBefore cutoff: Date) async throws -> Bool
}

/// A file being written as its bytes arrive (an upload), its name known only once they have all
/// come: a store holds at most one piece of it in memory at a time. `finish` puts it in place
/// under its SHA-256, as `store(_:)` would (content already there is kept once, its time renewed);
/// `abandon` drops what was written. One left unfinished (its instance died) is removed by the
/// sweep of unreferenced files (`stored(before:after:limit:)`), as a folder's temporary files are.
protocol IncomingFile: Sendable {
    func append(_ bytes: ByteBuffer) async throws
    func finish() async throws -> StoredFile
    func abandon() async
}

/// Files on disk under `root/ab/cd/<hash>`, two levels of folders so none grows too large.
///
/// A store writes a temporary file in `root/tmp/`, syncs it and renames it into place, so a reader
/// never sees half a file, even after a crash, and two stores of the same content both succeed.
/// `root` must be outside the web root; the blocking calls run on NIO's thread pool, not on the
/// event loop.
struct DiskFileStorage: FileStorage {
    let root: URL

    init(root: URL) {
        self.root = root
    }

    func store(_ bytes: ByteBuffer) async throws -> StoredFile {
        let file = StoredFile.hashing(bytes)
        let root = root.path
        let target = try Self.path(for: file.sha256, root: root)
        try await NIOThreadPool.singleton.runIfActive {
            if Self.regularFileSize(at: target) == file.size {
                // Already there: its time says it was just written, so the sweep of unreferenced
                // files leaves it to the upload in flight (`OrphanFiles`).
                utimes(target, nil)
                return
            }
            try Self.makeDirectory((target as NSString).deletingLastPathComponent)
            try Self.makeDirectory(root + "/tmp")
            let temporary = root + "/tmp/" + Hex.encode((0..<16).map { _ in UInt8.random(in: .min ... .max) })
            do {
                try Self.writeFile(bytes, to: temporary)
                guard rename(temporary, target) == 0 else { throw Self.failure("rename") }
            } catch {
                unlink(temporary)
                throw error
            }
            Self.syncDirectory((target as NSString).deletingLastPathComponent)
        }
        return file
    }

    func load(sha256: String) async throws -> ByteBuffer? {
        let path = try Self.path(for: sha256, root: root.path)
        return try await NIOThreadPool.singleton.runIfActive { try Self.readFile(path) }
    }

    func exists(sha256: String) async throws -> Bool {
        try await size(sha256: sha256) != nil
    }

    func size(sha256: String) async throws -> Int? {
        let path = try Self.path(for: sha256, root: root.path)
        return try await NIOThreadPool.singleton.runIfActive { Self.regularFileSize(at: path) }
    }

    /// Pieces of this size are read and written at a time when streaming.
    static let pieceSize = 256 * 1024

    func pieces(sha256: String) async throws -> (size: Int, pieces: StoredFilePieces)? {
        let path = try Self.path(for: sha256, root: root.path)
        let descriptor = FileChunks.Descriptor()
        let size = try await NIOThreadPool.singleton.runIfActive { () throws -> Int? in
            descriptor.value = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor.value >= 0 else {
                if errno == ENOENT { return nil }
                throw Self.failure("open")
            }
            var info = stat()
            guard fstat(descriptor.value, &info) == 0 else { throw Self.failure("fstat") }
            return Int(info.st_size)
        }
        guard let size else { return nil }
        // The descriptor stays open while the pieces are read, and closes with the last reference.
        return (size, StoredFilePieces { _ in
            let piece = try await FileChunks.readPiece(descriptor, size: Self.pieceSize)
            return piece.readableBytes == 0 ? nil : piece
        })
    }

    func store<Chunks: AsyncSequence & Sendable>(claimed sha256: String, chunks: Chunks) async throws -> StoredFile
    where Chunks.Element == ByteBuffer {
        let target = try Self.path(for: sha256, root: root.path)
        if let size = try await NIOThreadPool.singleton.runIfActive({ Self.regularFileSize(at: target) }) {
            _ = try await NIOThreadPool.singleton.runIfActive { utimes(target, nil) }
            return StoredFile(sha256: sha256, size: size)
        }
        let incoming = try await makeIncoming()
        do {
            for try await piece in chunks { try await incoming.append(piece) }
        } catch {
            await incoming.abandon()
            throw error
        }
        return try await incoming.finish(claimed: sha256)
    }

    func incoming() async throws -> any IncomingFile {
        try await makeIncoming()
    }

    private func makeIncoming() async throws -> Incoming {
        let root = root.path
        let temporary = root + "/tmp/" + Hex.encode((0..<16).map { _ in UInt8.random(in: .min ... .max) })
        let descriptor = try await NIOThreadPool.singleton.runIfActive { () throws -> Int32 in
            try Self.makeDirectory(root + "/tmp")
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw Self.failure("open") }
            return descriptor
        }
        return Incoming(root: root, temporary: temporary, descriptor: descriptor)
    }

    /// A temporary file in `root/tmp/`, written a piece at a time on the thread pool, then synced
    /// and renamed into place (or removed when the content is there already).
    actor Incoming: IncomingFile {
        let root: String
        let temporary: String
        private var descriptor: Int32
        private var hasher = SHA256()
        private var size = 0
        private var pending = ByteBuffer()

        init(root: String, temporary: String, descriptor: Int32) {
            self.root = root
            self.temporary = temporary
            self.descriptor = descriptor
        }

        deinit {
            // Neither finished nor abandoned (the request failed on the way): nothing to keep.
            if descriptor >= 0 {
                close(descriptor)
                unlink(temporary)
            }
        }

        func append(_ bytes: ByteBuffer) async throws {
            guard descriptor >= 0 else { throw FileStorageError.damaged(temporary) }
            var bytes = bytes
            bytes.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
            size += bytes.readableBytes
            pending.writeBuffer(&bytes)
            if pending.readableBytes >= DiskFileStorage.pieceSize { try await flush() }
        }

        private func flush() async throws {
            let (piece, descriptor) = (pending, descriptor)
            pending.clear()
            try await NIOThreadPool.singleton.runIfActive { try DiskFileStorage.writeAll(piece, to: descriptor) }
        }

        func finish() async throws -> StoredFile {
            try await finish(claimed: nil)
        }

        /// Puts the file in place; with `claimed`, only when that is its SHA-256 (`hashMismatch`
        /// otherwise, and nothing kept).
        func finish(claimed: String?) async throws -> StoredFile {
            guard descriptor >= 0 else { throw FileStorageError.damaged(temporary) }
            let file = StoredFile(sha256: Hex.encode(hasher.finalize()), size: size)
            do {
                if let claimed, claimed != file.sha256 { throw FileStorageError.hashMismatch(expected: claimed, actual: file.sha256) }
                try await flush()
                let (descriptor, temporary) = (descriptor, temporary)
                let target = try DiskFileStorage.path(for: file.sha256, root: root)
                try await NIOThreadPool.singleton.runIfActive {
                    if DiskFileStorage.regularFileSize(at: target) == file.size {
                        // Already there: its time says it was just written (`OrphanFiles`).
                        utimes(target, nil)
                        unlink(temporary)
                        return
                    }
                    guard fsync(descriptor) == 0 else { throw DiskFileStorage.failure("fsync") }
                    try DiskFileStorage.makeDirectory((target as NSString).deletingLastPathComponent)
                    guard rename(temporary, target) == 0 else { throw DiskFileStorage.failure("rename") }
                    DiskFileStorage.syncDirectory((target as NSString).deletingLastPathComponent)
                }
            } catch {
                await abandon()
                throw error
            }
            close(descriptor)
            descriptor = -1
            return file
        }

        func abandon() async {
            guard descriptor >= 0 else { return }
            close(descriptor)
            descriptor = -1
            unlink(temporary)
        }
    }

    func probe() async throws {
        let root = root.path
        try await NIOThreadPool.singleton.runIfActive {
            try Self.makeDirectory(root + "/tmp")
            let path = root + "/tmp/probe-" + Hex.encode((0..<8).map { _ in UInt8.random(in: .min ... .max) })
            defer { unlink(path) }
            let written = ByteBuffer(string: "dcem probe")
            try Self.writeFile(written, to: path)
            guard try Self.readFile(path) == written else { throw FileStorageError.damaged("probe") }
            guard unlink(path) == 0 else { throw Self.failure("unlink") }
        }
    }

    func remove(sha256: String) async throws {
        let path = try Self.path(for: sha256, root: root.path)
        try await NIOThreadPool.singleton.runIfActive {
            guard unlink(path) == 0 || errno == ENOENT else { throw Self.failure("unlink") }
        }
    }

    func stored(before cutoff: Date, after name: String?, limit: Int) async throws -> [String] {
        let root = root.path
        let after = name ?? ""
        return try await NIOThreadPool.singleton.runIfActive {
            let fileManager = FileManager.default
            // A store that died between its write and its rename leaves a temporary file.
            for name in (try? fileManager.contentsOfDirectory(atPath: root + "/tmp")) ?? [] {
                let path = root + "/tmp/" + name
                if let written = Self.modified(at: path), written < cutoff { unlink(path) }
            }
            var found: [String] = []
            let hex = { (name: String) in name.utf8.count == 2 && name.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) } }
            for first in ((try? fileManager.contentsOfDirectory(atPath: root)) ?? []).filter(hex).sorted() where first >= String(after.prefix(2)) {
                for second in ((try? fileManager.contentsOfDirectory(atPath: "\(root)/\(first)")) ?? []).filter(hex).sorted()
                where first + second >= String(after.prefix(4)) {
                    for name in ((try? fileManager.contentsOfDirectory(atPath: "\(root)/\(first)/\(second)")) ?? []).sorted()
                    where StoredFile.isValidHash(name) && name.hasPrefix(first + second) && name > after {
                        guard let written = Self.modified(at: "\(root)/\(first)/\(second)/\(name)"), written < cutoff else { continue }
                        found.append(name)
                        if found.count >= limit { return found }
                    }
                }
            }
            return found
        }
    }

    func remove(sha256: String, ifWrittenBefore cutoff: Date) async throws -> Bool {
        let path = try Self.path(for: sha256, root: root.path)
        return try await NIOThreadPool.singleton.runIfActive {
            guard let written = Self.modified(at: path), written < cutoff else { return false }
            guard unlink(path) == 0 else {
                if errno == ENOENT { return false }
                throw Self.failure("unlink")
            }
            return true
        }
    }

    /// `root/ab/cd/abcd…`; refuses anything but a well-formed hash.
    static func path(for sha256: String, root: String) throws(FileStorageError) -> String {
        guard StoredFile.isValidHash(sha256) else { throw .invalidHash }
        let first = sha256.prefix(2)
        let second = sha256.dropFirst(2).prefix(2)
        return "\(root)/\(first)/\(second)/\(sha256)"
    }

    // MARK: Blocking helpers, run on the thread pool

    fileprivate static func failure(_ operation: String) -> FileStorageError {
        .io(operation: operation, code: errno)
    }

    private static func modified(at path: String) -> Date? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Date(timeIntervalSince1970: TimeInterval(time.tv_sec) + TimeInterval(time.tv_nsec) / 1e9)
    }

    fileprivate static func regularFileSize(at path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Another store may create it in the meantime: a folder already there is fine.
    fileprivate static func makeDirectory(_ path: String) throws {
        try PrivatePaths.makeDirectory(path)
    }

    private static func writeFile(_ bytes: ByteBuffer, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("open") }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor)
        guard fsync(descriptor) == 0 else { throw failure("fsync") }
    }

    fileprivate static func writeAll(_ bytes: ByteBuffer, to descriptor: Int32) throws {
        try bytes.withUnsafeReadableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure("write")
                }
                offset += written
            }
        }
    }

    private static func readFile(_ path: String) throws -> ByteBuffer? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw failure("open")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("fstat") }
        var buffer = ByteBufferAllocator().buffer(capacity: Int(info.st_size))
        while true {
            let count = try buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: 64 * 1024) { space in
                while true {
                    let count = systemRead(descriptor, space.baseAddress!, space.count)
                    if count >= 0 { return count }
                    if errno != EINTR { throw failure("read") }
                }
            }
            if count == 0 { return buffer }
        }
    }

    /// Makes the rename itself durable; a failure here loses nothing already written, so it is ignored.
    fileprivate static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// Keeps files in memory, for tests.
actor InMemoryFileStorage: FileStorage {
    private var files: [String: ByteBuffer] = [:]
    private var written: [String: Date] = [:]
    private let clock: @Sendable () -> Date

    init(clock: @escaping @Sendable () -> Date = { Date() }) {
        self.clock = clock
    }

    func store(_ bytes: ByteBuffer) async throws -> StoredFile {
        let file = StoredFile.hashing(bytes)
        files[file.sha256] = bytes
        written[file.sha256] = clock()
        return file
    }

    func remove(sha256: String) async throws {
        guard StoredFile.isValidHash(sha256) else { throw FileStorageError.invalidHash }
        files[sha256] = nil
        written[sha256] = nil
    }

    func stored(before cutoff: Date, after name: String?, limit: Int) async throws -> [String] {
        Array(written.filter { $0.value < cutoff && $0.key > (name ?? "") }.keys.sorted().prefix(limit))
    }

    func remove(sha256: String, ifWrittenBefore cutoff: Date) async throws -> Bool {
        guard let time = written[sha256], time < cutoff else { return false }
        try await remove(sha256: sha256)
        return true
    }

    func load(sha256: String) async throws -> ByteBuffer? {
        guard StoredFile.isValidHash(sha256) else { throw FileStorageError.invalidHash }
        return files[sha256]
    }

    func exists(sha256: String) async throws -> Bool {
        guard StoredFile.isValidHash(sha256) else { throw FileStorageError.invalidHash }
        return files[sha256] != nil
    }

    func size(sha256: String) async throws -> Int? {
        try await load(sha256: sha256)?.readableBytes
    }

    func pieces(sha256: String) async throws -> (size: Int, pieces: StoredFilePieces)? {
        guard let bytes = try await load(sha256: sha256) else { return nil }
        return (bytes.readableBytes, StoredFilePieces { index in index == 0 && bytes.readableBytes > 0 ? bytes : nil })
    }

    func store<Chunks: AsyncSequence & Sendable>(claimed sha256: String, chunks: Chunks) async throws -> StoredFile
    where Chunks.Element == ByteBuffer {
        guard StoredFile.isValidHash(sha256) else { throw FileStorageError.invalidHash }
        var whole = ByteBuffer()
        for try await var piece in chunks { whole.writeBuffer(&piece) }
        let file = StoredFile.hashing(whole)
        guard file.sha256 == sha256 else { throw FileStorageError.hashMismatch(expected: sha256, actual: file.sha256) }
        return try await store(whole)
    }

    func probe() async throws {}

    func incoming() async throws -> any IncomingFile {
        unfinished += 1
        return Incoming(storage: self)
    }

    /// Bytes given to incoming files so far, whether kept or not: what a test of streaming watches.
    private(set) var received = 0
    /// Incoming files neither finished nor abandoned.
    private(set) var unfinished = 0

    private func note(received count: Int) { received += count }
    private func noteEnded() { unfinished -= 1 }

    /// Gathers the pieces, then stores them whole.
    actor Incoming: IncomingFile {
        let storage: InMemoryFileStorage
        private var bytes = ByteBuffer()
        private var ended = false

        init(storage: InMemoryFileStorage) { self.storage = storage }

        func append(_ piece: ByteBuffer) async throws {
            var piece = piece
            await storage.note(received: piece.readableBytes)
            bytes.writeBuffer(&piece)
        }

        func finish() async throws -> StoredFile {
            await end()
            return try await storage.store(bytes)
        }

        func abandon() async {
            await end()
            bytes.clear()
        }

        private func end() async {
            guard !ended else { return }
            ended = true
            await storage.noteEnded()
        }
    }

    /// How many distinct files are held.
    var count: Int { files.count }
}

/// A file on disk read piece by piece as it is iterated (`dcem files import`, `dcem restore`): at
/// most one piece is held at a time. The file is opened on the first piece and closed at its end,
/// or when the iteration is abandoned.
struct FileChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let path: String
    var pieceSize = DiskFileStorage.pieceSize

    final class Descriptor: @unchecked Sendable {
        var value: Int32 = -1
        deinit { if value >= 0 { close(value) } }
    }

    struct AsyncIterator: AsyncIteratorProtocol {
        let path: String
        let pieceSize: Int
        let descriptor = Descriptor()
        var finished = false

        mutating func next() async throws -> ByteBuffer? {
            guard !finished else { return nil }
            let (path, descriptor) = (path, descriptor)
            if descriptor.value < 0 {
                try await NIOThreadPool.singleton.runIfActive {
                    descriptor.value = open(path, O_RDONLY | O_CLOEXEC)
                    guard descriptor.value >= 0 else { throw FileStorageError.io(operation: "open", code: errno) }
                }
            }
            let piece = try await FileChunks.readPiece(descriptor, size: pieceSize)
            if piece.readableBytes == 0 {
                finished = true
                return nil
            }
            return piece
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(path: path, pieceSize: pieceSize)
    }

    /// Up to `size` bytes from where the descriptor stands; empty at the end of the file.
    static func readPiece(_ descriptor: Descriptor, size: Int) async throws -> ByteBuffer {
        try await NIOThreadPool.singleton.runIfActive { () throws -> ByteBuffer in
            var buffer = ByteBufferAllocator().buffer(capacity: size)
            _ = try buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: size) { space in
                while true {
                    let count = systemRead(descriptor.value, space.baseAddress!, size)
                    if count >= 0 { return count }
                    if errno != EINTR { throw FileStorageError.io(operation: "read", code: errno) }
                }
            }
            return buffer
        }
    }
}

/// A stored file's bytes as an asynchronous sequence of pieces, each fetched when asked for:
/// `next(i)` gives the piece numbered `i` (from 0), nil after the last.
struct StoredFilePieces: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let next: @Sendable (Int) async throws -> ByteBuffer?

    struct AsyncIterator: AsyncIteratorProtocol {
        let next: @Sendable (Int) async throws -> ByteBuffer?
        var index = 0
        var finished = false

        mutating func next() async throws -> ByteBuffer? {
            guard !finished else { return nil }
            guard let piece = try await next(index) else {
                finished = true
                return nil
            }
            index += 1
            return piece
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(next: next) }
}

extension FileStorage {
    /// Hands the stored bytes to `consume` piece by piece; false when there is no such file.
    func read(sha256: String, _ consume: (ByteBuffer) async throws -> Void) async throws -> Bool {
        guard let file = try await self.pieces(sha256: sha256) else { return false }
        for try await piece in file.pieces { try await consume(piece) }
        return true
    }
}
