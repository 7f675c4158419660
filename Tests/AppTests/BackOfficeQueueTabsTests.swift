import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import SQLKit
import Testing

@testable import App

/// The queue's tabs (docs/pages.md#the-queue): what each lists and counts, the default's urgency
/// order without the closed cases, "mes dossiers", the marks and the day's pick-ups; cases moved
/// through the workflow service the back office calls, on the test database (SQLite, or
/// PostgreSQL with DATABASE_URL).
@Suite struct BackOfficeQueueTabsTests {
    struct Cases: Sendable {
        /// Filed: the clock runs; assigned to the signed-in agent.
        let filed: UUID
        /// Documents asked, then sent by the family: under examination, answer received.
        let answered: UUID
        /// Documents asked, not sent yet; the family wrote and the préfecture answered.
        let waiting: UUID
        /// Granted: to convene; the family wrote last.
        let granted: UUID
        /// Convened for today 09:00.
        let convened: UUID
        /// Convened, then another appointment asked.
        let postponed: UUID
        /// Withdrawn: closed.
        let withdrawn: UUID
    }

    static let today = CivilDate(year: 2026, month: 11, day: 25)!

    static func seed(_ site: TestSite, agentEmail: String) async throws -> Cases {
        try await DossierCounterTests.openCounter(site)
        let workflow = DossierJourneyTests.workflow(site)
        let messages = DossierMessagesTests.messages(site)
        func user(_ id: UUID) async throws -> UUID { try #require(try await Dossier.find(id, on: site.db)).userID }

        let filed = try await Journey.filed(site, email: "a@example.fr", childSurname: "Abadie")
        let answered = try await Journey.filed(site, email: "b@example.fr", childSurname: "Bakari")
        let waiting = try await Journey.filed(site, email: "c@example.fr", childSurname: "Camara")
        let withdrawn = try await Journey.filed(site, email: "d@example.fr", childSurname: "Diop")
        for id in [answered, waiting] {
            try await workflow.startInstruction(id, by: nil)
            try await workflow.requestDocuments(id, by: nil, codes: [.addressProof], why: "ancien", replyBy: CivilDate(year: 2026, month: 12, day: 20)!)
        }
        try await Journey.sendRequested(site, answered, codes: [.addressProof])
        try await workflow.answerRequest(answered, by: try await user(answered))
        try await workflow.withdraw(withdrawn, by: try await user(withdrawn))
        let granted = try await DossierCounterTests.granted(site, email: "e@example.fr").id
        let convened = try await DossierCounterTests.granted(site, email: "f@example.fr").id
        let postponed = try await DossierCounterTests.granted(site, email: "g@example.fr").id
        try await workflow.makeAvailable(convened, by: nil)
        try await workflow.makeAvailable(postponed, by: nil)
        try await workflow.requestPostponement(postponed, by: try await user(postponed), PostponementRequestCommand(
            reason: "voyage scolaire", availableFrom: CivilDate(year: 2026, month: 12, day: 3)!, details: nil))
        // The convocation booked for tomorrow (the first free slot) is moved to today, as if made earlier.
        let sql = try #require(site.db as? any SQLDatabase)
        try await sql.update(Appointment.schema).set("day", to: today.iso).where("dossier_id", .equal, convened).run()

        // Messages: the family of the granted case wrote last; the waiting family's message was answered.
        let grantedRecord = try #require(try await Dossier.find(granted, on: site.db))
        let waitingRecord = try #require(try await Dossier.find(waiting, on: site.db))
        try await messages.post(to: grantedRecord, by: .family(grantedRecord.userID), body: "Quand puis-je venir ?", attachment: nil)
        try await messages.post(to: waitingRecord, by: .family(waitingRecord.userID), body: "Quel justificatif ?", attachment: nil)
        try await messages.post(to: waitingRecord, by: .agent(nil), body: "Une facture récente.", attachment: nil)

        // The filed case is the signed-in agent's; the answered one a colleague's.
        let me = try #require(try await Agent.query(on: site.db).filter(\.$email == agentEmail).first())
        let colleague = try await AgentAccounts.create(prefecture: "75", email: "collegue@interieur.gouv.fr", name: "Dominique Roux", role: "agent",
                                                       hasher: PasswordHasher(cost: 4), now: testNow, on: site.db)
        let filedRecord = try #require(try await Dossier.find(filed, on: site.db))
        filedRecord.assignedAgentID = me.id
        try await filedRecord.update(on: site.db)
        let answeredRecord = try #require(try await Dossier.find(answered, on: site.db))
        answeredRecord.assignedAgentID = colleague.id
        try await answeredRecord.update(on: site.db)
        return Cases(filed: filed, answered: answered, waiting: waiting, granted: granted, convened: convened, postponed: postponed, withdrawn: withdrawn)
    }

    static func page(_ site: TestSite, agent: UUID? = nil, _ change: (inout QueueQuery) -> Void) async throws -> QueuePage {
        var query = QueueQuery(prefecture: "75")
        query.agent = agent
        change(&query)
        let database = site.database
        return try await QueueReader(database: { database.db }).page(query, today: today)
    }

    @Test func eachTabListsAndCountsItsCasesTheDefaultByUrgencyWithoutTheClosed() async throws {
        try await withTestSite(configure: Agents.sleepingMailWorker) { site in
            // given: seven Paris cases in every part of the queue, and a Paris agent
            let browser = try await Agents.signedIn(site)
            let c = try await Self.seed(site, agentEmail: "agent@interieur.gouv.fr")
            let me = try #require(try await Agent.query(on: site.db).filter(\.$email == "agent@interieur.gouv.fr").first()?.id)

            // when: the reader runs each tab
            let open = try await Self.page(site, agent: me) { _ in }

            // then: the default lists the open cases, most urgent first: the postponement asked,
            // the answer received, the running clock, to convene, waiting for the family, to collect
            #expect(open.rows.map(\.id) == [c.postponed, c.answered, c.filed, c.granted, c.waiting, c.convened])
            #expect(!open.rows.map(\.id).contains(c.withdrawn))
            #expect(open.results == 6)
            #expect(open.counts == [.open: 6, .examine: 2, .answers: 1, .convoke: 1, .postponements: 1, .today: 1, .mine: 1, .all: 7])
            #expect(try await Self.page(site, agent: me) { $0.tab = .examine }.rows.map(\.id) == [c.answered, c.filed])
            #expect(try await Self.page(site, agent: me) { $0.tab = .answers }.rows.map(\.id) == [c.answered])
            #expect(try await Self.page(site, agent: me) { $0.tab = .convoke }.rows.map(\.id) == [c.granted])
            #expect(try await Self.page(site, agent: me) { $0.tab = .postponements }.rows.map(\.id) == [c.postponed])
            #expect(try await Self.page(site, agent: me) { $0.tab = .mine }.rows.map(\.id) == [c.filed])
            #expect(try await Self.page(site, agent: nil) { $0.tab = .mine }.rows.isEmpty)
            #expect(Set(try await Self.page(site, agent: me) { $0.tab = .all }.rows.map(\.id)).count == 7)
            let today = try await Self.page(site, agent: me) { $0.tab = .today }
            #expect(today.pickups.map(\.id) == [c.convened])
            #expect(today.pickups.first?.time == "09:00")
            // a filter narrows the tab, and the count of results follows it
            let searched = try await Self.page(site, agent: me) { $0.search = "camara" }
            #expect(searched.rows.map(\.id) == [c.waiting])
            #expect(searched.results == 1)
            // a state chosen in the address looks among every case, closed ones too
            let withdrawnOnly = QueueQuery(prefecture: "75", parameters: ["etat": "withdrawn"])
            #expect(withdrawnOnly.tab == .all)
            #expect(try await Self.page(site, agent: me) { $0 = withdrawnOnly }.rows.map(\.id) == [c.withdrawn])
            // the marks: the answer received, the family's unanswered message, the assigned agent
            let marks = Dictionary(uniqueKeysWithValues: open.rows.map { ($0.id, $0) })
            #expect(marks[c.answered]?.answerReceived == true)
            #expect(marks[c.filed]?.answerReceived == false && marks[c.waiting]?.answerReceived == false)
            #expect(marks[c.granted]?.familyWrote == true)
            #expect(marks[c.waiting]?.familyWrote == false)
            #expect(marks[c.answered]?.assignedName == "Dominique Roux")

            // and through the page: the tabs with their counts, the results, the marks, "me"
            let queue = try await browser.get("/backoffice/dossiers")
            #expect(queue.status == .ok)
            #expect(queue.body.contains(#"<li data-tab="ouverts"><a href="/backoffice/dossiers" aria-current="page">Ouverts <span class="queue-count">6</span></a></li>"#))
            #expect(queue.body.contains(#"<li data-tab="reponses-recues"><a href="/backoffice/dossiers?vue=reponses-recues">Réponses reçues <span class="queue-count">1</span></a></li>"#))
            #expect(queue.body.contains(#"<strong>6 dossiers</strong>"#))
            #expect(queue.body.contains(#"<span class="queue-mark" data-mark="answer">Réponse reçue</span>"#))
            #expect(queue.body.contains(#"<span class="queue-mark" data-mark="message">Message de la famille</span>"#))
            #expect(queue.body.contains("<td>Moi</td>"))
            #expect(queue.body.contains("<td>Dominique Roux</td>"))
            let withdrawnReference = try #require(try await Dossier.find(c.withdrawn, on: site.db)?.reference)
            #expect(!queue.body.contains(withdrawnReference))
            // a tab keeps the search; the day's pick-ups are a list
            let mine = try await browser.get("/backoffice/dossiers?vue=mes-dossiers&q=abadie")
            #expect(mine.body.contains(#"href="/backoffice/dossiers?vue=a-convoquer&amp;q=abadie""#))
            #expect(mine.body.contains(#"<input type="hidden" name="vue" value="mes-dossiers"/>"#))
            #expect(mine.body.contains("<strong>1 dossier</strong>"))
            let pickups = try await browser.get("/backoffice/dossiers?vue=rendez-vous-du-jour&lang=en")
            let convenedReference = try #require(try await Dossier.find(c.convened, on: site.db)?.reference)
            #expect(pickups.body.contains(#"<ol class="queue-pickups"><li><strong class="queue-pickup__time">09:00</strong>"#))
            #expect(pickups.body.contains(convenedReference))
            #expect(pickups.body.contains("Today’s pick-ups"))
        }
    }

    @Test func theUrgencyOrderIsTheIndexedOneAndCoversEveryOpenState() {
        // The expression the queue sorts by is the one M026 indexed, written from the workflow's states.
        #expect(QueueQuery.urgencyKey == M026_QueueWork.urgencyKey)
        // The default tab holds exactly the filed states not closed.
        let open = QueueQuery.Tab.open.ranks!
        let ranked = QueueQuery.Urgency.allCases.filter { open.contains($0.rawValue) }.flatMap(\.states)
        #expect(Set(ranked) == Set(DossierState.allCases.filter { $0.isFiled && !$0.isClosed }))
        #expect(Set(QueueQuery.Urgency.closed.states) == Set(DossierState.allCases.filter(\.isClosed)))
    }

    @Test func theMigrationMarksTheAnswersReceivedBeforeIt() async throws {
        try await withTestSite(configure: Agents.sleepingMailWorker) { site in
            // given: a family that answered the request for documents, and one still asked
            let workflow = DossierJourneyTests.workflow(site)
            let answered = try await Journey.filed(site, email: "b@example.fr", childSurname: "Bakari")
            let waiting = try await Journey.filed(site, email: "c@example.fr", childSurname: "Camara")
            for id in [answered, waiting] {
                try await workflow.startInstruction(id, by: nil)
                try await workflow.requestDocuments(id, by: nil, codes: [.addressProof], why: "ancien", replyBy: CivilDate(year: 2026, month: 12, day: 20)!)
            }
            try await Journey.sendRequested(site, answered, codes: [.addressProof])
            try await workflow.answerRequest(answered, by: try #require(try await Dossier.find(answered, on: site.db)).userID)

            // when: the database is taken back to before the migration, then migrated again
            try await M026_QueueWork().revert(on: site.db)
            try await M026_QueueWork().prepare(on: site.db)

            // then: the answer's day is read back from the case's outcome; the other case has none
            #expect(try await Dossier.find(answered, on: site.db)?.answerReceivedOn == Self.today.iso)
            #expect(try await Dossier.find(waiting, on: site.db)?.answerReceivedOn == nil)
            #expect(try await Self.page(site) { $0.tab = .answers }.rows.map(\.id) == [answered])
        }
    }
}
