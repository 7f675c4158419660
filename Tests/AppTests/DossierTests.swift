import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// The family's application through the real application, on SQLite or PostgreSQL.
@Suite struct DossierTests {
    @Test func aFamilyFillsInUploadsAndFilesOnceWithAReceipt() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site, email: "famille@example.fr")
            let dossier = try await Journey.start(browser)
            let fresh = try await browser.get(dossier)
            #expect(fresh.body.contains("Pas commencé"))
            #expect(fresh.body.contains("Pas encore possible"))

            // when: every section, the situation, the documents and the photos
            try await Journey.fillSections(browser, dossier)
            try await Journey.answerSituation(browser, dossier)
            let tasks = try await browser.get(dossier)
            #expect(tasks.body.contains("Préfecture de police"))
            #expect(tasks.body.contains("peut obtenir le DCEM"))
            try await Journey.uploadDocuments(browser, dossier)
            try await Journey.uploadPhotos(browser, dossier)
            let check = try await browser.get("\(dossier)/verifier")
            #expect(check.status == .ok)
            #expect(check.body.contains("Benali") && check.body.contains("scan.pdf"))
            #expect(check.body.contains("Déposer la demande"))

            // when: filed twice (a double click)
            let filed = try await browser.post("\(dossier)/deposer", form: [], csrf: check.csrfToken)
            let again = try await browser.post("\(dossier)/deposer", form: [], csrf: check.csrfToken)

            // then: one case, one reference, one receipt
            #expect(filed.status == .seeOther)
            #expect(filed.location == "\(dossier)/confirmation")
            #expect(again.location == filed.location)
            let record = try #require(try await Dossier.query(on: site.db).first())
            #expect(record.currentState == .filed)
            let reference = try #require(record.reference.flatMap(DossierReference.init))
            #expect(reference.description == "DCEM-75-2026-000001")
            #expect(record.filedOn == "2026-11-25")
            #expect(record.implicitRefusalOn == "2027-01-25")
            #expect(try await DossierEvent.query(on: site.db).filter(\.$action == "file").count() == 1)
            let mails = try await site.mails(to: "famille@example.fr").filter { $0.kind == "case-filed" }
            #expect(mails.count == 1)
            let receiptMail = try #require(mails.first)
            for mention in ["DCEM-75-2026-000001", "25 novembre 2026", "Préfecture de police", "25 janvier 2027", "recours gracieux", "tribunal administratif"] {
                #expect(receiptMail.body.contains(mention), "\(mention) in the acknowledgement")
            }

            let confirmation = try await browser.get("\(dossier)/confirmation")
            #expect(confirmation.body.contains("DCEM-75-2026-000001"))
            #expect(confirmation.body.contains("25 janvier 2027"))
            let receipt = try await browser.get("\(dossier)/accuse-de-reception")
            let document = try #require(try await DossierDocument.query(on: site.db).first())
            #expect(receipt.body.contains(document.sha256))
            let cerfa = try await browser.get("\(dossier)/cerfa")
            #expect(cerfa.body.contains("Yasmine") && cerfa.body.contains("11203"))
            // the paper form's parts in its order, each box one value under the form's own label
            let parts = ["1. Le mineur", "2. Le demandeur", "3. Filiation du mineur", "4. Adresse du mineur en France"].map { cerfa.body.range(of: $0)?.lowerBound }
            #expect(!parts.contains(nil) && parts.compactMap { $0 } == parts.compactMap { $0 }.sorted())
            #expect(cerfa.body.contains("<dt>Nom</dt><dd>Benali</dd>") && cerfa.body.contains("<dt>Prénom(s)</dt><dd>Karim</dd>"))
            #expect(cerfa.body.contains("<dt>Adresse</dt><dd>12 rue des Lilas</dd>") && cerfa.body.contains("<dt>Code postal</dt><dd>75011</dd>"))
            #expect(!cerfa.body.contains("?</dt>") && !cerfa.body.contains("(facultatif)</dt>"))
            #expect(cerfa.body.contains("ajoutez-le (photo ou scan) aux pièces de la demande"))
            let status = try await browser.get(dossier)
            #expect(status.body.contains("Dépôt de la demande"))
            #expect(status.body.contains("aria-current=\"step\""))
            let mine = try await browser.get("/mes-demandes")
            #expect(mine.body.contains("DCEM-75-2026-000001"))
        }
    }

    @Test func filingIsRefusedWhileSomethingIsMissingAndNothingChanges() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site)
            let dossier = try await Journey.start(browser)
            try await Journey.fillSections(browser, dossier)
            let check = try await browser.get("\(dossier)/verifier")
            // when
            let refused = try await browser.post("\(dossier)/deposer", form: [], csrf: check.csrfToken)
            // then
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("error-summary"))
            #expect(refused.body.contains("Complétez la partie « La situation »"))
            #expect(refused.body.contains("Ajoutez 2 photos"))
            let record = try #require(try await Dossier.query(on: site.db).first())
            #expect(record.currentState == .draft && record.reference == nil)
            #expect(try await site.mails(to: "famille@example.fr").allSatisfy { $0.kind != "case-filed" })
        }
    }

    @Test func anotherMembersDossierIsNotFound() async throws {
        try await withTestSite { site in
            // given
            let owner = try await Accounts.member(site, email: "owner@example.fr")
            let dossier = try await Journey.start(owner)
            let stranger = try await Accounts.member(site, email: "stranger@example.fr")
            let token = try await stranger.get("/compte").csrfToken
            // when / then
            for path in [dossier, "\(dossier)/enfant", "\(dossier)/pieces", "\(dossier)/verifier", "\(dossier)/cerfa", "\(dossier)/situation/naissance"] {
                #expect(try await stranger.get(path).status == .notFound, "\(path)")
            }
            #expect(try await stranger.post("\(dossier)/enfant", form: [("surname", "X")], csrf: token).status == .notFound)
            #expect(try await stranger.post("\(dossier)/deposer", form: [], csrf: token).status == .notFound)
            #expect(try await stranger.get("/demandes/not-a-uuid").status == .notFound)
            #expect(!(try await stranger.get("/mes-demandes").body.contains(dossier)))
        }
    }

    @Test func sectionErrorsNameTheFieldAndKeepTheInput() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site)
            let dossier = try await Journey.start(browser)
            let form = try await browser.get("\(dossier)/adresse")
            // when
            let page = try await browser.post("\(dossier)/adresse", form: [("line1", "3 quai Voltaire"), ("postalCode", "98000"), ("city", "")], csrf: form.csrfToken)
            // then
            #expect(page.status == .unprocessableContent)
            #expect(page.body.contains(##"href="#postalCode""##) && page.body.contains(##"href="#city""##))
            #expect(page.body.contains(#"value="3 quai Voltaire""#))
            #expect(try await Dossier.query(on: site.db).first()?.departement == nil)
        }
    }

    @Test func uploadsAreCheckedByContentAndSize() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site)
            let dossier = try await Journey.start(browser)
            try await Journey.fillSections(browser, dossier)
            try await Journey.answerSituation(browser, dossier)
            let page = try await browser.get("\(dossier)/pieces")
            let action = try #require(Journey.uploadActions(page).first)
            // when
            let html = try await browser.upload(action, fileName: "lettre.pdf", type: "application/pdf", bytes: Array("<html><script>".utf8), csrf: nil)
            let big = try await browser.upload(action, fileName: "gros.pdf", type: "application/pdf",
                                               bytes: Journey.pdf + [UInt8](repeating: 0x20, count: 10 * 1024 * 1024), csrf: nil)
            let empty = try await browser.upload(action, fileName: "", type: "application/octet-stream", bytes: [], csrf: nil)
            let forged = try await browser.upload(action.components(separatedBy: "?").first!, fileName: "scan.pdf", type: "application/pdf",
                                                  bytes: Journey.pdf, csrf: "forged")
            // then
            #expect(html.status == .unprocessableContent && html.body.contains("PDF, un JPEG ou un PNG"))
            #expect(big.status == .unprocessableContent && big.body.contains("10 Mo"))
            #expect(empty.status == .unprocessableContent && empty.body.contains("Choisissez un fichier"))
            #expect(forged.status == .forbidden)
            #expect(try await DossierDocument.query(on: site.db).count() == 0)

            // and a good file is kept, then removed without losing its row
            let good = try await browser.upload(action, fileName: "../../etc/acte.pdf", type: "application/pdf", bytes: Journey.pdf, csrf: nil)
            #expect(good.status == .seeOther)
            let document = try #require(try await DossierDocument.query(on: site.db).first())
            #expect(document.originalName == "acte.pdf")
            let download = try await browser.get("\(dossier)/fichiers/\(document.id!.uuidString.lowercased())")
            #expect(download.status == .ok)
            #expect(download.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            #expect(download.headers[.contentType] == "application/pdf")
            let list = try await browser.get("\(dossier)/pieces")
            let removed = try await browser.post("\(dossier)/fichiers/\(document.id!.uuidString.lowercased())/supprimer", form: [], csrf: list.csrfToken)
            #expect(removed.status == .seeOther)
            #expect(try await DossierDocument.query(on: site.db).first()?.removedAt != nil)
        }
    }

    @Test func aPhotoOlderThanSixMonthsIsRefused() async throws {
        try await withTestSite { site in
            let browser = try await Accounts.member(site)
            let dossier = try await Journey.start(browser)
            let page = try await browser.get("\(dossier)/photos")
            let action = try #require(Journey.uploadActions(page).first)
            let old = try await browser.upload(action, fields: [("taken-day", "24"), ("taken-month", "5"), ("taken-year", "2026")],
                                               fileName: "photo.jpg", type: "image/jpeg", bytes: Journey.jpeg, csrf: nil)
            #expect(old.status == .unprocessableContent)
            #expect(old.body.contains("25 mai 2026"))
            let fine = try await browser.upload(action, fields: [("taken-day", "25"), ("taken-month", "5"), ("taken-year", "2026")],
                                                fileName: "photo.jpg", type: "image/jpeg", bytes: Journey.jpeg, csrf: nil)
            #expect(fine.status == .seeOther)
        }
    }

    @Test func aPDFIsNoPhotoAndIsRefusedWithTheDateKept() async throws {
        try await withTestSite { site in
            let browser = try await Accounts.member(site)
            let dossier = try await Journey.start(browser)
            let page = try await browser.get("\(dossier)/photos")
            let action = try #require(Journey.uploadActions(page).first)
            let pdf = try await browser.upload(action, fields: [("taken-day", "20"), ("taken-month", "11"), ("taken-year", "2026")],
                                               fileName: "photo.pdf", type: "application/pdf", bytes: Journey.pdf, csrf: nil)
            #expect(pdf.status == .unprocessableContent)
            #expect(pdf.body.contains("La photo doit être une image JPEG ou PNG, pas un PDF"))
            #expect(pdf.body.contains(#"value="20""#))
            #expect(try await DossierDocument.query(on: site.db).count() == 0)
        }
    }

    @Test func aFamilyWithdrawsBeforeTheDecision() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site)
            let dossier = try await Journey.complete(browser)
            let check = try await browser.get("\(dossier)/verifier")
            _ = try await browser.post("\(dossier)/deposer", form: [], csrf: check.csrfToken)
            // when
            let confirm = try await browser.get("\(dossier)/retirer")
            let withdrawn = try await browser.post("\(dossier)/retirer", form: [], csrf: confirm.csrfToken)
            // then
            #expect(withdrawn.status == .seeOther)
            #expect(try await Dossier.query(on: site.db).first()?.currentState == .withdrawn)
            #expect(try await site.lastMail(to: "famille@example.fr", kind: "case-withdraw") != nil)
            let twice = try await browser.post("\(dossier)/retirer", form: [], csrf: confirm.csrfToken)
            #expect(twice.status == .conflict)
        }
    }

    @Test func concurrentFilingsOfOneDossierMakeOneCase() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site)
            let dossier = try await Journey.complete(browser)
            let check = try await browser.get("\(dossier)/verifier")
            let token = try #require(check.csrfToken)
            // when: five submissions at once
            let locations = try await withThrowingTaskGroup(of: String?.self) { group in
                for _ in 0..<5 { group.addTask { try await browser.post("\(dossier)/deposer", form: [], csrf: token).location } }
                return try await group.reduce(into: [String?]()) { $0.append($1) }
            }
            // then
            #expect(Set(locations) == ["\(dossier)/confirmation"])
            #expect(try await Dossier.query(on: site.db).filter(\.$reference != nil).count() == 1)
            #expect(try await DossierEvent.query(on: site.db).filter(\.$action == "file").count() == 1)
            #expect(try await site.mails(to: "famille@example.fr").filter { $0.kind == "case-filed" }.count == 1)
            #expect(try await ReferenceCounter.query(on: site.db).first()?.lastSerial == 1)
        }
    }
}

