import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// A family's whole journey, from the first draft to the hand-over (docs/states.md), the
/// préfecture's part played through the same workflow service its back office calls.
@Suite struct DossierJourneyTests {
    static func workflow(_ site: TestSite, at instant: Date = testNow) -> DossierWorkflow {
        let database = site.database
        return DossierWorkflow(store: DossierStore(database: { database.db }), publicURL: site.config.publicURL, now: { instant })
    }

    @Test func signUpToPostponementRequest() async throws {
        try await withTestSite { site in
            // given: a member files a complete dossier
            let browser = try await Accounts.member(site, email: "journey@example.fr")
            let dossier = try await Journey.complete(browser)
            let check = try await browser.get("\(dossier)/verifier")
            _ = try await browser.post("\(dossier)/deposer", form: [], csrf: check.csrfToken)
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            #expect(try await site.lastMail(to: "journey@example.fr", kind: "case-filed") != nil)
            let workflow = Self.workflow(site)

            // when: the préfecture starts, then asks for a document
            try await workflow.startInstruction(id, by: nil)
            let replyBy = CivilDate(year: 2026, month: 12, day: 20)!
            try await workflow.requestDocuments(id, by: nil, codes: [.addressProof], why: "le justificatif a plus de 3 mois", replyBy: replyBy)
            #expect(try await site.lastMail(to: "journey@example.fr", kind: "case-request-documents") != nil)
            var page = try await browser.get(dossier)
            #expect(page.body.contains("le justificatif a plus de 3 mois"))
            #expect(page.body.contains("20 décembre 2026"))

            // a decision is refused while documents are awaited
            await #expect(throws: DossierError.self) { try await workflow.grant(id, by: nil, dcemNumber: "DCEM0000001") }

            // the family answers a week later: the clock runs again in full from that day (rule 16)
            let later = Self.workflow(site, at: testNow.addingTimeInterval(7 * 86400))
            let action = try #require(Journey.uploadActions(page).first)
            let sent = try await browser.upload(action, fileName: "facture.pdf", type: "application/pdf", bytes: Journey.pdf, csrf: nil)
            #expect(sent.status == .seeOther)
            #expect(try await DossierDocument.query(on: site.db).filter(\.$afterFiling == true).count() == 1)
            try await later.answerRequest(id, by: try #require(try await User.query(on: site.db).first()?.id))
            var record = try #require(try await Dossier.find(id, on: site.db))
            #expect(record.currentState == .underInstruction)
            #expect(record.implicitRefusalOn == "2027-02-02")

            // the préfecture grants, then makes the document available
            try await later.grant(id, by: nil, dcemNumber: "DCEM0000001")
            record = try #require(try await Dossier.find(id, on: site.db))
            let outcome = try #require(record.decodedOutcome())
            #expect(outcome.validFrom == "2026-12-02")
            #expect(outcome.validUntil == "2031-12-02")
            #expect(outcome.territory == Territory.all.rawValue)
            #expect(outcome.dcemNumber == "DCEM0000001")
            // the pick-up calendar gives the first free slot from 15 December, a Tuesday, at 09:30
            try await DossierCounterTests.openCounter(site, weekdays: [2], opens: 9 * 60 + 30)
            try await later.makeAvailable(id, by: nil, from: CivilDate(year: 2026, month: 12, day: 15)!)
            page = try await browser.get(dossier)
            #expect(page.body.contains("Le DCEM est accordé"))
            #expect(page.body.contains("15 décembre 2026"))
            let convocation = try await browser.get("\(dossier)/convocation")
            #expect(convocation.body.contains("timbre fiscal de 50 €"))
            #expect(convocation.body.contains("l’enfant, qui doit être présent"))

            // then: the family asks for another appointment
            let form = try await browser.get("\(dossier)/report")
            #expect(form.body.contains("Rendez-vous le 15 décembre 2026"))
            #expect(form.body.contains("Une date entre le 26 novembre 2026 et le 2 mars 2027"))
            let empty = try await browser.post("\(dossier)/report", form: [("reason", ""), ("dates", "")], csrf: form.csrfToken)
            #expect(empty.status == .unprocessableContent)
            #expect(empty.body.contains("Indiquez une date qui existe, entre le 26 novembre 2026 et le 2 mars 2027"))
            // what was typed comes back with the error
            let past = try await browser.post("\(dossier)/report", form: [("reason", "examen scolaire ce jour-là"), ("available-from-day", "1"),
                                                                          ("available-from-month", "11"), ("available-from-year", "2026"),
                                                                          ("dates", "le matin")], csrf: form.csrfToken)
            #expect(past.status == .unprocessableContent)
            #expect(past.body.contains("examen scolaire ce jour-là") && past.body.contains(#"value="11""#) && past.body.contains("le matin"))
            let asked = try await browser.post("\(dossier)/report", form: [("reason", "examen scolaire ce jour-là"), ("available-from-day", "17"),
                                                                           ("available-from-month", "12"), ("available-from-year", "2026"),
                                                                           ("dates", "le matin")], csrf: form.csrfToken)
            #expect(asked.status == .seeOther)
            record = try #require(try await Dossier.find(id, on: site.db))
            #expect(record.currentState == .postponementRequested)
            #expect(record.decodedOutcome()?.postponement?.reason == "examen scolaire ce jour-là")
            let history = try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).all().map(\.action)
            for action in ["created", "file", "start-instruction", "request-documents", "document-added", "answer-request", "grant", "make-available",
                           "request-postponement"] {
                #expect(history.contains(action), "\(action) in the history")
            }
            // the first appointment stands until the préfecture answers, and the family can still print it
            page = try await browser.get(dossier)
            #expect(page.body.contains("Document disponible"))
            #expect(page.body.contains("vous pouvez venir à partir du 17 décembre 2026"))
            #expect(page.body.contains("votre rendez-vous reste fixé au 15 décembre 2026 à 09:30"))
            #expect(page.body.contains(#"href="\#(dossier)/convocation""#))
        }
    }

    @Test func aStaleVersionIsAConflictAndChangesNothing() async throws {
        try await withTestSite { site in
            let browser = try await Accounts.member(site)
            let dossier = try await Journey.complete(browser)
            let check = try await browser.get("\(dossier)/verifier")
            _ = try await browser.post("\(dossier)/deposer", form: [], csrf: check.csrfToken)
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            let record = try #require(try await Dossier.find(id, on: site.db))
            let workflow = Self.workflow(site)
            await #expect(throws: DossierError.conflict) {
                try await workflow.perform(.startInstruction, on: id, by: .agent(nil), expectedVersion: record.version - 1)
            }
            #expect(try await Dossier.find(id, on: site.db)?.currentState == .filed)
        }
    }
}
