import DCEMRules
import FluentKit
import Foundation
import Testing

@testable import App

/// The access log (docs/pages.md#access-log): every look of an agent at a case or one of its files
/// is recorded; only the préfecture's supervisors read it.
@Suite struct CaseAccessLogTests {
    @Test func anAgentsViewsAreRecordedAndOnlyASupervisorReadsThem() async throws {
        try await withTestSite { site in
            // given: a case filed in Paris, an agent and a supervisor of Paris, a supervisor of the Bouches-du-Rhône
            let id = try await Journey.filed(site, email: "consultee@example.fr", childSurname: "Regardée")
            let agent = try await Agents.signedIn(site, email: "agent@interieur.gouv.fr")
            let supervisor = try await Agents.signedIn(site, email: "chef@interieur.gouv.fr", role: "supervisor")
            let elsewhere = try await Agents.signedIn(site, prefecture: "13", email: "chef13@interieur.gouv.fr", role: "supervisor")
            let agentID = try #require(try await Agent.query(on: site.db).filter(\.$email == "agent@interieur.gouv.fr").first()?.id)
            let document = try #require(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).first())
            let casePath = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            let logPath = "\(casePath)/consultations"

            // when: the agent opens the case and one of its files
            let page = try await agent.get(casePath)
            let file = try await agent.download("\(casePath)/fichiers/\(document.id!.uuidString)")

            // then: both are recorded, with the agent, the case and what was seen
            #expect(page.status == .ok && file.status == .ok)
            let accesses = try await CaseAccess.query(on: site.db).filter(\.$dossierID == id).filter(\.$agentID == agentID).all()
            #expect(accesses.map(\.what).sorted() == ["case", "file"])
            #expect(accesses.first { $0.what == "file" }?.fileID == document.id)
            #expect(accesses.allSatisfy { $0.at == testNow })

            // a plain agent sees no link and is refused the log; a supervisor of another préfecture finds nothing
            #expect(!page.body.contains(logPath))
            #expect(try await agent.get(logPath).status == .forbidden)
            #expect(try await elsewhere.get(logPath).status == .notFound)

            // the supervisor reaches it from the case page and reads who saw what
            let supervised = try await supervisor.get(casePath)
            #expect(supervised.body.contains(#"href="\#(logPath)""#))
            let log = try await supervisor.get(logPath)
            #expect(log.status == .ok)
            #expect(log.body.contains("Camille Martin"))
            #expect(log.body.contains("Une pièce") && log.body.contains("La page du dossier"))
            let english = try await supervisor.get("\(logPath)?lang=en")
            #expect(english.body.contains("A document") && english.body.contains("Who viewed case"))
        }
    }
}
