import Crypto
import DCEMRules
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing

@testable import App

/// The public verification of a DCEM (docs/states.md#verification), through the real app on the
/// real database: the page, the API, the codes, the keys and the printed document.
@Suite struct DocumentVerificationTests {
    static let number = "D07526000001"
    static let birth = "2015-05-12"

    /// A document handed over, written as the hand-over writes it; a member's draft stands for its case.
    static func issue(_ site: TestSite, email: String = "famille@example.fr", number: String = number, birth: String = birth,
                      territory: Territory = .all) async throws -> (document: IssuedDocument, family: Browser) {
        let family = try await Accounts.member(site, email: email)
        let path = try await Journey.start(family)
        let dossierID = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
        let user = try #require(try await User.query(on: site.db).filter(\.$email == email).first())
        let document = IssuedDocument()
        document.id = UUID()
        document.dossierID = dossierID
        document.dcemNumber = number
        document.prefecture = "75"
        document.holderName = "Adam Benali"
        document.validFrom = "2026-11-20"
        document.validUntil = "2031-11-19"
        document.territory = territory.rawValue
        document.deliveredOn = "2026-11-20"
        document.deliveredAt = testNow
        document.exempt = false
        document.state = IssuedDocumentState.valid.rawValue
        document.stateVersion = 1
        document.userID = user.id
        document.holderBirthDate = birth
        document.voidAfter = "2033-07-12"
        try await document.create(on: site.db)
        return (document, family)
    }

    /// The keys as the site's configuration holds them (sealed when the test sets a secret).
    static func keys(_ site: TestSite) -> SigningKeys { SigningKeys(database: { site.db }, now: { testNow }, secret: site.config.signingKeySecret) }

    static func code(_ site: TestSite, _ document: IssuedDocument) async throws -> String {
        let fresh = try #require(try await IssuedDocument.find(document.id, on: site.db))
        return try #require(try await VerificationCodes(keys: keys(site), today: { CivilDate(iso: "2026-11-25")! }).code(for: fresh))
    }

    /// A change of state as the registry records it: the state and its version move together.
    static func move(_ site: TestSite, _ document: IssuedDocument, to state: IssuedDocumentState, version: Int) async throws {
        try await IssuedDocument.query(on: site.db).filter(\.$id == document.id!)
            .set(\.$state, to: state.rawValue).set(\.$stateVersion, to: version).update()
    }

