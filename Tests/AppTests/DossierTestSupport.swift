import DCEMDossier
import DCEMRules
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// Builds dossiers through the pages, the way a family does.
enum Journey {
    /// The demo seed's own sample files: a small valid PDF and a 1×1 JPEG.
    static let pdf: [UInt8] = DemoAnswers.pdf
    static let jpeg: [UInt8] = DemoAnswers.jpeg

    /// The answers to the situation questions for a child of a parent holding a resident card,
    /// by question address: the loop below answers whatever the flow asks next.
    static let situation: [String: [(String, String)]] = [
        "nationalite-enfant": [("nationalite-enfant", "other")],
        "titre-de-sejour-enfant": [("titre-de-sejour-enfant", "no")],
        "naissance": [("naissance-day", "12"), ("naissance-month", "5"), ("naissance-year", "2015")],
        "vit-en-france": [("vit-en-france", "yes")],
        "parent-1-nationalite": [("parent-1-nationalite", "other")],
        "parent-1-titre": [("parent-1-titre", "resident")],
        "parent-1-expiration": [("parent-1-expiration-day", "1"), ("parent-1-expiration-month", "1"), ("parent-1-expiration-year", "2030")],
        "beau-parent": [("beau-parent", "no")],
        "protection": [("protection", "none")],
        "ase": [("ase", "no")],
        "arrivee": [("arrivee", "other")],
    ]

    /// The requested documents as sent since the request, written as rows (for tests that drive the
    /// workflow directly): one file per document, two for the photos (docs/states.md#answering-a-request).
    static func sendRequested(_ site: TestSite, _ id: UUID, codes: [DocumentCode], at now: Date = testNow) async throws {
        for code in codes {
            for index in 0..<(code == .childPhotos ? 2 : 1) {
                let stored = StoredFile(sha256: String(repeating: "\(index)", count: 64), size: 1024)
                try await DossierDocument(dossierID: id, slot: UploadSlot(code: code).id, stored: stored, mediaType: "application/pdf",
                                          originalName: "\(code.rawValue).pdf", takenOn: nil, afterFiling: true, now: now).create(on: site.db)
            }
        }
    }

