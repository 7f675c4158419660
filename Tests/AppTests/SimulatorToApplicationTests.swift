import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Testing

@testable import App

/// An eligible result leads to an application, through sign-in, with the simulator's answers
/// carried over (docs/pages.md#from-the-simulator); a page asked while signed out comes back after sign-in.
@Suite struct SimulatorToApplicationTests {
    @Test func anEligibleResultLeadsThroughSignInToADraftWithTheAnswersCarriedOver() async throws {
        try await withTestSite { site in
            // given: a member, signed out, who takes the simulator to an eligible result
            _ = try await Accounts.member(site, email: "simulateur@example.fr")
            let browser = site.browser()
            let csrf = try await SimulatorRoutesTests.start(browser)
            let q = "/simulateur/question/"
            try await SimulatorRoutesTests.answerChildQuestions(browser, csrf: csrf)
            for (id, fields, next) in [("departement", [("departement", "75")], "nombre-de-parents"),
                                       ("nombre-de-parents", [("nombre-de-parents", "1")], "parent-1-nationalite"),
                                       ("parent-1-nationalite", [("parent-1-nationalite", "other")], "parent-1-titre"),
                                       ("parent-1-titre", [("parent-1-titre", "resident")], "parent-1-expiration"),
                                       ("parent-1-expiration", SimulatorRoutesTests.date("parent-1-expiration", "1", "5", "2031"), "beau-parent"),
                                       ("beau-parent", [("beau-parent", "no")], "demandeur"),
                                       ("demandeur", [("demandeur", "parent")], "protection"),
                                       ("protection", [("protection", "none")], "ase"),
                                       ("ase", [("ase", "no")], "arrivee")] {
                try await SimulatorRoutesTests.answer(browser, id, fields, csrf: csrf, next: q + next)
            }
            try await SimulatorRoutesTests.answer(browser, "arrivee", [("arrivee", "other")], csrf: csrf, next: "/simulateur/resultat")

            // when: the result's button, then sign-in
            let result = try await browser.get("/simulateur/resultat")
            #expect(result.body.contains(#"href="/demandes/nouvelle?depuis=simulateur""#))
            let signedOut = try await browser.get("/demandes/nouvelle?depuis=simulateur")
            #expect(signedOut.status == .seeOther)
            let loginURL = try #require(signedOut.location)
            #expect(loginURL == "/compte/connexion?suite=/demandes/nouvelle%3Fdepuis%3Dsimulateur")
            let login = try await browser.get(loginURL)
            let signedIn = try await browser.post(loginURL, form: [("email", "simulateur@example.fr"), ("password", Accounts.personalPassword)],
                                                  csrf: login.csrfToken)
            #expect(signedIn.location == "/demandes/nouvelle?depuis=simulateur")

            // then: the start page says the answers are carried over, with the profile and role they point to
            let start = try await browser.get("/demandes/nouvelle?depuis=simulateur")
            #expect(start.body.contains("Vos réponses au test d’éligibilité sont reprises"))
            #expect(start.body.contains(#"name="depuis" value="simulateur""#))
            #expect(start.body.contains(#"name="profile" value="non-eu-parent-permit" checked"#))
            // one question per page: the situation, then who applies, each offered from the answers
            let situationSent = try await browser.post("/demandes/nouvelle", form: [("document", "dcem"), ("etape", "situation"), ("profile", "non-eu-parent-permit"),
                                                                                   ("depuis", "simulateur")], csrf: start.csrfToken)
            #expect(situationSent.location == "/demandes/nouvelle?profil=non-eu-parent-permit&depuis=simulateur")
            let rolePage = try await browser.get("/demandes/nouvelle?profil=non-eu-parent-permit&depuis=simulateur")
            #expect(rolePage.body.contains(#"name="role" value="parent" checked"#))
            #expect(rolePage.body.contains(#"name="profile" value="non-eu-parent-permit""#))
            let started = try await browser.post("/demandes/nouvelle", form: [("document", "dcem"), ("profile", "non-eu-parent-permit"), ("role", "parent"),
                                                                             ("depuis", "simulateur")], csrf: rolePage.csrfToken)
            let id = try #require(started.location.flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
            let draft = try #require(try await Dossier.find(id, on: site.db))
            let situation = draft.decodedAnswers().situation
            #expect(situation.childBirth?.civil == CivilDate(year: 2016, month: 4, day: 2))
            #expect(situation.departement == "75")
            #expect(situation.parent1?.permit == .resident)
            #expect(situation.applicant == .parent)
        }
    }

