import FluentKit

/// Family accounts; the address is unique so two sign-ups can not create two accounts.
struct M003_CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("email", .string, .required)
            .field("password_hash", .string)
            .field("temporary_password_hash", .string)
            .field("temporary_password_expires_at", .datetime)
            .field("language", .string, .required)
            .field("foreigner_number", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "email")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).delete()
    }
}
