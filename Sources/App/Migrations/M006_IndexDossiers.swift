import FluentKit
import SQLKit

/// Indexes for the lookups every page makes: a member's dossiers, a dossier's documents and
/// history. Plain `CREATE INDEX`, the same on SQLite and PostgreSQL.
struct M006_IndexDossiers: AsyncMigration {
    static let indexes = [
        ("dossiers_user_id", Dossier.schema, "user_id"),
        ("dossier_documents_dossier_id", DossierDocument.schema, "dossier_id"),
        ("dossier_events_dossier_id", DossierEvent.schema, "dossier_id"),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (name, table, column) in Self.indexes {
            try await sql.create(index: name).on(table).column(column).run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (name, _, _) in Self.indexes {
            try await sql.drop(index: name).run()
        }
    }
}
