import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import App

/// Each pupil's documents on the school head's side, through the app (docs/pages.md#school-trips):
/// the pupil's page and its four forms, files checked by content, one row per content sent, a
/// replacement, downloads for the head only, the filing refused while a pupil on the document lacks
/// one, and no file once filed until the préfecture asks for documents.
@Suite struct TripPupilDocumentsTests {
    /// Another PDF than `Journey.pdf`: a replacement.
    static let otherPDF = Array("%PDF-1.4\n% une autre version\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".utf8)
    /// A Windows program renamed `.pdf`.
    static let program: [UInt8] = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00] + Array("This program cannot be run in DOS mode.".utf8)

    struct Trip {
        let path: String
        let id: UUID
        /// DIALLO Awa, Senegalese: on the document.
        let diallo: UUID
        /// SILVA Rui, Brazilian: on the document.
        let silva: UUID
        /// MARTIN Léa, French: not on it.
        let martin: UUID
    }

    /// A draft of the head's, to Germany from 12 to 18 April 2027, with three pupils.
    static func trip(_ site: TestSite, head: Browser, code: String = "0750654D") async throws -> Trip {
        let (trip, diallo) = try await SchoolTripTests.draft(site, head: try await head.userID(site), code: code)
        let path = SiteURL.schoolTrip(trip.id!).path
        let page = try await head.get(path)
        #expect(try await head.post("\(path)/voyage", form: SchoolTripTests.details + [("version", "1")], csrf: page.csrfToken).status == .seeOther)
        let silva = TripPupil(tripID: trip.id!, minor: CollectiveTravelMinor(surname: "Silva", givenNames: "Rui", birthDate: CivilDate(year: 2013, month: 1, day: 1)!,
                                                                             birthPlace: "Porto Alegre", nationalities: [Country(code: "BR")!]), now: testNow)
        let martin = TripPupil(tripID: trip.id!, minor: CollectiveTravelMinor(surname: "Martin", givenNames: "Léa", birthDate: CivilDate(year: 2011, month: 9, day: 9)!,
                                                                              birthPlace: "Lyon", nationalities: [.france]), now: testNow)
        try await silva.create(on: site.db)
        try await martin.create(on: site.db)
        return Trip(path: path, id: trip.id!, diallo: diallo.id!, silva: silva.id!, martin: martin.id!)
    }

    /// The upload form's action of `kind` on the pupil's page (its CSRF token in the address).
    static func action(_ page: Browser.Page, _ kind: CollectiveTravelDocument) throws -> String {
        try #require(Journey.uploadActions(page).first { $0.contains("/pieces/\(kind.pathSegment)?") })
    }

    static func rows(_ site: TestSite, _ trip: Trip, pupil: UUID? = nil, kind: CollectiveTravelDocument? = nil) async throws -> [TripPupilDocument] {
        var query = TripPupilDocument.query(on: site.db).filter(\.$tripID == trip.id)
        if let pupil { query = query.filter(\.$pupilID == pupil) }
        if let kind { query = query.filter(\.$kind == kind.rawValue) }
        return try await query.sort(\.$uploadedAt).all()
    }

    @Test func eachDocumentIsCheckedKeptOnceAndReplaced() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "proviseur@example.fr")
            let trip = try await Self.trip(site, head: head)
            let pupilPath = SiteURL.schoolTripPupil(trip.id, trip.diallo).path

            // the list links each pupil on the document to their page, with their count
            let list = try await head.get(trip.path)
            #expect(list.body.contains(#"href="\#(pupilPath)""#))
            #expect(list.body.contains("0 document sur 4"))
            #expect(list.body.contains("Documents encore manquants"))

            // the pupil's page: four slots, all missing, each with its form
            var page = try await head.get(pupilPath)
            #expect(page.status == .ok)
            #expect(page.body.contains("Documents de DIALLO Awa"))
            #expect(page.body.components(separatedBy: ">Manquant<").count - 1 == 4)
            #expect(Journey.uploadActions(page).count == 4)
            #expect(page.body.components(separatedBy: #"enctype="multipart/form-data""#).count - 1 == 4)

            // a program renamed .pdf: refused, the field named, nothing kept
            let refused = try await head.upload(try Self.action(page, .parentalAuthorization), fileName: "autorisation.pdf", type: "application/pdf",
                                                bytes: Self.program, csrf: nil)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains(##"href="#file-autorisation-parentale""##))
            #expect(refused.body.contains("Le fichier doit être un PDF, un JPEG ou un PNG"))
            #expect(refused.body.contains("Documents de DIALLO Awa"))
            // a PDF as the photo: refused, the photo's field named
            let pdfPhoto = try await head.upload(try Self.action(page, .photo), fileName: "photo.pdf", type: "application/pdf", bytes: Journey.pdf, csrf: nil)
            #expect(pdfPhoto.status == .unprocessableContent)
            #expect(pdfPhoto.body.contains(##"href="#file-photo""##))
            #expect(pdfPhoto.body.contains("La photo doit être une image JPEG ou PNG"))
            #expect(try await Self.rows(site, trip).isEmpty)

            // each kind given; the trip's version moves with each
            let before = try #require(try await CollectiveTrip.find(trip.id, on: site.db)).version
            for kind in CollectiveTravelDocument.perPupil {
                let sent = try await head.upload(try Self.action(page, kind), fileName: kind == .photo ? "awa.jpg" : "\(kind.rawValue).pdf",
                                                 type: kind == .photo ? "image/jpeg" : "application/pdf", bytes: kind == .photo ? Journey.jpeg : Journey.pdf,
                                                 csrf: nil)
                #expect(sent.status == .seeOther)
                #expect(sent.location == SiteURL.schoolTripPupil(trip.id, trip.diallo).path(notice: .done, anchor: "#piece-\(kind.pathSegment)"))
            }
            #expect(try #require(try await CollectiveTrip.find(trip.id, on: site.db)).version == before + 4)
            #expect(try await Self.rows(site, trip).count == 4)

            // the same file sent twice at once (a double click): one row
            let authorization = try Self.action(page, .parentalAuthorization)
            async let first = head.upload(authorization, fileName: "autorisation.pdf", type: "application/pdf", bytes: Self.otherPDF, csrf: nil)
            async let second = head.upload(authorization, fileName: "autorisation.pdf", type: "application/pdf", bytes: Self.otherPDF, csrf: nil)
            #expect(try await [first, second].map(\.status) == [.seeOther, .seeOther])
            // and once more, later (a retry): still one
            #expect(try await head.upload(authorization, fileName: "autorisation.pdf", type: "application/pdf", bytes: Self.otherPDF, csrf: nil).status == .seeOther)
            let authorizations = try await Self.rows(site, trip, pupil: trip.diallo, kind: .parentalAuthorization)
            #expect(authorizations.count == 2)
            // the earlier file replaced, the new one in force
            #expect(authorizations.filter { $0.replacedAt == nil }.map(\.sha256) == [StoredFile.hashing(ByteBuffer(bytes: Self.otherPDF)).sha256])
            #expect(authorizations.filter { $0.replacedAt != nil }.map(\.sha256) == [StoredFile.hashing(ByteBuffer(bytes: Journey.pdf)).sha256])
            let database = site.database, files = InMemoryFileStorage()
            let documents = TripPupilDocuments(database: { database.db }, files: files,
                                               now: { testNow })
            let current = try await documents.current(of: trip.id)
            #expect(current[trip.diallo].map { Set($0.keys) } == Set(CollectiveTravelDocument.perPupil))
            #expect(current[trip.diallo]?[.parentalAuthorization]?.sha256 == StoredFile.hashing(ByteBuffer(bytes: Self.otherPDF)).sha256)

            // the page: four given, with names; the list: 4 of 4
            page = try await head.get(pupilPath)
            #expect(page.body.components(separatedBy: ">Fourni<").count - 1 == 4)
            #expect(page.body.contains("awa.jpg"))
            #expect(try await head.get(trip.path).body.contains("4 documents sur 4"))

            // downloads: the PDF saved, the photo shown, never sniffed
            let pdf = try await head.get(SiteURL.schoolTripFile(trip.id, try #require(current[trip.diallo]?[.identityDocument]?.id)).path)
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(pdf.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(pdf.headers[.xContentTypeOptions] == "nosniff")
            let photoID = try #require(current[trip.diallo]?[.photo]?.id)
            let photo = try await head.get(SiteURL.schoolTripFile(trip.id, photoID).path)
            #expect(photo.status == .ok)
            #expect(photo.headers[.contentType] == "image/jpeg")
            #expect(photo.headers[.contentDisposition]?.hasPrefix("inline;") == true)
            #expect(photo.headers[.xContentTypeOptions] == "nosniff")
            let replaced = try #require(authorizations.first { $0.replacedAt != nil }?.id)
            #expect(try await head.get(SiteURL.schoolTripFile(trip.id, replaced).path).status == .ok)

            // the English page says the same
            let english = try await head.get(pupilPath + "?lang=en")
            #expect(english.body.contains("Documents of DIALLO Awa"))
            #expect(english.body.components(separatedBy: ">Given<").count - 1 == 4)

            // another member: nothing of it
            let other = try await Accounts.member(site, email: "voisine@example.fr")
            let otherPage = try await other.get("/compte")
            #expect(try await other.get(pupilPath).status == .notFound)
            #expect(try await other.get(SiteURL.schoolTripFile(trip.id, photoID).path).status == .notFound)
            #expect(try await other.upload(SiteURL.schoolTripPupilUpload(trip.id, trip.diallo, .photo).path, fileName: "x.jpg", type: "image/jpeg",
                                           bytes: Journey.jpeg, csrf: otherPage.csrfToken).status == .notFound)

            // another school's head, with a trip of their own: not through theirs either
            let elsewhere = try await Accounts.member(site, email: "principal@example.fr")
            let own = try await Self.trip(site, head: elsewhere, code: "0750655E")
            let ownPage = try await elsewhere.get(own.path)
            #expect(try await elsewhere.get(pupilPath).status == .notFound)
            #expect(try await elsewhere.get(SiteURL.schoolTripFile(trip.id, photoID).path).status == .notFound)
            #expect(try await elsewhere.get(SiteURL.schoolTripFile(own.id, photoID).path).status == .notFound)
            #expect(try await elsewhere.get(SiteURL.schoolTripPupil(own.id, trip.diallo).path).status == .notFound)
            #expect(try await elsewhere.upload(SiteURL.schoolTripPupilUpload(own.id, trip.diallo, .photo).path, fileName: "x.jpg", type: "image/jpeg",
                                               bytes: Journey.jpeg, csrf: ownPage.csrfToken).status == .notFound)
            #expect(try await elsewhere.upload(SiteURL.schoolTripPupilUpload(trip.id, trip.diallo, .photo).path, fileName: "x.jpg", type: "image/jpeg",
                                               bytes: Journey.jpeg, csrf: ownPage.csrfToken).status == .notFound)
            // a group's document or an unknown kind is no slot
            #expect(try await head.upload(SiteURL.schoolTripPupil(trip.id, trip.diallo).path + "/pieces/attestation", fileName: "a.pdf",
                                          type: "application/pdf", bytes: Journey.pdf, csrf: page.csrfToken).status == .notFound)
            #expect(try await Self.rows(site, trip).count == 5)
            #expect(try await Self.rows(site, own).isEmpty)
        }
    }

    @Test func filingAsksTheFourDocumentsOfEachPupilOnTheDocument() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "proviseur@example.fr")
            let trip = try await Self.trip(site, head: head)
            var page = try await head.get(trip.path)
            // before filing, the page names what each pupil on the document lacks; the French pupil needs none
            #expect(page.body.contains("DIALLO Awa : aucun des quatre documents"))
            #expect(page.body.contains("SILVA Rui : aucun des quatre documents"))
            #expect(!page.body.contains("MARTIN Léa : "))

            // refused, naming each pupil and each document
            var refused = try await head.post("\(trip.path)/deposer", form: [], csrf: page.csrfToken)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Il manque pour DIALLO Awa : autorisation parentale ; titres de séjour des parents ; pièce d’identité ou acte de naissance ; photo"))
            #expect(refused.body.contains("Il manque pour SILVA Rui : "))

            // one pupil complete: the other still named; the list prints the photo there is
            try await SchoolTripTests.giveDocuments(head, trip: trip.id, pupils: [trip.diallo])
            refused = try await head.post("\(trip.path)/deposer", form: [], csrf: page.csrfToken)
            #expect(refused.status == .unprocessableContent)
            #expect(!refused.body.contains("Il manque pour DIALLO Awa"))
            #expect(refused.body.contains("Il manque pour SILVA Rui : autorisation parentale ; titres de séjour des parents ; pièce d’identité ou acte de naissance ; photo"))
            let photo = try #require(try await Self.rows(site, trip, pupil: trip.diallo, kind: .photo).first?.id)
            let attestation = try await head.get("\(trip.path)/attestation")
            #expect(attestation.body.contains(#"<img src="\#(SiteURL.schoolTripFile(trip.id, photo).path)" alt="Photo de DIALLO Awa""#))
            #expect(attestation.body.components(separatedBy: "photo manquante").count - 1 == 1)
            #expect(try #require(try await CollectiveTrip.find(trip.id, on: site.db)).currentState == .draft)

            // all there: filed (the French pupil without any)
            try await SchoolTripTests.giveDocuments(head, trip: trip.id, pupils: [trip.silva])
            page = try await head.get(trip.path)
            #expect(page.body.contains("Les documents de chaque élève sur le document sont là."))
            #expect(try await head.post("\(trip.path)/deposer", form: [], csrf: page.csrfToken).status == .seeOther)
            #expect(try #require(try await CollectiveTrip.find(trip.id, on: site.db)).currentState == .filed)
            #expect(try await Self.rows(site, trip, pupil: trip.martin).isEmpty)

            // once filed: no file, no form
            let pupilPath = SiteURL.schoolTripPupil(trip.id, trip.diallo).path
            let filedPage = try await head.get(pupilPath)
            #expect(Journey.uploadActions(filedPage).isEmpty)
            let late = try await head.upload(SiteURL.schoolTripPupilUpload(trip.id, trip.diallo, .photo).path, fileName: "nouvelle.jpg", type: "image/jpeg",
                                             bytes: Journey.jpeg + [0], csrf: filedPage.csrfToken)
            #expect(late.status == .conflict)
            #expect(late.body.contains("les documents ne changent plus"))
            #expect(try await Self.rows(site, trip).count == 8)

            // the préfecture asks for documents: the head sends a new photo; nothing else of the trip moves
            let filed = try #require(try await CollectiveTrip.find(trip.id, on: site.db))
            filed.state = CollectiveTravelState.awaitingDocuments.rawValue
            try await filed.update(on: site.db)
            let asked = try await head.get(pupilPath)
            #expect(Journey.uploadActions(asked).count == 4)
            let answered = try await head.upload(try Self.action(asked, .photo), fileName: "nouvelle.png", type: "image/png", bytes: Self.png, csrf: nil)
            #expect(answered.status == .seeOther)
            let after = try #require(try await CollectiveTrip.find(trip.id, on: site.db))
            #expect(after.currentState == .awaitingDocuments)
            #expect(after.version == filed.version + 1)
            #expect(after.reference == filed.reference && after.departure == filed.departure)
            let photos = try await Self.rows(site, trip, pupil: trip.diallo, kind: .photo)
            #expect(photos.count == 2)
            #expect(photos.filter { $0.replacedAt == nil }.map(\.mediaType) == ["image/png"])
            // the trip and its list stay as filed
            #expect(try await head.post("\(trip.path)/eleves/\(MatrixFixture.id(trip.silva))/retirer", form: [], csrf: asked.csrfToken).status == .conflict)
        }
    }

    @Test func aRemovedPupilsDocumentsGoWithThem() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "proviseur@example.fr")
            let trip = try await Self.trip(site, head: head)
            try await SchoolTripTests.giveDocuments(head, trip: trip.id, pupils: [trip.diallo, trip.silva])
            let page = try await head.get(trip.path)
            #expect(try await head.post("\(trip.path)/eleves/\(MatrixFixture.id(trip.diallo))/retirer", form: [], csrf: page.csrfToken).status == .seeOther)
            #expect(try await Self.rows(site, trip, pupil: trip.diallo).isEmpty)
            #expect(try await Self.rows(site, trip, pupil: trip.silva).count == 4)
            #expect(try await head.get(SiteURL.schoolTripPupil(trip.id, trip.diallo).path).status == .notFound)
        }
    }

    /// A 1×1 PNG (the sniffer checks its header's CRC and its end).
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
        0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4,
        0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]
}
