import FluentKit
import SQLKit

/// The documents given for each pupil of a school trip (docs/pages.md#school-trips).
struct M034_CreateTripPupilDocuments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TripPupilDocument.schema)
            .id()
            .field("trip_id", .uuid, .required, .references(CollectiveTrip.schema, "id"))
            .field("pupil_id", .uuid, .required, .references(TripPupil.schema, "id"))
            .field("kind", .string, .required)
            .field("sha256", .string, .required)
            .field("size", .int, .required)
            .field("media_type", .string, .required)
            .field("original_name", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .field("uploaded_by", .uuid, .required)
            .field("replaced_at", .datetime)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.raw("CREATE INDEX trip_pupil_documents_trip ON trip_pupil_documents (trip_id, pupil_id)").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TripPupilDocument.schema).delete()
    }
}
