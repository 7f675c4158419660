import Testing
@testable import DCEMRules

/// The reminders of an issued DCEM (docs/law.md#rule-23): their days, and which are due on a given
/// day, table-driven, across month ends and a 29 February birthday.
@Suite struct DocumentRemindersTests {
    static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test(arguments: [
        // validity end, birth date, reminder, its day
        ("2031-11-24", "2016-04-14", DocumentReminder.renewalFirst, "2031-07-24"),
        ("2031-11-24", "2016-04-14", .renewalLast, "2031-10-24"),
        ("2031-11-24", "2016-04-14", .majority, "2034-01-14"),
        // month ends clamp: 31 March − 1 month is 28 February (29 in a leap year)
        ("2027-03-31", "2016-04-14", .renewalLast, "2027-02-28"),
        ("2028-03-31", "2016-04-14", .renewalLast, "2028-02-29"),
        ("2027-06-30", "2016-04-14", .renewalFirst, "2027-02-28"),
        // born on 29 February: 18 on 28 February in a common year, the reminder three months before
        ("2027-01-31", "2009-02-28", .majority, "2026-11-28"),
        ("2029-01-31", "2012-02-29", .majority, "2029-11-28"),
    ])
    func eachReminderFallsOnItsDay(_ until: String, _ birth: String, _ reminder: DocumentReminder, _ day: String) {
        #expect(reminder.dueOn(validUntil: Self.d(until), birthDate: Self.d(birth)) == Self.d(day))
    }

    @Test func theMajorityReminderNeedsABirthDate() {
        #expect(DocumentReminder.majority.dueOn(validUntil: Self.d("2031-11-24"), birthDate: nil) == nil)
    }

    @Test(arguments: [
        // today, state, validity end, birth date, already sent, due
        ("2031-07-23", IssuedDocumentState.valid, "2031-11-24", "2016-04-14", [DocumentReminder](), [DocumentReminder]()),
        ("2031-07-24", .valid, "2031-11-24", "2016-04-14", [], [.renewalFirst]),
        ("2031-08-01", .withdrawalPending, "2031-11-24", "2016-04-14", [], [.renewalFirst]),
        ("2031-08-01", .valid, "2031-11-24", "2016-04-14", [.renewalFirst], []),
        ("2031-10-24", .valid, "2031-11-24", "2016-04-14", [.renewalFirst], [.renewalLast]),
        // a late pass: the later reminder only, never both at once
        ("2031-10-30", .valid, "2031-11-24", "2016-04-14", [], [.renewalLast]),
        // once the last is sent, the first has nothing to add
        ("2031-10-30", .valid, "2031-11-24", "2016-04-14", [.renewalLast], []),
        // not in force, or past its end: nothing
        ("2031-10-30", .reportedLost, "2031-11-24", "2016-04-14", [], []),
        ("2031-11-25", .valid, "2031-11-24", "2016-04-14", [], []),
        // a DCEM ending at majority is not renewed: only the majority reminder
        ("2026-11-28", .valid, "2027-02-28", "2009-02-28", [], [.majority]),
        ("2027-01-31", .valid, "2027-02-28", "2009-02-28", [.majority], []),
        // after the 18th birthday, no majority reminder any more (the lapse tells the family)
        ("2027-02-28", .valid, "2027-04-28", "2009-02-28", [], []),
    ])
    func theRemindersDueOnADay(_ today: String, _ state: IssuedDocumentState, _ until: String, _ birth: String,
                               _ sent: [DocumentReminder], _ due: [DocumentReminder]) {
        #expect(DocumentReminder.due(today: Self.d(today), state: state, validUntil: Self.d(until), birthDate: Self.d(birth), sent: Set(sent)) == due)
    }

    @Test func theRenewalOpensWithTheFirstReminderAndAnUnfiledRenewalIsRecalledAfterTwoWeeks() {
        #expect(DocumentReminder.renewalOpensOn(validUntil: Self.d("2031-11-24")) == Self.d("2031-07-24"))
        #expect(DocumentReminder.renewalDraftReminderOn(lastTouched: Self.d("2026-12-20")) == Self.d("2027-01-03"))
        #expect(Parameters.renewalReminderMonths.basis.ruling == 23)
        #expect(Parameters.majorityReminderMonths.value == 3)
    }
}
