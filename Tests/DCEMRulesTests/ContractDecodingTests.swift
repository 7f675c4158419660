import Foundation
import Testing
@testable import DCEMRules

/// docs/eligibility.md#errors: every error names its field with the exact path.
@Suite struct ContractDecodingTests {
    /// The contract's example (docs/eligibility.md#example) as a mutable JSON tree, so each case
    /// changes one thing.
    static func example() -> [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(exampleJSON.utf8)) as! [String: Any]
    }

    static func body(_ change: (inout [String: Any]) -> Void) -> String {
        var json = example()
        change(&json)
        return String(decoding: try! JSONSerialization.data(withJSONObject: json), as: UTF8.self)
    }

    static func child(_ change: @escaping (inout [String: Any]) -> Void) -> String {
        body { root in
            var c = root["child"] as! [String: Any]
            change(&c)
            root["child"] = c
        }
    }

    static func parent(_ i: Int = 0, _ change: @escaping (inout [String: Any]) -> Void) -> String {
        body { root in
            var parents = root["parents"] as! [[String: Any]]
            while parents.count <= i { parents.append(["nationalities": ["TN"]]) }
            change(&parents[i])
            root["parents"] = parents
        }
    }

    static func decode(_ text: String, today: CivilDate = evalDay) throws(ContractError) -> EligibilityRequest {
        try EligibilityContract.decodeRequest(Array(text.utf8), today: today)
    }

    @Test func decodesTheExample() throws {
        let r = try ContractDecodingTests.decode(exampleJSON)
        #expect(r == exampleRequest())
    }

    @Test func defaults() throws {
        let minimal = #"{"residence":{"departement":"2B"},"child":{"birthDate":"2016-04-02","nationalities":["ma"]},"parents":[{"nationalities":["MA"]}]}"#
        let r = try ContractDecodingTests.decode(minimal, today: d("2026-11-20"))
        #expect(r.date == d("2026-11-20"))                    // `date` defaults to today
        #expect(r.residence == dep("2B"))
        #expect(r.applicant == Applicant(role: .parent, parentIndex: 0, nationalities: nil))
        #expect(r.child == Child(birthDate: d("2016-04-02"), nationalities: [c("MA")], stateless: false, bornInFrance: false,
                                 residesInFrance: true, holdsResidencePermit: false, protection: nil, aseCustodyDate: nil, entry: nil))
        #expect(r.parents == [Parent(nationalities: [c("MA")], acquiredFrenchNationality: false, residencePermit: nil, inFranceSince: nil)])
        #expect(r.stepParent == nil)
    }

    @Test func optionalFieldsAndUnknownFields() throws {
        let text = ContractDecodingTests.body { root in
            root["comment"] = ["anything": [1, 2, 3]]
            root["applicant"] = ["role": "mandatary", "nationalities": ["sn"], "extra": true]
            root["stepParent"] = ["nationalities": ["DE"], "name": "Hans"]
            var child = root["child"] as! [String: Any]
            child["protection"] = "subsidiary-protection"
            child["aseCustodyDate"] = "2020-02-29"
            child["entry"] = ["date": "2019-09-01", "visa": "long-stay-visitor"]
            child["unknown"] = NSNull()
            root["child"] = child
            var parents = root["parents"] as! [[String: Any]]
            parents[0]["residencePermit"] = ["kind": "temporary", "mention": "Étudiant", "expires": "2027-05-01",
                                             "renewalReceiptExpires": "2027-08-01"]
            parents.append(["nationalities": [String](), "stateless": true, "acquiredFrenchNationality": true])
            root["parents"] = parents
        }
        let r = try ContractDecodingTests.decode(text)
        #expect(r.applicant == Applicant(role: .mandatary, parentIndex: 0, nationalities: [c("SN")]))
        #expect(r.stepParent == StepParent(nationalities: [c("DE")]))
        #expect(r.child.protection == .subsidiaryProtection)
        #expect(r.child.aseCustodyDate == d("2020-02-29"))
        #expect(r.child.entry == Entry(date: d("2019-09-01"), visa: .longStayVisitor, regular: true))
        #expect(r.parents[0].residencePermit == ResidencePermit(kind: .temporary, mention: "Étudiant", expires: d("2027-05-01"),
                                                                renewalReceiptExpires: d("2027-08-01")))
        #expect(r.parents[0].residencePermit?.isShort == true)
        #expect(r.parents[1] == Parent(nationalities: [], stateless: true, acquiredFrenchNationality: true))
    }

    @Test func statelessChild() throws {
        let r = try ContractDecodingTests.decode(ContractDecodingTests.child { $0["nationalities"] = [String](); $0["stateless"] = true })
        #expect(r.child.nationalities.isEmpty && r.child.stateless)
        let r2 = try ContractDecodingTests.decode(ContractDecodingTests.child { $0.removeValue(forKey: "nationalities"); $0["stateless"] = true })
        #expect(r2.child.nationalities.isEmpty)
    }

    @Test func kosovoAndLowerCase() throws {
        let r = try ContractDecodingTests.decode(ContractDecodingTests.child { $0["nationalities"] = ["xk", "Gb"] })
        #expect(r.child.nationalities == [c("XK"), c("GB")])
    }

    @Test func lastRepeatedKeyWins() throws {
        let text = exampleJSON.replacingOccurrences(of: #""date": "2026-11-25","#, with: #""date": "2026-01-01", "date": "2026-11-25","#)
        #expect(try ContractDecodingTests.decode(text).date == d("2026-11-25"))
    }

    @Test func nullOptionalMeansAbsent() throws {
        let text = ContractDecodingTests.body { $0["date"] = NSNull(); $0["applicant"] = NSNull() }
        let r = try ContractDecodingTests.decode(text, today: d("2026-12-01"))
        #expect(r.date == d("2026-12-01"))
        #expect(r.applicant == Applicant())
    }

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        let name: String
        let body: String
        let field: String
        let problem: ContractError.Problem
        var testDescription: String { name }
    }

    static let errors: [ErrorCase] = [
        ErrorCase(name: "empty body", body: "", field: "$", problem: .notJSON(JSONSyntaxError(offset: 0, problem: .empty))),
        ErrorCase(name: "not JSON", body: "{", field: "$", problem: .notJSON(JSONSyntaxError(offset: 1, problem: .unexpectedEnd))),
        ErrorCase(name: "not an object", body: "[]", field: "$", problem: .wrongType(expected: .object, found: "an array")),
        ErrorCase(name: "no residence", body: body { $0.removeValue(forKey: "residence") }, field: "residence.departement", problem: .missing),
        ErrorCase(name: "no département", body: body { $0["residence"] = [String: Any]() }, field: "residence.departement", problem: .missing),
        ErrorCase(name: "residence not an object", body: body { $0["residence"] = "75" }, field: "residence",
                  problem: .wrongType(expected: .object, found: "a string")),
        ErrorCase(name: "département 20", body: body { $0["residence"] = ["departement": "20"] }, field: "residence.departement",
                  problem: .unknownDepartement("20")),
        ErrorCase(name: "département 975", body: body { $0["residence"] = ["departement": "975"] }, field: "residence.departement",
                  problem: .unknownDepartement("975")),
        ErrorCase(name: "département as a number", body: body { $0["residence"] = ["departement": 75] }, field: "residence.departement",
                  problem: .wrongType(expected: .string, found: "a number")),
        ErrorCase(name: "impossible date", body: body { $0["date"] = "2016-02-30" }, field: "date", problem: .invalidDate("2016-02-30")),
        ErrorCase(name: "date with a time", body: body { $0["date"] = "2026-11-25T10:00:00Z" }, field: "date",
                  problem: .invalidDate("2026-11-25T10:00:00Z")),
        ErrorCase(name: "no birth date", body: child { $0.removeValue(forKey: "birthDate") }, field: "child.birthDate", problem: .missing),
        ErrorCase(name: "birth date after date", body: child { $0["birthDate"] = "2026-11-26" }, field: "child.birthDate",
                  problem: .birthDateAfterDate(birthDate: d("2026-11-26"), date: d("2026-11-25"))),
        ErrorCase(name: "no child", body: body { $0.removeValue(forKey: "child") }, field: "child", problem: .missing),
        ErrorCase(name: "child not an object", body: body { $0["child"] = "x" }, field: "child",
                  problem: .wrongType(expected: .object, found: "a string")),
        ErrorCase(name: "no nationalities", body: child { $0.removeValue(forKey: "nationalities") }, field: "child.nationalities",
                  problem: .missing),
        ErrorCase(name: "empty nationalities", body: child { $0["nationalities"] = [String]() }, field: "child.nationalities", problem: .noNationality),
        ErrorCase(name: "nationalities not an array", body: child { $0["nationalities"] = "MA" }, field: "child.nationalities",
                  problem: .wrongType(expected: .array, found: "a string")),
        ErrorCase(name: "UK", body: child { $0["nationalities"] = ["UK"] }, field: "child.nationalities[0]",
                  problem: .countryAlias("UK", suggestion: "GB")),
        ErrorCase(name: "EL", body: child { $0["nationalities"] = ["MA", "EL"] }, field: "child.nationalities[1]",
                  problem: .countryAlias("EL", suggestion: "GR")),
        ErrorCase(name: "unknown country", body: child { $0["nationalities"] = ["ZZ"] }, field: "child.nationalities[0]",
                  problem: .unknownCountry("ZZ")),
        ErrorCase(name: "three-letter country", body: child { $0["nationalities"] = ["MAR"] }, field: "child.nationalities[0]",
                  problem: .unknownCountry("MAR")),
        ErrorCase(name: "country as a number", body: child { $0["nationalities"] = [212] }, field: "child.nationalities[0]",
                  problem: .wrongType(expected: .string, found: "a number")),
        ErrorCase(name: "bornInFrance as text", body: child { $0["bornInFrance"] = "yes" }, field: "child.bornInFrance",
                  problem: .wrongType(expected: .boolean, found: "a string")),
        ErrorCase(name: "residesInFrance as a number", body: child { $0["residesInFrance"] = 1 }, field: "child.residesInFrance",
                  problem: .wrongType(expected: .boolean, found: "a number")),
        ErrorCase(name: "unknown protection", body: child { $0["protection"] = "asylum" }, field: "child.protection",
                  problem: .unknownValue("asylum", allowed: ["refugee", "subsidiary-protection"])),
        ErrorCase(name: "impossible ASE date", body: child { $0["aseCustodyDate"] = "2021-02-29" }, field: "child.aseCustodyDate",
                  problem: .invalidDate("2021-02-29")),
        ErrorCase(name: "entry without visa", body: child { $0["entry"] = ["date": "2019-09-01"] }, field: "child.entry.visa",
                  problem: .missing),
        ErrorCase(name: "entry without date", body: child { $0["entry"] = ["visa": "other"] }, field: "child.entry.date", problem: .missing),
        ErrorCase(name: "unknown visa", body: child { $0["entry"] = ["date": "2019-09-01", "visa": "student"] }, field: "child.entry.visa",
                  problem: .unknownValue("student", allowed: VisaKind.allCases.map(\.rawValue))),
        ErrorCase(name: "entry.regular as text", body: child { $0["entry"] = ["date": "2019-09-01", "visa": "other", "regular": "true"] },
                  field: "child.entry.regular", problem: .wrongType(expected: .boolean, found: "a string")),
        ErrorCase(name: "no parents", body: body { $0.removeValue(forKey: "parents") }, field: "parents", problem: .missing),
        ErrorCase(name: "zero parents", body: body { $0["parents"] = [Any]() }, field: "parents", problem: .parentCount(0)),
        ErrorCase(name: "three parents", body: body {
            $0["parents"] = [["nationalities": ["MA"]], ["nationalities": ["MA"]], ["nationalities": ["MA"]]]
        }, field: "parents", problem: .parentCount(3)),
        ErrorCase(name: "parents not an array", body: body { $0["parents"] = ["nationalities": ["MA"]] }, field: "parents",
                  problem: .wrongType(expected: .array, found: "an object")),
        ErrorCase(name: "parent not an object", body: body { $0["parents"] = ["MA"] }, field: "parents[0]",
                  problem: .wrongType(expected: .object, found: "a string")),
        ErrorCase(name: "second parent without nationalities", body: parent(1) { $0.removeValue(forKey: "nationalities") },
                  field: "parents[1].nationalities", problem: .missing),
        ErrorCase(name: "second parent's permit kind", body: parent(1) {
            $0["residencePermit"] = ["kind": "permanent", "expires": "2030-01-01"]
        }, field: "parents[1].residencePermit.kind", problem: .unknownValue("permanent", allowed: ["temporary", "multi-year", "resident"])),
        ErrorCase(name: "permit without kind", body: parent(1) { $0["residencePermit"] = ["expires": "2030-01-01"] },
                  field: "parents[1].residencePermit.kind", problem: .missing),
        ErrorCase(name: "permit without expiry", body: parent { $0["residencePermit"] = ["kind": "resident"] },
                  field: "parents[0].residencePermit.expires", problem: .missing),
        ErrorCase(name: "permit expiry month 13", body: parent { $0["residencePermit"] = ["kind": "resident", "expires": "2031-13-01"] },
                  field: "parents[0].residencePermit.expires", problem: .invalidDate("2031-13-01")),
        ErrorCase(name: "mention as a number", body: parent { $0["residencePermit"] = ["kind": "resident", "expires": "2031-01-01", "mention": 5] },
                  field: "parents[0].residencePermit.mention", problem: .wrongType(expected: .string, found: "a number")),
        ErrorCase(name: "receipt date", body: parent {
            $0["residencePermit"] = ["kind": "resident", "expires": "2031-01-01", "renewalReceiptExpires": "01/02/2027"]
        }, field: "parents[0].residencePermit.renewalReceiptExpires", problem: .invalidDate("01/02/2027")),
        ErrorCase(name: "parent UK", body: parent { $0["nationalities"] = ["MA", "UK"] }, field: "parents[0].nationalities[1]",
                  problem: .countryAlias("UK", suggestion: "GB")),
        ErrorCase(name: "parent empty nationalities", body: parent { $0["nationalities"] = [String]() }, field: "parents[0].nationalities",
                  problem: .noNationality),
        ErrorCase(name: "parent inFranceSince", body: parent { $0["inFranceSince"] = "yesterday" }, field: "parents[0].inFranceSince",
                  problem: .invalidDate("yesterday")),
        ErrorCase(name: "acquiredFrenchNationality as text", body: parent { $0["acquiredFrenchNationality"] = "no" },
                  field: "parents[0].acquiredFrenchNationality", problem: .wrongType(expected: .boolean, found: "a string")),
        ErrorCase(name: "applicant without role", body: body { $0["applicant"] = ["parent": 0] }, field: "applicant.role", problem: .missing),
        ErrorCase(name: "unknown role", body: body { $0["applicant"] = ["role": "guardian"] }, field: "applicant.role",
                  problem: .unknownValue("guardian", allowed: ApplicantRole.allCases.map(\.rawValue))),
        ErrorCase(name: "applicant.parent out of range", body: body { $0["applicant"] = ["role": "parent", "parent": 1] },
                  field: "applicant.parent", problem: .parentIndexOutOfRange("1", count: 1)),
        ErrorCase(name: "applicant.parent negative", body: body { $0["applicant"] = ["role": "parent", "parent": -1] },
                  field: "applicant.parent", problem: .parentIndexOutOfRange("-1", count: 1)),
        ErrorCase(name: "applicant.parent as text", body: body { $0["applicant"] = ["role": "parent", "parent": "0"] },
                  field: "applicant.parent", problem: .wrongType(expected: .integer, found: "a string")),
        ErrorCase(name: "applicant.parent fraction", body: body { $0["applicant"] = ["role": "parent", "parent": 0.5] },
                  field: "applicant.parent", problem: .wrongType(expected: .integer, found: "0.5")),
        ErrorCase(name: "applicant nationalities UK", body: body { $0["applicant"] = ["role": "mandatary", "nationalities": ["UK"]] },
                  field: "applicant.nationalities[0]", problem: .countryAlias("UK", suggestion: "GB")),
        ErrorCase(name: "step-parent without nationalities", body: body { $0["stepParent"] = [String: Any]() },
                  field: "stepParent.nationalities", problem: .missing),
        ErrorCase(name: "step-parent not an object", body: body { $0["stepParent"] = ["DE"] }, field: "stepParent",
                  problem: .wrongType(expected: .object, found: "an array")),
    ]

    @Test(arguments: errors)
    func error(_ e: ErrorCase) {
        do {
            let r = try ContractDecodingTests.decode(e.body)
            Issue.record("accepted: \(r)")
        } catch {
            #expect(error.field == e.field)
            #expect(error.problem == e.problem)
            #expect(!error.message.isEmpty && !error.message(in: .fr).isEmpty)
            #expect(error.message != error.message(in: .fr))
        }
    }

    @Test func birthDateAfterTodayWhenDateIsAbsent() {
        let text = ContractDecodingTests.body { root in
            root.removeValue(forKey: "date")
            var c = root["child"] as! [String: Any]
            c["birthDate"] = "2026-11-21"
            root["child"] = c
        }
        do { _ = try ContractDecodingTests.decode(text, today: d("2026-11-20")); Issue.record("accepted") } catch {
            #expect(error.field == "child.birthDate")
        }
        #expect((try? ContractDecodingTests.decode(text, today: d("2026-11-21"))) != nil)   // born today: fine
    }

    @Test func invalidUTF8IsNotJSON() {
        var bytes = Array(exampleJSON.utf8)
        bytes.insert(0xFF, at: 10)
        do { _ = try EligibilityContract.decodeRequest(bytes, today: evalDay); Issue.record("accepted") } catch {
            #expect(error.field == "$")
            #expect(error.problem == .notJSON(JSONSyntaxError(offset: 10, problem: .invalidUTF8)))
        }
    }

    @Test func messagesSayHowToFix() {
        let date = ContractError(field: "child.birthDate", problem: .invalidDate("2016-02-30"))
        #expect(date.message.contains("Use a date of the form YYYY-MM-DD that exists, for example 2016-02-29"))
        #expect(date.message(in: .fr).contains("AAAA-MM-JJ"))
        #expect(ContractError(field: "x", problem: .countryAlias("UK", suggestion: "GB")).message.contains("use GB"))
        #expect(ContractError(field: "residence.departement", problem: .unknownDepartement("20")).message.contains("2A, 2B"))
        #expect(ContractError(field: "child.birthDate", problem: .missing).message.contains(#""birthDate": "2016-04-02""#))
        #expect(ContractError(field: "parents", problem: .parentCount(3)).message.contains("one or two"))
        #expect(ContractError(field: "x", problem: .noNationality).message.contains("stateless"))
        #expect(ContractError(field: "applicant.parent", problem: .parentIndexOutOfRange("2", count: 2)).message.contains("0 or 1"))
    }

    @Test func errorJSON() throws {
        let error = ContractError(field: "parents[1].residencePermit.kind", problem: .missing)
        let text = EligibilityContract.encodeError(error)
        let parsed = try JSONValue.parse(text)
        #expect(parsed == .object([JSONMember(key: "error", value: .object([
            JSONMember(key: "field", value: .string("parents[1].residencePermit.kind")),
            JSONMember(key: "message", value: .string(error.message)),
        ]))]))
        let fr = try JSONValue.parse(EligibilityContract.encodeError(error, language: .fr))
        #expect(fr.member("error")?.member("message") == .string(error.message(in: .fr)))
    }

    @Test func respond() {
        switch EligibilityContract.respond(to: Array(exampleJSON.utf8), today: evalDay, language: .en) {
        case .success(let body): #expect(body.hasPrefix(#"{"outcome":"eligible""#))
        case .failure(let e): Issue.record("\(e)")
        }
        switch EligibilityContract.respond(to: Array("[1]".utf8), today: evalDay, language: .en) {
        case .success: Issue.record("accepted")
        case .failure(let e): #expect(e.field == "$")
        }
    }
}
