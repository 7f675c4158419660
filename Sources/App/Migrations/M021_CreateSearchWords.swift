import FluentKit
import Foundation
import SQLKit

/// The queue's search by word prefix (`SearchWords`), filled from the cases already filed; the
/// `search_text` column it replaces leaves the queue's main index, which it widened for nothing.
struct M021_CreateSearchWords: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        // Byte order on both databases: PostgreSQL's default collation is the locale's.
        let wordType: DatabaseSchema.DataType = sql.dialect.name == "postgresql" ? .custom(SQLRaw("TEXT COLLATE \"C\"")) : .string
        try await database.schema(SearchWords.schema)
            .field("dossier_id", .uuid, .required, .references(Dossier.schema, "id", onDelete: .cascade))
            .field("departement", .string, .required)
            .field("word", wordType, .required)
            .unique(on: "dossier_id", "word")
            .create()
        try await sql.raw("CREATE INDEX dossier_search_words_lookup ON \(unsafeRaw: SearchWords.schema) (departement, word, dossier_id)").run()

        let rows = try await sql.select().columns("id", "departement", "search_text").from(Dossier.schema)
            .where(SQLIdentifier("search_text"), .isNot, SQLLiteral.null)
            .where(SQLIdentifier("departement"), .isNot, SQLLiteral.null)
            .all()
        var words: [(dossierID: UUID, departement: String, word: String)] = []
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            let departement = try row.decode(column: "departement", as: String.self)
            words += SearchWords.words(try row.decode(column: "search_text", as: String.self)).map { (id, departement, $0) }
        }
        try await SearchWords.insert(words, on: sql)

        try await sql.drop(index: "dossiers_queue_due").run()
        try await sql.raw("CREATE INDEX dossiers_queue_due ON \(unsafeRaw: Dossier.schema) (departement, (\(unsafeRaw: QueueQuery.dueKey)), reference, state)").run()
        try await database.schema(Dossier.schema).deleteField("search_text").update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Dossier.schema).field("search_text", .string).update()
        try await database.schema(SearchWords.schema).delete()
    }
}
