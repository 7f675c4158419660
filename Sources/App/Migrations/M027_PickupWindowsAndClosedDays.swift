import FluentKit
import SQLKit

/// Pick-up hours with several windows a day, and closed days (docs/pages.md#supervision).
/// - `day_hours` on a calendar: each weekday's windows ("1=09:00-12:00,14:00-16:30;4=09:00-12:00");
///   empty on calendars saved before, which keep reading their one window (`weekdays`, `opens`, `closes`).
/// - `pickup_closed_days`: the days on which no slot is offered, one row per préfecture and day.
struct M027_PickupWindowsAndClosedDays: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PickupCalendar.schema).field("day_hours", .string).update()
        try await database.schema(PickupClosedDay.schema)
            .id()
            .field("prefecture", .string, .required)
            .field("day", .string, .required)
            .field("label", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "prefecture", "day")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PickupClosedDay.schema).delete()
        try await database.schema(PickupCalendar.schema).deleteField("day_hours").update()
    }
}
