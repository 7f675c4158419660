import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Testing

@testable import App

/// Safeguards on the agent's decisions (docs/pages.md#back-office): only what the state and the
/// dates allow is offered, a decided case's documents stand as judged, dates and amounts are bounded.
@Suite struct BackOfficeSafeguardsTests {
    @Test func aRefusedCasesDocumentsStandAsJudged() async throws {
        try await withTestSite { site in
            // given: a refused case
            let family = try await Accounts.member(site, email: "juge@example.fr")
            let (_, id) = try await Journey.filed(family)
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.refuse(id, by: nil, reasons: [.residence], text: nil)
            let agent = try await Agents.signedIn(site)
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            let file = try #require(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).first())
            let name = "verdict-\(file.id!.uuidString.lowercased())"

            // when
            let page = try await agent.get(dossierURL)
            let sent = try await agent.post("\(dossierURL)/fichiers/\(file.id!.uuidString.lowercased())/avis",
                                            form: [(name, "rejected"), ("\(name)-reason", "illisible"), ("\(name)-seen", "none")],
                                            csrf: page.csrfToken)

            // then: no verdict buttons, and one sent anyway changes nothing
            #expect(!page.body.contains(#"name="\#(name)""#))
            // what was decided is on the page, as it was made
            #expect(page.body.contains("<h2>Ce qui a été décidé et demandé</h2>"))
            #expect(page.body.contains("Refusé le 25 novembre 2026 — La résidence habituelle de l’enfant en France n’est pas établie."))
            #expect(sent.status == .conflict && sent.body.contains("les avis sur les pièces ne changent plus"))
            #expect(try await DossierDocument.find(file.id, on: site.db)?.verdict == nil)
        }
    }

    @Test func resumingIsOfferedOnlyOnceTheReplyByDateHasPassed() async throws {
        try await withTestSite { site in
            // given: documents asked on 25 November, to be sent by 10 December
            let family = try await Accounts.member(site, email: "reprise@example.fr")
            let (_, id) = try await Journey.filed(family)
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.requestDocuments(id, by: nil, codes: [.addressProof], why: "Trop ancien.", replyBy: CivilDate(year: 2026, month: 12, day: 10)!)
            let agent = try await Agents.signedIn(site)

            // then: on 25 November the case page does not offer to resume
            let page = try await agent.get("/backoffice/dossiers/\(id.uuidString.lowercased())")
            #expect(!page.body.contains("/actions/resume-instruction"))
            #expect(page.body.contains("« Reprendre l'instruction » sera possible à partir du 11 décembre 2026."))
        }
    }

    @Test func aReplyByDateMonthsAwayOrATimbreOfAnotherAmountIsRefusedNamingTheField() async throws {
        try await withTestSite { site in
            let today = CivilDate(year: 2026, month: 11, day: 25)!
            // a typo in the year: refused, the field named
            let far = AgentCommand.parse(.requestDocuments, ["code-address-proof": "on", "why": "Trop ancien.", "reply-by-day": "10", "reply-by-month": "12",
                                                             "reply-by-year": "2030"], today: today, firstDocument: .addressProof)
            #expect(far == .failure(ActionFieldErrors([ActionFieldError(field: "reply-by-day", problem: .invalidDate)])))
            #expect(DocumentRequestRules.acceptsReplyBy(today.adding(months: 3), today: today))
            #expect(!DocumentRequestRules.acceptsReplyBy(today.adding(months: 3).adding(days: 1), today: today))
        }
    }

    @Test func theNoticeSaysWhatReallyHappened() async throws {
        try await withTestSite { site in
            // given: a case under instruction
            let family = try await Accounts.member(site, email: "avis@example.fr")
            let (_, id) = try await Journey.filed(family)
            try await DossierJourneyTests.workflow(site).startInstruction(id, by: nil)
            let agent = try await Agents.signedIn(site)
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            let file = try #require(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).first())
            let page = try await agent.get(dossierURL)

            // when: a verdict, which sends no mail
            let name = "verdict-\(file.id!.uuidString.lowercased())"
            let sent = try await agent.post("\(dossierURL)/fichiers/\(file.id!.uuidString.lowercased())/avis", form: [(name, "accepted"), ("\(name)-seen", "none")],
                                            csrf: page.csrfToken)

            // then: back at that file, told it was recorded and that no mail went
            let location = try #require(sent.location)
            #expect(location == "\(dossierURL)?fait=avis#file-\(file.id!.uuidString.lowercased())")
            let after = try await agent.get(location)
            #expect(after.body.contains("Avis enregistré") && !after.body.contains("prévenue par courriel"))
            #expect(after.body.contains(#"id="file-\#(file.id!.uuidString.lowercased())""#))
            #expect(try await site.mails(to: "avis@example.fr").filter { $0.kind.contains("verdict") }.isEmpty)
            // an action that mails the family says so
            #expect(try await agent.get("\(dossierURL)?fait=1").body.contains("La famille est prévenue par courriel"))
        }
    }

