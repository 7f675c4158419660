import FluentKit

/// The DCEM handed over lives on as its own record (`delivered`, docs/states.md): its number,
/// holder, validity and the timbre fiscal received. One per case.
struct M015_CreateIssuedDocuments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IssuedDocument.schema)
            .id()
            .field("dossier_id", .uuid, .required, .references(Dossier.schema, "id"))
            .field("dcem_number", .string, .required)
            .field("prefecture", .string, .required)
            .field("holder_name", .string, .required)
            .field("foreigner_number", .string)
            .field("valid_from", .string, .required)
            .field("valid_until", .string)
            .field("territory", .string)
            .field("delivered_on", .string, .required)
            .field("delivered_at", .datetime, .required)
            .field("exempt", .bool, .required)
            .field("timbre_number", .string)
            .field("timbre_amount_eur", .int)
            .field("agent_id", .uuid)
            .unique(on: "dossier_id")
            .unique(on: "dcem_number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IssuedDocument.schema).delete()
    }
}
