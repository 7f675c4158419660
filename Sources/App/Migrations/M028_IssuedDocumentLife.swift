import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// The issued DCEM's life after the hand-over (docs/states.md#the-issued-document): its state and
/// the dates that move it, the files given with a move, and the notices the scheduler sends once.
/// Documents handed over before are filled in from their case: valid, the holder's birth date and
/// the void-after date from the answers and the decision.
struct M028_IssuedDocumentLife: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(IssuedDocument.schema)
            .field("state", .string, .required, .sql(.default(IssuedDocumentState.valid.rawValue))).update()
        try await database.schema(IssuedDocument.schema).field("state_version", .int, .required, .sql(.default(1))).update()
        try await database.schema(IssuedDocument.schema).field("user_id", .uuid).update()
        for field in ["state_changed_on", "holder_birth_date", "void_after", "lapse_cause", "withdrawal_grounds", "withdrawal_notified_on",
                      "observations_until", "observations_received_on", "withdrawal_reasons", "return_receipt"] {
            try await database.schema(IssuedDocument.schema).field(.string(field), .string).update()
        }
        try await database.schema(IssuedDocument.schema).field("replacement_dossier_id", .uuid).update()
        try await database.schema(IssuedDocumentFile.schema)
            .id()
            .field("issued_document_id", .uuid, .required, .references(IssuedDocument.schema, "id"))
            .field("purpose", .string, .required)
            .field("sha256", .string, .required)
            .field("size", .int, .required)
            .field("media_type", .string, .required)
            .field("original_name", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .field("uploaded_by", .uuid)
            .create()
        try await database.schema(ScheduledNotice.schema)
            .id()
            .field("subject_id", .uuid, .required)
            .field("kind", .string, .required)
            .field("sent_at", .datetime, .required)
            .unique(on: "subject_id", "kind")
            .create()
        for document in try await IssuedDocument.query(on: database).all() {
            // The columns this migration reads, and no more: a later migration adds others to `dossiers`.
            guard let dossier = try await Dossier.query(on: database).filter(\.$id == document.dossierID)
                .field(\.$id).field(\.$userID).field(\.$answers).field(\.$outcome).first() else { continue }
            document.userID = dossier.userID
            document.holderBirthDate = dossier.decodedAnswers().situation.childBirth?.civil?.iso
            document.voidAfter = dossier.decodedOutcome()?.voidAfter
            try await document.update(on: database)
        }
        if let sql = database as? any SQLDatabase {
            // The scheduler's passes: documents in force by their dates; a family's documents.
            try await sql.raw("CREATE INDEX issued_documents_state_until ON issued_documents (state, valid_until)").run()
            try await sql.raw("CREATE INDEX issued_documents_state_void ON issued_documents (state, void_after)").run()
            try await sql.raw("CREATE INDEX issued_documents_user ON issued_documents (user_id)").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ScheduledNotice.schema).delete()
        try await database.schema(IssuedDocumentFile.schema).delete()
        for field in ["state", "state_version", "state_changed_on", "user_id", "holder_birth_date", "void_after", "lapse_cause",
                      "withdrawal_grounds", "withdrawal_notified_on", "observations_until", "observations_received_on",
                      "withdrawal_reasons", "replacement_dossier_id", "return_receipt"] {
            try await database.schema(IssuedDocument.schema).deleteField(.string(field)).update()
        }
    }
}
