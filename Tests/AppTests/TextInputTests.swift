import DCEMDossier
import DCEMRules
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// Typed text holds no control or invisible character; text areas alone keep their line breaks.
@Suite struct TextInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        /// What a one-line field keeps (nil: refused).
        let line: String?
        /// What a text area keeps (nil: refused).
        let area: String?
        var testDescription: String { text.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : String(format: "U+%04X", $0.value) }.joined() }
    }

    static let cases: [Case] = [
        Case(text: "N'Guessan-Lefèvre", line: "N'Guessan-Lefèvre", area: "N'Guessan-Lefèvre"),
        Case(text: "N’Guessan-Lefèvre Żółć Ngô Nguyễn 王秀英 محمد", line: "N’Guessan-Lefèvre Żółć Ngô Nguyễn 王秀英 محمد",
             area: "N’Guessan-Lefèvre Żółć Ngô Nguyễn 王秀英 محمد"),
        Case(text: "Benali\u{0}", line: nil, area: nil),
        Case(text: "Benali\r\nBcc: autre@example.fr", line: nil, area: "Benali\nBcc: autre@example.fr"),
        Case(text: "une\rdeux\ntrois", line: nil, area: "une\ndeux\ntrois"),
        Case(text: "Ben\u{200B}ali", line: nil, area: nil),
        Case(text: "\u{202E}ilaneB", line: nil, area: nil),
        Case(text: "Benali \u{2066}Karim\u{2069}", line: nil, area: nil),
        Case(text: "\u{FEFF}Benali", line: nil, area: nil),
        Case(text: "Ben\tali", line: nil, area: nil),
        Case(text: "Benali\u{2028}Karim", line: nil, area: nil),
        Case(text: "Benali\u{2029}", line: nil, area: nil),
        Case(text: "Benali\u{85}", line: nil, area: nil),
        Case(text: "Benali\u{7F}", line: nil, area: nil),
        Case(text: "", line: "", area: ""),
    ]

    @Test(arguments: cases) func oneSharedCheck(_ example: Case) {
        #expect((try? TextInput.check(example.text, .singleLine).get()) == example.line)
        #expect((try? TextInput.check(example.text, .textArea).get()) == example.area)
    }

    @Test func aSectionFormRefusesAnInvisibleCharacterNamingTheField() async throws {
        try await withTestSite { site in
            // given: a draft
            let browser = try await Accounts.member(site, email: "caracteres@example.fr")
            let dossier = try await Journey.start(browser)
            let token = try await browser.get("\(dossier)/enfant").csrfToken
            let child = DraftConcurrencyTests.childForm

            // when: the surname carries a bidi override, the birth place a line break
            let refused = try await browser.post("\(dossier)/enfant", form: child.map {
                switch $0.0 {
                case "surname": ($0.0, "\u{202E}ilaneB")
                case "birthPlace": ($0.0, "Casablanca\r\nMaroc")
                default: $0
                }
            }, csrf: token)
            let english = try await browser.post("\(dossier)/enfant?lang=en", form: child.map { $0.0 == "surname" ? ($0.0, "Ben\u{200B}ali") : $0 }, csrf: token)
            let accepted = try await browser.post("\(dossier)/enfant", form: child.map { $0.0 == "surname" ? ($0.0, "N'Guessan-Lefèvre") : $0 }, csrf: token)

            // then: both fields are named; nothing is saved until the name is clean
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains(##"href="#surname""##) && refused.body.contains(##"href="#birthPlace""##))
            #expect(refused.body.contains("doit tenir sur une ligne"))
            #expect(english.status == .unprocessableContent && english.body.contains("must fit on one line"))
            #expect(accepted.status == .seeOther)
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            #expect(try #require(try await Dossier.find(id, on: site.db)).decodedAnswers().child?.surname == "N'Guessan-Lefèvre")
        }
    }

    @Test func theAPIRefusesControlCharactersInAnswersNamingTheMember() async throws {
        try await withTestSite { site in
            // given
            let api = try await APIJourney.member(site)
            let dossier = try await APIJourney.start(api)

            // when
            let child = try await api.put("\(dossier)/answers/child", json: #"""
                {"surname":"Benali\u0000","givenNames":"Yas\ufeffmine","sex":"F","birthPlace":"Casablanca","birthCountry":"Maroc","nationality":"marocaine"}
                """#)
            let parents = try await api.put("\(dossier)/answers/parents", json: #"{"parents":[{"surname":"Benali\r\nX","givenNames":"Karim","nationality":"marocaine"}]}"#)
            let address = try await api.put("\(dossier)/answers/address", json: #"{"line1":"12 rue des Lilas","line2":"\u2066b\u2069","postalCode":"75011","city":"Paris"}"#)

            // then
            #expect(child.status == .unprocessableContent)
            #expect(Set(child.fields.keys) == ["surname", "givenNames"], "\(child.body)")
            #expect(parents.fields["parents[0].surname"]?.contains("doit tenir sur une ligne") == true)
            #expect(Set(address.fields.keys) == ["line2"])
            #expect(try #require(try await Dossier.query(on: site.db).first()).version == 1)
        }
    }

    @Test func textAreasKeepLineBreaksAndRefuseOtherControlCharacters() {
        let t = Catalog.french.dossier
        // a message
        guard case .valid(let body, _) = DossierMessages.check(body: "Bonjour,\r\nvoici la pièce.\r\n", file: nil, text: t) else {
            Issue.record("a message with line breaks is refused"); return
        }
        #expect(body == "Bonjour,\nvoici la pièce.")
        guard case .invalid(_, let errors) = DossierMessages.check(body: "Bonjour\u{202E}", file: nil, text: t) else {
            Issue.record("a message with a bidi override is accepted"); return
        }
        #expect(errors.map(\.fieldID) == ["body"])
        // a postponement's reason and details
        let day = ["available-from-day": "2", "available-from-month": "3", "available-from-year": "2027"]
        let today = CivilDate(year: 2026, month: 11, day: 25)!
        guard case .success(let fine) = PostponementRequestCommand.parse(day.merging(["reason": "Voyage\r\nprévu", "dates": "1er mars\n2 mars"]) { $1 },
                                                                         today: today, lastCollectionDay: nil) else {
            Issue.record("a postponement with line breaks is refused"); return
        }
        #expect(fine.reason == "Voyage\nprévu" && fine.details == "1er mars\n2 mars")
        guard case .failure(let refused) = PostponementRequestCommand.parse(day.merging(["reason": "Voyage\u{0}", "dates": "ma\u{200B}rs"]) { $1 },
                                                                            today: today, lastCollectionDay: nil) else {
            Issue.record("a postponement with control characters is accepted"); return
        }
        #expect(refused.errors.map(\.field) == ["reason", "dates"])
    }

    @Test func anAgentNameOnSeveralLinesIsRefused() async throws {
        try await withTestSite { site in
            await #expect(throws: AgentCreationError.invalidName) {
                try await AgentAccounts.create(prefecture: "75", email: "nom@interieur.gouv.fr", name: "Camille\nMartin", role: "agent",
                                               hasher: PasswordHasher(cost: 4), now: testNow, on: site.db)
            }
        }
    }
}
