import FluentKit

/// Préfecture agents (docs/architecture.md#who-signs-in). The address is unique so that
/// `dcem agent create` can not make two.
struct M009_CreateAgents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Agent.schema)
            .id()
            .field("prefecture", .string, .required)
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("role", .string, .required)
            .field("password_hash", .string, .required)
            .field("must_change_password", .bool, .required)
            .field("totp_secret", .string)
            .field("totp_confirmed_at", .datetime)
            .field("totp_last_step", .int64)
            .field("created_at", .datetime, .required)
            .field("disabled_at", .datetime)
            .unique(on: "email")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Agent.schema).delete()
    }
}
