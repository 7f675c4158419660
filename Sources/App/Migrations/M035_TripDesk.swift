import FluentKit
import SQLKit

/// The préfecture's side of a school trip (docs/states.md#the-collective-travel-document): the
/// trip's history (hash-chained like a case's), the messages between the agents and the head, the
/// pending request for documents, the decision, the document's number, and each pupil's verdict.
/// SQLite takes one added column per schema update.
struct M035_TripDesk: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TripEvent.schema)
            .id()
            .field("trip_id", .uuid, .required, .references(CollectiveTrip.schema, "id"))
            .field("seq", .int, .required)
            .field("at", .datetime, .required)
            .field("actor", .string, .required)
            .field("actor_id", .uuid)
            .field("action", .string, .required)
            .field("details", .string, .required)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "trip_id", "seq")
            .create()
        try await database.schema(TripMessage.schema)
            .id()
            .field("trip_id", .uuid, .required, .references(CollectiveTrip.schema, "id"))
            .field("at", .datetime, .required)
            .field("author", .string, .required)
            .field("author_id", .uuid, .required)
            .field("body", .string, .required)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.raw("CREATE INDEX trip_messages_trip ON trip_messages (trip_id, at)").run()
        }
        for column in ["request_text", "reply_by", "decision", "decided_on", "document_number"] {
            try await database.schema(CollectiveTrip.schema).field(.string(column), .string).update()
        }
        try await database.schema(CollectiveTrip.schema).field("decided_by", .uuid).update()
        for column in ["verdict", "strike_reason", "strike_note"] {
            try await database.schema(TripPupil.schema).field(.string(column), .string).update()
        }
    }

    func revert(on database: any Database) async throws {
        for column in ["verdict", "strike_reason", "strike_note"] {
            try await database.schema(TripPupil.schema).deleteField(.string(column)).update()
        }
        for column in ["request_text", "reply_by", "decision", "decided_on", "document_number", "decided_by"] {
            try await database.schema(CollectiveTrip.schema).deleteField(.string(column)).update()
        }
        try await database.schema(TripMessage.schema).delete()
        try await database.schema(TripEvent.schema).delete()
    }
}
