import Testing
@testable import DCEMRules

/// Ruling 13 read backwards, for the scheduler: the documents made available on or before the
/// cut-off are past their last collection day, those after it are not, in calendar months.
@Suite struct UncollectedCutoffTests {
    @Test func theCutoffIsExactOnEveryDayOfTwoYears() {
        var today = CivilDate(year: 2026, month: 1, day: 1)!
        for _ in 0..<730 {
            let cutoff = Deadlines.latestAvailabilityPastCollection(on: today)
            #expect(Deadlines.lastCollectionDay(availableOn: cutoff) < today, "\(today.iso)")
            #expect(Deadlines.lastCollectionDay(availableOn: cutoff.adding(days: 1)) >= today, "\(today.iso)")
            today = today.adding(days: 1)
        }
    }

    @Test(arguments: [
        // three months after 1 December is 1 March: collected on that day at the latest
        ("2027-03-02", "2026-12-01"),
        ("2027-03-01", "2026-11-30"),
        // a document available on 28 February is kept until 28 May; one of 1 March until 1 June
        ("2027-05-31", "2027-02-28"),
    ])
    func examples(today: String, cutoff: String) {
        #expect(Deadlines.latestAvailabilityPastCollection(on: CivilDate(iso: today)!) == CivilDate(iso: cutoff)!)
    }
}
