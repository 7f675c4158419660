import DCEMRules
import DCEMDossier
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// The back office end to end: an agent takes a case filed on the family's side through
/// instruction, a request for documents, decision, convocation, a postponement and hand-over in a
/// browser, and the family sees each step. Forbidden calls answer 404 or 409 and change nothing.
@Suite struct BackOfficeDossierTests {
    /// Posts an action form of the case page, with the version the page showed.
    static func act(_ agent: Browser, _ dossierURL: String, _ action: DossierAction, _ fields: [(String, String)] = [],
                    sourceLocation: SourceLocation = #_sourceLocation) async throws -> Browser.Page {
        let page = try await agent.get(dossierURL)
        let version = try #require(page.body.components(separatedBy: #"name="version" value=""#).dropFirst().first?.prefix { $0 != "\"" },
                                   sourceLocation: sourceLocation)
        return try await agent.post("\(dossierURL)/actions/\(action.rawValue)", form: [("version", String(version))] + fields, csrf: page.csrfToken)
    }

    static func state(_ site: TestSite, _ id: UUID) async throws -> DossierState {
        try #require(try await Dossier.find(id, on: site.db)).currentState
    }

    @Test func anAgentTakesAFiledCaseToHandOverAndTheFamilySeesEachStep() async throws {
        try await withTestSite { site in
            // given: a family's filed case in Paris, a Paris agent signed in, pick-up hours set
            let family = try await Accounts.member(site, email: "parcours@example.fr")
            let (path, id) = try await Journey.filed(family)
            let agent = try await Agents.signedIn(site)
            try await DossierCounterTests.openCounter(site)
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            let first = try await agent.get(dossierURL)
            #expect(first.status == .ok)
            #expect(first.body.contains("Dernier jour pour décider : 24 janvier 2027 (dans 60 jours). Sans décision, le refus implicite naît le 25 janvier 2027 à 0 h."))
            #expect(first.body.contains("Benali"))

            // a decision before instruction is refused with a clear 409, nothing changes
            #expect(try await Self.act(agent, dossierURL, .grant).status == .conflict)
            #expect(try await Self.state(site, id) == .filed)

            // instruction starts: the family sees step 2
            #expect(try await Self.act(agent, dossierURL, .startInstruction).status == .seeOther)
            #expect(try await family.get(path).body.contains("step step--current"))
            #expect(try await site.lastMail(to: "parcours@example.fr", kind: "case-start-instruction") != nil)

            // a request for documents: a missing reason is named; then sent
            let incomplete = try await Self.act(agent, dossierURL, .requestDocuments, [("code-address-proof", "on")])
            #expect(incomplete.status == .unprocessableContent)
            #expect(incomplete.body.contains("href=\"#why\""))
            let asked = try await Self.act(agent, dossierURL, .requestDocuments, [
                ("code-address-proof", "on"), ("why", "Justificatif de plus de trois mois"),
                ("reply-by-day", "20"), ("reply-by-month", "12"), ("reply-by-year", "2026"),
            ])
            #expect(asked.status == .seeOther)
            var familyPage = try await family.get(path)
            #expect(familyPage.body.contains("Justificatif de plus de trois mois"))

            // the family answers; the agent rejects one document with its reason, writes a message
            let upload = try #require(Journey.uploadActions(familyPage).first)
            _ = try await family.upload(upload, fileName: "facture.pdf", type: "application/pdf", bytes: Journey.pdf, csrf: nil)
            _ = try await family.post("\(path)/reponse", form: [], csrf: familyPage.csrfToken)
            #expect(try await Self.state(site, id) == .underInstruction)
            let file = try #require(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).filter(\.$slot == "child-identity").first())
            let verdictURL = "\(dossierURL)/fichiers/\(file.id!.uuidString.lowercased())/avis"
            let name = "verdict-\(file.id!.uuidString.lowercased())"
            let token = try await agent.get(dossierURL).csrfToken
            #expect(try await agent.post(verdictURL, form: [(name, "rejected"), ("\(name)-seen", "none")], csrf: token).status == .unprocessableContent)
            #expect(try await agent.post(verdictURL, form: [(name, "rejected"), ("\(name)-reason", "photo illisible"), ("\(name)-seen", "none")],
                                         csrf: token).status == .seeOther)
            #expect(try await family.get(path).body.contains("photo illisible"))
            let viewed = try await agent.get("\(dossierURL)/fichiers/\(file.id!.uuidString.lowercased())")
            #expect(viewed.headers[.contentDisposition]?.hasPrefix("inline") == true)
            #expect(try await agent.post("\(dossierURL)/messages", form: [("body", "Merci, nous examinons le dossier.")], csrf: token).status == .seeOther)
            #expect(try await site.lastMail(to: "parcours@example.fr", kind: "case-message") != nil)
            #expect(try await family.get("\(path)/messages").body.contains("nous examinons le dossier"))

            // decision: granted; the document is made available with a convocation
            #expect(try await Self.act(agent, dossierURL, .grant).status == .seeOther)
            #expect(try await Self.act(agent, dossierURL, .makeAvailable).status == .seeOther)
            familyPage = try await family.get(path)
            #expect(familyPage.body.contains("26 novembre 2026"))

            // the family asks for another day; the agent gives a slot from 3 December
            let postpone = try await family.get("\(path)/report")
            _ = try await family.post("\(path)/report", form: [("reason", "voyage"), ("available-from-day", "10"), ("available-from-month", "12"), ("available-from-year", "2026")], csrf: postpone.csrfToken)
            let postponementAsked = try await agent.get(dossierURL)
            #expect(postponementAsked.body.contains("voyage"))
            // before accepting: the appointment given, and the slot the family would get from the day they can come
            #expect(postponementAsked.body.contains("Rendez-vous donné à la famille : le 26 novembre 2026 à"))
            #expect(postponementAsked.body.contains("À partir du 10 décembre 2026, le premier créneau libre est le 1"))
            #expect(try await Self.act(agent, dossierURL, .acceptPostponement, [("from-day", "3"), ("from-month", "12"), ("from-year", "2026")]).status == .seeOther)
            #expect(try await family.get(path).body.contains("3 décembre 2026"))

            // hand-over: the agent at the counter sees the appointment the family was given
            #expect(try await agent.get(dossierURL).body.contains("Rendez-vous donné à la famille : le 3 décembre 2026 à"))
            // a short timbre is refused at the field; the right one delivers
            let short = try await Self.act(agent, dossierURL, .handOver, [("present-applicant", "on"), ("present-child", "on"),
                                                                        ("timbre-number", "1234567890123456"), ("timbre-amount", "45")])
            #expect(short.status == .unprocessableContent)
            #expect(short.body.contains("href=\"#timbre-amount\""))
            #expect(try await Self.act(agent, dossierURL, .handOver, [("present-applicant", "on"), ("present-child", "on"),
                                                                   ("timbre-number", "1234567890123456"), ("timbre-amount", "50")]).status == .seeOther)
            #expect(try await Self.state(site, id) == .delivered)
            #expect(try await family.get(path).body.contains("Document remis le"))
            #expect(try await IssuedDocument.query(on: site.db).count() == 1)
        }
    }

    @Test func aStaleVersionAnotherPrefectureAndAFamilyMemberAreRefused() async throws {
        try await withTestSite { site in
            // given
            let family = try await Accounts.member(site, email: "garde@example.fr")
            let (_, id) = try await Journey.filed(family)
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            let paris = try await Agents.signedIn(site)
            let lyon = try await Agents.signedIn(site, prefecture: "69", email: "agent.lyon@interieur.gouv.fr")
            let page = try await paris.get(dossierURL)

            // when: the case moves on after the page was read, then the old form is sent
            try await DossierJourneyTests.workflow(site).startInstruction(id, by: nil)
            let stale = try await paris.post("\(dossierURL)/actions/grant", form: [("version", "1")], csrf: page.csrfToken)

            // then
            #expect(stale.status == .conflict)
            #expect(stale.body.contains("Le dossier a changé entre-temps"))
            #expect(try await Self.state(site, id) == .underInstruction)
            #expect(try await lyon.get(dossierURL).status == .notFound)
            let lyonToken = try await lyon.get("/backoffice/dossiers").csrfToken
            #expect(try await lyon.post("\(dossierURL)/actions/grant", form: [("version", "2")], csrf: lyonToken).status == .notFound)
            let token = try await family.get("/demandes/nouvelle").csrfToken
            let fromFamily = try await family.post("\(dossierURL)/actions/grant", form: [("version", "2")], csrf: token)
            #expect(fromFamily.status == .seeOther)
            #expect(fromFamily.location?.hasPrefix("/backoffice/connexion") == true)
            #expect(try await paris.post("\(dossierURL)/actions/unknown", form: [], csrf: page.csrfToken).status == .notFound)
            #expect(try await Self.state(site, id) == .underInstruction)
        }
    }

    @Test func everyActionPostedWithoutAVersionIsRefusedAndChangesNothing() async throws {
        try await withTestSite { site in
            // given: a filed case an agent has open
            let family = try await Accounts.member(site, email: "sans-version@example.fr")
            let (_, id) = try await Journey.filed(family)
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            let agent = try await Agents.signedIn(site)
            let page = try await agent.get(dossierURL)
            let before = try #require(try await Dossier.find(id, on: site.db))
            let events = try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).count()

            for action in BackOfficeDossierController.agentActions.sorted(by: { $0.rawValue < $1.rawValue }) {
                for version: String? in [nil, "", "abc", "2.5"] {
                    // when: the action comes without a version, or with one that is no whole number
                    let form = (version.map { [("version", $0)] } ?? []) + [("why", "Pièce illisible"), ("reason-identity", "on"),
                                                                           ("present-applicant", "on"), ("present-child", "on")]
                    let answer = try await agent.post("\(dossierURL)/actions/\(action.rawValue)", form: form, csrf: page.csrfToken)

                    // then: a clear error naming the field, and nothing changed
                    #expect(answer.status == .unprocessableContent, "\(action.rawValue) \(version ?? "nil")")
                    #expect(answer.body.contains("Le champ « version »"), "\(action.rawValue)")
                }
            }
            let after = try #require(try await Dossier.find(id, on: site.db))
            #expect(after.version == before.version && after.state == before.state)
            #expect(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).count() == events)
        }
    }
}

