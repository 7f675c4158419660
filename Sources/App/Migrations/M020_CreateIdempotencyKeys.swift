import FluentKit
import SQLKit

/// Idempotency keys of the family's API. The unique (user, key) pair is what keeps two concurrent
/// duplicates from both running; the date index serves the purge of keys older than 24 hours.
struct M020_CreateIdempotencyKeys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IdempotencyRecord.schema)
            .id()
            .field("user_id", .uuid, .required)
            .field("key", .string, .required)
            .field("method", .string, .required)
            .field("path", .string, .required)
            .field("body_sha256", .string, .required)
            .field("state", .string, .required)
            .field("status", .int)
            .field("headers", .string)
            .field("body", .data)
            .field("created_at", .datetime, .required)
            .unique(on: "user_id", "key")
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "idempotency_keys_created_at").on(IdempotencyRecord.schema).column("created_at").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IdempotencyRecord.schema).delete()
    }
}
