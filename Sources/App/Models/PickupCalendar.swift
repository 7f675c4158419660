import FluentKit
import Foundation

/// A préfecture's pick-up hours for documents (docs/pages.md#supervision), set by its
/// supervisor: where, which weekdays, from when to when, how long a slot, how many people per slot.
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
        self.opens = PickupHours.clock(hours.opens)
        self.closes = PickupHours.clock(hours.closes)
        self.slotMinutes = hours.slotMinutes
        self.capacity = hours.capacity
        self.updatedAt = now
    }

    var hours: PickupHours? {
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
