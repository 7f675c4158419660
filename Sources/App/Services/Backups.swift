import Crypto
import FluentKit
import Foundation
import Logging
import NIOCore
import SQLKit

/// `dcem backup PATH` and `dcem restore PATH` (README.md, "Backups"; docs/file-store.md#backups).
///
/// A backup is a directory: `dcem.sqlite`, a consistent snapshot taken with `VACUUM INTO` through
/// the service's own kind of connection (a read transaction: in WAL mode the running service goes
/// on writing meanwhile), and, when the files are kept in a folder, `files/`, every stored file the
/// snapshot references, checked against its SHA-256 on the way. Files are named by their content
/// and never rewritten, so copying them after the snapshot can not mismatch it. With PostgreSQL the
/// database is saved with `pg_dump` (README): these commands then carry the folder's files only,
/// and nothing at all when the files are in the database, which the dump holds.
public enum Backups {
    public static let databaseName = "dcem.sqlite"
    public static let filesName = "files"

    public struct Summary: Sendable {
        /// The SQLite copy written or put back; nil with PostgreSQL (pg_dump's business).
        public let database: String?
        public let files: Int
        public let bytes: Int
        /// Case events in the restored database (restore only).
        public let events: Int?
        /// The files travel inside the database (`DCEM_FILE_STORE=database`): the snapshot or the
        /// dump holds them; `files` were checked present, none copied.
        public var filesInDatabase = false
    }

    // MARK: Backup

