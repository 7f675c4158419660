import DCEMRules
import Foundation

/// One opening window of a day, in minutes after midnight (préfecture's zone).
struct PickupWindow: Equatable, Hashable, Sendable {
    var opens: Int
    var closes: Int

    /// "09:00-12:00".
    var text: String { PickupHours.clock(opens) + "-" + PickupHours.clock(closes) }
}

/// Opening hours for pick-ups, as values (docs/pages.md#supervision): for each weekday its opening
/// windows (several a day, e.g. a morning and an afternoon), the slot length and the people per
/// slot, and the closed days (bank holidays, closures) on which no slot is offered. Pure, so the
/// calendar's arithmetic is tested without a database.
struct PickupHours: Equatable, Sendable {
    /// ISO weekday (1 = Monday … 7 = Sunday) → its windows, in order; a day without windows is closed.
    var windows: [Int: [PickupWindow]]
    var slotMinutes: Int
    /// People per slot.
    var capacity: Int
    /// Days closed whatever their weekday.
    var closedDays: Set<CivilDate> = []

    init(windows: [Int: [PickupWindow]], slotMinutes: Int, capacity: Int, closedDays: Set<CivilDate> = []) {
        self.windows = windows.filter { !$0.value.isEmpty }.mapValues { $0.sorted { $0.opens < $1.opens } }
        self.slotMinutes = slotMinutes
        self.capacity = capacity
        self.closedDays = closedDays
    }

    /// The same window on each of `weekdays` (hours as they were first kept: one window a day).
    init(weekdays: Set<Int>, opens: Int, closes: Int, slotMinutes: Int, capacity: Int) {
        self.init(windows: Dictionary(uniqueKeysWithValues: weekdays.map { ($0, [PickupWindow(opens: opens, closes: closes)]) }),
                  slotMinutes: slotMinutes, capacity: capacity)
    }

    var weekdays: Set<Int> { Set(windows.keys) }

    /// What is wrong with one day's windows.
    enum WindowProblem: Equatable, Sendable {
        /// Not "HH:MM-HH:MM", comma-separated.
        case unreadable
        case endsBeforeStart(String)
        case overlap(String, String)
        /// Too short to hold one slot.
        case shorterThanSlot(String)
    }

    /// Why hours can not be used, each tied to its field.
    enum Problem: Equatable, Sendable {
        case noOpenDay
        case day(Int, WindowProblem)
        case slotMinutes
        case capacity

        /// The id of the form field it belongs to.
        var fieldID: String {
            switch self {
            case .noOpenDay: "hours-1"
            case .day(let weekday, _): "hours-\(weekday)"
            case .slotMinutes: "slotMinutes"
            case .capacity: "capacity"
            }
        }
    }

    var problems: [Problem] {
        var found: [Problem] = []
        let slotOK = (5...240).contains(slotMinutes)
        if windows.isEmpty { found.append(.noOpenDay) }
        for weekday in windows.keys.sorted() {
            guard (1...7).contains(weekday) else { found.append(.noOpenDay); continue }
            let day = windows[weekday] ?? []
            if let bad = day.first(where: { !(0..<24 * 60).contains($0.opens) || !(1...24 * 60).contains($0.closes) || $0.closes <= $0.opens }) {
                found.append(.day(weekday, .endsBeforeStart(bad.text)))
            } else if let index = day.indices.dropFirst().first(where: { day[$0].opens < day[$0 - 1].closes }) {
                found.append(.day(weekday, .overlap(day[index - 1].text, day[index].text)))
            } else if slotOK, let short = day.first(where: { $0.closes - $0.opens < slotMinutes }) {
                found.append(.day(weekday, .shorterThanSlot(short.text)))
            }
        }
        if !slotOK { found.append(.slotMinutes) }
        if !(1...100).contains(capacity) { found.append(.capacity) }
        return found
    }

    /// 1 = Monday: 1970-01-01, day number 0, was a Thursday.
    static func weekday(_ day: CivilDate) -> Int {
        ((day.dayNumber + 3) % 7 + 7) % 7 + 1
    }

    /// Slots are offered that day: its weekday has windows and it is not a closed day.
    func isOpen(_ day: CivilDate) -> Bool { windows[Self.weekday(day)] != nil && !closedDays.contains(day) }

    /// The start of every slot of a weekday, "HH:MM", window after window; a slot ends by its window's closing time.
    func times(weekday: Int) -> [String] {
        guard problems.isEmpty else { return [] }
        return (windows[weekday] ?? []).flatMap { window in
            stride(from: window.opens, through: window.closes - slotMinutes, by: slotMinutes).map(Self.clock)
        }
    }

    /// The slots of `day`: none on a closed day.
    func times(on day: CivilDate) -> [String] { isOpen(day) ? times(weekday: Self.weekday(day)) : [] }

    /// The opening days from `day` on, at most `limit` of them, looking no further than `limit` weeks.
    func openingDays(from day: CivilDate, limit: Int) -> [CivilDate] {
        guard problems.isEmpty else { return [] }
        var days: [CivilDate] = []
        var current = day
        let last = day.adding(days: limit * 7)
        while days.count < limit, current <= last {
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

    /// A day's windows as typed: "09:00-12:00, 14:00-16:30" (a dash or an en dash; commas or
    /// semicolons between windows); empty is a closed day. Nil when unreadable.
    static func windows(_ text: String) -> [PickupWindow]? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return [] }
        var found: [PickupWindow] = []
        for part in trimmed.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let ends = part.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
            guard ends.count == 2, let opens = minutes(String(ends[0])), let closes = minutes(String(ends[1])) else { return nil }
            found.append(PickupWindow(opens: opens, closes: closes))
        }
        return found.sorted { $0.opens < $1.opens }
    }

    /// A day's windows as the form shows them.
    static func text(_ windows: [PickupWindow]) -> String { windows.map(\.text).joined(separator: ", ") }

    /// Stored form: "1=09:00-12:00,14:00-16:30;4=09:00-12:00".
    var storedWindows: String {
        windows.keys.sorted().map { "\($0)=" + (windows[$0] ?? []).map(\.text).joined(separator: ",") }.joined(separator: ";")
    }

    static func windows(stored: String) -> [Int: [PickupWindow]]? {
        var result: [Int: [PickupWindow]] = [:]
        for day in stored.split(separator: ";") {
            let parts = day.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let weekday = Int(parts[0]), let windows = windows(String(parts[1])) else { return nil }
            result[weekday] = windows
        }
        return result
    }
}
