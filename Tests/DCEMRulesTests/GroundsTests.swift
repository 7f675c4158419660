import Testing
@testable import DCEMRules

/// Each ground on its own: the positive case gives exactly that ground; the near miss gives
/// `no-ground` with what that ground lacked (docs/law.md#the-grounds).
@Suite struct GroundsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let request: EligibilityRequest
        let expected: [Ground]
        var testDescription: String { name }
    }

    static func with(_ name: String, birth: String = "2016-04-02", date: CivilDate = evalDay,
                     _ change: (inout EligibilityRequest) -> Void) -> EligibilityRequest {
        var r = bareRequest(date: date, birth: birth)
        change(&r)
        return r
    }

    static let positives: [Case] = [
        Case(name: "resident card", request: with("") { $0.parents[0].residencePermit = permit(.resident, expires: "2031-05-01") },
             expected: [.parentResidencePermit]),
        Case(name: "permit expiring on the day itself", request: with("") { $0.parents[0].residencePermit = permit(.temporary, expires: "2026-11-25") },
             expected: [.parentResidencePermit]),
        Case(name: "second parent's permit", request: with("") {
            $0.parents.append(Parent(nationalities: [c("TN")], residencePermit: permit(.multiYear, expires: "2028-01-01")))
        }, expected: [.parentResidencePermit]),
        Case(name: "expired permit with a valid renewal receipt", request: with("") {
            $0.parents[0].residencePermit = permit(.temporary, expires: "2026-10-01", receipt: "2027-01-01")
        }, expected: [.parentResidencePermit]),
        Case(name: "EEA parent in France exactly 3 months", request: with("") {
            $0.parents[0] = Parent(nationalities: [c("ES")], inFranceSince: d("2026-08-25"))
        }, expected: [.eeaParent]),
        Case(name: "Swiss parent", request: with("") { $0.parents[0] = Parent(nationalities: [c("CH")], inFranceSince: d("2015-01-01")) },
             expected: [.eeaParent]),
        Case(name: "Norwegian second parent", request: with("") {
            $0.parents.append(Parent(nationalities: [c("NO")], inFranceSince: d("2015-01-01")))
        }, expected: [.eeaParent]),
        Case(name: "French parent counts as EEA", request: with("") {
            $0.parents[0] = Parent(nationalities: [c("FR")], inFranceSince: d("2000-01-01"))
        }, expected: [.eeaParent]),
        Case(name: "UK parent on 2020-12-31", request: with("", birth: "2012-01-01", date: d("2020-12-31")) {
            $0.parents[0] = Parent(nationalities: [c("GB")], inFranceSince: d("2015-01-01"))
        }, expected: [.eeaParent]),
        Case(name: "EEA step-parent", request: with("") {
            $0.parents[0].inFranceSince = d("2010-01-01")
            $0.stepParent = StepParent(nationalities: [c("DE")])
        }, expected: [.eeaStepParent]),
        Case(name: "naturalised parent, arrival date unknown", request: with("") { $0.parents[0].acquiredFrenchNationality = true },
             expected: [.parentNaturalisedFrench]),
        Case(name: "naturalised parent established: also an EEA parent", request: with("") {
            $0.parents[0].acquiredFrenchNationality = true
            $0.parents[0].inFranceSince = d("2005-01-01")
        }, expected: [.eeaParent, .parentNaturalisedFrench]),
        Case(name: "family-of-French visa", request: with("") { $0.child.entry = Entry(date: d("2020-01-01"), visa: .longStayFamilyOfFrench) },
             expected: [.visaChildOfFrenchOrAdopted]),
        Case(name: "adoption visa", request: with("") { $0.child.entry = Entry(date: d("2020-01-01"), visa: .longStayAdoption) },
             expected: [.visaChildOfFrenchOrAdopted]),
        Case(name: "ASE on the 16th birthday", request: with("", birth: "2009-06-15") { $0.child.aseCustodyDate = d("2025-06-15") },
             expected: [.aseBefore16]),
        Case(name: "ASE at 12", request: with("", birth: "2009-06-15") { $0.child.aseCustodyDate = d("2021-09-01") },
             expected: [.aseBefore16]),
        Case(name: "refugee", request: with("") { $0.child.protection = .refugee }, expected: [.internationalProtection]),
        Case(name: "subsidiary protection", request: with("") { $0.child.protection = .subsidiaryProtection },
             expected: [.internationalProtection]),
        Case(name: "visitor visa the day before the 13th birthday", request: with("", birth: "2010-05-10") {
            $0.child.entry = Entry(date: d("2023-05-09"), visa: .longStayVisitor)
        }, expected: [.visitorVisaBefore13]),
        Case(name: "every ground at once", request: with("", birth: "2010-05-10") {
            $0.parents[0] = Parent(nationalities: [c("IT")], acquiredFrenchNationality: true,
                                   residencePermit: permit(.resident, expires: "2030-01-01"), inFranceSince: d("2001-01-01"))
            $0.stepParent = StepParent(nationalities: [c("PT")])
            $0.child.aseCustodyDate = d("2020-01-01")
            $0.child.protection = .refugee
            $0.child.entry = Entry(date: d("2015-01-01"), visa: .longStayVisitor)
        }, expected: [.parentResidencePermit, .eeaParent, .eeaStepParent, .parentNaturalisedFrench,
                      .aseBefore16, .internationalProtection, .visitorVisaBefore13]),
    ]

    @Test(arguments: positives)
    func groundApplies(_ c: Case) {
        let result = evaluate(c.request)
        #expect(result.outcome == .eligible)
        #expect(result.grounds == c.expected)
        #expect(result.reasons.isEmpty)
    }

    struct Miss: CustomTestStringConvertible, Sendable {
        let name: String
        let request: EligibilityRequest
        let ground: Ground
        let lacked: MissingCondition
        var testDescription: String { name }
    }

    static let misses: [Miss] = [
        Miss(name: "permit expired the day before", request: with("") { $0.parents[0].residencePermit = permit(expires: "2026-11-24") },
             ground: .parentResidencePermit, lacked: .noValidParentPermit),
        Miss(name: "receipt expired too", request: with("") {
            $0.parents[0].residencePermit = permit(.temporary, expires: "2026-10-01", receipt: "2026-11-24")
        }, ground: .parentResidencePermit, lacked: .noValidParentPermit),
        Miss(name: "EEA parent one day short of 3 months", request: with("") {
            $0.parents[0] = Parent(nationalities: [c("ES")], inFranceSince: d("2026-08-26"))
        }, ground: .eeaParent, lacked: .eeaParentNotEstablished),
        Miss(name: "EEA parent, arrival unknown", request: with("") { $0.parents[0] = Parent(nationalities: [c("BE")]) },
             ground: .eeaParent, lacked: .eeaParentNotEstablished),
        Miss(name: "EEA parent new, other parent established: not the same parent", request: with("") {
            $0.parents[0] = Parent(nationalities: [c("ES")], inFranceSince: d("2026-10-01"))
            $0.parents.append(Parent(nationalities: [c("MA")], inFranceSince: d("2010-01-01")))
        }, ground: .eeaParent, lacked: .eeaParentNotEstablished),
        Miss(name: "UK parent on 2021-01-01", request: with("", birth: "2012-01-01", date: d("2021-01-01")) {
            $0.parents[0] = Parent(nationalities: [c("GB")], inFranceSince: d("2015-01-01"))
        }, ground: .eeaParent, lacked: .noEEAParent),
        Miss(name: "American parent", request: with("") { $0.parents[0] = Parent(nationalities: [c("US")], inFranceSince: d("2015-01-01")) },
             ground: .eeaParent, lacked: .noEEAParent),
        Miss(name: "no step-parent", request: with("") { $0.parents[0].inFranceSince = d("2010-01-01") },
             ground: .eeaStepParent, lacked: .noEEAStepParent),
        Miss(name: "American step-parent", request: with("") {
            $0.parents[0].inFranceSince = d("2010-01-01")
            $0.stepParent = StepParent(nationalities: [c("US")])
        }, ground: .eeaStepParent, lacked: .noEEAStepParent),
        Miss(name: "EEA step-parent, no parent established", request: with("") {
            $0.parents[0].inFranceSince = d("2026-10-01")
            $0.stepParent = StepParent(nationalities: [c("DE")])
        }, ground: .eeaStepParent, lacked: .noParentEstablished),
        Miss(name: "no naturalised parent", request: with("") { _ in }, ground: .parentNaturalisedFrench, lacked: .noNaturalisedParent),
        Miss(name: "family-of-French visa, irregular entry", request: with("") {
            $0.child.entry = Entry(date: d("2020-01-01"), visa: .longStayFamilyOfFrench, regular: false)
        }, ground: .visaChildOfFrenchOrAdopted, lacked: .irregularEntry),
        Miss(name: "other visa", request: with("") { $0.child.entry = Entry(date: d("2020-01-01"), visa: .other) },
             ground: .visaChildOfFrenchOrAdopted, lacked: .noFamilyOrAdoptionVisa),
        Miss(name: "family reunification is not a family-of-French visa", request: with("") {
            $0.child.entry = Entry(date: d("2020-01-01"), visa: .familyReunification)
        }, ground: .visaChildOfFrenchOrAdopted, lacked: .noFamilyOrAdoptionVisa),
        Miss(name: "ASE the day after the 16th birthday", request: with("", birth: "2009-06-15") { $0.child.aseCustodyDate = d("2025-06-16") },
             ground: .aseBefore16, lacked: .aseCustodyAfter16),
        Miss(name: "no ASE", request: with("") { _ in }, ground: .aseBefore16, lacked: .noASECustody),
        Miss(name: "no protection", request: with("") { _ in }, ground: .internationalProtection, lacked: .noProtection),
        Miss(name: "visitor visa on the 13th birthday", request: with("", birth: "2010-05-10") {
            $0.child.entry = Entry(date: d("2023-05-10"), visa: .longStayVisitor)
        }, ground: .visitorVisaBefore13, lacked: .visitorVisaEntryAfter13),
        Miss(name: "no visitor visa", request: with("") { $0.child.entry = Entry(date: d("2020-01-01"), visa: .longStayAdoption, regular: false) },
             ground: .visitorVisaBefore13, lacked: .noVisitorVisa),
        // Ruling 10: the 2018 page's student visa is not a ground.
        Miss(name: "student visa (2018 page) is not a ground", request: with("", birth: "2009-01-01") {
            $0.child.entry = Entry(date: d("2024-09-01"), visa: .other)
        }, ground: .visitorVisaBefore13, lacked: .noVisitorVisa),
    ]

    @Test(arguments: misses)
    func groundLacks(_ m: Miss) throws {
        let result = evaluate(m.request)
        #expect(result.outcome == .notEligible)
        let reason = try #require(result.reasons.first)
        #expect(result.reasons.count == 1 && reason.code == .noGround)
        #expect(reason.missing.map(\.ground) == Ground.allCases)
        #expect(reason.missing.first { $0.ground == m.ground }?.condition == m.lacked)
        #expect(m.lacked.ground == m.ground)
    }

    /// The bare request: every ground says what it lacked, in contract order.
    @Test func noGroundListsEveryGround() {
        let result = evaluate(bareRequest())
        #expect(result.reasons == [Reason(code: .noGround, missing: [
            MissingGround(ground: .parentResidencePermit, condition: .noValidParentPermit),
            MissingGround(ground: .eeaParent, condition: .noEEAParent),
            MissingGround(ground: .eeaStepParent, condition: .noEEAStepParent),
            MissingGround(ground: .parentNaturalisedFrench, condition: .noNaturalisedParent),
            MissingGround(ground: .visaChildOfFrenchOrAdopted, condition: .noFamilyOrAdoptionVisa),
            MissingGround(ground: .aseBefore16, condition: .noASECustody),
            MissingGround(ground: .internationalProtection, condition: .noProtection),
            MissingGround(ground: .visitorVisaBefore13, condition: .noVisitorVisa),
        ])])
    }

    @Test func codesInContractOrder() {
        #expect(Ground.allCases.map(\.rawValue) == [
            "parent-residence-permit", "eea-parent", "eea-step-parent", "parent-naturalised-french",
            "visa-child-of-french-or-adopted", "ase-before-16", "international-protection", "visitor-visa-before-13",
        ])
        #expect(Ground.allCases.map(\.position) == Array(0..<8))
    }

    @Test func everyGroundHasALegalBasis() {
        for g in Ground.allCases {
            #expect(g.legalBasis.citation == "CESEDA L. 414-4")
            #expect(!g.legalBasis.sources.isEmpty)
        }
        #expect(Ground.aseBefore16.legalBasis.ruling == 7)
        #expect(Ground.visitorVisaBefore13.legalBasis.ruling == 8)
        #expect(Ground.mayotteConditionBasis.ruling == 9)
    }

    @Test func groundSet() {
        var set = GroundSet()
        #expect(set.isEmpty)
        set.insert(.visitorVisaBefore13)
        set.insert(.parentResidencePermit)
        set.insert(.parentResidencePermit)
        #expect(set.count == 2)
        #expect(set.grounds == [.parentResidencePermit, .visitorVisaBefore13])
        #expect(Array(set) == set.grounds)
        #expect(GroundSet([.eeaParent, .eeaStepParent]).contains(.eeaStepParent))
        #expect(!GroundSet([.eeaParent]).contains(.eeaStepParent))
    }
}
