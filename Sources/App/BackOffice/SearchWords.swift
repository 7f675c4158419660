import FluentKit
import Foundation
import SQLKit

/// The queue's search index (docs/pages.md#back-office): each word of a case's reference and names,
/// in `QueueColumns.searchKey`'s form, one row per word, indexed on (département, word). A search
/// word is a prefix ("yas" finds "Yasmine"): a range on that index,
/// `word >= w AND word < w + U+10FFFF`, so a rare name costs a few index entries instead of a read
/// of the préfecture's every case. Words compare as bytes (SQLite's BINARY, PostgreSQL's "C"
/// collation set on the column): the range then holds exactly the words that begin with `w`.
package enum SearchWords {
    package static let schema = "dossier_search_words"
    /// Longer words are cut: nobody types more, and the index stays narrow.
    static let longestWord = 40

    /// The distinct words of a search text, as stored.
    package static func words(_ searchText: String) -> [String] {
        var seen = Set<String>()
        return searchText.split(separator: " ").map { String($0.prefix(longestWord)) }.filter { seen.insert($0).inserted }
    }

    /// Every word of the case's reference and names, replacing the ones stored before: at filing,
    /// and when the family corrects its answers afterwards.
    static func replace(for dossier: Dossier, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, let id = dossier.id, let departement = dossier.departement else { return }
        let text = QueueColumns.searchText(reference: dossier.reference, answers: dossier.decodedAnswers())
        try await sql.delete(from: schema).where("dossier_id", .equal, id).run()
        try await insert(words(text).map { (id, departement, $0) }, on: sql)
    }

    /// Inserts rows by 300 (three binds each: within both databases' limits on a statement's binds).
    package static func insert(_ rows: [(dossierID: UUID, departement: String, word: String)], on sql: any SQLDatabase) async throws {
        for start in stride(from: 0, to: rows.count, by: 300) {
            var insert = sql.insert(into: schema).columns("dossier_id", "departement", "word")
            for row in rows[start..<min(start + 300, rows.count)] {
                insert = insert.values(SQLBind(row.dossierID), SQLBind(row.departement), SQLBind(row.word))
            }
            try await insert.run()
        }
    }

    /// The cases of a préfecture with, for each of `prefixes`, a word beginning with it: a subquery
    /// for `id IN (…)`. The words' index ranges are intersected (`INTERSECT`) before any case is read,
    /// so a common name costs its index entries, not a read of each of its cases.
    static func matching(_ prefixes: [String], prefecture: String) -> some SQLExpression {
        func range(_ prefix: String) -> SQLSelect {
            let word = String(prefix.prefix(longestWord))
            return SQLSubqueryBuilder().column("dossier_id")
                .from(schema)
                .where("departement", .equal, prefecture)
                .where("word", .greaterThanOrEqual, word)
                .where("word", .lessThan, word + "\u{10FFFF}")
                .select
        }
        let builder = SQLUnionSubqueryBuilder(initialQuery: range(prefixes.first ?? ""))
        for prefix in prefixes.dropFirst() { _ = builder.intersect(distinct: range(prefix)) }
        return builder.finish()
    }
}