@Suite struct BackOfficeRefusalTests {
    @Test func refusalNeedsAReasonAndTheFamilySeesItWithTheAppealRoutes() async throws {
        try await withTestSite { site in
            // given: a case under instruction
            let family = try await Accounts.member(site, email: "refus@example.fr")
            let (path, id) = try await Journey.filed(family)
            let agent = try await Agents.signedIn(site)
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            #expect(try await BackOfficeDossierTests.act(agent, dossierURL, .startInstruction).status == .seeOther)

            // when: no reason, then one
            let missing = try await BackOfficeDossierTests.act(agent, dossierURL, .refuse)
            let refused = try await BackOfficeDossierTests.act(agent, dossierURL, .refuse, [("reason-residence", "on"), ("text", "Adresse inconnue.")])

            // then
            #expect(missing.status == .unprocessableContent)
            #expect(refused.status == .seeOther)
            #expect(try await BackOfficeDossierTests.state(site, id) == .refused)
            let page = try await family.get(path)
            #expect(page.body.contains("La résidence habituelle de l’enfant en France n’est pas établie."))
            #expect(page.body.contains("tribunal administratif"))
            #expect(try await site.lastMail(to: "refus@example.fr", kind: "case-refuse")?.body.contains("recours gracieux") == true)
            // a closed case offers no action
            #expect(try await agent.get(dossierURL).body.contains("Aucune action possible"))
        }
    }

