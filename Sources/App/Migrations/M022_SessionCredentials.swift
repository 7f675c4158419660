import FluentKit
import SQLKit

/// Sessions that end when the password changes, and anonymous visitors without a session row.
///
/// - `credentials_version` on users and agents: bumped at each password change; a session opened
///   under an older version is signed out on its next request.
/// - `server_secrets`: keys every instance shares (the one signing the anonymous visitor's form
///   token cookie), created here once so that no instance keeps one only in its memory.
/// - An index on `sessions.expires_at`, for the scheduler's purge of expired sessions.
struct M022_SessionCredentials: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        // Existing accounts start at 0, as do sessions opened before this column existed.
        for table in [User.schema, Agent.schema] {
            try await sql.alter(table: table).column("credentials_version", type: .bigint, .notNull, .default(0)).run()
        }
        try await database.schema(ServerSecret.schema)
            .field("name", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
        try await ServerSecret(name: ServerSecret.csrfCookieKey, value: CSRF.newToken()).create(on: database)
        try await sql.create(index: "sessions_expires_at").on(SessionRecord.schema).column("expires_at").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.drop(index: "sessions_expires_at").run()
        }
        try await database.schema(ServerSecret.schema).delete()
        try await database.schema(Agent.schema).deleteField("credentials_version").update()
        try await database.schema(User.schema).deleteField("credentials_version").update()
    }
}
