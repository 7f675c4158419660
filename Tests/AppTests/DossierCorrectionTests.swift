import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// Correcting or completing a case the préfecture sent back (docs/states.md#family-actions):
/// answers and documents can change while documents are awaited; what was filed stays.
@Suite struct DossierCorrectionTests {
    @Test func aCaseSentBackCanBeCorrectedAndCompletedButWhatWasFiledStays() async throws {
        try await withTestSite { site in
            // given: a filed case, locked until the préfecture asks for a document
            let browser = try await Accounts.member(site, email: "corrige@example.fr")
            let (dossier, id) = try await Journey.filed(browser)
            #expect(try await browser.get("\(dossier)/enfant").status == .seeOther)
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.requestDocuments(id, by: nil, codes: [.addressProof], why: "illisible", replyBy: CivilDate(year: 2026, month: 12, day: 20)!)
            let status = try await browser.get(dossier)
            #expect(status.body.contains("Corriger ou compléter le dossier"))

            // when: the family corrects the passport number and adds a document to a slot not asked for
            let child = try await browser.get("\(dossier)/enfant")
            #expect(child.status == .ok)
            var fields = DossierSectionForms.values(.child, answers: try #require(try await Dossier.find(id, on: site.db)).decodedAnswers())
            fields["passportNumber"] = "ZZ999999"
            let saved = try await browser.post("\(dossier)/enfant", form: fields.map { ($0.key, $0.value) }, csrf: child.csrfToken)
            let documentsPage = try await browser.get("\(dossier)/pieces")
            let other = try #require(Journey.uploadActions(documentsPage).first { !$0.contains("/pieces/address-proof") })
            let added = try await browser.upload(other, fileName: "complement.pdf", type: "application/pdf", bytes: Journey.pdf, csrf: nil)

            // then: both are kept, recorded as a correction, and the state has not moved
            #expect(saved.status == .seeOther)
            #expect(added.status == .seeOther)
            let record = try #require(try await Dossier.find(id, on: site.db))
            #expect(record.currentState == .awaitingDocuments)
            #expect(record.decodedAnswers().child?.passportNumber == "ZZ999999")
            #expect(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).filter(\.$action == "answers-corrected").count() == 1)
            let addedFile = try #require(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).filter(\.$afterFiling == true).first())

            // a filed document can not be removed; the one just added can
            let filedFile = try #require(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).filter(\.$afterFiling == false).first())
            let token = try #require(documentsPage.csrfToken)
            let refused = try await browser.post("\(dossier)/fichiers/\(filedFile.id!.uuidString.lowercased())/supprimer", form: [], csrf: token)
            #expect(refused.status == .conflict)
            #expect(try await DossierDocument.find(filedFile.id, on: site.db)?.removedAt == nil)
            let removed = try await browser.post("\(dossier)/fichiers/\(addedFile.id!.uuidString.lowercased())/supprimer", form: [], csrf: token)
            #expect(removed.status == .seeOther)
            #expect(try await DossierDocument.find(addedFile.id, on: site.db)?.removedAt != nil)

            // once answered (with the document asked), the case is locked again
            try await Journey.sendRequested(site, id, codes: [.addressProof])
            _ = try await browser.post("\(dossier)/reponse", form: [], csrf: token)
            #expect(try await browser.get("\(dossier)/enfant").status == .seeOther)
            let late = try await browser.upload(other, fileName: "tard.pdf", type: "application/pdf", bytes: Journey.pdf, csrf: nil)
            #expect(late.status == .seeOther)
            #expect(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).filter(\.$originalName == "tard.pdf").count() == 0)
        }
    }
}
