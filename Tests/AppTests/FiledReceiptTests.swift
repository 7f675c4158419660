import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// The receipt shows what was filed, as filed (CRPA L. 112-3 and R. 112-5): the filing date, the
/// implicit-refusal date then in force, the answers' summary and the documents of the filing,
/// whatever happened to the case since.
@Suite struct FiledReceiptTests {
    static let fr = Catalog.of(.fr).simulator
    static let filedOn = CivilDate(year: 2026, month: 11, day: 25)!
    static let silenceAtFiling = CivilDate(year: 2027, month: 1, day: 25)!

    @Test func afterADecisionTheReceiptKeepsItsDatesAndSaysWhatHappened() async throws {
        try await withTestSite { site in
            // given: a filed case, then granted
            let browser = try await Accounts.member(site, email: "recu-decision@example.fr")
            let (dossier, id) = try await Journey.filed(browser)
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.grant(id, by: nil)

            // when
            let receipt = try await browser.get("\(dossier)/accuse-de-reception")

            // then: the dates of the filing, never a blank one, and what changed since
            #expect(receipt.status == .ok)
            #expect(!receipt.body.contains("répondu le , "))
            #expect(receipt.body.contains("Si la préfecture ne vous a pas répondu le \(Self.fr.format(Self.silenceAtFiling)), "))
            #expect(receipt.body.contains(Self.fr.format(Self.filedOn)))
            #expect(receipt.body.contains("Depuis le dépôt"))
            #expect(receipt.body.contains("la préfecture a accepté la demande. Cette date ne s’applique plus."))
            // and the confirmation page, bookmarked, says the same
            let confirmation = try await browser.get(SiteURL.dossierConfirmation(id).path)
            #expect(confirmation.status == .ok)
            #expect(!confirmation.body.contains("répondu le , "))
            #expect(confirmation.body.contains("Si la préfecture ne vous a pas répondu le \(Self.fr.format(Self.silenceAtFiling)), "))
            #expect(confirmation.body.contains("la préfecture a accepté la demande. Cette date ne s’applique plus."))
        }
    }

    @Test func afterCorrectionsTheReceiptListsWhatWasFiled() async throws {
        try await withTestSite { site in
            // given: a filed case sent back, whose child's name is corrected and a file added
            let browser = try await Accounts.member(site, email: "recu-correction@example.fr")
            let (dossier, id) = try await Journey.filed(browser, childSurname: "Avant")
            let filedFiles = try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).count()
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.requestDocuments(id, by: nil, codes: [.addressProof], why: "illisible", replyBy: CivilDate(year: 2026, month: 12, day: 20)!)
            try await Self.correct(browser, site, dossier, id)

            // when
            let receipt = try await browser.get("\(dossier)/accuse-de-reception")

            // then
            #expect(receipt.body.contains("Yasmine Avant"))
            #expect(!receipt.body.contains("Yasmine Apres"))
            #expect(!receipt.body.contains("complement.pdf"))
            #expect(receipt.body.components(separatedBy: #"<td class="hash">"#).count - 1 == filedFiles)
            #expect(receipt.body.contains("la préfecture a demandé des pièces"))
        }
    }

    @Test func aCaseFiledBeforeReceiptsWereKeptStillShowsOne() async throws {
        try await withTestSite { site in
            // given: a case with no stored receipt (filed by the code before it), corrected, then decided
            let browser = try await Accounts.member(site, email: "recu-ancien@example.fr")
            let (dossier, id) = try await Journey.filed(browser, childSurname: "Avant")
            #expect(try await DossierReceipt.query(on: site.db).filter(\.$dossierID == id).count() == 1)
            try await DossierReceipt.query(on: site.db).filter(\.$dossierID == id).delete()
            let filedFiles = try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).count()
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.requestDocuments(id, by: nil, codes: [.addressProof], why: "illisible", replyBy: CivilDate(year: 2026, month: 12, day: 20)!)
            try await Self.correct(browser, site, dossier, id)
            try await Journey.sendRequested(site, id, codes: [.addressProof])
            try await DossierJourneyTests.workflow(site).answerRequest(id, by: try #require(try await Dossier.find(id, on: site.db)).userID)
            try await workflow.refuse(id, by: nil, reasons: [.noGround], text: nil)

            // when
            let receipt = try await browser.get("\(dossier)/accuse-de-reception?lang=en")

            // then: rebuilt, with the filing's dates and documents, and what happened since
            #expect(receipt.status == .ok)
            #expect(receipt.body.contains("25 November 2026"))
            #expect(receipt.body.contains("If the préfecture has not answered you by 25 January 2027"))
            #expect(!receipt.body.contains("answered you by , "))
            #expect(!receipt.body.contains("complement.pdf"))
            #expect(receipt.body.components(separatedBy: #"<td class="hash">"#).count - 1 == filedFiles)
            #expect(receipt.body.contains("the préfecture refused the application. This date no longer applies."))
        }
    }

    /// The family corrects the child's surname and adds a file, as the page lets it while documents are asked.
    static func correct(_ browser: Browser, _ site: TestSite, _ dossier: String, _ id: UUID) async throws {
        let child = try await browser.get("\(dossier)/enfant")
        var fields = DossierSectionForms.values(.child, answers: try #require(try await Dossier.find(id, on: site.db)).decodedAnswers())
        fields["surname"] = "Apres"
        #expect(try await browser.post("\(dossier)/enfant", form: fields.map { ($0.key, $0.value) }, csrf: child.csrfToken).status == .seeOther)
        let documents = try await browser.get("\(dossier)/pieces")
        let slot = try #require(Journey.uploadActions(documents).first)
        #expect(try await browser.upload(slot, fileName: "complement.pdf", type: "application/pdf", bytes: Journey.pdf, csrf: nil).status == .seeOther)
        #expect(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).filter(\.$originalName == "complement.pdf").count() == 1)
    }
}