/// The same pages in English, on the same addresses.
@Suite struct DossierLanguageTests {
    @Test func theTaskListAndItsFormsSpeakEnglish() async throws {
        try await withTestSite { site in
            let browser = try await Accounts.member(site)
            let dossier = try await Journey.start(browser)
            let tasks = try await browser.get("\(dossier)?lang=en")
            #expect(tasks.body.contains(#"<html lang="en""#))
            #expect(tasks.body.contains("Your DCEM application") && tasks.body.contains("Cannot start yet"))
            let form = try await browser.get("\(dossier)/adresse")
            let page = try await browser.post("\(dossier)/adresse", form: [("line1", ""), ("postalCode", "7501"), ("city", "Paris")], csrf: form.csrfToken)
            #expect(page.body.contains("Enter the 5-digit postcode"))
            #expect(page.body.contains("Error: "))
        }
    }
}

/// "Enregistrer et revenir plus tard" keeps what was typed, unchecked (docs/pages.md#save-later).
@Suite struct SaveForLaterTests {
    @Test func anUnfinishedSectionIsKeptAsTypedAndShownInProgress() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site)
            let dossier = try await Journey.start(browser)
            let form = try await browser.get("\(dossier)/enfant")
            #expect(form.body.contains(#"name="action" value="later""#))
            // when: half the child's identity, then "save and come back later"
            let saved = try await browser.post("\(dossier)/enfant", form: [("surname", "Benali–Ould Ahmed"), ("givenNames", ""), ("action", "later")],
                                               csrf: form.csrfToken)
            // then: no error, back to the task list, the section in progress, the typed value back on return
            #expect(saved.status == .seeOther)
            #expect(saved.location == dossier)
            let tasks = try await browser.get(dossier)
            #expect(tasks.body.contains(#"id="status-enfant" class="tag tag--in-progress""#))
            let again = try await browser.get("\(dossier)/enfant")
            #expect(again.body.contains(#"value="Benali–Ould Ahmed""#))
            #expect(try await Dossier.query(on: site.db).first()?.decodedAnswers().child == nil)

            // when: the family finishes the section
            let done = try await browser.post("\(dossier)/enfant", form: DraftConcurrencyTests.childForm, csrf: again.csrfToken)
            // then: checked and saved, nothing kept for later any more
            #expect(done.status == .seeOther)
            let answers = try #require(try await Dossier.query(on: site.db).first()?.decodedAnswers())
            #expect(answers.child != nil && answers.unfinished(.child) == nil)
            #expect(try await browser.get(dossier).body.contains(#"id="status-enfant" class="tag tag--completed""#))
        }
    }

    @Test func laterOnASituationQuestionKeepsAGivenAnswerAndReturnsToTheTaskList() async throws {
        try await withTestSite { site in
            let browser = try await Accounts.member(site)
            let dossier = try await Journey.start(browser)
            let page = try await browser.get("\(dossier)/situation/nationalite-enfant")
            // Without an answer: back to the task list, no error page.
            let empty = try await browser.post("\(dossier)/situation/nationalite-enfant", form: [("action", "later")], csrf: page.csrfToken)
            #expect(empty.status == .seeOther && empty.location == dossier)
            // With one: kept.
            let kept = try await browser.post("\(dossier)/situation/nationalite-enfant", form: [("nationalite-enfant", "other"), ("action", "later")],
                                              csrf: page.csrfToken)
            #expect(kept.status == .seeOther && kept.location == dossier)
            #expect(try await Dossier.query(on: site.db).first()?.decodedAnswers().situation.childNationality != nil)
        }
    }
}

