import FluentKit

/// A case can be assigned to an agent (docs/states.md#assignment); any agent of the préfecture
/// can still act, and the history says who did.
struct M019_AssignDossiers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Dossier.schema).field("assigned_agent_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Dossier.schema).deleteField("assigned_agent_id").update()
    }
}
