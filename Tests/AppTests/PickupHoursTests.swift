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
        #expect(Self.mondayAndThursdayMornings.times == ["09:00", "09:30", "10:00"])
        var uneven = Self.mondayAndThursdayMornings
        uneven.closes = 10 * 60 + 20
        #expect(uneven.times == ["09:00", "09:30"])
    }

    @Test func openingDaysSkipClosedOnes() {
        // 25 November 2026 is a Wednesday
        let days = Self.mondayAndThursdayMornings.openingDays(from: CivilDate(year: 2026, month: 11, day: 25)!, limit: 3)
        #expect(days.map(\.iso) == ["2026-11-26", "2026-11-30", "2026-12-03"])
    }

    @Test func everyUnusableFieldIsNamed() {
        let bad = PickupHours(weekdays: [0, 8], opens: 11 * 60, closes: 10 * 60, slotMinutes: 1, capacity: 0)
        #expect(bad.problems == [.weekdays, .closes, .slotMinutes, .capacity])
        #expect(bad.times.isEmpty)
        #expect(Self.mondayAndThursdayMornings.problems.isEmpty)
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