/// A situation that makes the child not eligible leads to its reason and the answer to change,
/// never back to the task list (docs/pages.md#task-list).
@Suite struct SituationProblemTests {
    @Test func anAdultsApplicationShowsTheReasonAndLeadsToTheBirthDate() async throws {
        try await withTestSite { site in
            // given: every section answered, the child born in 2000
            let browser = try await Accounts.member(site)
            let dossier = try await Journey.start(browser)
            try await Journey.fillSections(browser, dossier)
            try await Journey.answerSituation(browser, dossier, changing: ["naissance": [("naissance-day", "12"), ("naissance-month", "5"), ("naissance-year", "2000")]])
            // when
            let tasks = try await browser.get(dossier)
            let situation = try await browser.get("\(dossier)/situation")
            // then: the task list points to the reason, which is a page, not a redirect to the task list
            #expect(tasks.body.contains(#"class="tag tag--problem""#))
            #expect(tasks.body.contains(#"href="\#(dossier)/situation">Voir pourquoi et modifier vos réponses</a>"#))
            #expect(situation.status == .ok)
            #expect(situation.body.contains("À partir de 18 ans"))
            #expect(situation.body.contains(#"href="\#(dossier)/situation/naissance""#))
        }
    }
}

/// An answer to a request for documents carries what was asked (docs/states.md#answering-a-request).
@Suite struct RequestAnswerTests {
    @Test(arguments: [
        // (requested, sent since the request, missing)
        ([DocumentCode.addressProof], [String](), [DocumentCode.addressProof]),
        ([.addressProof], ["address-proof"], []),
        ([.addressProof], ["child-identity"], [.addressProof]),
        ([.addressProof, .childPhotos], ["address-proof", "child-photos"], [.childPhotos]),
        ([.addressProof, .childPhotos], ["address-proof", "child-photos", "child-photos"], []),
        ([.filiation], ["filiation.traduction"], [.filiation]),
    ])
    func whatAnAnswerStillLacks(requested: [DocumentCode], sent: [String], missing: [DocumentCode]) {
        #expect(DocumentRequestRules.missing(requested, sentSinceRequest: sent) == missing)
    }

