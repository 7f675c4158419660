import Testing
@testable import DCEMRules

@Suite struct ParametersTests {
    // Ruling 1: 45 EUR until 2019-02-28, then 50.
    @Test(arguments: [("2010-06-01", 45), ("2019-02-28", 45), ("2019-03-01", 50), ("2026-11-25", 50)])
    func fee(day: String, euros: Int) {
        #expect(Parameters.fee.value(on: d(day)) == euros)
    }

    // Ruling 2: 4 months until 2019-02-28, then 2.
    @Test(arguments: [("2018-12-10", 4), ("2019-02-28", 4), ("2019-03-01", 2), ("2026-11-25", 2)])
    func implicitRefusalDelay(day: String, months: Int) {
        #expect(Parameters.implicitRefusalMonths.value(on: d(day)) == months)
    }

    @Test func everyEraHasASource() {
        for era in Parameters.fee.eras + Parameters.implicitRefusalMonths.eras {
            #expect(!era.basis.citation.isEmpty)
            #expect(!era.basis.sources.isEmpty)
            #expect(era.basis.ruling != nil)
        }
        #expect(Parameters.implicitRefusalMonths.eras[0].basis.citation.contains("2014-1292"))
        #expect(Parameters.clockRestart.citation == "CRPA L. 114-5")
        #expect(Parameters.fee.eras[0].basis.sources == [.prefecture2018])
    }

    @Test func fixedFigures() {
        #expect(Parameters.validityYears.value == 5)
        #expect(Parameters.shortPermitFloorYears.value == 1)
        #expect(Parameters.majorityAge.value == 18)
        #expect(Parameters.voidMonthsAfterMajority.value == 2)
        #expect(Parameters.establishedMonths.value == 3)
        #expect(Parameters.aseAge.value == 16)
        #expect(Parameters.visitorVisaAge.value == 13)
        #expect(Parameters.mayotteEntryAge.value == 13)
        #expect(Parameters.collectiveTravelLeadDays.value == 15)
        #expect(Parameters.photoMaxAgeMonths.value == 6)
        #expect(Parameters.uncollectedMonths.value == 3)
    }

    @Test func appliedParameters() {
        let old = AppliedParameters(on: d("2019-02-28"))
        #expect(old.feeEUR == 45 && old.implicitRefusalMonths == 4)
        let now = AppliedParameters(on: evalDay)
        #expect(now.feeEUR == 50 && now.implicitRefusalMonths == 2)
    }

    @Test func legalReferenceDetails() {
        let text = Parameters.fee.eras[1].basis.details(in: .fr)
        #expect(text.contains("règle 1"))
        #expect(text.contains("Service-public.fr"))
        #expect(Parameters.fee.eras[1].basis.details(in: .en).contains("ruling 1"))
    }
}

@Suite struct DeadlinesTests {
    // Ruling 2: same day N months later, or the last day of that month.
    @Test(arguments: [
        ("2026-11-25", "2027-01-25"), ("2026-12-31", "2027-02-28"), ("2027-12-30", "2028-02-29"),
        ("2019-03-01", "2019-05-01"), ("2019-02-28", "2019-06-28"), ("2018-10-31", "2019-02-28"),
        ("2018-12-10", "2019-04-10"),
    ])
    func implicitRefusal(filed: String, expected: String) {
        #expect(Deadlines.implicitRefusalDate(filedOn: d(filed)) == d(expected))
    }

    // Ruling 16: the delay runs again in full from the day the documents are provided.
    @Test(arguments: [
        ("2027-01-10", "2026-11-25", "2027-03-10"), ("2026-12-31", "2026-11-25", "2027-02-28"),
        ("2019-04-15", "2019-01-10", "2019-08-15"),
    ])
    func restartedClock(restarted: String, filed: String, expected: String) {
        #expect(Deadlines.implicitRefusalDate(restartedOn: d(restarted), filedOn: d(filed)) == d(expected))
    }

    @Test func collectionAndPhotos() {
        #expect(Deadlines.lastCollectionDay(availableOn: d("2027-01-31")) == d("2027-04-30"))
        #expect(Deadlines.earliestPhotoDate(filedOn: d("2026-08-31")) == d("2026-02-28"))
        #expect(Deadlines.earliestPhotoDate(filedOn: evalDay) == d("2026-05-25"))
    }

    @Test func evaluateUsesTheSameDate() {
        for day in ["2019-02-28", "2019-03-01", "2026-12-31"] {
            let r = bareRequest(date: d(day), birth: "2010-01-01")
            #expect(evaluate(r).implicitRefusalOn == Deadlines.implicitRefusalDate(filedOn: d(day)))
        }
    }
}
