import FluentKit
import SQLKit

/// Free messages between the family and the préfecture, each with at most one attachment
/// (stored by hash like every other file). Messages change no state (docs/states.md#messages).
struct M007_CreateDossierMessages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DossierMessage.schema)
            .id()
            .field("dossier_id", .uuid, .required, .references(Dossier.schema, "id"))
            .field("at", .datetime, .required)
            .field("author", .string, .required)
            .field("author_id", .uuid)
            .field("body", .string, .required)
            .field("attachment_sha256", .string)
            .field("attachment_size", .int)
            .field("attachment_media_type", .string)
            .field("attachment_name", .string)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "dossier_messages_dossier_id").on(DossierMessage.schema).column("dossier_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DossierMessage.schema).delete()
    }
}