    @Test func anAnswerWithoutTheDocumentsStaysOnTheCasePageNamingThem() async throws {
        try await withTestSite { site in
            // given: the préfecture asks for the proof of address and two photos
            let browser = try await Accounts.member(site, email: "reponse@example.fr")
            let (dossier, id) = try await Journey.filed(browser)
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.requestDocuments(id, by: nil, codes: [.addressProof, .childPhotos], why: "illisibles",
                                                replyBy: CivilDate(year: 2026, month: 12, day: 20)!)
            // when: the family answers with nothing
            let page = try await browser.get(dossier)
            let empty = try await browser.post("\(dossier)/reponse", form: [], csrf: page.csrfToken)
            // then: the same page, each missing document named and linked to its form; nothing changed
            #expect(empty.status == .unprocessableContent)
            #expect(empty.body.contains(##"href="#file-address-proof""##) && empty.body.contains(##"href="#file-child-photos""##))
            #expect(empty.body.contains("Ajoutez deux photos de l’enfant"))
            #expect(try await Dossier.find(id, on: site.db)?.currentState == .awaitingDocuments)
            #expect(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).filter(\.$action == "answer-request").count() == 0)

            // when: a photo as a PDF, a photo without the day it was taken, a photo dated in the future
            let photoForm = try #require(Journey.uploadActions(page).first { $0.contains("/child-photos") })
            let asPDF = try await browser.upload(photoForm, fields: [("taken-day", "1"), ("taken-month", "10"), ("taken-year", "2026")],
                                                 fileName: "photo.pdf", type: "application/pdf", bytes: Journey.pdf, csrf: nil)
            let undated = try await browser.upload(photoForm, fileName: "photo.jpg", type: "image/jpeg", bytes: Journey.jpeg, csrf: nil)
            let future = try await browser.upload(photoForm, fields: [("taken-day", "1"), ("taken-month", "1"), ("taken-year", "2027")],
                                                  fileName: "photo.jpg", type: "image/jpeg", bytes: Journey.jpeg, csrf: nil)
            // then: each refused on the case page, naming the field, what was typed kept; no file recorded
            #expect(asPDF.status == .unprocessableContent && asPDF.body.contains(##"href="#file-child-photos""##))
            #expect(undated.status == .unprocessableContent && undated.body.contains(##"href="#taken-day""##))
            #expect(future.status == .unprocessableContent && future.body.contains(##"href="#taken-day""##) && future.body.contains(#"value="2027""#))
            #expect(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).filter(\.$afterFiling == true).count() == 0)

            // when: one photo only, then everything asked
            let one = try await browser.upload(photoForm, fields: [("taken-day", "1"), ("taken-month", "10"), ("taken-year", "2026")],
                                               fileName: "photo.jpg", type: "image/jpeg", bytes: Journey.jpeg, csrf: nil)
            #expect(one.status == .seeOther)
            #expect(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).filter(\.$slot == "child-photos").first()?.takenOn == "2026-10-01")
            let onePhoto = try await browser.post("\(dossier)/reponse", form: [], csrf: page.csrfToken)
            #expect(onePhoto.status == .unprocessableContent && onePhoto.body.contains(##"href="#file-child-photos""##))
            let answered = try await Journey.answerRequest(browser, dossier)
            // then
            #expect(answered.status == .seeOther)
            #expect(try await Dossier.find(id, on: site.db)?.currentState == .underInstruction)
        }
    }
}
