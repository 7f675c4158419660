import FluentKit

/// Rate-limit counters live in the database so that every server instance sees the same count.
struct M004_CreateRateLimits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RateLimitRecord.schema)
            .field("id", .string, .identifier(auto: false))
            .field("window_start", .datetime, .required)
            .field("count", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RateLimitRecord.schema).delete()
    }
}
