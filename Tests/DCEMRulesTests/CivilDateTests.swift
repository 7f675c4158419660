import Foundation
import Testing
@testable import DCEMRules

@Suite struct CivilDateTests {
    @Test(arguments: [
        (2016, 2, 29, true), (2015, 2, 29, false), (2016, 2, 30, false), (2026, 4, 31, false),
        (2026, 13, 1, false), (2026, 0, 1, false), (2026, 1, 0, false), (1900, 2, 29, false),
        (2000, 2, 29, true), (2026, 12, 31, true), (0, 1, 1, false), (10000, 1, 1, false),
    ])
    func existence(year: Int, month: Int, day: Int, exists: Bool) {
        #expect((CivilDate(year: year, month: month, day: day) != nil) == exists)
    }

    @Test(arguments: ["2016-4-02", "2016-04-02T00:00", " 2016-04-02", "2016-04-02 ", "2016/04/02", "+016-04-02",
                      "0000-01-01", "2016-02-30", "20160402", "", "２０１６-04-02", "2016-04-0a", "2016--4-02"])
    func strictISORejects(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test(arguments: ["2016-02-29", "0001-01-01", "9999-12-31", "2026-11-25", "1970-01-01"])
    func isoRoundTrip(text: String) throws {
        let date = try #require(CivilDate(iso: text))
        #expect(date.iso == text)
        #expect(date.description == text)
    }

    @Test func fields() {
        let date = d("2034-06-02")
        #expect(date.year == 2034 && date.month == 6 && date.day == 2)
    }

    // Rulings 2 and 18: same day N months later, or the last day of a shorter month.
    @Test(arguments: [
        ("2026-12-31", 2, "2027-02-28"), ("2027-12-31", 2, "2028-02-29"), ("2026-11-25", 2, "2027-01-25"),
        ("2026-01-31", 1, "2026-02-28"), ("2026-03-31", -1, "2026-02-28"), ("2026-01-15", -1, "2025-12-15"),
        ("2026-11-30", 3, "2027-02-28"), ("2018-10-31", 4, "2019-02-28"), ("2026-05-31", 1, "2026-06-30"),
        ("2026-08-31", -6, "2026-02-28"), ("2026-01-01", -13, "2024-12-01"), ("2026-11-25", 0, "2026-11-25"),
    ])
    func addingMonths(from: String, months: Int, expected: String) {
        #expect(d(from).adding(months: months) == d(expected))
    }

    @Test(arguments: [
        ("2016-02-29", 1, "2017-02-28"), ("2016-02-29", 4, "2020-02-29"), ("2016-02-29", 18, "2034-02-28"),
        ("2016-04-02", 18, "2034-04-02"), ("2026-11-25", 5, "2031-11-25"), ("2026-11-25", -1, "2025-11-25"),
    ])
    func addingYears(from: String, years: Int, expected: String) {
        #expect(d(from).adding(years: years) == d(expected))
    }

    @Test(arguments: [
        ("2026-12-31", 1, "2027-01-01"), ("2024-02-28", 1, "2024-02-29"), ("2026-03-01", -1, "2026-02-28"),
        ("2026-11-25", 15, "2026-12-10"), ("2000-01-01", 366, "2001-01-01"), ("1970-01-01", -1, "1969-12-31"),
    ])
    func addingDays(from: String, days: Int, expected: String) {
        #expect(d(from).adding(days: days) == d(expected))
        #expect(d(from).daysUntil(d(expected)) == days)
    }

    @Test func dayNumbers() {
        #expect(d("1970-01-01").dayNumber == 0)
        #expect(d("2000-03-01").dayNumber == 11_017)   // 10 957 days to 2000-01-01, + 31 + 29
        #expect(d("1969-12-31").dayNumber == -1)
        #expect(CivilDate(dayNumber: 11_017) == d("2000-03-01"))
    }

    /// Checks the hand-written calendar against Foundation's Gregorian calendar on random days
    /// (from 1600 on: Foundation's calendar turns Julian before 15 October 1582).
    @Test func agreesWithFoundationCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var rng = SplitMix64(seed: 42)
        for _ in 0..<3000 {
            let n = Int.random(in: -134_000...200_000, using: &rng)
            let date = CivilDate(dayNumber: n)
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(n) * 86_400))
            #expect(parts.year == date.year && parts.month == date.month && parts.day == date.day)
            #expect(date.dayNumber == n)
            let months = Int.random(in: -60...60, using: &rng)
            // Foundation also clamps to the end of the month when adding months.
            let theirs = calendar.date(byAdding: .month, value: months, to: Date(timeIntervalSince1970: Double(n) * 86_400))!
            #expect(date.adding(months: months).dayNumber == Int(theirs.timeIntervalSince1970 / 86_400))
        }
    }

    @Test func orderFollowsTheCalendar() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<1000 {
            let a = CivilDate(dayNumber: Int.random(in: 0...40_000, using: &rng))
            let b = CivilDate(dayNumber: Int.random(in: 0...40_000, using: &rng))
            #expect((a < b) == (a.dayNumber < b.dayNumber))
            #expect((a == b) == (a.dayNumber == b.dayNumber))
        }
    }

    // Ruling 18: a 29 February birthday falls on 28 February in common years.
    @Test(arguments: [
        ("2016-02-29", "2034-02-27", 17), ("2016-02-29", "2034-02-28", 18), ("2016-02-29", "2032-02-28", 15),
        ("2016-02-29", "2032-02-29", 16), ("2008-04-02", "2026-04-01", 17), ("2008-04-02", "2026-04-02", 18),
        ("2016-04-02", "2026-11-25", 10), ("2026-11-25", "2026-11-25", 0),
    ])
    func age(birth: String, on: String, expected: Int) {
        #expect(d(birth).age(on: d(on)) == expected)
    }

    /// The age turns 18 exactly on `birthday(18)`, for every birth day of a leap year.
    @Test func ageAndBirthdayAgree() {
        var day = d("2008-01-01")
        while day.year == 2008 {
            let b = day.birthday(18)
            #expect(day.age(on: b) == 18)
            #expect(day.age(on: b.adding(days: -1)) == 17)
            day = day.adding(days: 1)
        }
    }

    @Test(arguments: [
        ("Europe/Paris", "2026-11-25"), ("America/Martinique", "2026-11-24"), ("Indian/Mayotte", "2026-11-25"),
        ("America/Cayenne", "2026-11-24"), ("UTC", "2026-11-24"),
    ])
    func civilDayOfAnInstant(zone: String, expected: String) throws {
        // 2026-11-24 23:30 UTC.
        let instant = Date(timeIntervalSince1970: Double(d("2026-11-24").dayNumber) * 86_400 + 23.5 * 3600)
        let tz = try #require(TimeZone(identifier: zone))
        #expect(CivilDate.on(instant, timeZone: tz) == d(expected))
    }

    @Test func civilDayBefore1970() {
        let instant = Date(timeIntervalSince1970: -3600)
        #expect(CivilDate.on(instant, timeZone: TimeZone(identifier: "UTC")!) == d("1969-12-31"))
    }

    @Test(arguments: ["Europe/Paris", "America/Miquelon", "America/Cayenne", "Indian/Reunion", "Indian/Mayotte", "Pacific/Noumea"])
    func noonIsOnItsOwnDayInEveryZone(zone identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        var day = try #require(CivilDate(iso: "2026-01-01"))
        for _ in 0..<366 {
            #expect(CivilDate.on(day.noon(in: zone), timeZone: zone) == day, "\(day.iso) in \(identifier)")
            day = day.adding(days: 1)
        }
    }
}
