import Foundation
import Testing
@testable import DCEMRules

/// Invariants over a few thousand random valid requests (seeded, so reproducible).
@Suite struct PropertyTests {
    static let countryPool = ["MA", "DZ", "TN", "SN", "CN", "FR", "DE", "ES", "IT", "GB", "CH", "NO", "US", "KM", "AF", "XK", "TR"]
    static let mentions: [String?] = [nil, "etudiant", "Étudiant", "visiteur", "stagiaire ICT", "salarié détaché ICT", "vpf-sante",
                                      "vie privée et familiale", "passeport talent", "travailleur-temporaire", "vpf victime traite",
                                      "recherche-emploi-creation-entreprise", "stagiaire"]

    struct Generator {
        var rng: SplitMix64

        mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
        mutating func bool(_ p: Double = 0.5) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
        mutating func day(_ from: String, _ to: String) -> CivilDate {
            CivilDate(dayNumber: int(d(from).dayNumber...d(to).dayNumber))
        }
        mutating func countries() -> [Country] {
            (0..<int(1...2)).map { _ in c(PropertyTests.countryPool[int(0...PropertyTests.countryPool.count - 1)]) }
        }

        mutating func parent(around date: CivilDate) -> Parent {
            var p = Parent(nationalities: countries())
            if bool(0.1) { p.nationalities = []; p.stateless = true }
            p.acquiredFrenchNationality = bool(0.1)
            if bool(0.7) {
                let kind = PermitKind.allCases[int(0...2)]
                let mention = PropertyTests.mentions[int(0...PropertyTests.mentions.count - 1)]
                let expires = date.adding(days: int(-400...3000))
                let receipt: CivilDate? = bool(0.2) ? date.adding(days: int(-100...300)) : nil
                p.residencePermit = ResidencePermit(kind: kind, mention: mention, expires: expires, renewalReceiptExpires: receipt)
            }
            if bool(0.6) { p.inFranceSince = date.adding(days: -int(0...6000)) }
            return p
        }

        mutating func request() -> EligibilityRequest {
            let date = day("2017-01-01", "2030-12-31")
            let birth = date.adding(days: -int(0...(20 * 366)))
            var child = Child(birthDate: birth, nationalities: countries())
            if bool(0.6) { child.nationalities = [c(["MA", "DZ", "CN", "KM", "SN"][int(0...4)])] }
            if bool(0.05) { child.nationalities = []; child.stateless = true }
            child.bornInFrance = bool(0.3)
            child.residesInFrance = bool(0.95)
            child.holdsResidencePermit = bool(0.05)
            if bool(0.15) { child.protection = bool() ? .refugee : .subsidiaryProtection }
            if bool(0.15) { child.aseCustodyDate = birth.adding(days: int(0...(18 * 366))) }
            if bool(0.6) {
                child.entry = Entry(date: birth.adding(days: int(0...(17 * 366))), visa: VisaKind.allCases[int(0...4)], regular: bool(0.85))
            }
            let parents = (0..<int(1...2)).map { _ in parent(around: date) }
            let role = ApplicantRole.allCases[int(0...3)]
            let applicant = Applicant(role: role, parentIndex: int(0...parents.count - 1),
                                      nationalities: bool(0.3) ? countries() : nil)
            let residence = bool(0.25) ? Departement.mayotte : Departement.all[int(0...100)]
            let step: StepParent? = bool(0.25) ? StepParent(nationalities: countries()) : nil
            return EligibilityRequest(date: date, residence: residence, applicant: applicant, child: child,
                                      parents: parents, stepParent: step)
        }
    }

    static func requests(seed: UInt64, count: Int) -> [EligibilityRequest] {
        var g = Generator(rng: SplitMix64(seed: seed))
        return (0..<count).map { _ in g.request() }
    }

    static func strictlyIncreasing(_ xs: [Int]) -> Bool { zip(xs, xs.dropFirst()).allSatisfy { $0 < $1 } }