    /// Sends a file into every upload form the case page shows for a request, then the answer.
    static func answerRequest(_ browser: Browser, _ dossier: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> Browser.Page {
        let page = try await browser.get(dossier)
        for action in uploadActions(page) {
            // Twice into the photos' form (the answer needs two), as pictures with the day taken.
            let photos = action.contains("/child-photos")
            for _ in 0..<(photos ? 2 : 1) {
                let sent = photos
                    ? try await browser.upload(action, fields: [("taken-day", "1"), ("taken-month", "10"), ("taken-year", "2026")],
                                               fileName: "photo.jpg", type: "image/jpeg", bytes: jpeg, csrf: nil)
                    : try await browser.upload(action, fileName: "piece.pdf", type: "application/pdf", bytes: pdf, csrf: nil)
                #expect(sent.status == .seeOther, "upload to \(action)", sourceLocation: sourceLocation)
            }
        }
        return try await browser.post("\(dossier)/reponse", form: [], csrf: page.csrfToken)
    }

    /// Starts a dossier and returns its address (`/demandes/<id>`).
    static func start(_ browser: Browser, role: String = "parent", sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let form = try await browser.get("/demandes/nouvelle")
        let started = try await browser.post("/demandes/nouvelle", form: [("document", "dcem"), ("profile", "non-eu-parent-permit"), ("role", role)],
                                             csrf: form.csrfToken)
        #expect(started.status == .seeOther, sourceLocation: sourceLocation)
        return try #require(started.location, sourceLocation: sourceLocation)
    }

    static func fillSections(_ browser: Browser, _ dossier: String, childSurname: String = "Benali", postalCode: String = "75011", city: String = "Paris",
                             sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let csrf = try await browser.get("\(dossier)/enfant").csrfToken
        let forms: [(String, [(String, String)])] = [
            ("enfant", [("surname", childSurname), ("givenNames", "Yasmine"), ("sex", "F"), ("birthPlace", "Casablanca"), ("birthCountry", "Maroc"),
                        ("nationality", "marocaine"), ("passportNumber", "AB123456"), ("passportExpires-day", "1"), ("passportExpires-month", "6"),
                        ("passportExpires-year", "2031")]),
            ("parents", [("parent1-surname", "Benali"), ("parent1-givenNames", "Karim"), ("parent1-nationality", "marocaine"), ("second", "no")]),
            ("demandeur", [("phone", "06 12 34 56 78")]),
            ("adresse", [("line1", "12 rue des Lilas"), ("line2", ""), ("postalCode", postalCode), ("city", city)]),
        ]
        for (section, fields) in forms {
            let page = try await browser.post("\(dossier)/\(section)", form: fields, csrf: csrf)
            #expect(page.status == .seeOther, "section \(section)", sourceLocation: sourceLocation)
        }
    }

    /// Answers the situation questions one page after another until the flow is done.
    /// `changing`: other answers for some questions (by address), the rest as in `situation`.
    static func answerSituation(_ browser: Browser, _ dossier: String, changing: [String: [(String, String)]] = [:],
                                sourceLocation: SourceLocation = #_sourceLocation) async throws {
        var location = try #require(try await browser.get("\(dossier)/situation").location, sourceLocation: sourceLocation)
        var steps = 0
        while location.hasPrefix("\(dossier)/situation/"), steps < 30 {
            steps += 1
            let id = String(location.dropFirst("\(dossier)/situation/".count))
            let page = try await browser.get(location)
            let fields = try #require(changing[id] ?? situation[id], "no answer for \(id)", sourceLocation: sourceLocation)
            let answered = try await browser.post(location, form: fields, csrf: page.csrfToken)
            #expect(answered.status == .seeOther, "question \(id)", sourceLocation: sourceLocation)
            location = try #require(answered.location, sourceLocation: sourceLocation)
        }
        #expect(location == dossier, sourceLocation: sourceLocation)
    }

    /// The upload addresses on the documents page (one per slot).
    static func uploadActions(_ page: Browser.Page) -> [String] {
        page.body.components(separatedBy: #"enctype="multipart/form-data""#).dropLast().compactMap { chunk in
            guard let range = chunk.range(of: #"action=""#, options: .backwards) else { return nil }
            return String(chunk[range.upperBound...].prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// Says every civil-status document is in French, then uploads a PDF into every slot.
    static func uploadDocuments(_ browser: Browser, _ dossier: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        var page = try await browser.get("\(dossier)/pieces")
        for code in UploadSlot.civilStatus.map(\.rawValue).sorted() where page.body.contains("\(dossier)/pieces/\(code)/langue") {
            let saved = try await browser.post("\(dossier)/pieces/\(code)/langue", form: [("language-\(code)", "fr")], csrf: page.csrfToken)
            #expect(saved.status == .seeOther, sourceLocation: sourceLocation)
        }
        page = try await browser.get("\(dossier)/pieces")
        let actions = uploadActions(page)
        #expect(!actions.isEmpty, sourceLocation: sourceLocation)
        for action in actions {
            let sent = try await browser.upload(action, fileName: "scan.pdf", type: "application/pdf", bytes: pdf, csrf: nil)
            #expect(sent.status == .seeOther, "upload \(action)", sourceLocation: sourceLocation)
        }
    }

    static func uploadPhotos(_ browser: Browser, _ dossier: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        for _ in 0..<2 {
            let page = try await browser.get("\(dossier)/photos")
            let action = try #require(uploadActions(page).first, sourceLocation: sourceLocation)
            let sent = try await browser.upload(action, fields: [("taken-day", "1"), ("taken-month", "10"), ("taken-year", "2026")],
                                                fileName: "photo.jpg", type: "image/jpeg", bytes: jpeg, csrf: nil)
            #expect(sent.status == .seeOther, sourceLocation: sourceLocation)
        }
    }

    /// A dossier ready to file.
    static func complete(_ browser: Browser, childSurname: String = "Benali", postalCode: String = "75011", city: String = "Paris",
                         sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let dossier = try await start(browser, sourceLocation: sourceLocation)
        try await fillSections(browser, dossier, childSurname: childSurname, postalCode: postalCode, city: city, sourceLocation: sourceLocation)
        try await answerSituation(browser, dossier, sourceLocation: sourceLocation)
        try await uploadDocuments(browser, dossier, sourceLocation: sourceLocation)
        try await uploadPhotos(browser, dossier, sourceLocation: sourceLocation)
        return dossier
    }

    /// A filed dossier: its address and id.
    static func filed(_ browser: Browser, childSurname: String = "Benali", sourceLocation: SourceLocation = #_sourceLocation) async throws -> (path: String, id: UUID) {
        let dossier = try await complete(browser, childSurname: childSurname, sourceLocation: sourceLocation)
        let check = try await browser.get("\(dossier)/verifier")
        let filed = try await browser.post("\(dossier)/deposer", form: [], csrf: check.csrfToken)
        #expect(filed.status == .seeOther, sourceLocation: sourceLocation)
        let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)), sourceLocation: sourceLocation)
        return (dossier, id)
    }
}
