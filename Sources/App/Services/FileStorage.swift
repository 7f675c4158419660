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
}

/// Where uploaded documents live. Metadata (original name, size, time) belongs to the caller.
protocol FileStorage: Sendable {
    func store(_ bytes: ByteBuffer) async throws -> StoredFile
    func load(sha256: String) async throws -> ByteBuffer?
    func exists(sha256: String) async throws -> Bool
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
            if Self.regularFileSize(at: target) == file.size { return }  // already there
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
        let path = try Self.path(for: sha256, root: root.path)
        return try await NIOThreadPool.singleton.runIfActive { Self.regularFileSize(at: path) != nil }
    }

    /// `root/ab/cd/abcd…`; refuses anything but a well-formed hash.
    static func path(for sha256: String, root: String) throws(FileStorageError) -> String {
        guard StoredFile.isValidHash(sha256) else { throw .invalidHash }
        let first = sha256.prefix(2)
        let second = sha256.dropFirst(2).prefix(2)
        return "\(root)/\(first)/\(second)/\(sha256)"
    }

    // MARK: Blocking helpers, run on the thread pool

    private static func failure(_ operation: String) -> FileStorageError {
        .io(operation: operation, code: errno)
    }

    private static func regularFileSize(at path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    private static func makeDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            // Another store may have created it in the meantime.
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { throw error }
        }
    }

    private static func writeFile(_ bytes: ByteBuffer, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("open") }
        defer { close(descriptor) }
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
        guard fsync(descriptor) == 0 else { throw failure("fsync") }
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
                    let count = read(descriptor, space.baseAddress!, space.count)
                    if count >= 0 { return count }
                    if errno != EINTR { throw failure("read") }
                }
            }
            if count == 0 { return buffer }
        }
    }

    /// Makes the rename itself durable; a failure here loses nothing already written, so it is ignored.
    private static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// Keeps files in memory, for tests.
actor InMemoryFileStorage: FileStorage {
    private var files: [String: ByteBuffer] = [:]

    init() {}

    func store(_ bytes: ByteBuffer) async throws -> StoredFile {
        let file = StoredFile.hashing(bytes)
        files[file.sha256] = bytes
        return file
    }

    func load(sha256: String) async throws -> ByteBuffer? {
        guard StoredFile.isValidHash(sha256) else { throw FileStorageError.invalidHash }
        return files[sha256]
    }

    func exists(sha256: String) async throws -> Bool {
        guard StoredFile.isValidHash(sha256) else { throw FileStorageError.invalidHash }
        return files[sha256] != nil
    }

    /// How many distinct files are held.
    var count: Int { files.count }
}
