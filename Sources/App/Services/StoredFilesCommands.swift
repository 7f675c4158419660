import Crypto
import FluentKit
import Foundation
import Logging
import NIOCore

/// `dcem files import` and `dcem files verify` (docs/file-store.md#commands).
public enum StoredFilesCommands {
    public struct ImportSummary: Sendable, Equatable {
        /// Files written to the database store.
        public var imported = 0
        /// Files the store already held (an import run again, an upload since): left as they are.
        public var alreadyThere = 0
        /// Files whose bytes are not what their name says: reported and skipped.
        public var damaged: [String] = []
        /// Entries that are not stored files (the folder's temporary files, its marker): ignored.
        public var ignored = 0
        public var bytes = 0

        public var line: String {
            var line = "files import: \(imported) imported, \(alreadyThere) already there, \(damaged.count) damaged and skipped, \(bytes) bytes written"
            if ignored > 0 { line += ", \(ignored) other entr\(ignored == 1 ? "y" : "ies") ignored" }
            return line
        }
    }

    public enum Refusal: Error, CustomStringConvertible, Equatable {
        case notTheDatabaseStore
        case noFolder(String)

        public var description: String {
            switch self {
            case .notTheDatabaseStore:
                "DCEM_FILE_STORE is folder: files import copies a folder's files into the database store; set DCEM_FILE_STORE=database (PostgreSQL's default)"
            case .noFolder(let path): "no folder at \(path)"
            }
        }
    }

    /// Copies every file of `folder` (by default `DCEM_DATA_DIR/files`) into the database store,
    /// each checked against its name on the way; run again, it only counts what is already there.
    /// The folder is left as it is, to be removed once `dcem files verify` is content.
    public static func importFolder(_ config: AppConfig, from folder: String? = nil,
                                    progress: (String) -> Void = { _ in }) async throws -> ImportSummary {
        guard config.fileStore == .database else { throw Refusal.notTheDatabaseStore }
        let root = URL(fileURLWithPath: folder ?? Backups.filesDirectory(config.dataDirectory).path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Refusal.noFolder(root.path)
        }
        return try await withDatabase(config) { database in
            try await database.migrate()
            let store = DatabaseFileStorage(database: { database.db })
            var summary = ImportSummary()
            for path in filePaths(under: root) {
                let name = (path as NSString).lastPathComponent
                guard StoredFile.isValidHash(name), !path.hasPrefix(root.path + "/tmp/") else {
                    summary.ignored += 1
                    continue
                }
                if try await store.exists(sha256: name) {
                    summary.alreadyThere += 1
                    continue
                }
                do {
                    summary.bytes += try await store.store(claimed: name, chunks: FileChunks(path: path)).size
                    summary.imported += 1
                } catch FileStorageError.hashMismatch(_, let actual) {
                    summary.damaged.append(name)
                    progress("damaged, skipped: \(path) (its bytes' SHA-256 is \(actual))")
                }
            }
            return summary
        }
    }

    public struct VerifySummary: Sendable, Equatable {
        public var checked = 0
        public var bytes = 0
        /// Stored files whose bytes are not what their name says, or whose pieces do not add up.
        public var damaged: [String] = []
        /// Files a row refers to that the store does not hold.
        public var missing: [String] = []

        public var line: String {
            "files verify: \(checked) stored file(s), \(bytes) bytes, checked against their SHA-256; \(damaged.count) damaged, \(missing.count) referenced but missing"
        }
    }

    /// Reads back every file of the configured store, checking its SHA-256, and every file a row
    /// refers to is there.
    public static func verify(_ config: AppConfig) async throws -> VerifySummary {
        try await withDatabase(config) { database in
            var summary = VerifySummary()
            let store = FileStores.make(config, database: { database.db })
            var names: [String] = []
            if let store = store as? DatabaseFileStorage {
                var after: String? = nil
                while true {
                    let batch = try await store.names(after: after, limit: 500)
                    names += batch
                    guard batch.count == 500 else { break }
                    after = batch.last
                }
            } else {
                names = Backups.storedNames(under: Backups.filesDirectory(config.dataDirectory)).filter(StoredFile.isValidHash)
            }
            for name in names {
                var hasher = SHA256Hasher()
                var size = 0
                do {
                    guard try await store.read(sha256: name, { piece in
                        size += piece.readableBytes
                        hasher.update(piece)
                    }) else { continue }
                } catch FileStorageError.damaged {
                    summary.damaged.append(name)
                    continue
                }
                let hash = hasher.hex
                summary.checked += 1
                summary.bytes += size
                if hash != name { summary.damaged.append(name) }
            }
            let held = Set(names)
            summary.missing = try await Backups.referencedFiles(on: database.db).subtracting(held).sorted()
            return summary
        }
    }

    /// The regular files under `root`, at any depth, in order.
    static func filePaths(under root: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var paths: [String] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            paths.append(url.path)
        }
        return paths.sorted()
    }

    static func withDatabase<Value>(_ config: AppConfig, _ body: (DatabaseService) async throws -> Value) async throws -> Value {
        var logger = Logger(label: "dcem.files")
        logger.logLevel = .warning
        return try await DatabaseService.using(config, logger: logger, body)
    }
}

/// SHA-256 over pieces, as hexadecimal.
struct SHA256Hasher {
    private var hasher = Crypto.SHA256()
    mutating func update(_ piece: ByteBuffer) {
        piece.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
    }
    var hex: String { Hex.encode(hasher.finalize()) }
}