    @Test func aDeclinedPostponementNeedsAReasonAndKeepsTheSlot() async throws {
        try await withTestSite { site in
            // given: a convocation and a request for another day
            try await DossierCounterTests.openCounter(site)
            let (family, path, id) = try await DossierCounterTests.granted(site, email: "decline@example.fr")
            try await DossierJourneyTests.workflow(site).makeAvailable(id, by: nil)
            let form = try await family.get("\(path)/report")
            _ = try await family.post("\(path)/report", form: [("reason", "examens"), ("available-from-day", "10"), ("available-from-month", "12"), ("available-from-year", "2026")], csrf: form.csrfToken)
            let agent = try await Agents.signedIn(site)
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"

            // when
            let missing = try await BackOfficeDossierTests.act(agent, dossierURL, .declinePostponement)
            let declined = try await BackOfficeDossierTests.act(agent, dossierURL, .declinePostponement, [("decline-reason", "plus de créneau en janvier")])

            // then
            #expect(missing.status == .unprocessableContent)
            #expect(declined.status == .seeOther)
            #expect(try await BackOfficeDossierTests.state(site, id) == .documentAvailable)
            #expect(try await family.get(path).body.contains("plus de créneau en janvier"))
        }
    }
}

@Suite struct BackOfficeAssignmentTests {
    @Test func anAgentTakesACaseAndAColleagueCanStillAct() async throws {
        try await withTestSite { site in
            // given
            let family = try await Accounts.member(site, email: "attribue@example.fr")
            let (_, id) = try await Journey.filed(family)
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            let camille = try await Agents.signedIn(site)
            let colleague = try await Agents.signedIn(site, email: "collegue@interieur.gouv.fr")
            let version = try #require(try await Dossier.find(id, on: site.db)).version

            // when: Camille takes it; the colleague starts the instruction anyway
            let page = try await camille.get(dossierURL)
            #expect(page.body.contains("Non attribué"))
            let taken = try await camille.post("\(dossierURL)/attribution", form: [("to", "me"), ("assigned-seen", "none")], csrf: page.csrfToken)
            let started = try await BackOfficeDossierTests.act(colleague, dossierURL, .startInstruction)

            // then: a marker, not a lock, in the history; Camille can give it back
            #expect(taken.status == .seeOther)
            #expect(try await colleague.get(dossierURL).body.contains("Attribué à : Camille Martin"))
            #expect(started.status == .seeOther)
            #expect(try #require(try await Dossier.find(id, on: site.db)).version == version + 1)
            #expect(try await DossierEvent.query(on: site.db).filter(\.$action == "assigned").count() == 1)
            let camilleID = try #require(try await Dossier.find(id, on: site.db)?.assignedAgentID)
            // the colleague's page, shown before Camille took it, cannot take it from her unseen
            let stale = try await colleague.post("\(dossierURL)/attribution", form: [("to", "me"), ("assigned-seen", "none")],
                                                csrf: try await colleague.get(dossierURL).csrfToken)
            #expect(stale.status == .conflict)
            #expect(stale.body.contains("Un collègue a pris ou rendu ce dossier") && stale.body.contains(##"href="#assigned-seen""##))
            #expect(stale.body.contains("Attribué à : Camille Martin"))
            #expect(try await Dossier.find(id, on: site.db)?.assignedAgentID == camilleID)
            let released = try await camille.post("\(dossierURL)/attribution", form: [("to", "none"), ("assigned-seen", camilleID.uuidString.lowercased())],
                                                  csrf: try await camille.get(dossierURL).csrfToken)
            #expect(released.status == .seeOther)
            #expect(try #require(try await Dossier.find(id, on: site.db)).assignedAgentID == nil)
        }
    }
}

