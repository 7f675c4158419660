// Rules throughput on one thread: `swift run -c release RulesBenchmark [seconds]`.
// Evaluates a fixed mix of realistic requests (eligible, not-eligible, not-concerned, Mayotte,
// short permit) for ~3 s, then the full contract path (decode + evaluate + encode).
import DCEMRules
import Foundation

func date(_ s: String) -> CivilDate { CivilDate(iso: s)! }
func country(_ s: String) -> Country { Country(code: s)! }

let today = date("2026-11-25")
let paris = Departement(code: "75")!
let mayotte = Departement(code: "976")!

let requests: [EligibilityRequest] = [
    // Eligible: the contract's example (docs/eligibility.md#example).
    EligibilityRequest(date: today, residence: paris,
                       child: Child(birthDate: date("2016-04-02"), nationalities: [country("MA")],
                                    entry: Entry(date: date("2019-09-01"), visa: .other)),
                       parents: [Parent(nationalities: [country("MA")],
                                        residencePermit: ResidencePermit(kind: .resident, expires: date("2031-05-01")),
                                        inFranceSince: date("2012-03-01"))]),
    // Short permit, two parents (farthest permit), child of 15 (18th-birthday cap).
    EligibilityRequest(date: today, residence: Departement(code: "69")!,
                       child: Child(birthDate: date("2011-06-10"), nationalities: [country("CN")]),
                       parents: [Parent(nationalities: [country("CN")],
                                        residencePermit: ResidencePermit(kind: .temporary, mention: "Étudiant", expires: date("2027-09-30"))),
                                 Parent(nationalities: [country("CN")],
                                        residencePermit: ResidencePermit(kind: .multiYear, expires: date("2029-01-15")))]),
    // EEA parent and step-parent: fee exempt, several grounds.
    EligibilityRequest(date: today, residence: Departement(code: "13")!,
                       applicant: Applicant(role: .parent, parentIndex: 1),
                       child: Child(birthDate: date("2014-02-28"), nationalities: [country("DZ")]),
                       parents: [Parent(nationalities: [country("DZ")],
                                        residencePermit: ResidencePermit(kind: .temporary, expires: date("2027-02-01"))),
                                 Parent(nationalities: [country("ES")], inFranceSince: date("2020-01-01"))],
                       stepParent: StepParent(nationalities: [country("IT")])),
    // Not concerned: French child.
    EligibilityRequest(date: today, residence: paris,
                       child: Child(birthDate: date("2015-01-01"), nationalities: [country("FR"), country("MA")]),
                       parents: [Parent(nationalities: [country("MA")])]),
    // Not eligible: no ground.
    EligibilityRequest(date: today, residence: Departement(code: "93")!,
                       applicant: Applicant(role: .mandatary, nationalities: [country("SN")]),
                       child: Child(birthDate: date("2012-05-05"), nationalities: [country("SN")],
                                    entry: Entry(date: date("2020-01-01"), visa: .other, regular: false)),
                       parents: [Parent(nationalities: [country("SN")])]),
    // Not eligible: adult and not resident.
    EligibilityRequest(date: today, residence: paris,
                       child: Child(birthDate: date("2007-01-01"), nationalities: [country("TN")], residesInFrance: false),
                       parents: [Parent(nationalities: [country("TN")])]),
    // Mayotte: entered regularly before 13.
    EligibilityRequest(date: today, residence: mayotte,
                       child: Child(birthDate: date("2013-03-03"), nationalities: [country("KM")],
                                    entry: Entry(date: date("2018-07-01"), visa: .other)),
                       parents: [Parent(nationalities: [country("KM")],
                                        residencePermit: ResidencePermit(kind: .temporary, mention: "vie privée et familiale", expires: date("2027-08-01")))]),
    // Protection + ASE, legal person's representative.
    EligibilityRequest(date: today, residence: Departement(code: "2A")!,
                       applicant: Applicant(role: .legalPersonRepresentative),
                       child: Child(birthDate: date("2010-12-01"), nationalities: [country("AF")], protection: .refugee,
                                    aseCustodyDate: date("2024-02-01")),
                       parents: [Parent(nationalities: [country("AF")])]),
]

