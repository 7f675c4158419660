import FluentKit

/// School trips asking for a document de voyage collectif, and their pupils (docs/pages.md#school-trips).
struct M033_CreateCollectiveTrips: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CollectiveTrip.schema)
            .id()
            .field("school_id", .uuid, .required, .references(School.schema, "id"))
            .field("user_id", .uuid, .required, .references(User.schema, "id"))
            .field("state", .string, .required)
            .field("version", .int, .required)
            .field("reference", .string)
            .field("departement", .string, .required)
            .field("destinations", .string, .required)
            .field("departure", .string)
            .field("return_on", .string)
            .field("place_of_stay", .string, .required)
            .field("teacher_name", .string, .required)
            .field("teacher_of_school", .bool, .required)
            .field("adults", .string, .required)
            .field("filed_on", .string)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "reference")
            .create()
        try await database.schema(TripPupil.schema)
            .id()
            .field("trip_id", .uuid, .required, .references(CollectiveTrip.schema, "id"))
            .field("surname", .string, .required)
            .field("given_names", .string, .required)
            .field("birth_date", .string, .required)
            .field("birth_place", .string, .required)
            .field("nationalities", .string, .required)
            .field("holds_dcem", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TripPupil.schema).delete()
        try await database.schema(CollectiveTrip.schema).delete()
    }
}