/// The refusal arises at 00:00 on its day: the case page names the day before as the last to decide
/// (docs/states.md#transitions).
@Suite struct DeadlineLineTests {
    @Test(arguments: [
        // (today, implicit-refusal day, line)
        ("2026-12-01", "2026-12-04", "Dernier jour pour décider : 3 décembre 2026 (dans 2 jours). Sans décision, le refus implicite naît le 4 décembre 2026 à 0 h."),
        ("2026-12-03", "2026-12-04", "Dernier jour pour décider : 3 décembre 2026 (aujourd’hui). Sans décision, le refus implicite naît le 4 décembre 2026 à 0 h."),
        ("2026-12-04", "2026-12-04", "Délai écoulé : le refus implicite est né le 4 décembre 2026 à 0 h ; le dossier va passer en refus implicite dans quelques instants."),
    ])
    func theLastDayToDecideIsTheDayBeforeTheRefusal(today: String, refusal: String, line: String) throws {
        let dossier = try Dossier(userID: UUID(), profile: .nonEuropeanParentWithPermit, answers: DossierAnswers(), now: testNow)
        dossier.state = DossierState.underInstruction.rawValue
        dossier.implicitRefusalOn = refusal
        let page = PageContext(language: .fr, path: "/")
        #expect(BackOfficeDossierModel.deadline(page, dossier, today: try #require(CivilDate(iso: today))) == line)
    }

    @Test(arguments: [("2026-12-01", "3 décembre 2026"), ("2026-12-03", "aujourd’hui, 3 décembre 2026"), ("2026-12-04", "délai écoulé (refus implicite)")])
    func theQueueShowsTheLastDayToDecide(today: String, shown: String) throws {
        let page = PageContext(language: .fr, path: "/")
        #expect(BackOfficeQueueModel.lastDay(refusal: try #require(CivilDate(iso: "2026-12-04")), today: try #require(CivilDate(iso: today)), page) == shown)
    }
}
