import FluentKit

/// Schools by their UAI code and the members who head them, approved by the préfecture of the
/// school's département (docs/pages.md#schools).
struct M032_CreateSchools: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(School.schema)
            .id()
            .field("uai", .string, .required)
            .field("name", .string, .required)
            .field("departement", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "uai")
            .create()
        try await database.schema(SchoolHead.schema)
            .id()
            .field("school_id", .uuid, .required, .references(School.schema, "id"))
            .field("user_id", .uuid, .required, .references(User.schema, "id"))
            .field("head_name", .string, .required)
            .field("state", .string, .required)
            .field("refusal_reason", .string)
            .field("decided_at", .datetime)
            .field("decided_by", .uuid)
            .field("created_at", .datetime, .required)
            .unique(on: "school_id", "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SchoolHead.schema).delete()
        try await database.schema(School.schema).delete()
    }
}
