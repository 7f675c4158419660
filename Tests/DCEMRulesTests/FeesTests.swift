import Testing
@testable import DCEMRules

/// Ruling 1: 50 EUR (45 until 2019-02-28), none for an EEA parent or step-parent.
@Suite struct FeesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let request: EligibilityRequest
        let amount: Int
        let exempt: Bool
        let because: Ground?
        var testDescription: String { name }
    }

    static func make(_ name: String, date: CivilDate = evalDay, _ amount: Int, _ exempt: Bool, _ because: Ground?,
                     _ change: (inout EligibilityRequest) -> Void) -> Case {
        var r = bareRequest(date: date, birth: "2010-01-01")
        change(&r)
        return Case(name: name, request: r, amount: amount, exempt: exempt, because: because)
    }

    static let cases: [Case] = [
        make("permit holder pays 50", 50, false, nil) { $0.parents[0].residencePermit = permit(expires: "2030-01-01") },
        make("EEA parent: free", 0, true, .eeaParent) { $0.parents[0] = Parent(nationalities: [c("PL")], inFranceSince: d("2020-01-01")) },
        make("EEA step-parent: free", 0, true, .eeaStepParent) {
            $0.parents[0].inFranceSince = d("2020-01-01")
            $0.stepParent = StepParent(nationalities: [c("RO")])
        },
        make("French parent counts as EEA: free", 0, true, .eeaParent) {
            $0.parents.append(Parent(nationalities: [c("FR")], inFranceSince: d("1990-01-01")))
        },
        make("Swiss parent: free", 0, true, .eeaParent) { $0.parents[0] = Parent(nationalities: [c("CH")], inFranceSince: d("2020-01-01")) },
        make("permit and EEA parent: the most favourable, free", 0, true, .eeaParent) {
            $0.parents[0].residencePermit = permit(expires: "2030-01-01")
            $0.parents.append(Parent(nationalities: [c("NL")], inFranceSince: d("2020-01-01")))
        },
        make("naturalised parent not established: pays", 50, false, nil) { $0.parents[0].acquiredFrenchNationality = true },
        make("naturalised parent established: free", 0, true, .eeaParent) {
            $0.parents[0].acquiredFrenchNationality = true
            $0.parents[0].inFranceSince = d("2000-01-01")
        },
        make("refugee child pays", 50, false, nil) { $0.child.protection = .refugee },
        make("2018: 45 EUR", date: d("2018-12-10"), 45, false, nil) { $0.parents[0].residencePermit = permit(expires: "2022-01-01") },
        make("last day of 45 EUR", date: d("2019-02-28"), 45, false, nil) { $0.parents[0].residencePermit = permit(expires: "2022-01-01") },
        make("first day of 50 EUR", date: d("2019-03-01"), 50, false, nil) { $0.parents[0].residencePermit = permit(expires: "2022-01-01") },
        make("UK parent in 2020: free", date: d("2020-12-31"), 0, true, .eeaParent) {
            $0.parents[0] = Parent(nationalities: [c("GB")], inFranceSince: d("2015-01-01"))
            $0.parents.append(Parent(nationalities: [c("MA")], residencePermit: permit(expires: "2025-01-01")))
        },
        make("UK parent in 2021: pays", date: d("2021-01-01"), 50, false, nil) {
            $0.parents[0] = Parent(nationalities: [c("GB")], inFranceSince: d("2015-01-01"))
            $0.parents.append(Parent(nationalities: [c("MA")], residencePermit: permit(expires: "2025-01-01")))
        },
    ]

    @Test(arguments: cases)
    func fee(_ f: Case) throws {
        let result = evaluate(f.request)
        #expect(result.outcome == .eligible)
        let fee = try #require(result.fee)
        #expect(fee.amountEUR == f.amount)
        #expect(fee.exempt == f.exempt)
        #expect(fee.exemptBecause == f.because)
        #expect(fee.feeInForceEUR == (f.request.date! <= d("2019-02-28") ? 45 : 50))
        #expect(fee.legalBasis == (f.exempt ? Parameters.feeExemption : Parameters.fee.era(on: f.request.date!).basis))
        #expect(result.parameters.feeEUR == fee.feeInForceEUR)
    }

    @Test func exemptionBasis() {
        #expect(Parameters.feeExemption.citation.contains("12 janvier 2012"))
        #expect(Parameters.feeExemption.ruling == 1)
    }

    // Ruling 2 in the result: 4 months until 2019-02-28, then 2.
    @Test(arguments: [("2019-02-28", "2019-06-28", 4), ("2019-03-01", "2019-05-01", 2), ("2026-12-31", "2027-02-28", 2)])
    func implicitRefusalInTheResult(day: String, refusal: String, months: Int) {
        var r = bareRequest(date: d(day), birth: "2010-01-01")
        r.parents[0].residencePermit = permit(expires: "2030-01-01")
        let result = evaluate(r)
        #expect(result.implicitRefusalOn == d(refusal))
        #expect(result.parameters.implicitRefusalMonths == months)
        // Also when not eligible.
        #expect(evaluate(bareRequest(date: d(day), birth: "2010-01-01")).implicitRefusalOn == d(refusal))
    }
}
