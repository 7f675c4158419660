import DCEMDossier
import FluentKit
import Foundation
import Testing

@testable import App

/// The answers are stored with their schema's version; a blob that does not decode is never
/// shown empty nor saved over.
@Suite struct StoredAnswersTests {
    static func draftID(_ path: String) throws -> UUID {
        try #require(UUID(uuidString: String(path.split(separator: "/").last ?? "")))
    }

    @Test func answersAreWrittenWithTheirVersionAndANewerVersionIsNotRead() throws {
        var answers = DossierAnswers()
        answers.address = PostalAddress(line1: "1 rue A", line2: "", postalCode: "75011", city: "Paris", departement: "75")
        let data = try StoredAnswers.encode(answers)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == StoredAnswers.schemaVersion)
        #expect(try StoredAnswers.decode(data, dossier: nil) == answers)
        let newer = Data(#"{"schemaVersion":99,"parents":[],"situation":{},"foreignLanguage":{}}"#.utf8)
        #expect(throws: UnreadableAnswers.self) { try StoredAnswers.decode(newer, dossier: nil) }
    }

    @Test func aDraftSavedBeforeVersionsStillOpensAndIsSavedWithItsVersion() async throws {
        try await withTestSite { site in
            // given: a draft whose answers were stored the way they were before versions
            let browser = try await Accounts.member(site, email: "ancien@example.fr")
            let path = try await Journey.start(browser)
            try await Journey.fillSections(browser, path, childSurname: "Ancienne")
            let id = try Self.draftID(path)
            let dossier = try #require(try await Dossier.find(id, on: site.db))
            let answers = try dossier.readAnswers()
            dossier.answers = try JSONEncoder().encode(answers)
            try await dossier.update(on: site.db)
            #expect(String(decoding: dossier.answers, as: UTF8.self).contains("schemaVersion") == false)

            // when: the family opens it and saves a section
            let page = try await browser.get("\(path)/enfant")
            let saved = try await browser.post("\(path)/demandeur", form: [("phone", "07 00 00 00 00")], csrf: page.csrfToken)

            // then: nothing was lost, and the blob now says its version
            #expect(page.status == .ok && page.body.contains("Ancienne"))
            #expect(saved.status == .seeOther)
            let after = try #require(try await Dossier.find(id, on: site.db))
            #expect(try after.readAnswers().child?.surname == "Ancienne")
            #expect(try after.readAnswers().applicant?.phone == "07 00 00 00 00")
            #expect(String(decoding: after.answers, as: UTF8.self).contains("\"schemaVersion\":1"))
        }
    }

    @Test func aCorruptBlobIsNeitherShownEmptyNorSavedOver() async throws {
        try await withTestSite { site in
            // given: a draft whose stored answers no longer decode
            let browser = try await Accounts.member(site, email: "casse@example.fr")
            let path = try await Journey.start(browser)
            let csrf = try await browser.get("\(path)/enfant").csrfToken
            let id = try Self.draftID(path)
            let dossier = try #require(try await Dossier.find(id, on: site.db))
            let corrupt = Data(#"{"situation":5,"parents":"Benali"}"#.utf8)
            dossier.answers = corrupt
            try await dossier.update(on: site.db)

            // when: the family opens it, then sends a section anyway (a form still open in a tab)
            let opened = try await browser.get(path)
            let saved = try await browser.post("\(path)/demandeur", form: [("phone", "07 00 00 00 00")], csrf: csrf)

            // then: a clear error, and the stored answers are untouched
            #expect(opened.status == .internalServerError)
            #expect(opened.body.contains("Ce dossier ne peut pas être ouvert"))
            #expect(saved.status == .internalServerError)
            #expect(try #require(try await Dossier.find(id, on: site.db)).answers == corrupt)
        }
    }
}
