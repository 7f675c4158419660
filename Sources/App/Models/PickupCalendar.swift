import FluentKit
import Foundation

/// A préfecture's pick-up hours for documents (docs/pages.md#supervision), set by its
/// supervisor: where, each weekday's opening windows, how long a slot, how many people per slot.
final class PickupCalendar: Model, @unchecked Sendable {
    static let schema = "pickup_calendars"

    @ID(key: .id) var id: UUID?
    /// The département code of the préfecture.
    @Field(key: "prefecture") var prefecture: String
    /// The counter's postal address, as printed on the convocation.
    @Field(key: "place") var place: String
    /// ISO weekdays, 1 = Monday, comma-separated ("1,2,4").
    @Field(key: "weekdays") var weekdays: String
    /// "HH:MM", in the préfecture's zone.
    @Field(key: "opens") var opens: String
    @Field(key: "closes") var closes: String
    @Field(key: "slot_minutes") var slotMinutes: Int
    @Field(key: "capacity") var capacity: Int
    @Field(key: "updated_at") var updatedAt: Date
    /// Each weekday's windows (`PickupHours.storedWindows`); nil on a calendar saved before windows,
    /// which reads its one window from `weekdays`, `opens` and `closes` (kept filled for it).
    @OptionalField(key: "day_hours") var dayHours: String?

    init() {}

    init(prefecture: String, hours: PickupHours, place: String, now: Date) {
        self.id = UUID()
        self.prefecture = prefecture
        self.updatedAt = now
        apply(hours, place: place, now: now)
    }

    func apply(_ hours: PickupHours, place: String, now: Date) {
        self.place = place
        self.weekdays = hours.weekdays.sorted().map(String.init).joined(separator: ",")
        let all = hours.windows.values.flatMap { $0 }
        self.opens = PickupHours.clock(all.map(\.opens).min() ?? 0)
        self.closes = PickupHours.clock(all.map(\.closes).max() ?? 0)
        self.dayHours = hours.storedWindows
        self.slotMinutes = hours.slotMinutes
        self.capacity = hours.capacity
        self.updatedAt = now
    }

    /// The weekly hours, without the closed days (`PickupSlots.hours` adds them).
    var hours: PickupHours? {
        if let dayHours, let windows = PickupHours.windows(stored: dayHours) {
            return PickupHours(windows: windows, slotMinutes: slotMinutes, capacity: capacity)
        }
        guard let opens = PickupHours.minutes(opens), let closes = PickupHours.minutes(closes) else { return nil }
        return PickupHours(weekdays: Set(weekdays.split(separator: ",").compactMap { Int($0) }), opens: opens, closes: closes,
                           slotMinutes: slotMinutes, capacity: capacity)
    }
}

/// A booked pick-up: one seat of one slot, for one case (a case holds at most one).
final class Appointment: Model, @unchecked Sendable {
    static let schema = "appointments"

    @ID(key: .id) var id: UUID?
    @Field(key: "prefecture") var prefecture: String
    @Field(key: "day") var day: String
    @Field(key: "time") var time: String
    @Field(key: "seat") var seat: Int
    @Field(key: "dossier_id") var dossierID: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// A day on which the préfecture's counter offers no pick-up slot (a bank holiday, a closure).
final class PickupClosedDay: Model, @unchecked Sendable {
    static let schema = "pickup_closed_days"

    @ID(key: .id) var id: UUID?
    @Field(key: "prefecture") var prefecture: String
    /// ISO day.
    @Field(key: "day") var day: String
    /// Why, for the supervisors' list ("Noël"); never shown to families.
    @OptionalField(key: "label") var label: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
