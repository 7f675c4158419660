import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import SQLKit
import Testing

@testable import App

/// The queue: only the agent's préfecture, its filters, search, counts; cases filed through the
/// family's pages and moved on through the workflow service the back office calls.
@Suite struct BackOfficeQueueTests {
    struct Cases: Sendable {
        /// Paris: stays filed.
        let filed: UUID
        /// Paris: under instruction.
        let examined: UUID
        /// Paris: documents requested from the family; the child's name has accents.
        let waiting: UUID
        /// Lyon.
        let lyon: UUID
    }

    static func fileCases(_ site: TestSite) async throws -> Cases {
        let filed = try await Journey.filed(site, email: "nguyen@example.fr", childSurname: "Nguyen")
        let examined = try await Journey.filed(site, email: "benali@example.fr", childSurname: "Benali")
        let waiting = try await Journey.filed(site, email: "dupre@example.fr", childSurname: "Dupré-Lefèvre")
        let lyon = try await Journey.filed(site, email: "lyon@example.fr", childSurname: "Benali", postalCode: "69003", city: "Lyon")
        let database = site.database
        let workflow = DossierWorkflow(store: DossierStore(database: { database.db }), publicURL: site.config.publicURL, now: { testNow })
        try await workflow.startInstruction(examined, by: nil)
        try await workflow.startInstruction(waiting, by: nil)
        try await workflow.requestDocuments(waiting, by: nil, codes: [.addressProof], why: "justificatif trop ancien",
                                            replyBy: CivilDate(year: 2026, month: 12, day: 20)!)
        return Cases(filed: filed, examined: examined, waiting: waiting, lyon: lyon)
    }

    static func ids(_ site: TestSite, _ change: (inout QueueQuery) -> Void) async throws -> Set<UUID> {
        var query = QueueQuery(prefecture: "75")
        change(&query)
        let database = site.database
        let page = try await QueueReader(database: { database.db }).page(query, today: CivilDate(year: 2026, month: 11, day: 25)!)
        return Set(page.rows.map(\.id))
    }

    @Test func anAgentSeesOnlyTheirPrefecturesCases() async throws {
        try await withTestSite(configure: Agents.sleepingMailWorker) { site in
            // given: three cases filed in Paris, one in Lyon, and a Paris agent
            let cases = try await Self.fileCases(site)
            let browser = try await Agents.signedIn(site)
            let reference = { (id: UUID) in try #require(try await Dossier.find(id, on: site.db)?.reference) }

            // when: the agent opens the queue, then each case
            let queue = try await browser.get("/backoffice/dossiers")
            let paris = try await browser.get("/backoffice/dossiers/\(cases.filed.uuidString.lowercased())")
            let lyon = try await browser.get("/backoffice/dossiers/\(cases.lyon.uuidString.lowercased())")
            let unknown = try await browser.get("/backoffice/dossiers/\(UUID().uuidString.lowercased())")

            // then: Paris's cases are listed and open; Lyon's is neither listed nor reachable
            #expect(queue.status == .ok)
            for id in [cases.filed, cases.examined, cases.waiting] {
                #expect(queue.body.contains(try await reference(id)))
                #expect(queue.body.contains("/backoffice/dossiers/\(id.uuidString.lowercased())"))
            }
            #expect(!queue.body.contains(try await reference(cases.lyon)))
            #expect(paris.status == .ok)
            #expect(paris.body.contains(try await reference(cases.filed)))
            #expect(lyon.status == .notFound)
            #expect(unknown.status == .notFound)
        }
    }

    @Test func filtersAndSearchReturnTheRightCases() async throws {
        try await withTestSite(configure: Agents.sleepingMailWorker) { site in
            // given: three Paris cases in three states (filed on 2026-11-25, implicit refusal 2027-01-25) and one in Lyon
            let c = try await Self.fileCases(site)

            // when / then: each filter keeps exactly its cases, never Lyon's
            #expect(try await Self.ids(site) { _ in } == [c.filed, c.examined, c.waiting])
            #expect(try await Self.ids(site) { $0.state = .filed } == [c.filed])
            #expect(try await Self.ids(site) { $0.state = .underInstruction } == [c.examined])
            #expect(try await Self.ids(site) { $0.waitingForFamily = true } == [c.waiting])
            #expect(try await Self.ids(site) { $0.dueWithinDays = 15 } == [])
            #expect(try await Self.ids(site) { $0.dueWithinDays = 61 } == [c.filed, c.examined])
            #expect(try await Self.ids(site) { $0.profile = .nonEuropeanParentWithPermit } == [c.filed, c.examined, c.waiting])
            #expect(try await Self.ids(site) { $0.profile = .europeanParentWithPermit } == [])
            #expect(try await Self.ids(site) { $0.ground = .parentResidencePermit } == [c.filed, c.examined, c.waiting])
            #expect(try await Self.ids(site) { $0.ground = .eeaParent } == [])
            #expect(try await Self.ids(site) { $0.filedFrom = CivilDate(year: 2026, month: 11, day: 25); $0.filedTo = CivilDate(year: 2026, month: 11, day: 25) }
                    == [c.filed, c.examined, c.waiting])
            #expect(try await Self.ids(site) { $0.filedFrom = CivilDate(year: 2026, month: 11, day: 26) } == [])
            // search: names without accents or case, the parent's given name, the reference
            #expect(try await Self.ids(site) { $0.search = "dupre lefevre" } == [c.waiting])
            #expect(try await Self.ids(site) { $0.search = "NGUYEN" } == [c.filed])
            // every family's parent is Karim Benali: the parents' names are searched too
            #expect(try await Self.ids(site) { $0.search = "Karim Benali" } == [c.filed, c.examined, c.waiting])
            #expect(try await Self.ids(site) { $0.search = "yasmine nguyen" } == [c.filed])
            let reference = try #require(try await Dossier.find(c.filed, on: site.db)?.reference)
            #expect(try await Self.ids(site) { $0.search = reference } == [c.filed])
            #expect(try await Self.ids(site) { $0.search = reference.lowercased() } == [c.filed])
            #expect(try await Self.ids(site) { $0.search = String(reference.suffix(6)) } == [c.filed])
            #expect(try await Self.ids(site) { $0.search = "personne" } == [])
            // each word searched begins a word of the case: typed in part, never from its middle
            #expect(try await Self.ids(site) { $0.search = "ngu" } == [c.filed])
            #expect(try await Self.ids(site) { $0.search = "dup lef" } == [c.waiting])
            #expect(try await Self.ids(site) { $0.search = "guyen" } == [])
        }
    }