let seconds = CommandLine.arguments.dropFirst().first.flatMap(Double.init) ?? 3.0

@inline(never) func consume(_ r: EligibilityResult) -> Int {
    r.grounds.count &+ r.documents.count &+ r.implicitRefusalOn.day &+ (r.validity?.expiresOn.day ?? 0)
}

func measure(_ label: String, _ body: (Int) -> Int) {
    // Warm up, then run batches until the time is spent.
    var sink = 0
    for i in 0..<10_000 { sink &+= body(i) }
    let start = DispatchTime.now().uptimeNanoseconds
    var n = 0
    var elapsed: Double = 0
    repeat {
        for _ in 0..<10_000 { sink &+= body(n); n += 1 }
        elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    } while elapsed < seconds
    print("\(label): \(Int(Double(n) / elapsed))")
    print("  (\(n) runs in \(String(format: "%.2f", elapsed)) s on one thread; checksum \(sink))")
}

measure("rules evaluations/s") { i in
    consume(Eligibility.evaluate(requests[i % requests.count], on: today))
}

let bodies: [[UInt8]] = requests.map { request in
    // Build the JSON bodies from the same requests through a tiny hand-written encoder.
    var w = JSONWriter()
    w.beginObject()
    w.key("date"); w.string(request.date!.iso)
    w.key("residence"); w.beginObject(); w.key("departement"); w.string(request.residence.code); w.endObject()
    w.key("applicant"); w.beginObject()
    w.key("role"); w.string(request.applicant.role.rawValue); w.key("parent"); w.int(request.applicant.parentIndex)
    if let n = request.applicant.nationalities {
        w.key("nationalities"); w.beginArray(); for c in n { w.string(c.code) }; w.endArray()
    }
    w.endObject()
    let c = request.child
    w.key("child"); w.beginObject()
    w.key("birthDate"); w.string(c.birthDate.iso)
    w.key("nationalities"); w.beginArray(); for x in c.nationalities { w.string(x.code) }; w.endArray()
    w.key("bornInFrance"); w.bool(c.bornInFrance)
    w.key("residesInFrance"); w.bool(c.residesInFrance)
    w.key("protection"); if let p = c.protection { w.string(p.rawValue) } else { w.null() }
    w.key("aseCustodyDate"); if let a = c.aseCustodyDate { w.string(a.iso) } else { w.null() }
    w.key("entry")
    if let e = c.entry {
        w.beginObject(); w.key("date"); w.string(e.date.iso); w.key("visa"); w.string(e.visa.rawValue)
        w.key("regular"); w.bool(e.regular); w.endObject()
    } else { w.null() }
    w.endObject()
    w.key("parents"); w.beginArray()
    for p in request.parents {
        w.beginObject()
        w.key("nationalities"); w.beginArray(); for x in p.nationalities { w.string(x.code) }; w.endArray()
        w.key("residencePermit")
        if let r = p.residencePermit {
            w.beginObject(); w.key("kind"); w.string(r.kind.rawValue)
            w.key("mention"); if let m = r.mention { w.string(m) } else { w.null() }
            w.key("expires"); w.string(r.expires.iso); w.endObject()
        } else { w.null() }
        w.key("inFranceSince"); if let s = p.inFranceSince { w.string(s.iso) } else { w.null() }
        w.endObject()
    }
    w.endArray()
    w.key("stepParent")
    if let s = request.stepParent {
        w.beginObject(); w.key("nationalities"); w.beginArray(); for x in s.nationalities { w.string(x.code) }; w.endArray(); w.endObject()
    } else { w.null() }
    w.endObject()
    return w.bytes
}

measure("contract decode+evaluate+encode/s") { i in
    switch EligibilityContract.respond(to: bodies[i % bodies.count], today: today, language: i & 1 == 0 ? .fr : .en) {
    case .success(let body): return body.utf8.count
    case .failure: fatalError("benchmark body rejected")
    }
}
