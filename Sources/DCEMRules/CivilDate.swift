import Foundation

/// A day of the civil calendar (proleptic Gregorian), with no time and no zone.
///
/// Why hand-written: every rule works on days, and the rules run hundreds of thousands of
/// times a second in the simulator. `Calendar`/`DateFormatter` are slow, allocate, and depend
/// on the process's locale and zone; the days-from-civil algorithm (H. Hinnant) is exact and pure.
///
/// Month and year arithmetic clamp to the last day of the target month (docs/law.md, rulings 2
/// and 18: 2026-12-31 + 2 months = 2027-02-28; a 29 February birthday falls on 28 February in
/// other years). Nothing else rounds.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// `year << 9 | month << 5 | day`: one integer, so comparing and hashing are one operation.
    @usableFromInline let packed: Int32

    @inlinable public var year: Int { Int(packed >> 9) }
    @inlinable public var month: Int { Int((packed >> 5) & 0xF) }
    @inlinable public var day: Int { Int(packed & 0x1F) }

    @inlinable init(unchecked year: Int, _ month: Int, _ day: Int) {
        packed = Int32(truncatingIfNeeded: year << 9 | month << 5 | day)
    }

    /// nil when the day does not exist (2016-02-30) or the year is outside 1…9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(year: year, month: month) else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// Strict `YYYY-MM-DD` (ten ASCII characters, a day that exists). No time, no zone, no spaces.
    public init?(iso: String) {
        var iso = iso
        let parsed: CivilDate?? = iso.withUTF8 { CivilDate.parse($0) }
        guard let value = parsed ?? nil else { return nil }
        self = value
    }

    /// Parses `YYYY-MM-DD` from raw UTF-8 bytes.
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        @inline(__always) func digit(_ i: Int) -> Int? {
            let c = b[i]
            return (c >= 48 && c <= 57) ? Int(c - 48) : nil
        }
        guard let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
              let m0 = digit(5), let m1 = digit(6), let d0 = digit(8), let d1 = digit(9) else { return nil }
        return CivilDate(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1, day: d0 * 10 + d1)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let y = year, m = month, d = day
        if y > 9999 { return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)" }
        return String(unsafeUninitializedCapacity: 10) { buf in
            buf[0] = UInt8(48 + y / 1000); buf[1] = UInt8(48 + y / 100 % 10)
            buf[2] = UInt8(48 + y / 10 % 10); buf[3] = UInt8(48 + y % 10)
            buf[4] = UInt8(ascii: "-")
            buf[5] = UInt8(48 + m / 10); buf[6] = UInt8(48 + m % 10)
            buf[7] = UInt8(ascii: "-")
            buf[8] = UInt8(48 + d / 10); buf[9] = UInt8(48 + d % 10)
            return 10
        }
    }

    public var description: String { iso }

    @inlinable public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.packed < rhs.packed }

    // MARK: Calendar facts

    @inlinable public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    @inlinable public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: Arithmetic

    /// Same day N months later (or earlier), clamped to the last day of the target month.
    public func adding(months n: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CivilDate(unchecked: y, m, Swift.min(day, CivilDate.daysIn(year: y, month: m)))
    }

    /// Same day and month N years later; 29 February becomes 28 February in a common year.
    @inlinable public func adding(years n: Int) -> CivilDate { adding(months: 12 * n) }

    public func adding(days n: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + n) }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Number of days from `self` to `other` (positive when `other` is later).
    public func daysUntil(_ other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// Age in whole years on `date`, for `self` as a birth date. The birthday is the same day
    /// and month; a 29 February birth date has its birthday on 28 February in common years
    /// (ruling 18), consistently with `adding(years:)`.
    public func age(on date: CivilDate) -> Int {
        var age = date.year - year
        let birthdayDay = (month == 2 && day == 29 && !CivilDate.isLeap(date.year)) ? 28 : day
        if date.month < month || (date.month == month && date.day < birthdayDay) { age -= 1 }
        return age
    }

    /// The `n`th birthday of someone born on `self` (ruling 18).
    @inlinable public func birthday(_ n: Int) -> CivilDate { adding(years: n) }

    /// Noon of this day in `timeZone`: an instant that is on this day there whatever the change of
    /// summer time (going back a whole number of 24-hour days from late evening can land on the
    /// next day once the offset changed).
    public func noon(in timeZone: TimeZone) -> Date {
        let noonUTC = Date(timeIntervalSince1970: Double(dayNumber) * 86_400 + 12 * 3600)
        return noonUTC.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: noonUTC)))
    }

    /// The civil day of `instant` in `timeZone`. Pure conversion: the caller passes the instant
    /// (rules never read the clock).
    public static func on(_ instant: Date, timeZone: TimeZone) -> CivilDate {
        let seconds = instant.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: instant))
        return CivilDate(dayNumber: Int((seconds / 86_400).rounded(.down)))
    }
}