    @Test func namesCorrectedAfterFilingAreSearchedAndTheCaseStaysInItsPrefecture() async throws {
        try await withTestSite(configure: Agents.sleepingMailWorker) { site in
            // given: a Paris case sent back to the family for a document
            let c = try await Self.fileCases(site)
            let dossier = try #require(try await Dossier.find(c.waiting, on: site.db))
            var answers = dossier.decodedAnswers()
            let store = DossierStore(database: { site.database.db })

            // when: the family corrects the child's surname and gives a Lyon address
            answers.child?.surname = "Okonkwo"
            answers.address?.postalCode = "69003"
            answers.address?.city = "Lyon"
            answers.address?.departement = "69"
            try await store.saveLatest(dossier, answers, userID: dossier.userID, now: testNow, what: "child")

            // then: the queue finds the new name, no longer the old one, and Paris keeps the case
            #expect(try await Self.ids(site) { $0.search = "okonk" } == [c.waiting])
            #expect(try await Self.ids(site) { $0.search = "dupre" } == [])
            #expect(try await Dossier.find(c.waiting, on: site.db)?.departement == "75")
        }
    }

    @Test func countsPerStateAndFiltersThroughThePage() async throws {
        try await withTestSite(configure: Agents.sleepingMailWorker) { site in
            // given: the same cases and a Paris agent
            let c = try await Self.fileCases(site)
            let browser = try await Agents.signedIn(site)

            // when: the agent reads the queue with a search and a state in the address
            let all = try await browser.get("/backoffice/dossiers")
            let searched = try await browser.get("/backoffice/dossiers?q=dupr%C3%A9&etat=awaiting-documents&tri=child&ordre=desc")
            let english = try await browser.get("/backoffice/dossiers?lang=en")

            // then: the counts are Paris's, per tab; the filtered page lists the one case and keeps the filters in its form
            let database = site.database
            let sql = try #require(site.db as? any SQLDatabase)
            let counts = try await QueueReader(database: { database.db }).counts(prefecture: "75", agent: nil, today: CivilDate(year: 2026, month: 11, day: 25)!, on: sql)
            #expect(counts == [.open: 3, .examine: 2, .answers: 0, .convoke: 0, .postponements: 0, .today: 0, .mine: 0, .all: 3])
            #expect(all.body.contains(#"<li data-tab="a-instruire"><a href="/backoffice/dossiers?vue=a-instruire">À instruire <span class="queue-count">2</span></a></li>"#))
            #expect(all.body.contains(#"<span class="queue-count">0</span>"#))
            #expect(all.body.contains("<strong>3 dossiers</strong>"))
            #expect(all.body.contains(#"<caption class="visually-hidden">Ouverts, les plus urgents d’abord – Préfecture de police, page 1</caption>"#))
            #expect(all.body.contains(#"<th scope="col" aria-sort="ascending">"#) == false)
            #expect(searched.body.contains(#"<th scope="col" aria-sort="descending">"#))
            let waitingReference = try #require(try await Dossier.find(c.waiting, on: site.db)?.reference)
            let filedReference = try #require(try await Dossier.find(c.filed, on: site.db)?.reference)
            #expect(searched.body.contains(waitingReference))
            #expect(!searched.body.contains(filedReference))
            #expect(searched.body.contains(#"value="dupré""#))
            #expect(searched.body.contains(#"<option value="awaiting-documents" selected>"#))
            #expect(searched.body.contains("suspendu (pièces demandées)"))
            #expect(english.body.contains("Open, most urgent first"))
        }
    }
}
