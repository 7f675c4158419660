import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// A school trip's request on the head's side, through the app (docs/pages.md#school-trips): the
/// trip's form with the rules' refusals named, pupils one by one and from a CSV file, the filing.
@Suite struct SchoolTripTests {
    /// An approved head of the lycée Henri-IV (Paris).
    static func approvedSchool(_ site: TestSite, head userID: UUID, code: String = "0750654D", name: String = "Lycée Henri-IV") async throws -> School {
        let school = School(code: try SchoolCode.parse(code).get(), name: name, now: testNow)
        try await school.create(on: site.db)
        let claim = SchoolHead(schoolID: school.id!, userID: userID, headName: "Claire Martin", now: testNow)
        claim.state = SchoolHead.State.approved.rawValue
        try await claim.create(on: site.db)
        return school
    }

    /// A draft trip of that school with one pupil (the authorization matrix's fixture).
    static func draft(_ site: TestSite, head userID: UUID, code: String = "0750654D") async throws -> (CollectiveTrip, TripPupil) {
        let school = try await approvedSchool(site, head: userID, code: code)
        let trip = CollectiveTrip(school: school, userID: userID, now: testNow)
        try await trip.create(on: site.db)
        let pupil = TripPupil(tripID: trip.id!, minor: CollectiveTravelMinor(surname: "Diallo", givenNames: "Awa", birthDate: CivilDate(year: 2012, month: 3, day: 4)!,
                                                                             birthPlace: "Dakar", nationalities: [Country(code: "SN")!]), now: testNow)
        try await pupil.create(on: site.db)
        return (trip, pupil)
    }

    static let details: [(String, String)] = [
        ("destination-DE", "on"), ("departure-day", "12"), ("departure-month", "4"), ("departure-year", "2027"),
        ("return-day", "18"), ("return-month", "4"), ("return-year", "2027"), ("place", "Auberge de jeunesse, Berlin"),
        ("teacher", "Jeanne Petit"), ("teacher-of-school-yes", "on"), ("adults", "Marc Roux, professeur d’allemand"),
    ]

    /// Gives each of `pupils` their four documents through the pupil's page and its forms (a PDF
    /// each, a JPEG for the photo): what filing asks for every pupil on the document.
    static func giveDocuments(_ head: Browser, trip: UUID, pupils: [UUID], sourceLocation: SourceLocation = #_sourceLocation) async throws {
        for pupil in pupils {
            let page = try await head.get(SiteURL.schoolTripPupil(trip, pupil).path)
            let actions = Journey.uploadActions(page)
            #expect(actions.count == CollectiveTravelDocument.perPupil.count, sourceLocation: sourceLocation)
            for action in actions {
                let photo = action.contains("/pieces/photo")
                let sent = try await head.upload(action, fileName: photo ? "photo.jpg" : "piece.pdf", type: photo ? "image/jpeg" : "application/pdf",
                                                  bytes: photo ? Journey.jpeg : Journey.pdf, csrf: nil)
                #expect(sent.status == .seeOther, sourceLocation: sourceLocation)
            }
        }
    }

    /// The pupils of `trip` the rules keep on the document (those filing asks documents for).
    static func keptPupils(_ site: TestSite, trip: UUID, surnames: [String]) async throws -> [UUID] {
        try await TripPupil.query(on: site.db).filter(\.$tripID == trip).all().filter { surnames.contains($0.surname) }.map { $0.id! }
    }

