import Foundation
@testable import DCEMRules

/// A date from its ISO text (tests only: a bad literal is a bug in the test).
func d(_ s: String) -> CivilDate {
    guard let date = CivilDate(iso: s) else { fatalError("bad test date \(s)") }
    return date
}

func c(_ s: String) -> Country {
    guard let country = Country(code: s) else { fatalError("bad test country \(s)") }
    return country
}

func dep(_ code: String) -> Departement {
    guard let departement = Departement(code: code) else { fatalError("bad test département \(code)") }
    return departement
}

/// The evaluation day of most tests.
let evalDay = d("2026-11-25")

func permit(_ kind: PermitKind = .resident, _ mention: String? = nil, expires: String, receipt: String? = nil) -> ResidencePermit {
    ResidencePermit(kind: kind, mention: mention, expires: d(expires), renewalReceiptExpires: receipt.map(d))
}

/// A 10-year-old Moroccan child in Paris with one Moroccan parent who has no permit and no
/// arrival date: no ground applies. Tests add exactly what they check.
func bareRequest(date: CivilDate = evalDay, birth: String = "2016-04-02", residence: String = "75") -> EligibilityRequest {
    EligibilityRequest(date: date, residence: dep(residence),
                       child: Child(birthDate: d(birth), nationalities: [c("MA")]),
                       parents: [Parent(nationalities: [c("MA")])])
}

/// The contract's example request (docs/eligibility.md#example).
func exampleRequest() -> EligibilityRequest {
    EligibilityRequest(
        date: d("2026-11-25"), residence: dep("75"), applicant: Applicant(role: .parent, parentIndex: 0),
        child: Child(birthDate: d("2016-04-02"), nationalities: [c("MA")], bornInFrance: false, residesInFrance: true,
                     holdsResidencePermit: false, protection: nil, aseCustodyDate: nil,
                     entry: Entry(date: d("2019-09-01"), visa: .other, regular: true)),
        parents: [Parent(nationalities: [c("MA")], acquiredFrenchNationality: false,
                         residencePermit: permit(.resident, expires: "2031-05-01"), inFranceSince: d("2012-03-01"))],
        stepParent: nil)
}

/// The contract's example request, as JSON text (docs/eligibility.md#example).
let exampleJSON = """
{
  "date": "2026-11-25",
  "residence": { "departement": "75" },
  "applicant": { "role": "parent", "parent": 0 },
  "child": {
    "birthDate": "2016-04-02",
    "nationalities": ["MA"],
    "bornInFrance": false,
    "residesInFrance": true,
    "holdsResidencePermit": false,
    "protection": null,
    "aseCustodyDate": null,
    "entry": { "date": "2019-09-01", "visa": "other", "regular": true }
  },
  "parents": [
    { "nationalities": ["MA"], "acquiredFrenchNationality": false,
      "residencePermit": { "kind": "resident", "mention": null, "expires": "2031-05-01" },
      "inFranceSince": "2012-03-01" }
  ],
  "stepParent": null
}
"""

func evaluate(_ r: EligibilityRequest) -> EligibilityResult { Eligibility.evaluate(r, on: r.date!) }

/// SplitMix64: a small seeded generator, so property tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
