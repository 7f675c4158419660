import Foundation
import Testing
@testable import DCEMRules

/// The response (docs/eligibility.md#response), field by field, for the contract's example
/// (docs/eligibility.md#example).
@Suite struct ContractEncodingTests {
    static func members(_ v: JSONValue?) -> [JSONMember] {
        guard case .object(let m)? = v else { return [] }
        return m
    }

    static func array(_ v: JSONValue?) -> [JSONValue] {
        guard case .array(let a)? = v else { return [] }
        return a
    }

    @Test(arguments: Language.allCases)
    func theExample(language: Language) throws {
        let request = try EligibilityContract.decodeRequest(Array(exampleJSON.utf8), today: d("2030-01-01"))
        let result = Eligibility.evaluate(request, on: request.date!)
        let text = EligibilityContract.encode(result, language: language)
        let json = try JSONValue.parse(text)
        let top = ContractEncodingTests.members(json)

        #expect(top.map(\.key) == ["outcome", "grounds", "reasons", "documents", "fee", "validity", "territory", "implicitRefusalOn"])
        #expect(json.member("outcome") == .string("eligible"))
        #expect(json.member("grounds") == .array([.object([
            JSONMember(key: "code", value: .string("parent-residence-permit")),
            JSONMember(key: "legalBasis", value: .string("CESEDA L. 414-4")),
            JSONMember(key: "label", value: .string(Ground.parentResidencePermit.label(in: language))),
        ])]))
        #expect(json.member("reasons") == .array([]))
        let documents = ContractEncodingTests.array(json.member("documents"))
        #expect(documents.map { $0.member("code") } == [
            "applicant-birth-certificate", "applicant-identity", "child-identity", "filiation", "parental-authority-proof",
            "habitual-residence-proof", "address-proof", "child-photos", "applicant-residence-permit", "parent-residence-permit",
            "cerfa-11203",
        ].map { JSONValue.string($0) })
        for doc in documents {
            #expect(ContractEncodingTests.members(doc).map(\.key) == ["code", "label", "why"])
            guard case .string(let code)? = doc.member("code"), let documentCode = DocumentCode(rawValue: code) else {
                Issue.record("bad code"); continue
            }
            #expect(doc.member("label") == .string(documentCode.label(in: language)))
            guard case .string(let why)? = doc.member("why") else { Issue.record("no why"); continue }
            #expect(why.hasPrefix(documentCode.purpose(in: language)))
        }
        #expect(json.member("fee") == .object([JSONMember(key: "amountEUR", value: .number("50")),
                                               JSONMember(key: "exempt", value: .bool(false))]))
        #expect(json.member("validity") == .object([
            JSONMember(key: "issuedOn", value: .string("2026-11-25")),
            JSONMember(key: "expiresOn", value: .string("2031-11-25")),
            JSONMember(key: "voidAfter", value: .string("2034-06-02")),
        ]))
        #expect(json.member("territory") == .string("all"))
        #expect(json.member("implicitRefusalOn") == .string("2027-01-25"))
    }

    @Test func compactTextOfTheExample() {
        let text = EligibilityContract.encode(evaluate(exampleRequest()), language: .en)
        #expect(text.hasPrefix(#"{"outcome":"eligible","grounds":[{"code":"parent-residence-permit","legalBasis":"CESEDA L. 414-4","label":""#))
        #expect(text.hasSuffix(#""fee":{"amountEUR":50,"exempt":false},"validity":{"issuedOn":"2026-11-25","expiresOn":"2031-11-25","voidAfter":"2034-06-02"},"territory":"all","implicitRefusalOn":"2027-01-25"}"#))
    }

    @Test func prettyIsTheSameJSON() throws {
        let result = evaluate(exampleRequest())
        let compact = try JSONValue.parse(EligibilityContract.encode(result, language: .fr))
        let pretty = EligibilityContract.encode(result, language: .fr, pretty: true)
        #expect(pretty.contains("\n  \"outcome\": \"eligible\""))
        #expect(try JSONValue.parse(pretty) == compact)
        let ascii = EligibilityContract.encode(result, language: .fr, asciiOnly: true)
        #expect(ascii.utf8.allSatisfy { $0 < 0x80 })
        #expect(try JSONValue.parse(ascii) == compact)
    }

    @Test func notEligible() throws {
        let json = try JSONValue.parse(EligibilityContract.encode(evaluate(bareRequest()), language: .en))
        #expect(json.member("outcome") == .string("not-eligible"))
        #expect(json.member("grounds") == .array([]))
        #expect(json.member("documents") == .array([]))
        #expect(json.member("fee") == .null)
        #expect(json.member("validity") == .null)
        #expect(json.member("territory") == .null)
        #expect(json.member("implicitRefusalOn") == .string("2027-01-25"))
        let reasons = ContractEncodingTests.array(json.member("reasons"))
        #expect(reasons.count == 1)
        #expect(ContractEncodingTests.members(reasons.first).map(\.key) == ["code", "label", "missing"])
        #expect(reasons.first?.member("code") == .string("no-ground"))
        let missing = ContractEncodingTests.array(reasons.first?.member("missing"))
        #expect(missing.map { $0.member("ground") } == Ground.allCases.map { .string($0.rawValue) })
        #expect(missing.first?.member("label") == .string(MissingCondition.noValidParentPermit.label(in: .en)))
        for m in missing { #expect(ContractEncodingTests.members(m).map(\.key) == ["ground", "label"]) }
    }

    @Test func notConcerned() throws {
        var r = exampleRequest()
        r.child.nationalities = [c("FR")]
        r.child.holdsResidencePermit = true
        let json = try JSONValue.parse(EligibilityContract.encode(evaluate(r), language: .fr))
        #expect(json.member("outcome") == .string("not-concerned"))
        #expect(json.member("reasons") == .array([
            .object([JSONMember(key: "code", value: .string("french-national")),
                     JSONMember(key: "label", value: .string(ReasonCode.frenchNational.label(in: .fr))),
                     JSONMember(key: "useInstead", value: .object([
                        JSONMember(key: "code", value: .string("french-identity-document")),
                        JSONMember(key: "label", value: .string(Alternative.frenchIdentityDocument.label(in: .fr)))]))]),
            .object([JSONMember(key: "code", value: .string("holds-residence-permit")),
                     JSONMember(key: "label", value: .string(ReasonCode.holdsResidencePermit.label(in: .fr))),
                     JSONMember(key: "useInstead", value: .object([
                        JSONMember(key: "code", value: .string("own-residence-permit")),
                        JSONMember(key: "label", value: .string(Alternative.ownResidencePermit.label(in: .fr)))]))]),
        ]))
        #expect(json.member("fee") == .null && json.member("documents") == .array([]))
    }

    @Test func adultReasonHasNoExtraKeys() throws {
        var r = exampleRequest()
        r.child.birthDate = d("2000-01-01")
        let reasons = ContractEncodingTests.array(try JSONValue.parse(EligibilityContract.encode(evaluate(r), language: .en)).member("reasons"))
        #expect(reasons.map { ContractEncodingTests.members($0).map(\.key) } == [["code", "label"]])
    }

    @Test func exemptFeeAndMayotte() throws {
        var r = exampleRequest()
        r.residence = dep("976")
        r.child.bornInFrance = true
        r.stepParent = StepParent(nationalities: [c("FR")])
        let json = try JSONValue.parse(EligibilityContract.encode(evaluate(r), language: .en))
        #expect(json.member("fee") == .object([JSONMember(key: "amountEUR", value: .number("0")),
                                               JSONMember(key: "exempt", value: .bool(true))]))
        #expect(json.member("territory") == .string("mayotte-only"))
        #expect(ContractEncodingTests.array(json.member("grounds")).map { $0.member("code") }
                == [.string("parent-residence-permit"), .string("eea-step-parent")])
    }

    /// Foundation's own parser accepts the output (an independent check of the writer).
    @Test func foundationParsesTheOutput() throws {
        for language in Language.allCases {
            let data = Data(EligibilityContract.encode(evaluate(exampleRequest()), language: language).utf8)
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(object["implicitRefusalOn"] as? String == "2027-01-25")
            #expect((object["fee"] as? [String: Any])?["amountEUR"] as? Int == 50)
        }
    }
}
