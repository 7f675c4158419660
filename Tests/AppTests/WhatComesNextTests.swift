import DCEMRules
import FluentKit
import Foundation
import Testing

@testable import App

/// Once decided, the case page says the one thing to do next (docs/pages.md#what-comes-next): how
/// to challenge a refusal, until when and before which court (docs/law.md#appeal); the right to an
/// implicit refusal's reasons; what follows a grant.
@Suite struct WhatComesNextTests {
    static func refused(_ site: TestSite, email: String, postalCode: String = "75011", city: String = "Paris") async throws -> (Browser, String, UUID) {
        let browser = try await Accounts.member(site, email: email)
        let dossier = try await Journey.complete(browser, childSurname: "Haddad", postalCode: postalCode, city: city)
        let check = try await browser.get("\(dossier)/verifier")
        #expect(try await browser.post("\(dossier)/deposer", form: [], csrf: check.csrfToken).status == .seeOther)
        let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
        let workflow = DossierJourneyTests.workflow(site)
        try await workflow.startInstruction(id, by: nil)
        try await workflow.refuse(id, by: nil, reasons: [.residence], text: "Résidence non établie.")
        return (browser, dossier, id)
    }

    @Test func aRefusedFamilyReadsHowToChallengeUntilWhenAndBeforeWhichCourt() async throws {
        try await withTestSite { site in
            // given: a case in Paris refused on 25 November 2026
            let (family, dossier, id) = try await Self.refused(site, email: "recours@example.fr")
            let reference = try #require(try await Dossier.find(id, on: site.db)?.reference)

            // when
            let page = try await family.get(dossier)
            let english = try await family.get("\(dossier)?lang=en")

            // then: the routes, the last day two months on, Paris's court, the letter to print
            #expect(page.body.contains("<h3>Contester la décision</h3>"))
            #expect(page.body.contains("jusqu’au 25 janvier 2027"))
            #expect(page.body.contains("saisir le tribunal administratif de Paris"))
            #expect(page.body.contains(#"href="\#(dossier)/decision""#))
            #expect(!page.body.contains("Rien pour l’instant"))
            // the document will not come: its step does not apply, rather than "to come"
            #expect(page.body.contains("Sans objet") && !page.body.contains("À venir"))
            #expect(english.body.contains("Challenge the decision") && english.body.contains("until 25 January 2027"))

            // the letter: reference, reasons, the agent's text, the routes
            let letter = try await family.get("\(dossier)/decision?lang=fr")
            #expect(letter.status == .ok)
            #expect(letter.body.contains(#"class="print-reference""#))
            #expect(letter.body.contains("Résidence non établie."))
            #expect(letter.body.contains("Décision du 25 novembre 2026"))
            #expect(letter.body.contains("tribunal administratif de Paris"))
            // the mail's subject says what happened
            #expect(try await site.lastMail(to: "recours@example.fr", kind: "case-refuse")?.subject == "Demande \(reference) : refusée")
        }
    }

    @Test func theCourtIsTheOneOfThePrefectureThatDecided() async throws {
        try await withTestSite { site in
            // given: a child living in Montreuil (Seine-Saint-Denis), whose préfecture's court sits in Montreuil since 2015
            let (family, dossier, _) = try await Self.refused(site, email: "montreuil@example.fr", postalCode: "93100", city: "Montreuil")

            // then
            let page = try await family.get(dossier)
            #expect(page.body.contains("saisir le tribunal administratif de Montreuil"))
            #expect(!page.body.contains("tribunal administratif de Paris"))
        }
    }

    @Test func anImplicitRefusalOffersToAskForItsReasonsWithTheMessageWritten() async throws {
        try await withTestSite { site in
            // given: silence until 25 January 2027 (rule 2)
            let family = try await Accounts.member(site, email: "motifs@example.fr")
            let (dossier, id) = try await Journey.filed(family)
            _ = try await DossierSchedulerTests.scheduler(site, on: CivilDate(year: 2027, month: 1, day: 25)!).runOnce()
            let reference = try #require(try await Dossier.find(id, on: site.db)?.reference)

            // when
            let page = try await family.get(dossier)

            // then: the last day counts from the implicit refusal, the request is one link away, already written
            #expect(page.body.contains("jusqu’au 25 mars 2027"))
            #expect(page.body.contains(#"href="\#(dossier)/messages?modele=motifs""#))
            let messages = try await family.get("\(dossier)/messages?modele=motifs")
            #expect(messages.body.contains("motifs du refus implicite né le 25 janvier 2027"))
            #expect(messages.body.contains(reference))
            #expect(messages.body.contains("L. 232-4"))
            // without the template, or for a case that was not refused implicitly, the message starts empty
            #expect(!(try await family.get("\(dossier)/messages")).body.contains("L. 232-4"))
            let letter = try await family.get("\(dossier)/decision")
            #expect(letter.body.contains("La demande est refusée implicitement") && letter.body.contains("Décision du 25 janvier 2027"))
        }
    }

    @Test func aGrantedFamilyReadsTheDocumentsNumberAndWhatComesNext() async throws {
        try await withTestSite { site in
            let (family, dossier, id) = try await DossierCounterTests.granted(site, email: "accorde@example.fr")
            let number = try #require(try await Dossier.find(id, on: site.db)?.decodedOutcome()?.dcemNumber)

            let page = try await family.get(dossier)

            #expect(page.body.contains("La préfecture prépare le document"))
            #expect(page.body.contains("Numéro du document : \(number)"))
            #expect(!page.body.contains("Contester la décision"))
            // only a refusal has a decision letter to print: elsewhere the address leads back to the case
            let letter = try await family.get("\(dossier)/decision")
            #expect(letter.status == .seeOther && letter.location == dossier)
        }
    }

    @Test func anotherFamilysDecisionLetterIsNotFound() async throws {
        try await withTestSite { site in
            let (_, dossier, _) = try await Self.refused(site, email: "titulaire@example.fr")
            let stranger = try await Accounts.member(site, email: "autre@example.fr")
            #expect(try await stranger.get("\(dossier)/decision").status == .notFound)
        }
    }
}
