import FluentKit
import Foundation
import NIOCore
import Testing

@testable import App

/// Values a person may type that must be refused, each naming its field, nothing saved
/// (docs/pages.md#validation): a name of thousands of characters, a parent born after today.
@Suite struct SectionLimitsTests {
    @Test func aNameTooLongIsRefusedNamingTheFieldAndKeptAsTyped() async throws {
        try await withTestSite { site in
            let family = try await Accounts.member(site, email: "long@example.fr")
            let dossier = try await Journey.start(family)
            let csrf = try await family.get("\(dossier)/enfant").csrfToken
            let long = String(repeating: "Benali", count: 500)

            let sent = try await family.post("\(dossier)/enfant", form: [("surname", long), ("givenNames", "Yasmine"), ("sex", "F"), ("birthPlace", "Casablanca"),
                                                                       ("birthCountry", "Maroc"), ("nationality", "marocaine")], csrf: csrf)

            #expect(sent.status == .unprocessableContent)
            #expect(sent.body.contains("« Nom de famille » : 100 caractères au plus, raccourcissez-le"))
            #expect(sent.body.contains("Yasmine"))
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            #expect(try #require(try await Dossier.find(id, on: site.db)).decodedAnswers().child == nil)
            // a name of a sensible length goes through
            let fine = try await family.post("\(dossier)/enfant", form: [("surname", String(repeating: "a", count: 100)), ("givenNames", "Yasmine"), ("sex", "F"),
                                                                       ("birthPlace", "Casablanca"), ("birthCountry", "Maroc"), ("nationality", "marocaine")],
                                             csrf: csrf)
            #expect(fine.status == .seeOther)
        }
    }

    @Test func aValuePastedFarOverTheLimitIsNamedAndShownBackNotRefusedAsABody() async throws {
        try await withTestSite { site in
            // given: a surname of 30 000 characters (a paste gone wrong): 180 KB sent, more than the handlers read
            let family = try await Accounts.member(site, email: "colle@example.fr")
            let dossier = try await Journey.start(family)
            let csrf = try await family.get("\(dossier)/enfant").csrfToken
            let pasted = "Benali-" + String(repeating: "é", count: 30_000)

            // when
            let sent = try await family.post("\(dossier)/enfant", form: [("givenNames", "Yasmine"), ("surname", pasted), ("sex", "F"),
                                                                       ("birthPlace", "Casablanca")], csrf: csrf)

            // then: the field is named, what was typed comes back (its start), the other answers too
            #expect(sent.status == .unprocessableContent)
            #expect(sent.body.contains("« Nom de famille » : 100 caractères au plus, raccourcissez-le"))
            #expect(sent.body.contains("value=\"Benali-ééé") && sent.body.contains("Casablanca"))
            #expect(!sent.body.contains("%C3"))
            // and a body past what any form needs is refused saying what to do, nothing saved
            let huge = try await family.post("\(dossier)/enfant", form: [("surname", String(repeating: "a", count: 300_000))], csrf: csrf)
            #expect(huge.status == .contentTooLarge)
            #expect(huge.body.contains("Texte trop long") && huge.body.contains("ce que vous avez tapé y est encore"))
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            #expect(try #require(try await Dossier.find(id, on: site.db)).decodedAnswers().child == nil)
        }
    }

    @Test(arguments: [
        // (body, keep, value cap, kept)
        ("a=1&b=2", 100, 10, "a=1&b=2"),
        ("_csrf=t&surname=abcdefghij&city=Lyon", 100, 4, "_csrf=t&surname=abcd&city=Lyon"),
        ("_csrf=t&surname=ab%C3%A9cd", 100, 4, "_csrf=t&surname=ab"),
        ("_csrf=t&surname=ab%C3%A9cd", 100, 6, "_csrf=t&surname=ab%C3"),
        ("_csrf=t&a=12345&b=67890", 15, 10, "_csrf=t&a=12345"),
    ])
    func aBodyIsKeptInOrderWithLongValuesCutOutsideTheirEscapes(body: String, keep: Int, cap: Int, kept: String) {
        #expect(String(buffer: BoundedFormBody.bounded(ByteBuffer(string: body), keep: keep, valueCap: cap)) == kept)
    }

    @Test func aParentBornAfterTodayIsRefused() async throws {
        try await withTestSite { site in
            let family = try await Accounts.member(site, email: "futur@example.fr")
            let dossier = try await Journey.start(family)
            let csrf = try await family.get("\(dossier)/parents").csrfToken

            let sent = try await family.post("\(dossier)/parents", form: [("parent1-surname", "Benali"), ("parent1-givenNames", "Karim"),
                                                                        ("parent1-nationality", "marocaine"), ("parent1-birth-day", "1"),
                                                                        ("parent1-birth-month", "1"), ("parent1-birth-year", "2030"), ("second", "no")],
                                             csrf: csrf)

            #expect(sent.status == .unprocessableContent)
            #expect(sent.body.contains(##"href="#parent1-birth-day""##))
            #expect(sent.body.contains("« Parent 1 – Date de naissance (facultatif) » est après aujourd’hui : vérifiez l’année"))
        }
    }
}

@Suite struct StartChoicesTests {
    @Test(arguments: [("legal-person", "parent"), ("non-eu-parent-permit", "legal-person-representative")])
    func contradictoryStartChoicesAreRefusedNamingTheRole(profile: String, role: String) {
        let form = FormFields(values: ["document": "dcem", "profile": profile, "role": role])
        guard case .failure(let invalid) = DossierStart.check(form, text: Catalog.french.dossier) else {
            Issue.record("\(profile) + \(role) accepted"); return
        }
        #expect(invalid.errors.map(\.fieldID) == ["role"])
    }

    @Test func aRepresentativeWithTheirProfileStarts() {
        let form = FormFields(values: ["document": "dcem", "profile": "legal-person", "role": "legal-person-representative"])
        #expect((try? DossierStart.check(form, text: Catalog.french.dossier).get()) != nil)
    }
}