    static func api(_ site: TestSite, _ body: String, language: String = "fr") async throws -> (status: HTTPResponse.Status, body: String, headers: HTTPFields) {
        let response = try await site.client.execute(uri: SiteURL.apiVerification.path, method: .post,
                                                     headers: [.contentType: "application/json", .acceptLanguage: language], body: ByteBuffer(string: body))
        return (response.status, String(buffer: response.body), response.headers)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func ask(number: String = number, birth: String = birth, code: String? = nil) -> String {
        let code = code.map { #","code":"\#($0)""# } ?? ""
        return #"{"number":"\#(number)","birthDate":"\#(birth)"\#(code)}"#
    }

    /// The page's form, filled in.
    static func page(_ browser: Browser, number: String = number, day: String = "12", month: String = "5", year: String = "2015",
                     code: String = "") async throws -> Browser.Page {
        let form = try await browser.get(SiteURL.verification.path)
        return try await browser.post(SiteURL.verification.path, form: [("numero", number), ("naissance-day", day), ("naissance-month", month),
                                                                        ("naissance-year", year), ("code", code)], csrf: form.csrfToken)
    }

    @Test func aValidDocumentVerifiesAndShowsNothingElse() async throws {
        try await withTestSite { site in
            // given: a document handed over, and the code printed on it
            let (document, _) = try await Self.issue(site)
            let code = try await Self.code(site, document)

            // when: checked on the page, with the number typed loosely
            let visitor = site.browser()
            let form = try await visitor.get(SiteURL.verification.path)
            #expect(form.status == .ok && form.body.contains("name=\"naissance-day\""))
            let page = try await Self.page(visitor, number: "d075 2600 0001", code: code)

            // then: valid, its dates and territory; not the holder's name nor the préfecture's file
            #expect(page.status == .ok)
            #expect(page.body.contains("Le DCEM n° D07526000001 est valable"))
            #expect(page.body.contains("20 novembre 2026") && page.body.contains("19 novembre 2031"))
            #expect(page.body.contains("Retour en France sans visa"))
            #expect(page.body.contains("Le code de vérification est bien celui de la préfecture"))
            for secret in ["Adam", "Benali", "A.B.", document.dossierID.uuidString.lowercased(), "12 mai 2015", "2033"] {
                #expect(!page.body.contains(secret), "\(secret)")
            }

            // and the API says the same
            let answer = try await Self.api(site, Self.ask(code: code))
            #expect(answer.status == .ok)
            #expect(answer.body == #"{"codeCheck":"matches","document":"dcem","pupils":null,"reason":"valid","territory":"all","valid":true,"validFrom":"2026-11-20","validUntil":"2031-11-19"}"#)
            #expect(try await Self.api(site, Self.ask(), language: "en").body
                    == #"{"codeCheck":null,"document":"dcem","pupils":null,"reason":"valid","territory":"all","valid":true,"validFrom":"2026-11-20","validUntil":"2031-11-19"}"#)
        }
    }

    @Test func aChangeOfStateAnswersNotValidWhyAndRefusesTheOldCode() async throws {
        try await withTestSite { site in
            // given: the code printed at the hand-over
            let (document, _) = try await Self.issue(site)
            let printed = try await Self.code(site, document)

            // when: the document is withdrawn (its state version moves)
            try await Self.move(site, document, to: .withdrawn, version: 2)

            // then: not valid, and why; the printed code is recognised as made before the change
            let answer = try Self.json(try await Self.api(site, Self.ask(code: printed)).body)
            #expect(answer["valid"] as? Bool == false && answer["reason"] as? String == "withdrawn" && answer["codeCheck"] as? String == "stale")
            let page = try await Self.page(site.browser(), code: printed)
            #expect(page.body.contains("n’est pas valable") && page.body.contains("Il a été retiré par la préfecture."))
            #expect(page.body.contains("établi pour un état antérieur"))

            // every other end says its own reason; the cause of a lapse is not told
            for (state, reason) in [(IssuedDocumentState.lapsed, "lapsed"), (.reportedLost, "reported-lost"), (.reportedStolen, "reported-stolen"),
                                    (.expired, "expired"), (.returned, "returned"), (.replaced, "replaced")] {
                try await Self.move(site, document, to: state, version: 3)
                let body = try Self.json(try await Self.api(site, Self.ask()).body)
                #expect(body["valid"] as? Bool == false && body["reason"] as? String == reason, "\(state)")
            }
            // a withdrawal being considered does not suspend the document, and is not told
            try await Self.move(site, document, to: .withdrawalPending, version: 4)
            #expect(try Self.json(try await Self.api(site, Self.ask()).body)["reason"] as? String == "valid")

            // when: the procedure is closed, the document is valid again but the paper printed before is not the current one
            try await Self.move(site, document, to: .valid, version: 5)
            let stale = try Self.json(try await Self.api(site, Self.ask(code: printed)).body)
            #expect(stale["valid"] as? Bool == false && stale["reason"] as? String == "stale-code")
            let reprinted = try await Self.code(site, document)
            #expect(reprinted != printed)
            #expect(try Self.json(try await Self.api(site, Self.ask(code: reprinted)).body)["reason"] as? String == "valid")
        }
    }

    @Test func aTamperedCodeIsRefused() async throws {
        try await withTestSite { site in
            let (document, _) = try await Self.issue(site)
            let code = try await Self.code(site, document)
            var characters = Array(code)
            characters[characters.count - 5] = characters[characters.count - 5] == "A" ? "B" : "A"
            let tampered = String(characters)

            let answer = try Self.json(try await Self.api(site, Self.ask(code: tampered)).body)
            #expect(answer["valid"] as? Bool == false && answer["reason"] as? String == "invalid-code" && answer["codeCheck"] as? String == "invalid")
            // another document's genuine code is no better
            try await IssuedDocument.query(on: site.db).filter(\.$id == document.id!).set(\.$territory, to: Territory.mayotteOnly.rawValue).update()
            #expect(try Self.json(try await Self.api(site, Self.ask(code: code)).body)["reason"] as? String == "invalid-code")
            let page = try await Self.page(site.browser(), code: tampered)
            #expect(page.status == .ok && page.body.contains("ne correspond pas à ce document"))
        }
    }

    @Test func anUnknownNumberAndAWrongBirthDateGetTheSameBytes() async throws {
        try await withTestSite { site in
            let (document, _) = try await Self.issue(site)
            let code = try await Self.code(site, document)

            // the API, with and without a code
            for given in [nil, code] {
                let wrongBirth = try await Self.api(site, Self.ask(birth: "2015-05-13", code: given))
                let unknown = try await Self.api(site, Self.ask(number: "D07526000999", code: given))
                #expect(wrongBirth.status == .ok && unknown.status == .ok)
                #expect(wrongBirth.body == unknown.body)
                #expect(unknown.body == #"{"codeCheck":null,"document":null,"pupils":null,"reason":"no-match","territory":null,"valid":false,"validFrom":null,"validUntil":null}"#)
            }
            // the page, in both languages
            let visitor = site.browser()
            for language in ["fr", "en"] {
                _ = try await visitor.get(SiteURL.verification.path(language: language))
                let wrongBirth = try await Self.page(visitor, day: "13", code: code)
                let unknown = try await Self.page(visitor, number: "D07526000999", code: code)
                #expect(wrongBirth.status == .ok && unknown.status == .ok)
                #expect(wrongBirth.body == unknown.body)
                #expect(unknown.body.contains(language == "fr" ? "Aucun document ne correspond" : "No document matches"))
                #expect(!unknown.body.contains("D07526000") && !unknown.body.contains("2031"))
            }
        }
    }

    @Test func badInputIsRefusedNamingTheField() async throws {
        try await withTestSite { site in
            let page = try await Self.page(site.browser(), number: "D0752600000!", day: "30", month: "2", year: "2015", code: "a b\u{7}")
            #expect(page.status == .unprocessableContent)
            for anchor in ["href=\"#numero\"", "href=\"#naissance-day\"", "href=\"#code\""] { #expect(page.body.contains(anchor), "\(anchor)") }
            let empty = try await Self.page(site.browser(), number: "", day: "", month: "", year: "")
            #expect(empty.status == .unprocessableContent && empty.body.contains("Indiquez le numéro du DCEM."))

            let api = try await Self.api(site, #"{"number":"D07526000001","birthDate":"2015-02-30"}"#, language: "en")
            #expect(api.status == .unprocessableContent)
            let fields = try #require(try Self.json(api.body)["fields"] as? [String: String])
            #expect(fields.keys.sorted() == ["birthDate"])
            #expect(try await Self.api(site, #"{"number":12,"birthDate":true}"#).status == .badRequest)
            #expect(try await Self.api(site, "not json").status == .badRequest)
            #expect(try await Self.api(site, "{}").status == .unprocessableContent)
        }
    }

    @Test func theLimitHoldsForThePageAndTheAPITogether() async throws {
        try await withTestSite { site in
            _ = try await Self.issue(site)
            for _ in 1...RateLimit.verificationPerClient.limit {
                #expect(try await Self.api(site, Self.ask()).status == .ok)
            }
            let refused = try await Self.api(site, Self.ask())
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] != nil)
            let page = try await Self.page(site.browser())
            #expect(page.status == .tooManyRequests)
        }
    }

    @Test func aRotatedKeyStillChecksTheCodesItMadeUntilItsDocumentsHaveExpired() async throws {
        try await withTestSite { site in
            // given: a code made with the first key
            let (document, _) = try await Self.issue(site)
            let before = try await Self.code(site, document)

            // when: `dcem keys rotate`
            let fresh = try await Self.keys(site).rotate()

            // then: the old code still checks; new codes name the new key
            #expect(try Self.json(try await Self.api(site, Self.ask(code: before)).body)["codeCheck"] as? String == "matches")
            let after = try await Self.code(site, document)
            #expect(after.hasPrefix(fresh.id! + ".") && !before.hasPrefix(fresh.id! + "."))
            let keys = try await Self.keys(site).list()
            #expect(keys.count == 2 && keys.filter(\.active).map(\.id) == [fresh.id!])
            let retired = try #require(try await SigningKey.query(on: site.db).filter(\.$active == false).first())
            #expect(retired.privateKey == nil && retired.verifiesUntil == "2031-11-19" && retired.retiredAt != nil)
            // the old key checks until the last document that existed at the rotation has expired
            let oldID = String(before.prefix { $0 != "." })
            let payload = try #require(VerificationCodes.payload(for: document))
            #expect(try await Self.keys(site).signer(today: CivilDate(iso: "2031-11-19")!).verifies(before, for: payload))
            #expect(!(try await Self.keys(site).signer(today: CivilDate(iso: "2031-11-20")!).verifies(before, for: payload)))
            #expect(retired.id == oldID)
        }
    }

    @Test func concurrentFirstUsesLeaveOneActiveKey() async throws {
        try await withTestSite { site in
            // when: several requests need a key at once, none existing yet (two instances alike: one database)
            let keys = Self.keys(site)
            let ids = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<8 { group.addTask { try await keys.signer(today: CivilDate(iso: "2026-11-25")!).keyID } }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            // then: one active key, used by all
            #expect(Set(ids).count == 1)
            #expect(try await SigningKey.query(on: site.db).filter(\.$active == true).count() == 1)
            // and the database itself refuses a second active key
            await #expect(throws: (any Error).self) { try await Self.keys(site).newKey(now: testNow).create(on: site.db) }
            #expect(try await SigningKey.query(on: site.db).filter(\.$active == true).count() == 1)
        }
    }

    @Test func thePrintedDocumentCarriesItsCodeAndTheAddressForTheFamilyOnly() async throws {
        try await withTestSite { site in
            // given
            let (document, family) = try await Self.issue(site)
            let address = SiteURL.myDocumentPrint(document.id!).path
            #expect(address.hasSuffix("/imprimer"))

            // when
            let printed = try await family.get(address)

            // then: its details, a code that checks, and where to check it
            #expect(printed.status == .ok)
            for text in ["D07526000001", "Adam Benali", "12 mai 2015", "19 novembre 2031", "Valable", "/verifier", "class=\"print-reference\""] {
                #expect(printed.body.contains(text), "\(text)")
            }
            let code = try #require(printed.body.range(of: #"<p class="reference hash">"#).map { range in
                String(printed.body[range.upperBound...].prefix { $0 != "<" })
            })
            #expect(try Self.json(try await Self.api(site, Self.ask(code: code)).body)["codeCheck"] as? String == "matches")

            // another family, and a visitor, do not see it
            let other = try await Accounts.member(site, email: "autre@example.fr")
            #expect(try await other.get(address).status == .notFound)
            #expect(try await site.browser().get(address).status != .ok)
        }
    }

