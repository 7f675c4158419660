import FluentKit
import Foundation
import NIOCore
import NIOPosix
import SQLKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store `DCEM_FILE_STORE` names (docs/file-store.md), built the same way by the service, the
/// demo seed, the backups and `dcem files`.
enum FileStores {
    static func make(_ config: AppConfig, database: @escaping @Sendable () -> any Database) -> any FileStorage {
        switch config.fileStore {
        case .database: DatabaseFileStorage(database: database)
        case .folder: DiskFileStorage(root: Backups.filesDirectory(config.dataDirectory))
        }
    }

    /// The folder's marker to check, when the files are in a folder that instances on one
    /// PostgreSQL must share; nil otherwise (SQLite is one machine's by nature).
    static func marker(_ config: AppConfig, database: @escaping @Sendable () -> any Database) -> FolderMarker? {
        guard config.fileStore == .folder, case .postgres = config.database else { return nil }
        return FolderMarker(root: Backups.filesDirectory(config.dataDirectory), database: database)
    }
}

/// Proves that every instance on one PostgreSQL uses the same files folder: the folder holds a
/// file `.dcem-folder-id` with an id, and the database records that id (`server_secrets`, name
/// `file-folder-id`). The first instance to start writes both; an instance whose folder has no
/// marker, or another id, refuses to start, since it would answer 404 for the files the others keep.
struct FolderMarker: Sendable {
    static let fileName = ".dcem-folder-id"
    static let recordName = "file-folder-id"

    let root: URL
    let database: @Sendable () -> any Database

    /// Why the folder is refused, said so that an operator knows what to do.
    enum Problem: Error, Equatable, CustomStringConvertible {
        case unusable(folder: String)
        case unmarked(folder: String, expected: String)
        case otherFolder(folder: String, found: String, expected: String)

        var description: String {
            switch self {
            case .unusable(let folder):
                "the files folder \(folder) can not be written and read back (DCEM_DATA_DIR): check that it exists, is mounted and is the service user's"
            case .unmarked(let folder, let expected):
                "the files folder \(folder) has no \(FolderMarker.fileName), but this database's files are in a folder marked \(expected): " +
                    "every instance must use the same shared folder (DCEM_DATA_DIR), or keep the files in the database (DCEM_FILE_STORE=database, then dcem files import)"
            case .otherFolder(let folder, let found, let expected):
                "the files folder \(folder) is marked \(found), but this database's files are in the folder marked \(expected): " +
                    "every instance must use the same shared folder (DCEM_DATA_DIR)"
            }
        }
    }

    /// Checks the folder, marking it and recording its id on first use.
    func check() async throws {
        let folder = root.path
        do {
            try await DiskFileStorage(root: root).probe()
        } catch {
            throw Problem.unusable(folder: folder)
        }
        let sql = database() as! any SQLDatabase
        var expected = try await recorded(sql)
        var found = try await Self.readMarker(folder)
        if expected == nil {
            // The marker is written before the record: whoever sees a record sees its folder marked.
            if found == nil { found = try await Self.createMarker(folder) }
            try await sql.raw("""
                INSERT INTO \(ident: ServerSecret.schema) (name, value) VALUES (\(bind: Self.recordName), \(bind: found!))
                ON CONFLICT (name) DO NOTHING
                """).run()
            expected = try await recorded(sql)
        }
        guard let expected else { throw Problem.unusable(folder: folder) }
        guard let found else { throw Problem.unmarked(folder: folder, expected: expected) }
        guard found == expected else { throw Problem.otherFolder(folder: folder, found: found, expected: expected) }
    }

    /// Marks a folder that has no marker with the id the database records (`dcem restore` into a
    /// new folder); a folder already marked is left alone.
    func adopt() async throws {
        let sql = database() as! any SQLDatabase
        guard let expected = try await recorded(sql), try await Self.readMarker(root.path) == nil else { return }
        try await Self.writeMarker(root.path, id: expected)
    }

    private func recorded(_ sql: any SQLDatabase) async throws -> String? {
        try await sql.raw("SELECT value FROM \(ident: ServerSecret.schema) WHERE name = \(bind: Self.recordName)")
            .first()?.decode(column: "value", as: String.self)
    }

    static func readMarker(_ folder: String) async throws -> String? {
        let path = folder + "/" + fileName
        return try await NIOThreadPool.singleton.runIfActive {
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
    }

    /// A new id in a new marker; when another instance sharing the folder wrote one first, theirs.
    private static func createMarker(_ folder: String) async throws -> String {
        let id = UUID().uuidString.lowercased()
        do {
            try await writeMarker(folder, id: id)
            return id
        } catch FileStorageError.io(_, EEXIST) {
            return try await readMarker(folder) ?? id
        }
    }

    private static func writeMarker(_ folder: String, id: String) async throws {
        let path = folder + "/" + fileName
        try await NIOThreadPool.singleton.runIfActive {
            try PrivatePaths.makeDirectory(folder)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw FileStorageError.io(operation: "open", code: errno) }
            defer { close(descriptor) }
            let line = Array((id + "\n").utf8)
            guard write(descriptor, line, line.count) == line.count, fsync(descriptor) == 0 else {
                throw FileStorageError.io(operation: "write", code: errno)
            }
        }
    }
}