    @Test func aColleaguesVerdictGivenMeanwhileIsNotOverwrittenUnseen() async throws {
        try await withTestSite { site in
            // given: two agents with the same case page open
            let family = try await Accounts.member(site, email: "deux@example.fr")
            let (_, id) = try await Journey.filed(family)
            try await DossierJourneyTests.workflow(site).startInstruction(id, by: nil)
            let camille = try await Agents.signedIn(site)
            let colleague = try await Agents.signedIn(site, email: "collegue@interieur.gouv.fr")
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            let file = try #require(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).first())
            let name = "verdict-\(file.id!.uuidString.lowercased())"
            let verdictURL = "\(dossierURL)/fichiers/\(file.id!.uuidString.lowercased())/avis"
            let camillePage = try await camille.get(dossierURL)
            let colleaguePage = try await colleague.get(dossierURL)
            #expect(colleaguePage.body.contains(#"name="\#(name)-seen" value="none""#))

            // when: Camille rejects it, then the colleague, from the page shown before, accepts it
            let rejected = try await camille.post(verdictURL, form: [(name, "rejected"), ("\(name)-reason", "illisible"), ("\(name)-seen", "none")],
                                                  csrf: camillePage.csrfToken)
            let accepted = try await colleague.post(verdictURL, form: [(name, "accepted"), ("\(name)-seen", "none")], csrf: colleaguePage.csrfToken)

            // then: Camille's verdict stands and the colleague sees it, told theirs was not recorded
            #expect(rejected.status == .seeOther)
            #expect(accepted.status == .conflict)
            #expect(accepted.body.contains("Un collègue a donné son avis sur cette pièce") && accepted.body.contains("illisible"))
            #expect(accepted.body.contains(#"name="\#(name)-seen" value="rejected""#))
            #expect(try await DossierDocument.find(file.id, on: site.db)?.verdict == "rejected")
            #expect(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).filter(\.$action == "document-verdict").count() == 1)
            // and, having seen it, the colleague may still give theirs
            let again = try await colleague.post(verdictURL, form: [(name, "accepted"), ("\(name)-seen", "rejected")], csrf: colleaguePage.csrfToken)
            #expect(again.status == .seeOther)
            #expect(try await DossierDocument.find(file.id, on: site.db)?.verdict == "accepted")
        }
    }

    @Test func aDocumentIsReviewedBesideTheAnswersAndAVerdictLeadsToTheNext() async throws {
        try await withTestSite { site in
            // given: a case under instruction, its documents in the order the case page lists them
            let family = try await Accounts.member(site, email: "examen@example.fr")
            let (_, id) = try await Journey.filed(family)
            try await DossierJourneyTests.workflow(site).startInstruction(id, by: nil)
            let agent = try await Agents.signedIn(site)
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            let casePage = try await agent.get(dossierURL)
            let reviews = casePage.body.components(separatedBy: "href=\"\(dossierURL)/fichiers/").dropFirst()
                .compactMap { $0.split(separator: "\"").first }.filter { $0.hasSuffix("/examen") }.map { "\(dossierURL)/fichiers/\($0)" }
            #expect(reviews.count >= 2)
            let first = try #require(reviews.first)

            // when: the first document's review page
            let page = try await agent.get(first)

            // then: the file in a frame of this site, the answers beside it, the verdict form, the next document
            #expect(page.status == .ok)
            let fileURL = String(first.dropLast("/examen".count))
            #expect(page.body.contains(#"<iframe src="\#(fileURL)""#))
            #expect(page.headers[.contentSecurityPolicy]?.contains("frame-src 'self'") == true)
            #expect(page.body.contains("Les réponses de la demande") && page.body.contains("Benali"))
            #expect(page.body.contains(#"href="\#(reviews[1])""#))
            let file = try await agent.get(fileURL)
            #expect(file.headers[.init("X-Frame-Options")!] == "SAMEORIGIN")
            #expect(file.headers[.contentSecurityPolicy]?.contains("sandbox") == true)
            // the case page itself still refuses to be framed
            #expect(casePage.headers[.init("X-Frame-Options")!] == "DENY")

            // when: a verdict from the review page
            let fileID = String(fileURL.split(separator: "/").last!)
            let sent = try await agent.post("\(fileURL)/avis", form: [("verdict-\(fileID)", "accepted"), ("verdict-\(fileID)-seen", "none"), ("examen", "1")],
                                            csrf: page.csrfToken)
            // then: on to the next document's review
            #expect(sent.location == reviews[1])
            #expect(try await agent.get("\(dossierURL)/fichiers/\(UUID().uuidString.lowercased())/examen").status == .notFound)
        }
    }

    @Test func aSupervisorsPageSaysItIsNotOpenToAnAgentRatherThanNotFound() async throws {
        try await withTestSite { site in
            let agent = try await Agents.signedIn(site)
            let page = try await agent.get("/backoffice/statistiques")
            #expect(page.status == .forbidden)
            #expect(page.body.contains("réservée aux superviseurs") && !page.body.contains("aucune page"))
        }
    }
}
