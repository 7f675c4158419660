import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import NIOCore
import Testing

@testable import App

/// The préfecture's side of a school trip and what the school sees of it, through the app
/// (docs/pages.md#the-prefectures-side-of-a-school-trip): the tab, the trip's page, each move once,
/// the 409s of a stale form, the 404s of another préfecture, the date guard, the printed document.
@Suite struct TripDeskTests {
    struct Filed {
        let trip: CollectiveTrip
        let pupils: [TripPupil]
        let path: String
        let headPath: String
    }

    /// A trip of the lycée Henri-IV (Paris) filed on 25 November 2026: Italy, 20 to 23 December,
    /// three pupils; Diallo has a photo and an authorization, the others nothing yet.
    static func filed(_ site: TestSite, head userID: UUID, departure: String = "2026-12-20", returnOn: String = "2026-12-23",
                      state: CollectiveTravelState = .filed, verdicts: String? = nil) async throws -> Filed {
        let school = try await SchoolTripTests.approvedSchool(site, head: userID)
        let trip = CollectiveTrip(school: school, userID: userID, now: testNow)
        trip.state = state.rawValue
        trip.destinations = "IT"
        trip.departure = departure
        trip.returnOn = returnOn
        trip.placeOfStay = "Auberge, Rome"
        trip.teacherName = "Jeanne Petit"
        trip.teacherOfSchool = true
        trip.adults = "Marc Roux"
        trip.reference = "DVC-75-2026-000007"
        trip.filedOn = "2026-11-25"
        try await trip.create(on: site.db)
        try await TripEvents.append(to: trip.id!, actor: .schoolHead, actorID: userID, action: "file", details: "", at: testNow, on: site.db)
        var pupils: [TripPupil] = []
        for (surname, given, born, nationality) in [("Diallo", "Awa", "2012-03-04", "SN"), ("Benali", "Sami", "2012-04-02", "DZ"),
                                                    ("Silva", "Rui", "2013-01-01", "BR")] {
            let pupil = TripPupil(tripID: trip.id!, minor: CollectiveTravelMinor(surname: surname, givenNames: given, birthDate: CivilDate(iso: born)!,
                                                                              birthPlace: "Dakar", nationalities: [Country(code: nationality)!]), now: testNow)
            pupil.verdict = verdicts
            try await pupil.create(on: site.db)
            pupils.append(pupil)
        }
        let files = SharedStoreTests.files(site)  // the store the app reads: the folder with SQLite, the database with PostgreSQL
        for (kind, bytes, type) in [(CollectiveTravelDocument.photo, Journey.jpeg, "image/jpeg"), (.parentalAuthorization, Journey.pdf, "application/pdf")] {
            let stored = try await files.store(ByteBuffer(bytes: bytes))
            try await TripPupilDocument(tripID: trip.id!, pupilID: pupils[0].id!, kind: kind, stored: stored, mediaType: type, originalName: "x",
                                        by: userID, now: testNow).create(on: site.db)
        }
        let id = trip.id!.uuidString.lowercased()
        return Filed(trip: trip, pupils: pupils, path: "/backoffice/voyages/\(id)", headPath: "/etablissement/voyages/\(id)")
    }

    static func state(_ site: TestSite, _ filed: Filed) async throws -> CollectiveTravelState {
        try #require(try await CollectiveTrip.find(filed.trip.id!, on: site.db)).currentState
    }

    static func version(_ site: TestSite, _ filed: Filed) async throws -> String {
        String(try #require(try await CollectiveTrip.find(filed.trip.id!, on: site.db)).version)
    }

    @Test func theAgentExaminesStrikesOnePupilOffGrantsAndPrintsTheHeadSeesTheDecision() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "proviseur@example.fr")
            let filed = try await Self.filed(site, head: try await head.userID(site))
            let agent = try await Agents.signedIn(site)

            // the tab: on the queue's bar, the trip with its days left and pupils
            #expect(try await agent.get("/backoffice/dossiers").body.contains("Voyages scolaires"))
            let tab = try await agent.get("/backoffice/voyages")
            #expect(tab.status == .ok)
            #expect(tab.body.contains("DVC-75-2026-000007"))
            #expect(tab.body.contains("Lycée Henri-IV"))
            #expect(tab.body.contains("dans 25 jours"))

