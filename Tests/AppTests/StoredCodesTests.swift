import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Testing

@testable import App

/// Reasons, decisions and history are stored as codes and worded in the reader's language; what
/// was stored as a sentence before still shows.
@Suite struct StoredCodesTests {
    @Test func theMigrationTurnsKnownSentencesIntoCodesAndKeepsTheRest() throws {
        let stored = #"{"decision":"refused","refusalReasons":["La résidence habituelle de l’enfant en France n’est pas établie.","Un motif écrit à la main."],"refusalText":"x"}"#
        let recoded = try #require(M024_RefusalReasonCodes.recoded(Data(stored.utf8)))
        let outcome = try JSONDecoder().decode(DossierOutcome.self, from: recoded)
        #expect(outcome.refusalReasons == ["residence", "Un motif écrit à la main."])
        #expect(outcome.decision == .refused && outcome.refusalText == "x")
        // nothing to change: the row is left alone
        #expect(M024_RefusalReasonCodes.recoded(Data(#"{"refusalReasons":["residence"]}"#.utf8)) == nil)
        #expect(M024_RefusalReasonCodes.recoded(Data(#"{"decision":"granted"}"#.utf8)) == nil)
    }

    @Test func aRefusalShowsItsReasonsInTheReadersLanguageAndAnOldSentenceAsStored() async throws {
        try await withTestSite { site in
            // given: a refused case, by an agent, for the residence
            let family = try await Accounts.member(site, email: "motifs@example.fr")
            let (path, id) = try await Journey.filed(family)
            let agent = try await Agents.signedIn(site)
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            #expect(try await BackOfficeDossierTests.act(agent, dossierURL, .startInstruction).status == .seeOther)
            #expect(try await BackOfficeDossierTests.act(agent, dossierURL, .refuse, [("reason-residence", "on")]).status == .seeOther)

            // then: a code is stored, and each language words it
            let dossier = try #require(try await Dossier.find(id, on: site.db))
            #expect(dossier.decodedOutcome()?.refusalReasons == ["residence"])
            #expect(dossier.decodedOutcome()?.decision == .refused)
            #expect(try await family.get(path).body.contains("La résidence habituelle de l’enfant en France n’est pas établie."))
            let english = try await family.get("\(path)?lang=en").body
            #expect(english.contains("The child&#39;s habitual residence in France is not established.")
                    || english.contains("The child's habitual residence in France is not established."))
            #expect(!english.contains("La résidence habituelle"))

            // and a sentence stored before the codes is shown as it is
            try DossierWorkflow.setOutcome(dossier) { $0.refusalReasons = ["Un motif écrit à la main."] }
            try await dossier.update(on: site.db)
            #expect(try await family.get("\(path)?lang=en").body.contains("Un motif écrit à la main."))
        }
    }

    @Test func theHistorySaysWhoDidWhatWithItsDetails() async throws {
        try await withTestSite { site in
            // given: an agent asks for a document
            let family = try await Accounts.member(site, email: "historique@example.fr")
            let (path, id) = try await Journey.filed(family)
            let agent = try await Agents.signedIn(site)
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            #expect(try await BackOfficeDossierTests.act(agent, dossierURL, .startInstruction).status == .seeOther)
            #expect(try await BackOfficeDossierTests.act(agent, dossierURL, .requestDocuments, [
                ("code-address-proof", "on"), ("why", "Trop ancien"), ("reply-by-day", "20"), ("reply-by-month", "12"), ("reply-by-year", "2026"),
            ]).status == .seeOther)

            // then: both sides read the documents asked, the date and the agent's name, each in its language
            let addressProof = DocumentCode.addressProof
            let french = try await family.get(path).body
            #expect(french.contains("\(addressProof.label(in: .fr)) ; réponse attendue avant le 20 décembre 2026 (Camille Martin)"))
            let english = try await family.get("\(path)?lang=en").body
            #expect(english.contains("answer expected by 20 December 2026 (Camille Martin)"))
            let desk = try await agent.get(dossierURL).body
            #expect(desk.contains("réponse attendue avant le 20 décembre 2026 (Camille Martin)"))
            // the family's own actions are theirs
            #expect(french.contains("(vous)"))
            #expect(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).all().allSatisfy { $0.kind != nil })
        }
    }
}
