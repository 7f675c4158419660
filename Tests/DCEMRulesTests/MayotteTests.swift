import Testing
@testable import DCEMRules

/// Ruling 9: Mayotte (976).
@Suite struct MayotteTests {
    /// A child born 2010-05-10 (13th birthday 2023-05-10) whose parent holds a resident card.
    static func request(in departement: String = "976", bornInFrance: Bool = false, entry: Entry? = nil) -> EligibilityRequest {
        var r = bareRequest(birth: "2010-05-10", residence: departement)
        r.child.nationalities = [c("KM")]
        r.parents[0] = Parent(nationalities: [c("KM")], residencePermit: permit(.resident, expires: "2031-01-01"))
        r.child.bornInFrance = bornInFrance
        r.child.entry = entry
        return r
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let request: EligibilityRequest
        let eligible: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "born in France", request: request(bornInFrance: true), eligible: true),
        Case(name: "regular entry at 8", request: request(entry: Entry(date: d("2018-07-01"), visa: .other)), eligible: true),
        Case(name: "regular entry the day before 13", request: request(entry: Entry(date: d("2023-05-09"), visa: .other)),
             eligible: true),
        Case(name: "entry on the 13th birthday", request: request(entry: Entry(date: d("2023-05-10"), visa: .other)), eligible: false),
        Case(name: "entry after 13", request: request(entry: Entry(date: d("2024-01-01"), visa: .other)), eligible: false),
        Case(name: "family reunification excluded", request: request(entry: Entry(date: d("2018-07-01"), visa: .familyReunification)),
             eligible: false),
        Case(name: "irregular entry", request: request(entry: Entry(date: d("2018-07-01"), visa: .other, regular: false)),
             eligible: false),
        Case(name: "not born in France, entry unknown", request: request(), eligible: false),
    ]

    @Test(arguments: cases)
    func extraCondition(_ m: Case) throws {
        let result = evaluate(m.request)
        if m.eligible {
            #expect(result.outcome == .eligible)
            #expect(result.grounds == [.parentResidencePermit])
            #expect(result.territory == .mayotteOnly)
        } else {
            #expect(result.outcome == .notEligible)
            let missing = try #require(result.reasons.first?.missing.first)
            #expect(missing == MissingGround(ground: .parentResidencePermit, condition: .mayotteBirthOrEarlyEntry))
        }
        // The same family outside Mayotte: the permit alone suffices.
        var elsewhere = m.request
        elsewhere.residence = dep("974")
        let outside = evaluate(elsewhere)
        #expect(outside.grounds == [.parentResidencePermit])
        #expect(outside.territory == .all)
    }

    @Test func otherGroundsApplyAsElsewhere() {
        var r = MayotteTests.request(entry: Entry(date: d("2024-01-01"), visa: .familyReunification))
        r.child.protection = .subsidiaryProtection
        let result = evaluate(r)
        #expect(result.grounds == [.internationalProtection])
        #expect(result.territory == .mayotteOnly)
        #expect(!result.documents.contains { $0.code == .mayotteRegularEntryProof || $0.code == .birthInFranceProof })
    }

    @Test func documents() {
        let born = evaluate(MayotteTests.request(bornInFrance: true)).documents.map(\.code)
        #expect(born.contains(.birthInFranceProof) && !born.contains(.mayotteRegularEntryProof))
        let entered = evaluate(MayotteTests.request(entry: Entry(date: d("2018-07-01"), visa: .other))).documents.map(\.code)
        #expect(entered.contains(.mayotteRegularEntryProof) && !entered.contains(.birthInFranceProof))
        let paris = evaluate(MayotteTests.request(in: "75", bornInFrance: true)).documents.map(\.code)
        #expect(!paris.contains(.birthInFranceProof) && !paris.contains(.mayotteRegularEntryProof))
    }

    @Test func territoryLegalBasis() {
        #expect(Territory.mayotteOnly.legalBasis.ruling == 9)
        #expect(Territory.allCases.map(\.rawValue) == ["all", "mayotte-only"])
    }
}
