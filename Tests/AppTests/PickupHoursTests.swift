import DCEMRules
import Testing

@testable import App

/// The pure arithmetic of a préfecture's pick-up hours.
@Suite struct PickupHoursTests {
    static let mondayAndThursdayMornings = PickupHours(weekdays: [1, 4], opens: 9 * 60, closes: 10 * 60 + 30, slotMinutes: 30, capacity: 3)

    @Test(arguments: [
        (CivilDate(year: 1970, month: 1, day: 1)!, 4),
        (CivilDate(year: 2026, month: 11, day: 25)!, 3),
        (CivilDate(year: 2026, month: 11, day: 29)!, 7),
        (CivilDate(year: 2026, month: 11, day: 30)!, 1),
        (CivilDate(year: 1969, month: 12, day: 29)!, 1),
    ])
    func weekdayIsISO(day: CivilDate, weekday: Int) {
        #expect(PickupHours.weekday(day) == weekday)
    }

    @Test func slotsEndByClosingTime() {
        #expect(Self.mondayAndThursdayMornings.times(weekday: 1) == ["09:00", "09:30", "10:00"])
        #expect(Self.mondayAndThursdayMornings.times(weekday: 2).isEmpty)
        var uneven = Self.mondayAndThursdayMornings
        uneven.windows[1] = [PickupWindow(opens: 9 * 60, closes: 10 * 60 + 20)]
        #expect(uneven.times(weekday: 1) == ["09:00", "09:30"])
    }

    @Test func severalWindowsADayEachWithItsSlots() throws {
        let windows = try #require(PickupHours.windows("14:00-16:30, 09:00–10:00"))
        let hours = PickupHours(windows: [2: windows, 5: [PickupWindow(opens: 9 * 60, closes: 10 * 60)]], slotMinutes: 45, capacity: 2)
        #expect(hours.problems.isEmpty)
        #expect(hours.times(weekday: 2) == ["09:00", "14:00", "14:45", "15:30"])
        #expect(hours.times(weekday: 5) == ["09:00"])
        #expect(PickupHours.text(windows) == "09:00-10:00, 14:00-16:30")
        #expect(PickupHours.windows(stored: hours.storedWindows) == hours.windows)
    }

    @Test func closedDaysOfferNoSlot() {
        var hours = Self.mondayAndThursdayMornings
        // 26 November and 3 December 2026 are Thursdays
        hours.closedDays = [CivilDate(year: 2026, month: 11, day: 26)!, CivilDate(year: 2026, month: 12, day: 3)!]
        let days = hours.openingDays(from: CivilDate(year: 2026, month: 11, day: 25)!, limit: 3)
        #expect(days.map(\.iso) == ["2026-11-30", "2026-12-07", "2026-12-10"])
        #expect(hours.times(on: CivilDate(year: 2026, month: 11, day: 26)!).isEmpty)
        #expect(hours.times(on: CivilDate(year: 2026, month: 11, day: 30)!) == ["09:00", "09:30", "10:00"])
    }

    @Test func openingDaysSkipClosedOnes() {
        // 25 November 2026 is a Wednesday
        let days = Self.mondayAndThursdayMornings.openingDays(from: CivilDate(year: 2026, month: 11, day: 25)!, limit: 3)
        #expect(days.map(\.iso) == ["2026-11-26", "2026-11-30", "2026-12-03"])
    }

    @Test func everyUnusableFieldIsNamed() {
        let bad = PickupHours(windows: [1: [PickupWindow(opens: 11 * 60, closes: 10 * 60)],
                                        2: [PickupWindow(opens: 9 * 60, closes: 12 * 60), PickupWindow(opens: 11 * 60, closes: 13 * 60)],
                                        3: [PickupWindow(opens: 9 * 60, closes: 9 * 60 + 10)]],
                              slotMinutes: 30, capacity: 0)
        #expect(bad.problems == [.day(1, .endsBeforeStart("11:00-10:00")), .day(2, .overlap("09:00-12:00", "11:00-13:00")),
                                 .day(3, .shorterThanSlot("09:00-09:10")), .capacity])
        #expect(bad.problems.map(\.fieldID) == ["hours-1", "hours-2", "hours-3", "capacity"])
        #expect(bad.times(weekday: 2).isEmpty)
        #expect(PickupHours(windows: [:], slotMinutes: 1, capacity: 1).problems == [.noOpenDay, .slotMinutes])
        #expect(Self.mondayAndThursdayMornings.problems.isEmpty)
    }

    @Test func aCalendarSavedBeforeWindowsReadsItsOneWindow() {
        let calendar = PickupCalendar()
        calendar.weekdays = "1,4"
        calendar.opens = "09:00"
        calendar.closes = "10:30"
        calendar.slotMinutes = 30
        calendar.capacity = 3
        #expect(calendar.dayHours == nil)
        #expect(calendar.hours == Self.mondayAndThursdayMornings)
        calendar.apply(PickupHours(windows: [2: [PickupWindow(opens: 8 * 60, closes: 9 * 60), PickupWindow(opens: 14 * 60, closes: 15 * 60)]],
                                   slotMinutes: 30, capacity: 1), place: "guichet", now: testNow)
        // the old columns still say the day and its first opening and last closing, for a reader of the old schema
        #expect(calendar.weekdays == "2" && calendar.opens == "08:00" && calendar.closes == "15:00")
        #expect(calendar.hours?.times(weekday: 2) == ["08:00", "08:30", "14:00", "14:30"])
    }

    @Test(arguments: ["9h-12h", "09:00", "09:00-12:00-13:00", "09:00 12:00", "matin"])
    func unreadableWindows(text: String) {
        #expect(PickupHours.windows(text) == nil)
    }

    @Test(arguments: [("9:30", 570), ("09:05", 545), ("24:00", 1440)])
    func clockTimesAreRead(text: String, minutes: Int) {
        #expect(PickupHours.minutes(text) == minutes)
    }

    @Test(arguments: ["9h30", "25:00", "09:5", "", "ab:cd", "24:30"])
    func otherTextIsNotATime(text: String) {
        #expect(PickupHours.minutes(text) == nil)
    }
}
