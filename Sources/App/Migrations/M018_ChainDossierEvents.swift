import FluentKit
import SQLKit

/// The tamper-evident history (docs/states.md#history): each event's place in its case, the hash of
/// the event before it and its own. One event per place, so a chain can not fork.
struct M018_ChainDossierEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        try await database.schema(DossierEvent.schema).field("seq", .int).update()
        try await database.schema(DossierEvent.schema).field("previous_hash", .string).update()
        try await database.schema(DossierEvent.schema).field("hash", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "dossier_events_chain").on(DossierEvent.schema).column("dossier_id").column("seq").unique().run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "dossier_events_chain").run() }
        for field in ["seq", "previous_hash", "hash"] {
            try await database.schema(DossierEvent.schema).deleteField(.key(.string(field))).update()
        }
    }
}
