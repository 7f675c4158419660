import FluentKit

/// The receipts as filed (`DossierReceipt`). Cases filed before have none: their receipt is
/// rebuilt from the case (`FiledReceipt.reconstructed`).
struct M025_CreateDossierReceipts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DossierReceipt.schema)
            .id()
            .field("dossier_id", .uuid, .required, .references(Dossier.schema, "id", onDelete: .cascade))
            .field("content", .data, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "dossier_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DossierReceipt.schema).delete()
    }
}