    public static func backup(_ config: AppConfig, to target: String) async throws -> Summary {
        let fileManager = FileManager.default
        if case .postgres = config.database, config.fileStore == .database {
            // pg_dump holds the rows and the files: here, only that every referenced file is there.
            let (references, missing) = try await withDatabase(config) { database in
                let references = try await referencedFiles(on: database.db)
                return (references, try await absent(references, from: DatabaseFileStorage(database: { database.db })))
            }
            if !missing.isEmpty { throw BackupError.sourceFiles(missing: missing, damaged: []) }
            return Summary(database: nil, files: references.count, bytes: 0, events: nil, filesInDatabase: true)
        }
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue, (try fileManager.contentsOfDirectory(atPath: target)).isEmpty else { throw BackupError.targetNotEmpty(target) }
        }
        if case .sqlite(let path) = config.database, !fileManager.fileExists(atPath: path) { throw BackupError.noDatabase(path) }
        try fileManager.createDirectory(atPath: target, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])

        var snapshot: String? = nil
        let references: Set<String>
        switch config.database {
        case .sqlite:
            let copy = (target as NSString).appendingPathComponent(databaseName)
            try await withDatabase(config) { database in
                guard let sql = database.db as? any SQLDatabase else { throw BackupError.noDatabase(copy) }
                try await sql.raw("VACUUM INTO \(bind: copy)").run()
            }
            snapshot = copy
            // The references of the snapshot itself, not of the live base, which may have moved on.
            var copyConfig = config
            copyConfig.database = .sqlite(path: copy)
            if config.fileStore == .database {
                // The snapshot holds the files too.
                let (references, missing) = try await withDatabase(copyConfig) { database in
                    let references = try await referencedFiles(on: database.db)
                    return (references, try await absent(references, from: DatabaseFileStorage(database: { database.db })))
                }
                if !missing.isEmpty { throw BackupError.sourceFiles(missing: missing, damaged: []) }
                return Summary(database: copy, files: references.count, bytes: 0, events: nil, filesInDatabase: true)
            }
            references = try await withDatabase(copyConfig) { try await referencedFiles(on: $0.db) }
        case .postgres:
            references = try await withDatabase(config) { try await referencedFiles(on: $0.db) }
        }

        let source = DiskFileStorage(root: filesDirectory(config.dataDirectory))
        let copies = DiskFileStorage(root: URL(fileURLWithPath: target).appendingPathComponent(filesName))
        var missing: [String] = [], damaged: [String] = [], bytes = 0
        for hash in references.sorted() {
            guard let path = try? DiskFileStorage.path(for: hash, root: source.root.path), fileManager.fileExists(atPath: path) else {
                missing.append(hash)
                continue
            }
            do {
                bytes += try await copies.store(claimed: hash, chunks: FileChunks(path: path)).size
            } catch FileStorageError.hashMismatch {
                damaged.append(hash)
            }
        }
        try? fileManager.removeItem(at: URL(fileURLWithPath: target).appendingPathComponent(filesName).appendingPathComponent("tmp"))
        if !missing.isEmpty || !damaged.isEmpty { throw BackupError.sourceFiles(missing: missing, damaged: damaged) }
        return Summary(database: snapshot, files: references.count, bytes: bytes, events: nil)
    }

    /// The references the store does not hold, in order.
    static func absent(_ references: Set<String>, from store: any FileStorage) async throws -> [String] {
        var missing: [String] = []
        for hash in references.sorted() {
            if try await !store.exists(sha256: hash) { missing.append(hash) }
        }
        return missing
    }

    // MARK: Restore

    /// Puts a backup back, with the service stopped. Everything is checked before anything is
    /// written: a file whose content is not its name, or a referenced file that is absent, refuses
    /// the whole restore. The backup's files go to the store the configuration names.
    public static func restore(_ config: AppConfig, from source: String, force: Bool) async throws -> Summary {
        let fileManager = FileManager.default
        let sourceFiles = URL(fileURLWithPath: source).appendingPathComponent(filesName)
        let sourceDatabase = (source as NSString).appendingPathComponent(databaseName)
        var staged: String? = nil
        var references: Set<String> = []
        if case .sqlite(let target) = config.database {
            guard fileManager.fileExists(atPath: sourceDatabase) else { throw BackupError.notABackup(source) }
            if !force, fileManager.fileExists(atPath: target) || fileManager.fileExists(atPath: target + "-wal") {
                throw BackupError.databaseExists(target)
            }
            // Read from a staged copy beside the target: the backup itself is never opened for writing.
            let directory = (target as NSString).deletingLastPathComponent
            if !directory.isEmpty { try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            let copy = target + ".restoring"
            removeDatabase(at: copy)
            try fileManager.copyItem(atPath: sourceDatabase, toPath: copy)
            staged = copy
            var stagedConfig = config
            stagedConfig.database = .sqlite(path: copy)
            do {
                references = try await withDatabase(stagedConfig) { database in
                    // Files the snapshot itself holds (taken with the files in the database).
                    let held = try? await DatabaseFileStorage(database: { database.db }).names(after: nil, limit: Int(Int32.max))
                    return try await referencedFiles(on: database.db).subtracting(held ?? [])
                }
            } catch {
                removeDatabase(at: copy)
                throw error
            }
        } else if !fileManager.fileExists(atPath: sourceFiles.path) {
            if config.fileStore == .database {
                // pg_restore put the files back with the rows: nothing else to restore.
                return Summary(database: nil, files: 0, bytes: 0, events: nil, filesInDatabase: true)
            }
            throw BackupError.notABackup(source)
        }

        // Every file of the backup must be what its name says; every reference must be there.
        // Read twice, piece by piece: checked first, then stored, never held whole.
        var names: [String] = []
        var damaged: [String] = []
        for name in storedNames(under: sourceFiles) {
            guard StoredFile.isValidHash(name), let path = try? DiskFileStorage.path(for: name, root: sourceFiles.path),
                  (try? await sha256(of: path)) == name else { damaged.append(name); continue }
            names.append(name)
        }
        let missing = references.subtracting(names).subtracting(damaged).sorted()
        if !missing.isEmpty || !damaged.isEmpty {
            if let staged { removeDatabase(at: staged) }
            throw BackupError.backupFiles(missing: missing, damaged: damaged.sorted())
        }

        if let staged, case .sqlite(let target) = config.database {
            removeDatabase(at: target)
            try fileManager.moveItem(atPath: staged, toPath: target)
        }
        let (bytes, events) = try await withDatabase(config) { database -> (Int, Int?) in
            let storage = FileStores.make(config, database: { database.db })
            // A backup taken before the files moved to the database has no tables for them yet.
            if config.fileStore == .database, !names.isEmpty { try await database.migrate() }
            var bytes = 0
            for name in names {
                let path = try DiskFileStorage.path(for: name, root: sourceFiles.path)
                bytes += try await storage.store(claimed: name, chunks: FileChunks(path: path)).size
            }
            // A new folder for a PostgreSQL base whose instances share one: marked as the base expects.
            try await FileStores.marker(config, database: { database.db })?.adopt()
            return (bytes, staged == nil ? nil : try await DossierEvent.query(on: database.db).count())
        }
        return Summary(database: staged == nil ? nil : config.databasePathForBackup, files: names.count, bytes: bytes, events: events,
                       filesInDatabase: config.fileStore == .database)
    }

    /// The SHA-256 of a file on disk, read piece by piece.
    static func sha256(of path: String) async throws -> String {
        var hasher = SHA256()
        for try await piece in FileChunks(path: path) {
            piece.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
        }
        return Hex.encode(hasher.finalize())
    }

    // MARK: Helpers

    /// A SQLite file and the journal files beside it.
    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    static func filesDirectory(_ dataDirectory: String) -> URL {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent(filesName)
    }

    /// The hashes of every stored file a database refers to: a case's documents, messages'
    /// attachments, the scans of issued documents and school trips' documents (`OrphanFiles`).
    static func referencedFiles(on db: any Database) async throws -> Set<String> {
        var hashes = Set(try await DossierDocument.query(on: db).all(\.$sha256))
        hashes.formUnion(try await IssuedDocumentFile.query(on: db).all(\.$sha256))
        hashes.formUnion(try await TripPupilDocument.query(on: db).all(\.$sha256))
        for hash in try await DossierMessage.query(on: db).filter(\.$attachmentSHA256 != nil).all(\.$attachmentSHA256) {
            if let hash { hashes.insert(hash) }
        }
        return hashes
    }

    /// The names of the regular files under `root/ab/cd/`, the layout of `DiskFileStorage`.
    static func storedNames(under root: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var names: [String] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            names.append(url.lastPathComponent)
        }
        return names.sorted()
    }

    static func withDatabase<Value>(_ config: AppConfig, _ body: (DatabaseService) async throws -> Value) async throws -> Value {
        var logger = Logger(label: "dcem.backup")
        logger.logLevel = .warning
        return try await DatabaseService.using(config, logger: logger, body)
    }
}

