import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// The préfecture's pick-up calendar and its bookings. A seat is taken by an insert that does
/// nothing on conflict, so concurrent bookings never overfill a slot and never abort the
/// transaction around them (PostgreSQL would, on a failed unique insert).
enum PickupSlots {
    /// How far ahead a convocation may be set.
    static let horizonDays = 90

    static func calendar(for prefecture: String, on db: any Database) async throws -> PickupCalendar? {
        try await PickupCalendar.query(on: db).filter(\.$prefecture == prefecture).first()
    }

    /// The préfecture's place and hours with its closed days from `from` on: what slots are offered from.
    static func hours(for prefecture: String, from: CivilDate, on db: any Database) async throws -> (place: String, hours: PickupHours)? {
        guard let calendar = try await calendar(for: prefecture, on: db), var hours = calendar.hours else { return nil }
        hours.closedDays = Set(try await closedDays(for: prefecture, from: from, on: db).compactMap { CivilDate(iso: $0.day) })
        return (calendar.place, hours)
    }

    /// The closed days on or after `from`, in order.
    static func closedDays(for prefecture: String, from: CivilDate, on db: any Database) async throws -> [PickupClosedDay] {
        try await PickupClosedDay.query(on: db).filter(\.$prefecture == prefecture).filter(\.$day >= from.iso).sort(\.$day).all()
    }

    /// Closes `day` (nothing changes if it already is); bookings already made that day stay, for the
    /// supervisor to see on the hours page and rearrange.
    static func close(_ day: CivilDate, label: String?, prefecture: String, now: Date, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.insert(into: PickupClosedDay.schema)
            .columns("id", "prefecture", "day", "label", "created_at")
            .values(SQLBind(UUID()), SQLBind(prefecture), SQLBind(day.iso), SQLBind(label), SQLBind(now))
            .ignoringConflicts()
            .run()
    }

    static func reopen(_ day: CivilDate, prefecture: String, on db: any Database) async throws {
        try await PickupClosedDay.query(on: db).filter(\.$prefecture == prefecture).filter(\.$day == day.iso).delete()
    }

    /// The bookings of the `days` days from `from`, by day and time.
    static func booked(prefecture: String, from: CivilDate, days: Int, on db: any Database) async throws -> [Appointment] {
        try await Appointment.query(on: db).filter(\.$prefecture == prefecture)
            .filter(\.$day >= from.iso).filter(\.$day < from.adding(days: days).iso)
            .sort(\.$day).sort(\.$time).sort(\.$seat).all()
    }

    /// The current booking of a case.
    static func appointment(of dossierID: UUID, on db: any Database) async throws -> Appointment? {
        try await Appointment.query(on: db).filter(\.$dossierID == dossierID).first()
    }

    /// Books the first free seat on or after `from` (its earlier booking, if any, is given up),
    /// on an opening day that is not closed, in one of its windows; nil when every slot of the
    /// horizon is full.
    static func book(_ dossierID: UUID, prefecture: String, hours: PickupHours, from: CivilDate, now: Date,
                     on db: any Database) async throws -> Appointment? {
        guard let sql = db as? any SQLDatabase else { return nil }
        try await release(dossierID, on: db)
        for day in hours.openingDays(from: from, limit: horizonDays) {
            let seatsByTime = try await seatsTaken(prefecture: prefecture, on: day, except: nil, db: db)
            for time in hours.times(on: day) {
                let taken = seatsByTime[time] ?? []
                for seat in 1...hours.capacity where !taken.contains(seat) {
                    let id = UUID()
                    let rows = try await sql.insert(into: Appointment.schema)
                        .columns("id", "prefecture", "day", "time", "seat", "dossier_id", "created_at")
                        .values(SQLBind(id), SQLBind(prefecture), SQLBind(day.iso), SQLBind(time), SQLBind(seat), SQLBind(dossierID), SQLBind(now))
                        .ignoringConflicts()
                        .returning("id")
                        .all()
                    if !rows.isEmpty { return try await Appointment.find(id, on: db) }
                }
            }
        }
        return nil
    }

    /// The first slot with a free seat on or after `from`, as `book` would give it (the case's own
    /// booking counts as free): what the agent is shown before accepting a postponement.
    static func firstFree(for dossierID: UUID, prefecture: String, hours: PickupHours, from: CivilDate,
                          on db: any Database) async throws -> (day: CivilDate, time: String)? {
        for day in hours.openingDays(from: from, limit: horizonDays) {
            let seatsByTime = try await seatsTaken(prefecture: prefecture, on: day, except: dossierID, db: db)
            if let time = hours.times(on: day).first(where: { (seatsByTime[$0]?.count ?? 0) < hours.capacity }) { return (day, time) }
        }
        return nil
    }

    /// The seats booked on `day`, by time; `except`: a case whose own booking counts as free.
    private static func seatsTaken(prefecture: String, on day: CivilDate, except dossierID: UUID?, db: any Database) async throws -> [String: Set<Int>] {
        var query = Appointment.query(on: db).filter(\.$prefecture == prefecture).filter(\.$day == day.iso)
        if let dossierID { query = query.filter(\.$dossierID != dossierID) }
        return Dictionary(grouping: try await query.all(), by: \.time).mapValues { Set($0.map(\.seat)) }
    }

    /// Gives the seat back (postponement accepted elsewhere, hand-over done, case closed).
    static func release(_ dossierID: UUID, on db: any Database) async throws {
        try await Appointment.query(on: db).filter(\.$dossierID == dossierID).delete()
    }
}