    @Test func neitherTheQuestionNorTheKeysReachTheLogs() async throws {
        let records = LogRecords()
        try await PersonalDataLogTests.withCapturedSite(records) { site in
            // given: a document, its code, a rotation
            let (document, family) = try await Self.issue(site)
            let code = try await Self.code(site, document)
            try await Self.keys(site).rotate()
            _ = try await family.get(SiteURL.myDocumentPrint(document.id!).path)

            // when: checked on the page and by the API, matching or not
            _ = try await Self.page(site.browser(), code: code)
            _ = try await Self.page(site.browser(), day: "13")
            _ = try await Self.api(site, Self.ask(code: code))

            // then: no number, birth date, code or private key in any log line
            let privateKeys = try await SigningKey.query(on: site.db).all().compactMap(\.privateKey)
            #expect(!privateKeys.isEmpty)
            let signature = String(code.split(separator: ".")[1])
            for record in records.all {
                for secret in [Self.number, Self.birth, signature] + privateKeys where record.text.contains(secret) {
                    Issue.record("a log line carries \(secret.prefix(12))…: \(record.text.prefix(200))")
                }
            }
        }
    }

    @Test func theSealingSecretIsReadFromTheEnvironmentAndMustBeLong() throws {
        #expect(try AppConfig(environment: [:]).signingKeySecret == nil)
        #expect(try AppConfig(environment: ["DCEM_SIGNING_KEY_SECRET": String(repeating: "s", count: 32)]).signingKeySecret?.count == 32)
        #expect(throws: ConfigurationError.self) { try AppConfig(environment: ["DCEM_SIGNING_KEY_SECRET": "short"]) }
    }

