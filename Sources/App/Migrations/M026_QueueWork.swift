import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// The queue's tabs (docs/pages.md#the-queue): the day the family answered the pending request
/// for documents (the "réponses reçues" tab and its mark), and the indexes that keep each tab a
/// range of one index read in order, on SQLite and PostgreSQL alike.
///
/// `QueueQuery.urgencyKey` is written out here as it was when the index was made: an index on an
/// expression serves only a query that writes the same expression, so a change to the order
/// is a new migration (a test compares the two).
struct M026_QueueWork: AsyncMigration {
    static let urgencyKey = "CASE WHEN state = 'postponement-requested' THEN 0"
        + " WHEN state = 'under-instruction' AND answer_received_on IS NOT NULL THEN 1"
        + " WHEN state IN ('filed', 'under-instruction') THEN 2"
        + " WHEN state = 'granted' THEN 3"
        + " WHEN state = 'implicitly-refused' THEN 4"
        + " WHEN state = 'awaiting-documents' THEN 5"
        + " WHEN state = 'document-available' THEN 6"
        + " ELSE 9 END"

    static let indexes: [(name: String, columns: String)] = [
        // Every tab but "mes dossiers": a range of ranks, read in the urgency order. The columns the
        // rank is written from ride along, so that PostgreSQL counts the tabs from the index alone.
        ("dossiers_queue_urgency", "departement, (\(urgencyKey)), (\(QueueQuery.dueKey)), reference, state, answer_received_on"),
        // "Mes dossiers": the agent's open cases, in the same order.
        ("dossiers_queue_assigned", "departement, assigned_agent_id, (\(urgencyKey)), (\(QueueQuery.dueKey)), reference, state, answer_received_on"),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(Dossier.schema).field("answer_received_on", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        // The cases whose family has answered and no agent has asked again since: under
        // examination, with the request's answer day in the outcome (`DossierWorkflow.answerRequest`).
        let examined = try await sql.select().columns("id", "outcome").from(Dossier.schema)
            .where("state", .equal, DossierState.underInstruction.rawValue).all()
        for row in examined {
            guard let outcome = try row.decode(column: "outcome", as: Data?.self),
                  let answered = (try? JSONDecoder().decode(DossierOutcome.self, from: outcome))?.request?.answeredOn else { continue }
            try await sql.update(Dossier.schema).set("answer_received_on", to: answered)
                .where("id", .equal, try row.decode(column: "id", as: UUID.self)).run()
        }
        for index in Self.indexes {
            try await sql.raw("CREATE INDEX \(unsafeRaw: index.name) ON \(unsafeRaw: Dossier.schema) (\(unsafeRaw: index.columns))").run()
        }
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            for index in Self.indexes { try await sql.drop(index: index.name).run() }
        }
        try await database.schema(Dossier.schema).deleteField("answer_received_on").update()
    }
}
