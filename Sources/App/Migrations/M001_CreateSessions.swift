import FluentKit

/// Sessions live in the database so that several app servers behind a load balancer share them.
struct M001_CreateSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SessionRecord.schema)
            .field("id", .string, .identifier(auto: false))
            .field("data", .data, .required)
            .field("expires_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SessionRecord.schema).delete()
    }
}
