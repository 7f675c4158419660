import Testing
@testable import DCEMRules

/// Ruling 24 (docs/law.md#retention): the draft's notice and deletion days, the case's purge day.
@Suite struct RetentionTests {
    @Test func theFiguresAreTheServicesChoiceOfRuling24() {
        #expect(Parameters.draftRetentionMonths.value == 6)
        #expect(Parameters.draftDeletionNoticeDays.value == 30)
        #expect(Parameters.caseRetentionYears.value == 5)
        for basis in [Parameters.draftRetentionMonths.basis, Parameters.draftDeletionNoticeDays.basis, Parameters.caseRetentionYears.basis] {
            #expect(basis.ruling == 24)
            #expect(basis.citation.contains("choix du service"))
        }
    }

    // Six months after the last touch, clamped to the month's last day; the notice 30 days before.
    @Test(arguments: [
        ("2026-01-15", "2026-06-15", "2026-07-15"),
        ("2026-03-31", "2026-08-31", "2026-09-30"),
        // 31 August: no 31 February, so 28 February (a common year), told 30 days before
        ("2026-08-31", "2027-01-29", "2027-02-28"),
        // in a leap year the last day is 29 February
        ("2027-08-29", "2028-01-30", "2028-02-29"),
        ("2027-08-31", "2028-01-30", "2028-02-29"),
        // touched on 29 February: 29 August
        ("2028-02-29", "2028-07-30", "2028-08-29"),
        ("2026-12-31", "2027-05-31", "2027-06-30"),
    ])
    func draftDays(touched: String, notice: String, deletion: String) {
        let lastTouched = CivilDate(iso: touched)!
        #expect(Retention.draftDeletionNoticeOn(lastTouched: lastTouched) == CivilDate(iso: notice)!)
        #expect(Retention.draftDeletionOn(lastTouched: lastTouched) == CivilDate(iso: deletion)!)
    }

    // A notice sent late still leaves the family its 30 days.
    @Test(arguments: [
        ("2026-01-15", "2026-06-15", "2026-07-15"),
        ("2026-01-15", "2026-06-10", "2026-07-15"),
        ("2026-01-15", "2026-07-01", "2026-07-31"),
        ("2026-01-15", "2026-08-01", "2026-08-31"),
    ])
    func announcedDay(touched: String, sent: String, announced: String) {
        #expect(Retention.announcedDeletionOn(lastTouched: CivilDate(iso: touched)!, noticeSentOn: CivilDate(iso: sent)!)
            == CivilDate(iso: announced)!)
    }

    // Five years after the later of the decision and the end of validity.
    @Test(arguments: [
        ("2026-03-10", nil, "2031-03-10"),
        ("2026-03-10", "2031-03-09", "2036-03-09"),
        // a validity that ended before the decision does not bring the day forward
        ("2026-05-01", "2026-04-30", "2031-05-01"),
        // 29 February: 28 February five years later
        ("2028-02-29", nil, "2033-02-28"),
        ("2027-01-01", "2032-02-29", "2037-02-28"),
        ("2024-02-29", "2024-02-29", "2029-02-28"),
        ("2027-06-30", "2031-02-28", "2036-02-28"),
        ("2026-12-31", "2026-12-31", "2031-12-31"),
    ] as [(String, String?, String)])
    func purgeDay(decided: String, validUntil: String?, purge: String) {
        #expect(Retention.purgeOn(decidedOn: CivilDate(iso: decided)!, validUntil: validUntil.flatMap(CivilDate.init(iso:)))
            == CivilDate(iso: purge)!)
    }

    /// The scheduler's cut-offs, read backwards, are exact on every day of two years (leap 2028 included).
    @Test func theCutoffsAreExactOnEveryDayOfTwoYears() {
        var today = CivilDate(year: 2027, month: 6, day: 1)!
        for _ in 0..<730 {
            let notice = Retention.latestTouchDueForNotice(on: today)
            #expect(Retention.draftDeletionNoticeOn(lastTouched: notice) <= today, "\(today.iso)")
            #expect(Retention.draftDeletionNoticeOn(lastTouched: notice.adding(days: 1)) > today, "\(today.iso)")
            let deletion = Retention.latestTouchDueForDeletion(on: today)
            #expect(Retention.draftDeletionOn(lastTouched: deletion) <= today, "\(today.iso)")
            #expect(Retention.draftDeletionOn(lastTouched: deletion.adding(days: 1)) > today, "\(today.iso)")
            today = today.adding(days: 1)
        }
    }
}
