import DCEMRules
import Foundation

/// Opening hours for pick-ups, as values: which weekdays, the slots of a day. Pure, so the
/// calendar's arithmetic is tested without a database.
struct PickupHours: Equatable, Sendable {
    /// ISO weekdays, 1 = Monday … 7 = Sunday.
    var weekdays: Set<Int>
    /// Minutes after midnight.
    var opens: Int
    var closes: Int
    var slotMinutes: Int
    /// People per slot.
    var capacity: Int

    /// Why hours can not be used, by field.
    enum Problem: String, Equatable, Sendable {
        case weekdays, opens, closes, slotMinutes, capacity
    }

    var problems: [Problem] {
        var found: [Problem] = []
        if weekdays.isEmpty || !weekdays.isSubset(of: 1...7) { found.append(.weekdays) }
        if !(0..<24 * 60).contains(opens) { found.append(.opens) }
        if !(1...24 * 60).contains(closes) || closes <= opens { found.append(.closes) }
        if !(5...240).contains(slotMinutes) || (closes > opens && slotMinutes > closes - opens) { found.append(.slotMinutes) }
        if !(1...100).contains(capacity) { found.append(.capacity) }
        return found
    }

    /// 1 = Monday: 1970-01-01, day number 0, was a Thursday.
    static func weekday(_ day: CivilDate) -> Int {
        ((day.dayNumber + 3) % 7 + 7) % 7 + 1
    }

    func isOpen(_ day: CivilDate) -> Bool { weekdays.contains(Self.weekday(day)) }

    /// The start of every slot of an opening day, "HH:MM"; a slot must end by closing time.
    var times: [String] {
        guard problems.isEmpty else { return [] }
        return stride(from: opens, through: closes - slotMinutes, by: slotMinutes).map(Self.clock)
    }

    /// The opening days from `day` on, at most `limit` of them.
    func openingDays(from day: CivilDate, limit: Int) -> [CivilDate] {
        guard problems.isEmpty else { return [] }
        var days: [CivilDate] = []
        var current = day
        while days.count < limit {
            if isOpen(current) { days.append(current) }
            current = current.adding(days: 1)
        }
        return days
    }

    static func clock(_ minutes: Int) -> String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }

    /// "9:30" or "09:30" → 570; nil for anything else.
    static func minutes(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), parts[1].count == 2, (0...24).contains(h), (0..<60).contains(m),
              h * 60 + m <= 24 * 60 else { return nil }
        return h * 60 + m
    }
}
