import DCEMDossier
import DCEMRules
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// Every civil-status document in a foreign language can carry its sworn translation, not only
/// the two the documents page used to ask about.
@Suite struct SwornTranslationTests {
    @Test func theParentalAuthorityProofCanCarryItsTranslation() async throws {
        try await withTestSite { site in
            // given: a parent's draft, which asks for the proof of parental authority
            let browser = try await Accounts.member(site, email: "traduction@example.fr")
            let dossier = try await Journey.start(browser)
            try await Journey.fillSections(browser, dossier)
            try await Journey.answerSituation(browser, dossier)
            let page = try await browser.get("\(dossier)/pieces")
            #expect(page.body.contains("\(dossier)/pieces/parental-authority-proof/langue"), "the language is asked")

            // when: the family says it is in a foreign language
            let saved = try await browser.post("\(dossier)/pieces/parental-authority-proof/langue",
                                               form: [("language-parental-authority-proof", "other")], csrf: page.csrfToken)

            // then: a slot for its sworn translation
            #expect(saved.status == .seeOther)
            let after = try await browser.get("\(dossier)/pieces")
            #expect(Journey.uploadActions(after).contains { $0.contains("/pieces/parental-authority-proof.traduction") })
        }
    }

    @Test func theChecklistAsksTheLawsList() {
        #expect(UploadSlot.civilStatus == Set(DocumentCode.allCases.filter(\.isCivilStatus)))
        #expect(UploadSlot.civilStatus.contains(.mandatorAuthorityProof))
    }
}
