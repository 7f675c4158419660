import FluentKit
import SQLKit

/// The keys that sign the DCEMs' verification codes (docs/states.md#verification). At most one is
/// active: two instances creating the first key at the same moment leave one, the other's insert
/// is refused by the index and it reads the winner's.
struct M029_CreateSigningKeys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SigningKey.schema)
            .field("id", .string, .identifier(auto: false))
            .field("public_key", .string, .required)
            .field("private_key", .string)
            .field("created_at", .datetime, .required)
            .field("retired_at", .datetime)
            .field("active", .bool, .required)
            .field("verifies_until", .string)
            .create()
        if let sql = database as? any SQLDatabase {
            // Partial unique index: PostgreSQL and SQLite both read `WHERE active`.
            try await sql.raw("CREATE UNIQUE INDEX document_signing_keys_one_active ON document_signing_keys (active) WHERE active").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SigningKey.schema).delete()
    }
}
