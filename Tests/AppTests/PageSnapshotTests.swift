import DCEMRules
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import App

/// Every page in its main states, in French and in English, compared with its golden HTML
/// (`SnapshotSupport.swift` says how a page changed on purpose is re-recorded).
///
/// One walk per language: a visitor, a family that files three cases (one granted and handed
/// over, one refused, one withdrawn), and the préfecture's agent and supervisor who decide them.
@Suite struct PageSnapshotTests {
    @Test(arguments: [Language.fr, .en]) func everyPageInItsMainStates(language: Language) async throws {
        let clock = SteppedClock(testNow)
        try await withTestSite(dependencies: { $0.now = { clock.now } }) { site in
            let shots = Snapshots(suffix: language.rawValue)
            func shot(_ name: String, _ page: Browser.Page, status: HTTPResponse.Status = .ok, sourceLocation: SourceLocation = #_sourceLocation) {
                #expect(page.status == status, "\(name)", sourceLocation: sourceLocation)
                shots.check(name, page.body, sourceLocation: sourceLocation)
            }
            func speak(_ browser: Browser) async throws { _ = try await browser.get("/?lang=\(language.rawValue)") }

            // The agents sign in first: their one-time codes are computed at the test's start.
            let agent = try await Agents.signedIn(site)
            try await speak(agent)
            let supervisor = try await Agents.signedIn(site, email: "chef@interieur.gouv.fr", role: "supervisor")
            try await speak(supervisor)
            try await DossierCounterTests.openCounter(site)

            // A visitor: the public pages, the simulator, the account pages.
            let visitor = site.browser()
            try await speak(visitor)
            shot("home", try await visitor.get("/"))
            for information in InformationPage.allCases { shot("information-\(information.rawValue)", try await visitor.get("/\(information.rawValue)")) }
            shot("not-found", try await visitor.get("/page-qui-n-existe-pas"), status: .notFound)
            shot("simulator-start", try await visitor.get("/simulateur"))
            let question = try await visitor.get("/simulateur/question/nationalite-enfant")
            shot("simulator-question", question)
            shot("simulator-question-error", try await visitor.post("/simulateur/question/nationalite-enfant", form: [], csrf: question.csrfToken),
                 status: .unprocessableContent)
            var next = "/simulateur/question/nationalite-enfant"
            for _ in 0..<30 where next.hasPrefix("/simulateur/question/") {
                let id = String(next.dropFirst("/simulateur/question/".count))
                let fields = try #require(Self.simulatorAnswers[id], "no answer for \(id)")
                let page = try await visitor.get(next)
                next = try #require(try await visitor.post(next, form: fields, csrf: page.csrfToken).location)
            }
            #expect(next == "/simulateur/resultat")
            shot("simulator-result-eligible", try await visitor.get("/simulateur/resultat"))
            let french = site.browser()
            try await speak(french)
            let frenchQuestion = try await french.get("/simulateur/question/nationalite-enfant")
            _ = try await french.post("/simulateur/question/nationalite-enfant", form: [("nationalite-enfant", "french")], csrf: frenchQuestion.csrfToken)
            shot("simulator-result-not-needed", try await french.get("/simulateur/resultat"))

            // The public check of a DCEM: the form, its errors, "no document matches".
            let verification = try await visitor.get("/verifier")
            shot("verification", verification)
            shot("verification-error", try await visitor.post("/verifier", form: [("numero", "D075!"), ("naissance-day", "31"), ("naissance-month", "2"),
                                                                                  ("naissance-year", "2015")], csrf: verification.csrfToken),
                 status: .unprocessableContent)
            shot("verification-no-match", try await visitor.post("/verifier", form: [("numero", "D07526000404"), ("naissance-day", "12"),
                                                                                     ("naissance-month", "5"), ("naissance-year", "2015")],
                                                                 csrf: verification.csrfToken))

            let signUp = try await visitor.get("/compte/creer")
            shot("sign-up", signUp)
            shot("sign-up-error", try await visitor.post("/compte/creer", form: [("email", "pas-une-adresse")], csrf: signUp.csrfToken),
                 status: .unprocessableContent)
            let login = try await visitor.get("/compte/connexion")
            shot("login", login)
            shot("login-error", try await visitor.post("/compte/connexion", form: [("email", "inconnu@example.fr"), ("password", "mauvais")],
                                                       csrf: login.csrfToken), status: .unprocessableContent)
            shot("forgot-password", try await visitor.get("/compte/mot-de-passe-oublie"))
            shot("forgot-password-sent", try await visitor.get("/compte/mot-de-passe-oublie/envoye"))
            shot("sign-up-sent", try await visitor.get("/compte/creer/envoye"))
            shot("back-office-login", try await visitor.get("/backoffice/connexion"))

            // An agent's first login: the one-time code set-up, then their own password.
            let created = try await Agents.create(site, email: "nouvel.agent@interieur.gouv.fr")
            let newcomer = site.browser()
            try await speak(newcomer)
            _ = try await Agents.password(newcomer, email: "nouvel.agent@interieur.gouv.fr", password: created.temporaryPassword)
            shot("back-office-code-set-up", try await newcomer.get("/backoffice/connexion/code"))
            _ = try await Agents.sendCode(newcomer, try await Agents.code(site, email: "nouvel.agent@interieur.gouv.fr"))
            shot("back-office-own-password", try await newcomer.get("/backoffice/mot-de-passe"))

            // The family: an empty account, then a case from its first page to filing.
            let family = try await Accounts.member(site, email: "famille@example.fr")
            try await speak(family)
            shot("my-applications-empty", try await family.get("/mes-demandes"))
            shot("account", try await family.get("/compte"))
            shot("change-password", try await family.get("/compte/mot-de-passe"))
            shot("dossier-start", try await family.get("/demandes/nouvelle"))
            clock.advance()
            let dossier = try await Journey.start(family)
            shot("task-list-new", try await family.get(dossier))
            let childForm = try await family.get("\(dossier)/enfant")
            shot("section-child", childForm)
            shot("section-child-errors", try await family.post("\(dossier)/enfant", form: [("surname", ""), ("passportExpires-day", "31"),
                                                                                           ("passportExpires-month", "2"), ("passportExpires-year", "2030")],
                                                               csrf: childForm.csrfToken), status: .unprocessableContent)
            shot("section-parents", try await family.get("\(dossier)/parents"))
            shot("section-applicant", try await family.get("\(dossier)/demandeur"))
            shot("section-address", try await family.get("\(dossier)/adresse"))
            let early = try await family.get("\(dossier)/verifier")
            shot("check-answers-incomplete", early)
            shot("filing-refused-incomplete", try await family.post("\(dossier)/deposer", form: [], csrf: early.csrfToken), status: .unprocessableContent)
            clock.advance()
            try await Journey.fillSections(family, dossier)
            shot("situation-question", try await family.get("\(dossier)/situation/nationalite-enfant"))
            try await Journey.answerSituation(family, dossier)
            shot("documents-empty", try await family.get("\(dossier)/pieces"))
            clock.advance()
            try await Journey.uploadDocuments(family, dossier)
            shot("documents-complete", try await family.get("\(dossier)/pieces"))
            shot("photos-empty", try await family.get("\(dossier)/photos"))
            try await Journey.uploadPhotos(family, dossier)
            shot("task-list-complete", try await family.get(dossier))
            let check = try await family.get("\(dossier)/verifier")
            shot("check-answers-complete", check)
            clock.advance()
            let filed = try await family.post("\(dossier)/deposer", form: [], csrf: check.csrfToken)
            #expect(filed.status == .seeOther)
            shot("filing-confirmation", try await family.get("\(dossier)/confirmation"))
            shot("case-filed", try await family.get(dossier))
            shot("receipt-filed", try await family.get("\(dossier)/accuse-de-reception"))
            shot("cerfa", try await family.get("\(dossier)/cerfa"))
            shot("messages-empty", try await family.get("\(dossier)/messages"))
            shot("withdraw-form", try await family.get("\(dossier)/retirer"))
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"

            // The préfecture instructs: documents asked, answered, a file rejected, a message.
            shot("back-office-queue", try await agent.get("/backoffice/dossiers"))
            shot("back-office-case-filed", try await agent.get(dossierURL))
            clock.advance()
            #expect(try await BackOfficeDossierTests.act(agent, dossierURL, .startInstruction).status == .seeOther)
            shot("back-office-case-under-instruction", try await agent.get(dossierURL))
            shot("back-office-request-errors", try await BackOfficeDossierTests.act(agent, dossierURL, .requestDocuments, [("code-address-proof", "on")]),
                 status: .unprocessableContent)
            clock.advance()
            #expect(try await BackOfficeDossierTests.act(agent, dossierURL, .requestDocuments, [
                ("code-address-proof", "on"), ("why", "Justificatif de plus de trois mois"),
                ("reply-by-day", "20"), ("reply-by-month", "12"), ("reply-by-year", "2026"),
            ]).status == .seeOther)
            let asked = try await family.get(dossier)
            shot("case-awaiting-documents", asked)
            shot("back-office-case-awaiting-documents", try await agent.get(dossierURL))
            clock.advance()
            let upload = try #require(Journey.uploadActions(asked).first)
            _ = try await family.upload(upload, fileName: "facture.pdf", type: "application/pdf", bytes: Journey.pdf, csrf: nil)
            shot("case-documents-answered", try await family.get(dossier))
            _ = try await family.post("\(dossier)/reponse", form: [], csrf: asked.csrfToken)
            clock.advance()
            let file = try #require(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).filter(\.$slot == "child-identity").first())
            let verdictName = "verdict-\(file.id!.uuidString.lowercased())"
            let token = try await agent.get(dossierURL).csrfToken
            _ = try await agent.post("\(dossierURL)/fichiers/\(file.id!.uuidString.lowercased())/avis",
                                     form: [(verdictName, "rejected"), ("\(verdictName)-reason", "photo illisible"), ("\(verdictName)-seen", "none")], csrf: token)
            clock.advance()
            _ = try await agent.post("\(dossierURL)/messages", form: [("body", "Merci, nous examinons le dossier.")], csrf: token)
            shot("back-office-case-resumed", try await agent.get(dossierURL))
            shot("case-under-instruction", try await family.get(dossier))
            shot("messages", try await family.get("\(dossier)/messages"))

            // Granted, made available, postponed, handed over.
            clock.advance()
            #expect(try await BackOfficeDossierTests.act(agent, dossierURL, .grant).status == .seeOther)
            shot("case-granted", try await family.get(dossier))
            shot("back-office-case-granted", try await agent.get(dossierURL))
            clock.advance()
            #expect(try await BackOfficeDossierTests.act(agent, dossierURL, .makeAvailable).status == .seeOther)
            shot("case-available", try await family.get(dossier))
            shot("convocation", try await family.get("\(dossier)/convocation"))
            let postpone = try await family.get("\(dossier)/report")
            shot("postponement-form", postpone)
            clock.advance()
            _ = try await family.post("\(dossier)/report", form: [("reason", "voyage scolaire"), ("available-from-day", "10"), ("available-from-month", "12"), ("available-from-year", "2026")], csrf: postpone.csrfToken)
            shot("case-postponement-requested", try await family.get(dossier))
            shot("back-office-case-postponement-requested", try await agent.get(dossierURL))
            clock.advance()
            #expect(try await BackOfficeDossierTests.act(agent, dossierURL, .acceptPostponement,
                                                      [("from-day", "3"), ("from-month", "12"), ("from-year", "2026")]).status == .seeOther)
            shot("case-postponement-accepted", try await family.get(dossier))
            shot("back-office-hand-over-errors", try await BackOfficeDossierTests.act(agent, dossierURL, .handOver, [
                ("present-applicant", "on"), ("present-child", "on"), ("timbre-number", "1234567890123456"), ("timbre-amount", "45"),
            ]), status: .unprocessableContent)
            clock.advance()
            #expect(try await BackOfficeDossierTests.act(agent, dossierURL, .handOver, [
                ("present-applicant", "on"), ("present-child", "on"), ("timbre-number", "1234567890123456"), ("timbre-amount", "50"),
            ]).status == .seeOther)
            shot("case-delivered", try await family.get(dossier))
            shot("back-office-case-delivered", try await agent.get(dossierURL))
            shot("receipt-after-decision", try await family.get("\(dossier)/accuse-de-reception"))

            // A second child's case, refused; a third, withdrawn by the family.
            clock.advance()
            let (refusedPath, refusedID) = try await Journey.filed(family, childSurname: "Haddad")
            let refusedURL = "/backoffice/dossiers/\(refusedID.uuidString.lowercased())"
            clock.advance()
            #expect(try await BackOfficeDossierTests.act(agent, refusedURL, .startInstruction).status == .seeOther)
            clock.advance()
            #expect(try await BackOfficeDossierTests.act(agent, refusedURL, .refuse, [("reason-residence", "on"), ("text", "Résidence non établie.")])
                .status == .seeOther)
            shot("case-refused", try await family.get(refusedPath))
            shot("decision-letter", try await family.get("\(refusedPath)/decision"))
            shot("back-office-case-refused", try await agent.get(refusedURL))
            clock.advance()
            let (withdrawnPath, _) = try await Journey.filed(family, childSurname: "Okafor")
            clock.advance()
            let withdrawForm = try await family.get("\(withdrawnPath)/retirer")
            _ = try await family.post("\(withdrawnPath)/retirer", form: [], csrf: withdrawForm.csrfToken)
            shot("case-withdrawn", try await family.get(withdrawnPath))
            shot("my-applications", try await family.get("/mes-demandes"))

            // The préfecture's other pages.
            shot("back-office-queue-after", try await agent.get("/backoffice/dossiers"))
            shot("back-office-assisted", try await agent.get("/backoffice/guichet"))
            shot("back-office-calendar", try await supervisor.get("/backoffice/horaires"))
            shot("back-office-statistics", try await supervisor.get("/backoffice/statistiques"))
            shot("back-office-agents", try await supervisor.get("/backoffice/agents"))
            shot("back-office-agent-new", try await supervisor.get("/backoffice/agents/nouveau"))

            // A school trip of the family's (its head): the préfecture's tab, the trip's page as it
            // moves, the printed document; the head's page once decided.
            clock.advance()
            let trip = try await TripDeskTests.filed(site, head: try await family.userID(site))
            shot("back-office-trips", try await agent.get("/backoffice/voyages"))
            shot("back-office-trip-filed", try await agent.get(trip.path))
            var tripPage = try await agent.get(trip.path)
            clock.advance()
            #expect(try await agent.post("\(trip.path)/actions/start-instruction", form: [("version", "1")], csrf: tripPage.csrfToken).status == .seeOther)
            shot("back-office-trip-under-instruction", try await agent.get(trip.path))
            shot("back-office-trip-grant-pending", try await agent.post("\(trip.path)/actions/grant", form: [("version", "2")], csrf: tripPage.csrfToken),
                 status: .unprocessableContent)
            for (pupil, verdict, note) in [(trip.pupils[0], "kept", ""), (trip.pupils[1], "kept", ""), (trip.pupils[2], "struck-off:photo-missing", "")] {
                let key = pupil.id!.uuidString.lowercased()
                clock.advance()
                _ = try await agent.post("\(trip.path)/eleves/\(key)/verdict", form: [("verdict-\(key)", verdict), ("note-\(key)", note), ("seen-\(key)", "pending")],
                                         csrf: tripPage.csrfToken)
            }
            clock.advance()
            _ = try await agent.post("\(trip.path)/messages", form: [("body", "La photo de Rui Silva manque.")], csrf: tripPage.csrfToken)
            clock.advance()
            #expect(try await agent.post("\(trip.path)/actions/grant", form: [("version", "2")], csrf: tripPage.csrfToken).status == .seeOther)
            clock.advance()
            #expect(try await agent.post("\(trip.path)/actions/make-available", form: [("version", "3")], csrf: tripPage.csrfToken).status == .seeOther)
            tripPage = try await agent.get(trip.path)
            shot("back-office-trip-available", tripPage)
            shot("back-office-trip-document", try await agent.get("\(trip.path)/document"))
            shot("school-trip-available", try await family.get(trip.headPath))

            // A family whose answers make the child an adult: the reason and the answers to change.
            let adult = try await Accounts.member(site, email: "majeur@example.fr")
            try await speak(adult)
            let adultDraft = try await Journey.start(adult)
            try await Journey.fillSections(adult, adultDraft)
            try await Journey.answerSituation(adult, adultDraft, changing: ["naissance": [("naissance-day", "12"), ("naissance-month", "5"), ("naissance-year", "2000")]])
            shot("task-list-not-eligible", try await adult.get(adultDraft))
            shot("situation-not-eligible", try await adult.get("\(adultDraft)/situation"))
        }
    }

    /// A child of a parent holding a resident card, by the simulator's question addresses.
    /// A school trip's pages on the head's side: the trip with its pupils and what they still lack,
    /// a pupil's documents (three given, the photo missing; then a PDF sent as the photo), the
    /// attestation and list to print.
    @Test(arguments: [Language.fr, .en]) func aSchoolTripsPages(language: Language) async throws {
        try await withTestSite { site in
            let shots = Snapshots(suffix: language.rawValue)
            func shot(_ name: String, _ page: Browser.Page, status: HTTPResponse.Status = .ok, sourceLocation: SourceLocation = #_sourceLocation) {
                #expect(page.status == status, "\(name)", sourceLocation: sourceLocation)
                shots.check(name, page.body, sourceLocation: sourceLocation)
            }
            let head = try await Accounts.member(site, email: "proviseur@example.fr")
            _ = try await head.get("/?lang=\(language.rawValue)")
            let trip = try await TripPupilDocumentsTests.trip(site, head: head)
            let pupilPath = SiteURL.schoolTripPupil(trip.id, trip.diallo).path
            var page = try await head.get(pupilPath)
            for kind in [CollectiveTravelDocument.parentalAuthorization, .parentsResidencePermits, .identityDocument] {
                #expect(try await head.upload(try TripPupilDocumentsTests.action(page, kind), fileName: "\(kind.rawValue).pdf", type: "application/pdf",
                                              bytes: Journey.pdf, csrf: nil).status == .seeOther)
            }
            try await SchoolTripTests.giveDocuments(head, trip: trip.id, pupils: [trip.silva])
            shot("school-trip-draft", try await head.get(trip.path))
            page = try await head.get(pupilPath)
            shot("school-trip-pupil", page)
            shot("school-trip-pupil-error", try await head.upload(try TripPupilDocumentsTests.action(page, .photo), fileName: "photo.pdf",
                                                                  type: "application/pdf", bytes: Journey.pdf, csrf: nil), status: .unprocessableContent)
            shot("school-trip-pupil-not-on-document", try await head.get(SiteURL.schoolTripPupil(trip.id, trip.martin).path))
            shot("school-trip-attestation", try await head.get("\(trip.path)/attestation"))
        }
    }

    static let simulatorAnswers: [String: [(String, String)]] = Journey.situation.merging([
        "departement": [("departement", "75")],
        "nombre-de-parents": [("nombre-de-parents", "1")],
        "demandeur": [("demandeur", "parent")],
    ]) { first, _ in first }
}
