import FluentKit
import SQLKit

/// Pick-up hours per préfecture, and the booked seats. A seat is unique per slot, so two agents
/// booking at once can not overfill a slot on either database.
struct M017_CreatePickupSlots: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PickupCalendar.schema)
            .id()
            .field("prefecture", .string, .required)
            .field("place", .string, .required)
            .field("weekdays", .string, .required)
            .field("opens", .string, .required)
            .field("closes", .string, .required)
            .field("slot_minutes", .int, .required)
            .field("capacity", .int, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "prefecture")
            .create()
        try await database.schema(Appointment.schema)
            .id()
            .field("prefecture", .string, .required)
            .field("day", .string, .required)
            .field("time", .string, .required)
            .field("seat", .int, .required)
            .field("dossier_id", .uuid, .required, .references(Dossier.schema, "id"))
            .field("created_at", .datetime, .required)
            .unique(on: "prefecture", "day", "time", "seat")
            .unique(on: "dossier_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Appointment.schema).delete()
        try await database.schema(PickupCalendar.schema).delete()
    }
}
