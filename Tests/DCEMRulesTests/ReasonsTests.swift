import Testing
@testable import DCEMRules

/// docs/eligibility.md#reasons: not-concerned first, then adult / not-resident, then no-ground.
@Suite struct ReasonsTests {
    /// A request that would be eligible (resident-card parent) but for what each test changes.
    static func eligibleBase(date: CivilDate = evalDay, birth: String = "2016-04-02") -> EligibilityRequest {
        var r = bareRequest(date: date, birth: birth)
        r.parents[0].residencePermit = permit(.resident, expires: "2031-05-01")
        return r
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let request: EligibilityRequest
        let outcome: Outcome
        let reasons: [ReasonCode]
        let useInstead: [Alternative?]
        var testDescription: String { name }
    }

    static func make(_ name: String, date: CivilDate = evalDay, birth: String = "2016-04-02",
                     _ outcome: Outcome, _ reasons: [ReasonCode], _ useInstead: [Alternative?],
                     _ change: (inout EligibilityRequest) -> Void) -> Case {
        var r = eligibleBase(date: date, birth: birth)
        change(&r)
        return Case(name: name, request: r, outcome: outcome, reasons: reasons, useInstead: useInstead)
    }

    static let cases: [Case] = [
        make("French child", .notConcerned, [.frenchNational], [.frenchIdentityDocument]) { $0.child.nationalities = [c("FR")] },
        make("dual French-Moroccan child", .notConcerned, [.frenchNational], [.frenchIdentityDocument]) {
            $0.child.nationalities = [c("MA"), c("FR")]
        },
        make("French-German child: french-national replaces eea-national", .notConcerned, [.frenchNational], [.frenchIdentityDocument]) {
            $0.child.nationalities = [c("DE"), c("FR")]
        },
        make("German child", .notConcerned, [.eeaNational], [.nationalIdentityDocument]) { $0.child.nationalities = [c("DE")] },
        make("Swiss-Algerian child", .notConcerned, [.eeaNational], [.nationalIdentityDocument]) {
            $0.child.nationalities = [c("DZ"), c("CH")]
        },
        make("British child before the end of 2020", date: d("2020-12-31"), birth: "2010-01-01", .notConcerned, [.eeaNational],
             [.nationalIdentityDocument]) { $0.child.nationalities = [c("GB")] },
        make("British child in 2021 is concerned", date: d("2021-01-01"), birth: "2010-01-01", .eligible, [], []) {
            $0.child.nationalities = [c("GB")]
        },
        make("child with own residence permit", .notConcerned, [.holdsResidencePermit], [.ownResidencePermit]) {
            $0.child.holdsResidencePermit = true
        },
        make("French child with a residence permit: all that apply", .notConcerned, [.frenchNational, .holdsResidencePermit],
             [.frenchIdentityDocument, .ownResidencePermit]) {
            $0.child.nationalities = [c("FR")]
            $0.child.holdsResidencePermit = true
        },
        make("Italian child with a residence permit", .notConcerned, [.eeaNational, .holdsResidencePermit],
             [.nationalIdentityDocument, .ownResidencePermit]) {
            $0.child.nationalities = [c("IT")]
            $0.child.holdsResidencePermit = true
        },
        make("not concerned comes before adult", birth: "2000-01-01", .notConcerned, [.frenchNational], [.frenchIdentityDocument]) {
            $0.child.nationalities = [c("FR")]
            $0.child.residesInFrance = false
        },
        make("18 today", birth: "2008-11-25", .notEligible, [.adult], [nil]) { _ in },
        make("18 tomorrow", birth: "2008-11-26", .eligible, [], []) { _ in },
        make("18 on 28 February for a 29 February birth", date: d("2026-02-28"), birth: "2008-02-29", .notEligible, [.adult], [nil]) { _ in },
        make("17 on 27 February for a 29 February birth", date: d("2026-02-27"), birth: "2008-02-29", .eligible, [], []) { _ in },
        make("not resident", .notEligible, [.notResident], [nil]) { $0.child.residesInFrance = false },
        make("adult and not resident", birth: "2005-01-01", .notEligible, [.adult, .notResident], [nil, nil]) {
            $0.child.residesInFrance = false
        },
        make("adult without ground: no no-ground", birth: "2005-01-01", .notEligible, [.adult], [nil]) {
            $0.parents[0].residencePermit = nil
        },
        make("no ground", .notEligible, [.noGround], [nil]) { $0.parents[0].residencePermit = nil },
        make("stateless child with a ground", .eligible, [], []) {
            $0.child.nationalities = []
            $0.child.stateless = true
        },
    ]

    @Test(arguments: cases)
    func reasons(_ c: Case) {
        let result = evaluate(c.request)
        #expect(result.outcome == c.outcome)
        #expect(result.reasons.map(\.code) == c.reasons)
        #expect(result.reasons.map(\.useInstead) == c.useInstead)
        if c.outcome != .eligible {
            #expect(result.grounds.isEmpty)
            #expect(result.documents.isEmpty)
            #expect(result.fee == nil && result.validity == nil && result.territory == nil)
        }
        // Only no-ground carries `missing`.
        for r in result.reasons where r.code != .noGround { #expect(r.missing.isEmpty) }
    }

    @Test func codesInContractOrder() {
        #expect(ReasonCode.allCases.map(\.rawValue) ==
                ["french-national", "eea-national", "holds-residence-permit", "adult", "not-resident", "no-ground"])
        #expect(Alternative.allCases.map(\.rawValue) ==
                ["french-identity-document", "national-identity-document", "own-residence-permit"])
    }

    @Test func everyReasonHasALegalBasis() {
        for code in ReasonCode.allCases { #expect(!code.legalBasis.citation.isEmpty) }
        #expect(ReasonCode.frenchNational.legalBasis.ruling == 4)
    }

    @Test func everyMissingConditionBelongsToAGround() {
        for g in Ground.allCases { #expect(MissingCondition.allCases.contains { $0.ground == g }) }
    }
}
