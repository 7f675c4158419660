import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// A postal code serving several départements: the family says which one, on the page and in the
/// API, and the chosen département decides the préfecture.
@Suite struct DepartementChoiceTests {
    static func address(_ postalCode: String, _ departement: String? = nil) -> [(String, String)] {
        [("line1", "Le village"), ("line2", ""), ("postalCode", postalCode), ("city", "Curbans")] + (departement.map { [("departement", $0)] } ?? [])
    }

    @Test func theAddressPageAsksWhichDepartementWithoutScript() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site, email: "curbans@example.fr")
            let dossier = try await Journey.start(browser)
            let form = try await browser.get("\(dossier)/adresse")
            #expect(!form.body.contains(#"name="departement""#), "no choice before a shared postal code is typed")

            // when: a shared postal code, no choice
            let missing = try await browser.post("\(dossier)/adresse", form: Self.address("05110"), csrf: form.csrfToken)
            // then: the choice is asked, as radios in a fieldset, with a clear error
            #expect(missing.status == .unprocessableContent)
            #expect(missing.body.contains("Choisissez le département de la commune : le code postal 05110 sert plusieurs départements"))
            #expect(missing.body.contains(##"href="#departement""##))
            #expect(missing.body.contains("<legend"))
            #expect(missing.body.contains(#"type="radio" id="departement" name="departement" value="04""#))
            #expect(missing.body.contains(#"name="departement" value="05""#))
            #expect(missing.body.contains("Alpes-de-Haute-Provence (04)"))

            // when: a département the postal code does not serve
            let wrong = try await browser.post("\(dossier)/adresse", form: Self.address("05110", "75"), csrf: form.csrfToken)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.body.contains("Choisissez l’un des départements du code postal 05110 : 04 ou 05"))

            // when: the family chooses
            let chosen = try await browser.post("\(dossier)/adresse", form: Self.address("05110", "04"), csrf: form.csrfToken)
            #expect(chosen.status == .seeOther)
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            let record = try #require(try await Dossier.find(id, on: site.db))
            #expect(record.decodedAnswers().address?.departement == "04")
            #expect(record.competentDepartement == Departement(code: "04"), "the chosen département decides the préfecture")
            // and the page shows the choice again
            let again = try await browser.get("\(dossier)/adresse")
            #expect(again.body.contains(#"value="04" checked"#))
        }
    }

    @Test func anEnglishPageAsksInEnglish() async throws {
        try await withTestSite { site in
            let browser = try await Accounts.member(site, email: "curbans-en@example.fr")
            let dossier = try await Journey.start(browser)
            let form = try await browser.get("\(dossier)/adresse?lang=en")
            let missing = try await browser.post("\(dossier)/adresse", form: Self.address("33220"), csrf: form.csrfToken)
            #expect(missing.body.contains("Which département is the town in?"))
            #expect(missing.body.contains("Choose the town’s département: the postcode 33220 serves several départements"))
            #expect(missing.body.contains("Dordogne (24)"))
        }
    }

    @Test func theAPIAcceptsTheChoiceAndNamesTheFieldWhenItIsWrongOrMissing() async throws {
        try await withTestSite { site in
            let api = try await APIJourney.member(site, email: "curbans-api@example.fr")
            let dossier = try await APIJourney.start(api)

            let missing = try await api.put("\(dossier)/answers/address", json: #"{"line1":"Le village","postalCode":"05110","city":"Curbans"}"#)
            let wrong = try await api.put("\(dossier)/answers/address", json: #"{"line1":"Le village","postalCode":"05110","city":"Curbans","departement":"13"}"#)
            let mismatch = try await api.put("\(dossier)/answers/address", json: #"{"line1":"12 rue des Lilas","postalCode":"75011","city":"Paris","departement":"93"}"#)
            #expect(missing.status == .unprocessableContent)
            #expect(Set(missing.fields.keys) == ["departement"])
            #expect(wrong.fields["departement"]?.contains("04 ou 05") == true)
            #expect(mismatch.fields["departement"]?.contains("75") == true)

            let chosen = try await api.put("\(dossier)/answers/address", json: #"{"line1":"Le village","postalCode":"05110","city":"Curbans","departement":"05"}"#)
            let plain = try await api.put("\(dossier)/answers/address", json: APIJourney.address)
            #expect(chosen.status == .ok, "\(chosen.body)")
            #expect(plain.status == .ok, "a postal code of one département needs no choice")
            let shown = try await api.put("\(dossier)/answers/address", json: #"{"line1":"Le village","postalCode":"05110","city":"Curbans","departement":"05"}"#)
            #expect(((shown.json["answers"] as? [String: Any])?["address"] as? [String: Any])?["departement"] as? String == "05")
        }
    }
}