    @Test func aStartWithoutTheSimulatorBeginsEmpty() async throws {
        try await withTestSite { site in
            let browser = try await Accounts.member(site, email: "vide@example.fr")
            let start = try await browser.get("/demandes/nouvelle?depuis=simulateur")
            // no answers in this session: nothing to carry over, and the page does not pretend otherwise
            #expect(!start.body.contains("Vos réponses au test d’éligibilité sont reprises"))
            let started = try await browser.post("/demandes/nouvelle", form: [("document", "dcem"), ("profile", "non-eu-parent-permit"), ("role", "parent"),
                                                                             ("depuis", "simulateur")], csrf: start.csrfToken)
            let id = try #require(started.location.flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
            #expect(try #require(try await Dossier.find(id, on: site.db)).decodedAnswers().situation.childBirth == nil)
        }
    }
}

/// The start asks one question per page, in a family's words, offering only what the law can give
/// (docs/pages.md#start).
@Suite struct StartStepsTests {
    @Test func theSituationThenWhoAppliesEachOnItsOwnPage() async throws {
        try await withTestSite { site in
            let browser = try await Accounts.member(site, email: "etapes@example.fr")
            // the first page: one question as the heading, a school trip sent to the school
            let first = try await browser.get("/demandes/nouvelle")
            #expect(first.body.contains("<h1>Quelle phrase décrit la situation de l’enfant ?</h1>"))
            #expect(first.body.contains("c’est l’établissement qui fait la demande"))
            #expect(!first.body.contains(#"name="role""#))
            #expect(!first.body.contains("Un parent français ou européen a un titre de séjour"))
            // nothing chosen: the same page, the question named
            let empty = try await browser.post("/demandes/nouvelle", form: [("document", "dcem"), ("etape", "situation")], csrf: first.csrfToken)
            #expect(empty.status == .unprocessableContent && empty.body.contains(##"href="#profile""##))
            // a parent's situation: the second page asks who applies, never as a service's representative
            let chosen = try await browser.post("/demandes/nouvelle", form: [("document", "dcem"), ("etape", "situation"), ("profile", "eu-no-permit")],
                                                csrf: first.csrfToken)
            #expect(chosen.location == "/demandes/nouvelle?profil=eu-no-permit")
            let second = try await browser.get("/demandes/nouvelle?profil=eu-no-permit")
            #expect(second.body.contains("<h1>Qui êtes-vous pour l’enfant ?</h1>"))
            #expect(!second.body.contains(#"value="legal-person-representative""#))
            #expect(second.body.contains(#"href="/demandes/nouvelle""#))
            let noRole = try await browser.post("/demandes/nouvelle", form: [("document", "dcem"), ("profile", "eu-no-permit")], csrf: second.csrfToken)
            #expect(noRole.status == .unprocessableContent && noRole.body.contains("<h1>Qui êtes-vous pour l’enfant ?</h1>"))
            let started = try await browser.post("/demandes/nouvelle", form: [("document", "dcem"), ("profile", "eu-no-permit"), ("role", "mandatary")],
                                                 csrf: second.csrfToken)
            let id = try #require(started.location.flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
            #expect(try await Dossier.find(id, on: site.db)?.decodedAnswers().situation.applicant == .mandatary)
            // the representative of the ASE or an association has no second page
            let service = try await browser.post("/demandes/nouvelle", form: [("document", "dcem"), ("etape", "situation"), ("profile", "legal-person")],
                                                 csrf: first.csrfToken)
            let serviceID = try #require(service.location.flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
            #expect(try await Dossier.find(serviceID, on: site.db)?.decodedAnswers().situation.applicant == .legalPersonRepresentative)
        }
    }
}