            // the page: the school and its UAI, the pupils, the documents
            var page = try await agent.get(filed.path)
            #expect(page.status == .ok)
            #expect(page.body.contains("0750654D"))
            #expect(page.body.contains("Claire Martin"))
            #expect(page.body.contains("DIALLO Awa"))
            let documents = try await TripPupilDocument.query(on: site.db).all()
            for document in documents {
                let download = try await agent.get("\(filed.path)/pieces/\(document.id!.uuidString.lowercased())")
                #expect(download.status == .ok, "\(download.body.prefix(300))")
                #expect(download.headers[.xContentTypeOptions] == "nosniff")
                let disposition = download.headers[.contentDisposition] ?? ""
                #expect(disposition.hasPrefix(document.mediaType == "image/jpeg" ? "inline" : "attachment"))
            }
            #expect(try await agent.get("\(filed.path)/pieces/\(UUID().uuidString.lowercased())").status == .notFound)

            // no verdict before the instruction starts
            let early = try await agent.post("\(filed.path)/eleves/\(filed.pupils[0].id!.uuidString.lowercased())/verdict",
                                             form: [("verdict-\(filed.pupils[0].id!.uuidString.lowercased())", "kept"), ("seen-\(filed.pupils[0].id!.uuidString.lowercased())", "pending")],
                                             csrf: page.csrfToken)
            #expect(early.status == .conflict)

            // start the instruction; the same form again moves nothing (409)
            let start = try await agent.post("\(filed.path)/actions/start-instruction", form: [("version", "1")], csrf: page.csrfToken)
            #expect(start.status == .seeOther)
            let again = try await agent.post("\(filed.path)/actions/start-instruction", form: [("version", "1")], csrf: page.csrfToken)
            #expect(again.status == .conflict)
            #expect(again.body.contains("rien n’a été fait"))
            #expect(try await Self.state(site, filed) == .underInstruction)
            #expect(try await TripEvent.query(on: site.db).filter(\.$action == "start-instruction").count() == 1)

            // verdicts: a grant with pupils still pending is refused naming them
            page = try await agent.get(filed.path)
            func verdict(_ pupil: TripPupil, _ value: String, note: String = "", seen: String = "pending") async throws -> Browser.Page {
                let key = pupil.id!.uuidString.lowercased()
                return try await agent.post("\(filed.path)/eleves/\(key)/verdict", form: [("verdict-\(key)", value), ("note-\(key)", note), ("seen-\(key)", seen)],
                                            csrf: page.csrfToken)
            }
            #expect(try await verdict(filed.pupils[0], "kept").status == .seeOther)
            var version = try await Self.version(site, filed)
            let pending = try await agent.post("\(filed.path)/actions/grant", form: [("version", version)], csrf: page.csrfToken)
            #expect(pending.status == .unprocessableContent)
            #expect(pending.body.contains("BENALI Sami, SILVA Rui"))
            // "other" needs a note; a stale verdict form is a 409
            #expect(try await verdict(filed.pupils[2], "struck-off:other").status == .unprocessableContent)
            #expect(try await verdict(filed.pupils[0], "struck-off:photo-missing").status == .conflict)
            #expect(try await verdict(filed.pupils[1], "kept").status == .seeOther)
            #expect(try await verdict(filed.pupils[2], "struck-off:parental-authorization-missing", note: "pas signée").status == .seeOther)

