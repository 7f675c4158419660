import FluentKit

/// The child's own account, created at the grant when the child has no foreigner number yet
/// (`grant`, docs/states.md#transitions): the 10-digit number, and the family member who looks
/// after it.
struct M016_CreateForeignerAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ForeignerAccount.schema)
            .id()
            .field("foreigner_number", .string, .required)
            .field("holder_name", .string, .required)
            .field("birth_date", .string)
            .field("guardian_user_id", .uuid, .required, .references(User.schema, "id"))
            .field("created_at", .datetime, .required)
            .unique(on: "foreigner_number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ForeignerAccount.schema).delete()
    }
}
