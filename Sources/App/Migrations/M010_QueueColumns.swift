import FluentKit
import SQLKit

/// The back office's queue (docs/pages.md#back-office): the columns it filters and searches on, set
/// at filing (`QueueColumns`), and indexes for its main filters and sorts. The due-date key is an
/// expression (`QueueQuery.dueKey`: undecided first, nulls last) indexed as such, the same on
/// SQLite and PostgreSQL, so that sorting by it reads the index instead of sorting the préfecture's
/// cases.
struct M010_QueueColumns: AsyncMigration {
    static let indexes: [(name: String, columns: String)] = [
        // State and search text ride along so that the default order's scan checks them in the
        // index: a search for a rare name reads the préfecture's index entries, not its rows.
        ("dossiers_queue_due", "departement, (\(QueueQuery.dueKey)), reference, state, search_text"),
        ("dossiers_queue_state_due", "departement, state, (\(QueueQuery.dueKey)), reference"),
        // Narrow, for the counts per state.
        ("dossiers_queue_state", "departement, state"),
        ("dossiers_queue_filed", "departement, filed_on, reference"),
        ("dossiers_queue_reference", "departement, reference"),
        ("dossiers_queue_child", "departement, child_name, reference"),
    ]

    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        try await database.schema(Dossier.schema).field("grounds", .string).update()
        try await database.schema(Dossier.schema).field("search_text", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            try await sql.raw("CREATE INDEX \(unsafeRaw: index.name) ON \(unsafeRaw: Dossier.schema) (\(unsafeRaw: index.columns))").run()
        }
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            for index in Self.indexes { try await sql.drop(index: index.name).run() }
        }
        try await database.schema(Dossier.schema).deleteField("search_text").update()
        try await database.schema(Dossier.schema).deleteField("grounds").update()
    }
}