    @Test func theHeadPreparesTheTripAddsPupilsAndFilesOnce() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "proviseur@example.fr")
            let school = try await Self.approvedSchool(site, head: try await head.userID(site))
            var area = try await head.get("/etablissement")
            #expect(area.body.contains("Préparer un voyage — Lycée Henri-IV"))

            // a double click starts one draft
            let first = try await head.post("/etablissement/voyages", form: [("school", school.id!.uuidString.lowercased())], csrf: area.csrfToken)
            let second = try await head.post("/etablissement/voyages", form: [("school", school.id!.uuidString.lowercased())], csrf: area.csrfToken)
            let path = try #require(first.location)
            #expect(second.location == path)
            var page = try await head.get(path)
            #expect(page.status == .ok)

            // Ireland is refused with its reason; the rest kept as typed
            var form = Self.details + [("destination-IE", "on"), ("version", "1")]
            let ireland = try await head.post("\(path)/voyage", form: form, csrf: page.csrfToken)
            #expect(ireland.status == .unprocessableContent)
            #expect(ireland.body.contains("Irlande"))
            #expect(ireland.body.contains("Auberge de jeunesse, Berlin"))
            form = Self.details + [("version", "1")]
            #expect(try await head.post("\(path)/voyage", form: form, csrf: page.csrfToken).status == .seeOther)
            page = try await head.get(path)
            #expect(page.body.contains("Dernier jour pour déposer la demande : 28 mars 2027."))

            // pupils: an unknown country is named; a French pupil is listed apart, with the reason
            let unknown = try await head.post("\(path)/eleves", form: [("pupil-surname", "Benali"), ("pupil-given", "Sami"), ("pupil-birth-day", "2"),
                                                                       ("pupil-birth-month", "4"), ("pupil-birth-year", "2012"), ("pupil-place", "Oran"),
                                                                       ("pupil-nationality", "Atlantide")], csrf: page.csrfToken)
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.body.contains("Ce pays n’est pas reconnu"))
            #expect(try await head.post("\(path)/eleves", form: [("pupil-surname", "Benali"), ("pupil-given", "Sami"), ("pupil-birth-day", "2"),
                                                                 ("pupil-birth-month", "4"), ("pupil-birth-year", "2012"), ("pupil-place", "Oran"),
                                                                 ("pupil-nationality", "Algérie")], csrf: page.csrfToken).status == .seeOther)
            #expect(try await head.post("\(path)/eleves", form: [("pupil-surname", "Martin"), ("pupil-given", "Léa"), ("pupil-birth-day", "9"),
                                                                 ("pupil-birth-month", "9"), ("pupil-birth-year", "2011"), ("pupil-place", "Lyon"),
                                                                 ("pupil-nationality", "FR")], csrf: page.csrfToken).status == .seeOther)
            page = try await head.get(path)
            #expect(page.body.contains("1 élève sur le document"))
            #expect(page.body.contains("1 élève qui n’y sera pas"))

            // a CSV with a mistake: the line named, nothing added; then a good one
            let action = try #require(Journey.uploadActions(page).first { $0.contains("/import") })
            let bad = "nom;prénoms;date de naissance;lieu de naissance;nationalité;DCEM\r\nNdiaye;Fatou;31/02/2012;Dakar;Sénégal;non\r\n"
            let refused = try await head.upload(action, fileName: "eleves.csv", type: "text/csv", bytes: Array(bad.utf8), csrf: nil)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Ligne 2"))
            #expect(try await TripPupil.query(on: site.db).count() == 2)
            let good = "nom;prénoms;date de naissance;lieu de naissance;nationalité;DCEM\r\nNdiaye;Fatou;28/02/2012;Dakar;Sénégal;non\r\nSilva;Rui;01/01/2013;Porto;Brésil;non\r\n"
            let imported = try await head.upload(action, fileName: "eleves.csv", type: "text/csv", bytes: Array(good.utf8), csrf: nil)
            #expect(imported.status == .ok)
            #expect(imported.body.contains("2 élèves ajoutés."))
            #expect(try await TripPupil.query(on: site.db).count() == 4)

            // the attestation and the list to sign: the pupils on the document only, alphabetically
            let attestation = try await head.get("\(path)/attestation")
            #expect(attestation.status == .ok)
            #expect(attestation.body.contains("Claire Martin"))
            #expect(attestation.body.contains("Auberge de jeunesse, Berlin"))
            let benali = try #require(attestation.body.range(of: "BENALI")), ndiaye = try #require(attestation.body.range(of: "NDIAYE"))
            #expect(benali.lowerBound < ndiaye.lowerBound)
            #expect(!attestation.body.contains("MARTIN</td>"))

            // filed once all the pupils on the document have their documents, with a reference; then nothing changes any more
            let tripID = try #require(try await CollectiveTrip.query(on: site.db).first()).requireID()
            try await Self.giveDocuments(head, trip: tripID, pupils: try await Self.keptPupils(site, trip: tripID, surnames: ["Benali", "Ndiaye", "Silva"]))
            page = try await head.get(path)
            let filed = try await head.post("\(path)/deposer", form: [], csrf: page.csrfToken)
            #expect(filed.status == .seeOther)
            #expect(try await head.post("\(path)/deposer", form: [], csrf: page.csrfToken).status == .seeOther)
            let trip = try #require(try await CollectiveTrip.query(on: site.db).first())
            #expect(trip.currentState == .filed)
            #expect(trip.reference == "DVC-75-2026-000001")
            #expect(try await CollectiveTrip.query(on: site.db).count() == 1)
            #expect(try await head.post("\(path)/voyage", form: form, csrf: page.csrfToken).status == .conflict)
            area = try await head.get("/etablissement")
            #expect(area.body.contains("DVC-75-2026-000001"))

            // another member: not found
            let other = try await Accounts.member(site, email: "autre@lycee.fr")
            #expect(try await other.get(path).status == .notFound)
        }
    }

    @Test func aDraftIsDeletedOnceConfirmedWithItsPupilsAndTheirFiles() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "proviseur@example.fr")
            let trip = try await TripPupilDocumentsTests.trip(site, head: head)
            try await Self.giveDocuments(head, trip: trip.id, pupils: [trip.diallo])
            let stored = try await TripPupilDocument.query(on: site.db).filter(\.$tripID == trip.id).all()
            #expect(stored.count == CollectiveTravelDocument.perPupil.count)
            var page = try await head.get(trip.path)
            #expect(page.body.contains("Supprimer ce brouillon"))

            // another member: 404, nothing gone
            let other = try await Accounts.member(site, email: "voisine@example.fr")
            let otherPage = try await other.get("/compte")
            #expect(try await other.post("\(trip.path)/supprimer", form: [("confirm-delete-yes", "on")], csrf: otherPage.csrfToken).status == .notFound)
            // the box not ticked: the page says so, nothing gone
            let unconfirmed = try await head.post("\(trip.path)/supprimer", form: [], csrf: page.csrfToken)
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(unconfirmed.body.contains("Cochez la case pour confirmer la suppression."))
            #expect(try await CollectiveTrip.find(trip.id, on: site.db) != nil)

            let deleted = try await head.post("\(trip.path)/supprimer", form: [("confirm-delete-yes", "on")], csrf: page.csrfToken)
            #expect(deleted.status == .seeOther)
            #expect(deleted.location == "/etablissement?fait=suppression")
            #expect(try await head.get("/etablissement?fait=suppression").body.contains("Le brouillon est supprimé."))
            #expect(try await CollectiveTrip.find(trip.id, on: site.db) == nil)
            #expect(try await TripPupil.query(on: site.db).filter(\.$tripID == trip.id).count() == 0)
            #expect(try await TripPupilDocument.query(on: site.db).filter(\.$tripID == trip.id).count() == 0)
            // no row refers to its files any more: they go (at once once an hour old, else at the orphans' sweep)
            for file in stored { #expect(try await OrphanFiles.isReferenced(file.sha256, on: site.db) == false) }
            // sent again (a double click, another tab): the trip is not there any more
            #expect(try await head.post("\(trip.path)/supprimer", form: [("confirm-delete-yes", "on")], csrf: page.csrfToken).status == .notFound)

            // a filed trip is not deleted: it is withdrawn
            let (filed, _) = try await Self.draft(site, head: try await head.userID(site), code: "0750655E")
            filed.state = CollectiveTravelState.filed.rawValue
            try await filed.update(on: site.db)
            page = try await head.get(SiteURL.schoolTrip(filed.id!).path)
            #expect(!page.body.contains("Supprimer ce brouillon"))
            #expect(try await head.post(SiteURL.schoolTripDelete(filed.id!).path, form: [("confirm-delete-yes", "on")], csrf: page.csrfToken).status == .conflict)
            #expect(try await CollectiveTrip.find(filed.id!, on: site.db) != nil)
        }
    }

    @Test func aTripTooCloseOrWithoutPupilsIsNotFiledAndSaysWhy() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "principale@example.fr")
            let (trip, pupil) = try await Self.draft(site, head: try await head.userID(site))
            let path = "/etablissement/voyages/\(trip.id!.uuidString.lowercased())"
            var page = try await head.get(path)
            // leaving in 10 days (today is 25 November 2026): too late, the last day named
            let close = [("destination-ES", "on"), ("departure-day", "5"), ("departure-month", "12"), ("departure-year", "2026"),
                         ("return-day", "9"), ("return-month", "12"), ("return-year", "2026"), ("place", "Madrid"), ("teacher", "Jeanne Petit"),
                         ("teacher-of-school-yes", "on"), ("version", "1")]
            #expect(try await head.post("\(path)/voyage", form: close, csrf: page.csrfToken).status == .seeOther)
            page = try await head.get(path)
            #expect(page.body.contains("Le dernier jour pour déposer était le 20 novembre 2026"))
            let late = try await head.post("\(path)/deposer", form: [], csrf: page.csrfToken)
            #expect(late.status == .unprocessableContent)
            #expect(try #require(try await CollectiveTrip.find(trip.id!, on: site.db)).currentState == .draft)
            // the only pupil removed: nobody to list
            #expect(try await head.post("\(path)/eleves/\(pupil.id!.uuidString.lowercased())/retirer", form: [], csrf: page.csrfToken).status == .seeOther)
            #expect(try await TripPupil.query(on: site.db).count() == 0)
        }
    }

    @Test func onlyAnApprovedHeadStartsATrip() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "attente@college.fr")
            let area = try await head.get("/etablissement")
            let form = [("uai", "0750654D"), ("school", "Lycée Henri-IV"), ("head", "Claire Martin"), ("confirm-yes", "on")]
            #expect(try await head.post("/etablissement", form: form, csrf: area.csrfToken).status == .seeOther)
            let school = try #require(try await School.query(on: site.db).first())
            #expect(!(try await head.get("/etablissement").body.contains("Préparer un voyage")))
            #expect(try await head.post("/etablissement/voyages", form: [("school", school.id!.uuidString.lowercased())], csrf: area.csrfToken).status == .notFound)
            #expect(try await CollectiveTrip.query(on: site.db).count() == 0)
        }
    }

    @Test func aFiledTripIsAcknowledgedAndClosedOnceWhenItsDepartureHasPassedUndecided() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "depart@example.fr")
            let (trip, pupil) = try await Self.draft(site, head: try await head.userID(site))
            let path = "/etablissement/voyages/\(trip.id!.uuidString.lowercased())"
            let page = try await head.get(path)
            let dates = [("destination-IT", "on"), ("departure-day", "20"), ("departure-month", "12"), ("departure-year", "2026"),
                         ("return-day", "23"), ("return-month", "12"), ("return-year", "2026"), ("place", "Rome"), ("teacher", "Jeanne Petit"),
                         ("teacher-of-school-yes", "on"), ("version", "1")]
            #expect(try await head.post("\(path)/voyage", form: dates, csrf: page.csrfToken).status == .seeOther)
            try await Self.giveDocuments(head, trip: trip.id!, pupils: [pupil.id!])
            #expect(try await head.post("\(path)/deposer", form: [], csrf: page.csrfToken).status == .seeOther)
            let filed = try #require(try await site.lastMail(to: "depart@example.fr", kind: "trip-file"))
            #expect(filed.body.contains("DVC-75-2026-000001"))

            func scheduler(_ day: CivilDate) -> DossierScheduler {
                var scheduler = DossierSchedulerTests.scheduler(site, on: day)
                let instant = testInstant(on: day)
                let database = site.database
                scheduler.trips = CollectiveTrips(database: { database.db }, publicURL: site.config.publicURL, now: { instant })
                return scheduler
            }
            #expect(try await scheduler(CivilDate(year: 2026, month: 12, day: 20)!).runOnce().tripsClosed == 0)
            let day = CivilDate(year: 2026, month: 12, day: 21)!
            async let first = scheduler(day).runOnce()
            async let second = scheduler(day).runOnce()
            #expect(try await [first, second].map(\.tripsClosed).reduce(0, +) == 1)
            #expect(try #require(try await CollectiveTrip.find(trip.id!, on: site.db)).currentState == .closedDeparturePassed)
            #expect(try await site.mails(to: "depart@example.fr").filter { $0.kind == "trip-close-departure-passed" }.count == 1)
        }
    }
}
