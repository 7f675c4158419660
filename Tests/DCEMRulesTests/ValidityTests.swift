import Testing
@testable import DCEMRules

/// Ruling 3, branch by branch, with the source texts' examples. Issue day D = 2026-11-25 (D + 1
/// year = 2027-11-25, D + 5 years = 2031-11-25).
@Suite struct ValidityTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let birth: String
        let parents: [Parent]
        let expires: String
        let voidAfter: String
        let branch: ValidityBranch
        let reduced: Bool
        var testDescription: String { name }
    }

    static func p(_ kind: PermitKind, _ mention: String?, _ expires: String, receipt: String? = nil) -> Parent {
        Parent(nationalities: [c("MA")], residencePermit: permit(kind, mention, expires: expires, receipt: receipt))
    }

    static let cases: [Case] = [
        // The press release and the Réfugiés.info sheet: valid 5 years.
        Case(name: "normal: 5 years", birth: "2016-04-02", parents: [p(.resident, nil, "2031-05-01")],
             expires: "2031-11-25", voidAfter: "2034-06-02", branch: .fiveYears, reduced: false),
        Case(name: "temporary card without a short mention: 5 years", birth: "2016-04-02",
             parents: [p(.temporary, "vie privée et familiale", "2027-03-01")],
             expires: "2031-11-25", voidAfter: "2034-06-02", branch: .fiveYears, reduced: false),
        // Seed 004: short permit, the validity is the parent's permit's.
        Case(name: "short permit: the permit's expiry", birth: "2016-04-02", parents: [p(.temporary, "etudiant", "2028-09-30")],
             expires: "2028-09-30", voidAfter: "2034-06-02", branch: .shortPermit, reduced: true),
        Case(name: "mention written with accents and capitals", birth: "2016-04-02", parents: [p(.temporary, " ÉTUDIANT ", "2028-09-30")],
             expires: "2028-09-30", voidAfter: "2034-06-02", branch: .shortPermit, reduced: true),
        Case(name: "mention with spaces", birth: "2016-04-02", parents: [p(.temporary, "Stagiaire ICT", "2029-02-01")],
             expires: "2029-02-01", voidAfter: "2034-06-02", branch: .shortPermit, reduced: true),
        Case(name: "vpf santé", birth: "2016-04-02", parents: [p(.temporary, "VPF Santé", "2028-01-01")],
             expires: "2028-01-01", voidAfter: "2034-06-02", branch: .shortPermit, reduced: true),
        Case(name: "multi-year salarié détaché ICT", birth: "2016-04-02", parents: [p(.multiYear, "Salarié détaché ICT", "2029-06-30")],
             expires: "2029-06-30", voidAfter: "2034-06-02", branch: .shortPermit, reduced: true),
        Case(name: "multi-year étudiant is not short", birth: "2016-04-02", parents: [p(.multiYear, "etudiant", "2028-06-30")],
             expires: "2031-11-25", voidAfter: "2034-06-02", branch: .fiveYears, reduced: false),
        Case(name: "temporary salarié détaché ICT is not short", birth: "2016-04-02",
             parents: [p(.temporary, "salarie-detache-ict", "2028-06-30")],
             expires: "2031-11-25", voidAfter: "2034-06-02", branch: .fiveYears, reduced: false),
        Case(name: "resident card with mention visiteur is not short", birth: "2016-04-02", parents: [p(.resident, "visiteur", "2028-06-30")],
             expires: "2031-11-25", voidAfter: "2034-06-02", branch: .fiveYears, reduced: false),
        // Seeds 001 and 003: a permit ending within a year gives one year.
        Case(name: "one-year floor", birth: "2016-04-02", parents: [p(.temporary, "visiteur", "2027-03-01")],
             expires: "2027-11-25", voidAfter: "2034-06-02", branch: .oneYearFloor, reduced: true),
        Case(name: "floor exactly at one year", birth: "2016-04-02", parents: [p(.temporary, "visiteur", "2027-11-25")],
             expires: "2027-11-25", voidAfter: "2034-06-02", branch: .shortPermit, reduced: true),
        Case(name: "renewal receipt only: floor", birth: "2016-04-02",
             parents: [p(.temporary, "etudiant", "2026-10-01", receipt: "2027-02-01")],
             expires: "2027-11-25", voidAfter: "2034-06-02", branch: .oneYearFloor, reduced: true),
        // Seed 001: "si les parents ont des dates de validité différentes, c'est la date la plus lointaine".
        Case(name: "farthest permit of two parents", birth: "2016-04-02",
             parents: [p(.temporary, "etudiant", "2027-06-30"), p(.multiYear, nil, "2029-01-15")],
             expires: "2029-01-15", voidAfter: "2034-06-02", branch: .shortPermit, reduced: true),
        Case(name: "farthest permit is the short one", birth: "2016-04-02",
             parents: [p(.temporary, "travailleur temporaire", "2029-08-01"), p(.temporary, nil, "2027-06-30")],
             expires: "2029-08-01", voidAfter: "2034-06-02", branch: .shortPermit, reduced: true),
        Case(name: "expired permit of the other parent does not count", birth: "2016-04-02",
             parents: [p(.temporary, "etudiant", "2028-01-10"), p(.resident, nil, "2026-01-01")],
             expires: "2028-01-10", voidAfter: "2034-06-02", branch: .shortPermit, reduced: true),
        Case(name: "expired short permit does not reduce", birth: "2016-04-02",
             parents: [p(.temporary, "etudiant", "2026-01-01"), p(.resident, nil, "2030-01-01")],
             expires: "2031-11-25", voidAfter: "2034-06-02", branch: .fiveYears, reduced: false),
        Case(name: "never after D + 5 years", birth: "2016-04-02",
             parents: [p(.temporary, "etudiant", "2026-12-31"), p(.resident, nil, "2036-05-01")],
             expires: "2031-11-25", voidAfter: "2034-06-02", branch: .fiveYears, reduced: true),
        // Seeds 001 and 003: 13 and over, valid until the 18th birthday.
        Case(name: "18th birthday cap", birth: "2012-03-10", parents: [p(.resident, nil, "2035-01-01")],
             expires: "2030-03-10", voidAfter: "2030-05-10", branch: .eighteenthBirthday, reduced: false),
        Case(name: "18th birthday cap on a short permit", birth: "2010-02-01", parents: [p(.temporary, "etudiant", "2029-01-01")],
             expires: "2028-02-01", voidAfter: "2028-04-01", branch: .eighteenthBirthday, reduced: true),
        Case(name: "18th birthday cap beats the one-year floor", birth: "2009-06-15", parents: [p(.temporary, "visiteur", "2027-01-01")],
             expires: "2027-06-15", voidAfter: "2027-08-15", branch: .eighteenthBirthday, reduced: true),
        Case(name: "29 February birth: 18th birthday on 28 February", birth: "2012-02-29", parents: [p(.resident, nil, "2035-01-01")],
             expires: "2030-02-28", voidAfter: "2030-04-28", branch: .eighteenthBirthday, reduced: false),
        Case(name: "void after clamps to the end of February", birth: "2010-12-31", parents: [p(.resident, nil, "2035-01-01")],
             expires: "2028-12-31", voidAfter: "2029-02-28", branch: .eighteenthBirthday, reduced: false),
        Case(name: "18th birthday the day after D + 5 years", birth: "2013-11-26", parents: [p(.resident, nil, "2035-01-01")],
             expires: "2031-11-25", voidAfter: "2032-01-26", branch: .fiveYears, reduced: false),
    ]

    @Test(arguments: cases)
    func validity(_ v: Case) throws {
        var r = bareRequest(birth: v.birth)
        r.parents = v.parents
        let result = evaluate(r)
        #expect(result.grounds == [.parentResidencePermit])
        let validity = try #require(result.validity)
        #expect(validity.issuedOn == evalDay)
        #expect(validity.expiresOn == d(v.expires))
        #expect(validity.voidAfter == d(v.voidAfter))
        #expect(validity.branch == v.branch)
        #expect(validity.shortPermitReduction == v.reduced)
        #expect(validity.eighteenthBirthday == d(v.birth).adding(years: 18))
    }

    /// Ruling 11: several grounds, the most favourable validity (no reduction).
    @Test func severalGroundsTakeTheMostFavourable() throws {
        var r = bareRequest()
        r.parents = [ValidityTests.p(.temporary, "etudiant", "2027-06-30")]
        r.child.protection = .refugee
        let result = evaluate(r)
        #expect(result.grounds == [.parentResidencePermit, .internationalProtection])
        let validity = try #require(result.validity)
        #expect(validity.expiresOn == d("2031-11-25"))
        #expect(validity.branch == .fiveYears)
        #expect(!validity.shortPermitReduction)
    }

    @Test func otherGroundsAreNeverReduced() throws {
        var r = bareRequest()
        r.parents = [Parent(nationalities: [c("ES")], residencePermit: permit(.temporary, "etudiant", expires: "2027-06-30"),
                            inFranceSince: d("2020-01-01"))]
        let result = evaluate(r)
        #expect(result.grounds == [.parentResidencePermit, .eeaParent])
        #expect(try #require(result.validity).expiresOn == d("2031-11-25"))
    }

    @Test func latestPermitIsReported() throws {
        var r = bareRequest()
        r.parents = [ValidityTests.p(.temporary, "etudiant", "2027-06-30"), ValidityTests.p(.multiYear, nil, "2029-01-15")]
        #expect(try #require(evaluate(r).validity).latestParentPermitExpiry == d("2029-01-15"))
    }

    @Test func shortPermitMentions() {
        #expect(ShortPermitMention.allCases.count == 9)
        #expect(ShortPermitMention.normalise("Recherche emploi création entreprise") == "recherche-emploi-creation-entreprise")
        #expect(ShortPermitMention.normalise("  vpf   victime traite ") == "vpf-victime-traite")
        #expect(ShortPermitMention.normalise("Étudiant") == "etudiant")
        var p = permit(.temporary, "résident", expires: "2030-01-01")
        #expect(!p.isShort)
        p.mention = "Étudiant"
        #expect(p.isShort)
        #expect(p.shortMention == .etudiant)
    }
}