    @Test func withASecretTheStoredPrivateKeyIsSealed() async throws {
        let secret = "a-secret-of-at-least-thirty-two-characters"
        try await withTestSite(configure: { $0.signingKeySecret = secret }) { site in
            // given: a document printed, so a key was created
            let (document, family) = try await Self.issue(site)
            let printed = try await family.get(SiteURL.myDocumentPrint(document.id!).path)
            #expect(printed.status == .ok)

            // then: the stored private half is sealed, its plain form nowhere in the row
            let key = try #require(try await SigningKey.query(on: site.db).filter(\.$active == true).first())
            let stored = try #require(key.privateKey)
            #expect(stored.hasPrefix(SigningKeys.sealedPrefix))
            let plain = try Self.keys(site).privateKey(of: key, id: key.id!).rawRepresentation.base64EncodedString()
            #expect(!stored.contains(plain))
            // the code printed checks
            let code = try await Self.code(site, document)
            #expect(try Self.json(try await Self.api(site, Self.ask(code: code)).body)["codeCheck"] as? String == "matches")
            // without the secret, or with another, the key can not sign
            #expect(throws: SigningKeys.Problem.self) { try SigningKeys(database: { site.db }, now: { testNow }).privateKey(of: key, id: key.id!) }
            #expect(throws: SigningKeys.Problem.self) {
                try SigningKeys(database: { site.db }, now: { testNow }, secret: secret + "x").privateKey(of: key, id: key.id!)
            }
        }
    }
}