extension AppConfig {
    /// The SQLite file, when there is one.
    var databasePathForBackup: String? {
        if case .sqlite(let path) = database { return path }
        return nil
    }
}

/// Why a backup or a restore stopped, said plainly (the command prints it and exits 1).
public enum BackupError: Error, Equatable, CustomStringConvertible {
    case targetNotEmpty(String)
    case noDatabase(String)
    case notABackup(String)
    case databaseExists(String)
    /// Files the live service refers to that are absent or damaged: the backup is incomplete.
    case sourceFiles(missing: [String], damaged: [String])
    /// Files of the backup that are absent or not what their name says: nothing was restored.
    case backupFiles(missing: [String], damaged: [String])

    public var description: String {
        switch self {
        case .targetNotEmpty(let path): "\(path) exists and is not an empty directory: give a new or empty one"
        case .noDatabase(let path): "no database at \(path)"
        case .notABackup(let path): "\(path) is not a dcem backup (no \(Backups.databaseName) or \(Backups.filesName)/ in it)"
        case .databaseExists(let path): "a database already exists at \(path): stop the service and add --force to replace it"
        case .sourceFiles(let missing, let damaged):
            "the backup is incomplete, remove it: " + Self.list(missing: missing, damaged: damaged, place: "the stored files")
        case .backupFiles(let missing, let damaged):
            "nothing was restored: " + Self.list(missing: missing, damaged: damaged, place: "the backup")
        }
    }

    static func list(missing: [String], damaged: [String], place: String) -> String {
        var parts: [String] = []
        if !missing.isEmpty { parts.append("\(missing.count) file(s) missing from \(place): \(missing.joined(separator: ", "))") }
        if !damaged.isEmpty { parts.append("\(damaged.count) file(s) in \(place) do not match their SHA-256: \(damaged.joined(separator: ", "))") }
        return parts.joined(separator: "; ")
    }
}
