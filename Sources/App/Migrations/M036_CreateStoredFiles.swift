import FluentKit
import SQLKit

/// The stored files kept in the database itself (docs/file-store.md), PostgreSQL's default store.
///
/// Created on both databases: the schema stays one and the same whichever database runs it, the
/// store is tested on both, and an SQLite deployment may choose `DCEM_FILE_STORE=database` too.
/// Empty tables cost nothing where the folder store is used.
///
/// - `stored_files`: one row per content (the SHA-256 is the key), its size, how many chunks it
///   has, and when it was first and last written (seconds since 1970, as a file's times: the
///   orphan sweep reads `written_at`).
/// - `stored_file_chunks`: the bytes, in chunks numbered from 0, removed with their file.
struct M036_CreateStoredFiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DatabaseFileStorage.filesTable)
            .field("sha256", .string, .identifier(auto: false))
            .field("size", .int64, .required)
            .field("chunk_count", .int, .required)
            .field("created_at", .double, .required)
            .field("written_at", .double, .required)
            .create()
        try await database.schema(DatabaseFileStorage.chunksTable)
            .field("sha256", .string, .required, .references(DatabaseFileStorage.filesTable, "sha256", onDelete: .cascade))
            .field("chunk", .int, .required)
            .field("bytes", .data, .required)
            .unique(on: "sha256", "chunk")
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "stored_files_written_at").on(DatabaseFileStorage.filesTable).column("written_at").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DatabaseFileStorage.chunksTable).delete()
        try await database.schema(DatabaseFileStorage.filesTable).delete()
    }
}