    @Test func invariants() throws {
        var outcomes: [Outcome: Int] = [:]
        var branches: [ValidityBranch: Int] = [:]
        for r in PropertyTests.requests(seed: 0xDCE1, count: 4000) {
            let date = r.date!
            let result = Eligibility.evaluate(r, on: date)
            outcomes[result.outcome, default: 0] += 1
            #expect(Eligibility.evaluate(r, on: date) == result)                  // same input, same output
            #expect(result.implicitRefusalOn == date.adding(months: date <= d("2019-02-28") ? 4 : 2))
            #expect(PropertyTests.strictlyIncreasing(result.grounds.map(\.position)))
            #expect(PropertyTests.strictlyIncreasing(result.reasons.map { ReasonCode.allCases.firstIndex(of: $0.code)! }))
            #expect(PropertyTests.strictlyIncreasing(result.documents.map { DocumentCode.allCases.firstIndex(of: $0.code)! }))

            switch result.outcome {
            case .eligible:
                #expect(!result.grounds.isEmpty && result.reasons.isEmpty)
                let v = try #require(result.validity)
                branches[v.branch, default: 0] += 1
                let b = r.child.birthDate.adding(years: 18)
                #expect(v.issuedOn == date)
                #expect(v.expiresOn <= date.adding(years: 5))
                #expect(v.expiresOn <= b)
                #expect(v.expiresOn >= min(date.adding(years: 1), b))
                #expect(v.expiresOn > date)
                #expect(v.voidAfter == b.adding(months: 2))
                if result.grounds != [.parentResidencePermit] { #expect(v.expiresOn == min(date.adding(years: 5), b)) }
                let fee = try #require(result.fee)
                #expect(fee.exempt == (result.grounds.contains(.eeaParent) || result.grounds.contains(.eeaStepParent)))
                #expect(fee.amountEUR == (fee.exempt ? 0 : (date <= d("2019-02-28") ? 45 : 50)))
                #expect(result.territory == (r.residence.isMayotte ? .mayotteOnly : .all))
                let codes = Set(result.documents.map(\.code))
                for always in [DocumentCode.applicantIdentity, .childIdentity, .filiation, .habitualResidenceProof, .addressProof,
                               .childPhotos, .cerfa11203] { #expect(codes.contains(always)) }
                #expect(codes.contains(.applicantBirthCertificate) == (r.applicant.role != .legalPersonRepresentative))
                for g in result.grounds {
                    #expect(result.documents.contains { $0.askedBy == .ground(g) } || g == .parentNaturalisedFrench
                            || g == .eeaStepParent)
                }
            case .notEligible, .notConcerned:
                #expect(result.grounds.isEmpty && !result.reasons.isEmpty)
                #expect(result.fee == nil && result.validity == nil && result.territory == nil && result.documents.isEmpty)
                let concerned = result.reasons.contains { [.frenchNational, .eeaNational, .holdsResidencePermit].contains($0.code) }
                #expect(concerned == (result.outcome == .notConcerned))
                #expect(result.reasons.contains { $0.code == .noGround } == (result.reasons.map(\.code) == [.noGround]))
            }

            for language in Language.allCases {
                let text = EligibilityContract.encode(result, language: language)
                let json = try JSONValue.parse(text)
                #expect(json.member("outcome") == .string(result.outcome.rawValue))
                #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil)
            }
        }
        // The generator reaches every outcome and every validity branch.
        #expect(Outcome.allCases.allSatisfy { (outcomes[$0] ?? 0) > 50 })
        #expect(ValidityBranch.allCases.allSatisfy { (branches[$0] ?? 0) > 5 })
    }

    /// A request written as JSON reads back as the same request.
    @Test func contractRoundTrip() throws {
        for r in PropertyTests.requests(seed: 0xC0DE, count: 2000) {
            let text = PropertyTests.json(r)
            let decoded = try EligibilityContract.decodeRequest(Array(text.utf8), today: d("2000-01-01"))
            #expect(decoded == r)
        }
    }

    static func json(_ r: EligibilityRequest) -> String {
        var w = JSONWriter()
        func countries(_ list: [Country]) { w.beginArray(); for x in list { w.string(x.code.lowercased()) }; w.endArray() }
        w.beginObject()
        w.key("date"); w.string(r.date!.iso)
        w.key("residence"); w.beginObject(); w.key("departement"); w.string(r.residence.code); w.endObject()
        w.key("applicant"); w.beginObject(); w.key("role"); w.string(r.applicant.role.rawValue)
        w.key("parent"); w.int(r.applicant.parentIndex)
        if let n = r.applicant.nationalities { w.key("nationalities"); countries(n) }
        w.endObject()
        let c = r.child
        w.key("child"); w.beginObject()
        w.key("birthDate"); w.string(c.birthDate.iso)
        w.key("nationalities"); countries(c.nationalities)
        w.key("stateless"); w.bool(c.stateless)
        w.key("bornInFrance"); w.bool(c.bornInFrance)
        w.key("residesInFrance"); w.bool(c.residesInFrance)
        w.key("holdsResidencePermit"); w.bool(c.holdsResidencePermit)
        w.key("protection"); if let p = c.protection { w.string(p.rawValue) } else { w.null() }
        w.key("aseCustodyDate"); if let a = c.aseCustodyDate { w.string(a.iso) } else { w.null() }
        w.key("entry")
        if let e = c.entry {
            w.beginObject(); w.key("date"); w.string(e.date.iso); w.key("visa"); w.string(e.visa.rawValue)
            w.key("regular"); w.bool(e.regular); w.endObject()
        } else { w.null() }
        w.endObject()
        w.key("parents"); w.beginArray()
        for p in r.parents {
            w.beginObject()
            w.key("nationalities"); countries(p.nationalities)
            w.key("stateless"); w.bool(p.stateless)
            w.key("acquiredFrenchNationality"); w.bool(p.acquiredFrenchNationality)
            if let permit = p.residencePermit {
                w.key("residencePermit"); w.beginObject()
                w.key("kind"); w.string(permit.kind.rawValue)
                w.key("mention"); if let m = permit.mention { w.string(m) } else { w.null() }
                w.key("expires"); w.string(permit.expires.iso)
                if let receipt = permit.renewalReceiptExpires { w.key("renewalReceiptExpires"); w.string(receipt.iso) }
                w.endObject()
            }
            w.key("inFranceSince"); if let s = p.inFranceSince { w.string(s.iso) } else { w.null() }
            w.endObject()
        }
        w.endArray()
        w.key("stepParent")
        if let s = r.stepParent { w.beginObject(); w.key("nationalities"); countries(s.nationalities); w.endObject() } else { w.null() }
        w.endObject()
        return w.string
    }
}