            // ask for documents: the text is required; then the school is mailed and answers
            version = try await Self.version(site, filed)
            let empty = try await agent.post("\(filed.path)/actions/request-documents",
                                             form: [("version", version), ("reply-by-day", "10"), ("reply-by-month", "12"), ("reply-by-year", "2026")],
                                             csrf: page.csrfToken)
            #expect(empty.status == .unprocessableContent)
            #expect(try await agent.post("\(filed.path)/actions/request-documents",
                                         form: [("version", version), ("request-text", "L’autorisation de Rui Silva, signée."), ("reply-by-day", "10"),
                                                ("reply-by-month", "12"), ("reply-by-year", "2026")], csrf: page.csrfToken).status == .seeOther)
            #expect(try await site.lastMail(to: "proviseur@example.fr", kind: "trip-request-documents") != nil)
            var headPage = try await head.get(filed.headPath)
            #expect(headPage.body.contains("L’autorisation de Rui Silva, signée."))
            #expect(headPage.body.contains("10 décembre 2026"))
            #expect(headPage.body.contains("Envoyer les pièces demandées"))
            version = try await Self.version(site, filed)
            #expect(try await head.post("\(filed.headPath)/actions/answer-request", form: [("version", version)], csrf: headPage.csrfToken).status == .seeOther)
            #expect(try await Self.state(site, filed) == .underInstruction)

            // grant: the school is mailed; the number given
            page = try await agent.get(filed.path)
            #expect(page.body.contains("2 élèves gardés, 1 retiré, 0 à décider."))
            version = try await Self.version(site, filed)
            #expect(try await agent.post("\(filed.path)/actions/grant", form: [("version", version)], csrf: page.csrfToken).status == .seeOther)
            #expect(try await Self.state(site, filed) == .granted)
            #expect(try await site.lastMail(to: "proviseur@example.fr", kind: "trip-grant") != nil)
            let granted = try #require(try await CollectiveTrip.find(filed.trip.id!, on: site.db))
            #expect(granted.documentNumber == "75DVC2026000001")

            // the head sees the decision and the pupil struck off with the reason
            headPage = try await head.get(filed.headPath)
            #expect(headPage.body.contains("Document de voyage collectif accordé"))
            #expect(headPage.body.contains("SILVA Rui — Autorisation parentale manquante (pas signée)"))
            #expect(headPage.body.contains("aria-current=\"step\""))
            #expect(try await head.get("\(filed.headPath)/document").status == .notFound)

            // make available, print: the pupils kept alphabetically, the photo or its placeholder, the code
            page = try await agent.get(filed.path)
            version = try await Self.version(site, filed)
            #expect(try await agent.post("\(filed.path)/actions/make-available", form: [("version", version)], csrf: page.csrfToken).status == .seeOther)
            let document = try await agent.get("\(filed.path)/document")
            #expect(document.status == .ok)
            let benali = try #require(document.body.range(of: "BENALI Sami")), diallo = try #require(document.body.range(of: "DIALLO Awa"))
            #expect(benali.lowerBound < diallo.lowerBound)
            #expect(!document.body.contains("SILVA"))
            #expect(document.body.contains("Photo manquante"))
            let photo = try #require(documents.first { $0.kind == "photo" })
            #expect(document.body.contains("/backoffice/voyages/\(filed.trip.id!.uuidString.lowercased())/pieces/\(photo.id!.uuidString.lowercased())"))
            #expect(document.body.contains("75DVC2026000001"))
            #expect(document.body.contains("Valable du 20 décembre 2026 au 23 décembre 2026"))
            let headDocument = try await head.get("\(filed.headPath)/document")
            // a teacher going without other adults: no empty line for them on the document
            #expect(headDocument.body.contains("Autres adultes accompagnateurs") == !filed.trip.adults.isEmpty)
            let alone = try #require(try await CollectiveTrip.find(filed.trip.id!, on: site.db))
            let adults = alone.adults
            alone.adults = ""
            try await alone.update(on: site.db)
            #expect(!(try await head.get("\(filed.headPath)/document").body.contains("Autres adultes accompagnateurs")))
            alone.adults = adults
            try await alone.update(on: site.db)
            #expect(headDocument.status == .ok)
            // the photos print through the head's own file route
            #expect(headDocument.body.contains("\(filed.headPath)/fichiers/\(photo.id!.uuidString.lowercased())"))
            #expect(try await head.get("\(filed.headPath)/fichiers/\(photo.id!.uuidString.lowercased())").status == .ok)

            // a stranger checks it at /verifier with a listed pupil's birth date: the dates and the count, no name
            let code = try #require(document.body.firstMatch(of: /class="reference hash">([^<]+)</).map { String($0.1) })
            let stranger = site.browser()
            let verifier = try await stranger.get("/verifier")
            let checked = try await stranger.post("/verifier", form: [("numero", "75DVC2026000001"), ("naissance-day", "2"), ("naissance-month", "4"),
                                                                      ("naissance-year", "2012"), ("code", code)], csrf: verifier.csrfToken)
            #expect(checked.status == .ok)
            #expect(checked.body.contains("2 élèves sur le document"))
            #expect(checked.body.contains("23 décembre 2026"))
            #expect(!checked.body.contains("BENALI"))
            let unlisted = try await stranger.post("/verifier", form: [("numero", "75DVC2026000001"), ("naissance-day", "1"), ("naissance-month", "1"),
                                                                       ("naissance-year", "2013"), ("code", code)], csrf: verifier.csrfToken)
            #expect(!unlisted.body.contains("élèves sur le document"))
            // the API answers the same, with the code checked
            let api = try await DocumentVerificationTests.api(site, #"{"number":"75DVC2026000001","birthDate":"2012-04-02","code":"\#(code)"}"#)
            #expect(api.status == .ok)
            let answer = try DocumentVerificationTests.json(api.body)
            // valid from the departure only: on 25 November it is not yet
            #expect(answer["reason"] as? String == "not-yet-valid")
            #expect(answer["validUntil"] as? String == "2026-12-23")
            #expect(answer["codeCheck"] as? String == "matches")
            #expect(answer["document"] as? String == "dvc")
            #expect(answer["pupils"] as? Int == 2)
            #expect(!api.body.contains("BENALI"))

            // hand over; the history holds, one event per move
            version = try await Self.version(site, filed)
            #expect(try await agent.post("\(filed.path)/actions/hand-over", form: [("version", version)], csrf: page.csrfToken).status == .seeOther)
            #expect(try await Self.state(site, filed) == .handedOver)
            let events = try await TripEvent.query(on: site.db).filter(\.$tripID == filed.trip.id!).sort(\.$seq).all()
            #expect(TripEvents.broken(events).isEmpty)
            #expect(events.map(\.action).filter { $0 != "verdict" } == ["file", "start-instruction", "request-documents", "answer-request", "grant",
                                                                         "make-available", "hand-over"])
            #expect(try await head.get(filed.headPath).body.contains("Le document vous a été remis."))
        }
    }

    @Test func anotherPrefecturesAgentADraftAndAnotherHeadFindNothing() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "proviseur@example.fr")
            let filed = try await Self.filed(site, head: try await head.userID(site))
            let marseille = try await Agents.signedIn(site, prefecture: "13", email: "agent13@interieur.gouv.fr")
            #expect(!(try await marseille.get("/backoffice/voyages").body.contains("DVC-75-2026-000007")))
            let page = try await marseille.get("/backoffice/voyages")
            #expect(try await marseille.get(filed.path).status == .notFound)
            #expect(try await marseille.post("\(filed.path)/actions/start-instruction", form: [("version", "1")], csrf: page.csrfToken).status == .notFound)
            #expect(try await marseille.post("\(filed.path)/messages", form: [("body", "Bonjour")], csrf: page.csrfToken).status == .notFound)
            #expect(try await Self.state(site, filed) == .filed)
            // a draft is the school's own
            let school = try #require(try await School.find(filed.trip.schoolID, on: site.db))
            let draft = CollectiveTrip(school: school, userID: filed.trip.userID, now: testNow)
            try await draft.create(on: site.db)
            let other = try await Accounts.member(site, email: "autre@example.fr")
            let paris = try await Agents.signedIn(site, email: "agent75@interieur.gouv.fr")
            #expect(try await paris.get("/backoffice/voyages/\(draft.id!.uuidString.lowercased())").status == .notFound)
            // another head: not found
            #expect(try await other.get(filed.headPath).status == .notFound)
            let otherPage = try await other.get("/etablissement")
            #expect(try await other.post("\(filed.headPath)/actions/withdraw", form: [("version", "1"), ("confirm-withdraw-yes", "on")],
                                         csrf: otherPage.csrfToken).status == .notFound)
            // an action no agent makes is no address
            let parisPage = try await paris.get(filed.path)
            #expect(try await paris.post("\(filed.path)/actions/withdraw", form: [("version", "1")], csrf: parisPage.csrfToken).status == .notFound)
        }
    }

    @Test func aGrantAfterTheDepartureIsRefusedAndNotOffered() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "proviseur@example.fr")
            // left yesterday (today is 25 November 2026), every pupil kept
            let filed = try await Self.filed(site, head: try await head.userID(site), departure: "2026-11-24", returnOn: "2026-11-30",
                                             state: .underInstruction, verdicts: "kept")
            let agent = try await Agents.signedIn(site)
            let page = try await agent.get(filed.path)
            #expect(!page.body.contains("/actions/grant"))
            let late = try await agent.post("\(filed.path)/actions/grant", form: [("version", "1")], csrf: page.csrfToken)
            #expect(late.status == .conflict)
            #expect(late.body.contains("Trop tard : le dernier jour était le 24 novembre 2026."))
            #expect(try await Self.state(site, filed) == .underInstruction)
            #expect(try await site.mails(to: "proviseur@example.fr").filter { $0.kind.hasPrefix("trip-") }.isEmpty)
        }
    }

    @Test func aRefusalNeedsAReasonAndTheHeadReadsIt() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "proviseur@example.fr")
            let filed = try await Self.filed(site, head: try await head.userID(site), state: .underInstruction)
            let agent = try await Agents.signedIn(site)
            let page = try await agent.get(filed.path)
            let none = try await agent.post("\(filed.path)/actions/refuse", form: [("version", "1"), ("refusal-text", "Rien")], csrf: page.csrfToken)
            #expect(none.status == .unprocessableContent)
            #expect(none.body.contains("Cochez au moins un motif."))
            let refused = try await agent.post("\(filed.path)/actions/refuse", form: [("version", "1"), ("refusal-leader-not-teacher", "on"),
                                                                                      ("refusal-text", "Le professeur n’enseigne pas au lycée.")],
                                               csrf: page.csrfToken)
            #expect(refused.status == .seeOther)
            #expect(try await Self.state(site, filed) == .refused)
            let headPage = try await head.get(filed.headPath)
            #expect(headPage.body.contains("Document de voyage collectif refusé"))
            #expect(headPage.body.contains("Le professeur n’enseigne pas au lycée."))
            #expect(try await site.lastMail(to: "proviseur@example.fr", kind: "trip-refuse") != nil)
        }
    }

    @Test func theHeadWithdrawsOnceConfirmedAndBothSidesWrite() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "proviseur@example.fr")
            let filed = try await Self.filed(site, head: try await head.userID(site))
            let agent = try await Agents.signedIn(site)
            var page = try await agent.get(filed.path)
            #expect(try await agent.post("\(filed.path)/messages", form: [("body", "")], csrf: page.csrfToken).status == .unprocessableContent)
            #expect(try await agent.post("\(filed.path)/messages", form: [("body", String(repeating: "a", count: 6_000))], csrf: page.csrfToken).status
                == .unprocessableContent)
            #expect(try await agent.post("\(filed.path)/messages", form: [("body", "Bonjour")]).status == .forbidden)
            #expect(try await agent.post("\(filed.path)/messages", form: [("body", "La liste est-elle complète ?")], csrf: page.csrfToken).status == .seeOther)
            // the same form sent again (a double click, a retry): one message, one mail to the head
            #expect(try await agent.post("\(filed.path)/messages", form: [("body", "La liste est-elle complète ?")], csrf: page.csrfToken).status == .seeOther)
            #expect(try await TripMessage.query(on: site.db).filter(\.$tripID == filed.trip.id!).count() == 1)
            #expect(try await OutboxMail.query(on: site.db).filter(\.$kind == "trip-message").count() == 1)
            #expect(try await site.lastMail(to: "proviseur@example.fr", kind: "trip-message") != nil)
            var headPage = try await head.get(filed.headPath)
            #expect(headPage.body.contains("La liste est-elle complète ?"))
            #expect(try await head.post("\(filed.headPath)/messages", form: [("body", "Oui, trois élèves.")], csrf: headPage.csrfToken).status == .seeOther)
            page = try await agent.get(filed.path)
            #expect(page.body.contains("Oui, trois élèves."))
            // the school's message is not mailed back to the school
            #expect(try await OutboxMail.query(on: site.db).filter(\.$kind == "trip-message").count() == 1)

            // withdraw: confirmed, with the version read; a stale form moves nothing
            headPage = try await head.get(filed.headPath)
            let unconfirmed = try await head.post("\(filed.headPath)/actions/withdraw", form: [("version", "1")], csrf: headPage.csrfToken)
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(try await head.post("\(filed.headPath)/actions/withdraw", form: [("version", "1"), ("confirm-withdraw-yes", "on")],
                                        csrf: headPage.csrfToken).status == .seeOther)
            #expect(try await head.post("\(filed.headPath)/actions/withdraw", form: [("version", "1"), ("confirm-withdraw-yes", "on")],
                                        csrf: headPage.csrfToken).status == .conflict)
            #expect(try await Self.state(site, filed) == .withdrawn)
            #expect(try await TripEvent.query(on: site.db).filter(\.$action == "withdraw").count() == 1)
            #expect(!(try await agent.get("/backoffice/voyages").body.contains("DVC-75-2026-000007")))
        }
    }

    @Test func aGrantedDocumentNeverCollectedIsMarkedOnceTheDayAfterTheReturn() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "rendu@example.fr")
            let filed = try await Self.filed(site, head: try await head.userID(site), state: .documentAvailable)
            func scheduler(_ day: CivilDate) -> DossierScheduler {
                var scheduler = DossierSchedulerTests.scheduler(site, on: day)
                let instant = testInstant(on: day)
                let database = site.database
                scheduler.trips = CollectiveTrips(database: { database.db }, publicURL: site.config.publicURL, now: { instant })
                return scheduler
            }
            #expect(try await scheduler(CivilDate(year: 2026, month: 12, day: 23)!).runOnce().tripsUncollected == 0)
            let day = CivilDate(year: 2026, month: 12, day: 24)!
            async let first = scheduler(day).runOnce()
            async let second = scheduler(day).runOnce()
            #expect(try await [first, second].map(\.tripsUncollected).reduce(0, +) == 1)
            #expect(try await Self.state(site, filed) == .uncollected)
            #expect(try await site.mails(to: "rendu@example.fr").filter { $0.kind == "trip-mark-uncollected" }.count == 1)
        }
    }
}
