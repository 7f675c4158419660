import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Logging
import Testing

@testable import App

/// The scheduler's two dates (docs/states.md#agent-actions): implicit refusal, and the document not
/// collected.
@Suite struct DossierSchedulerTests {
    /// A scheduler whose clock reads `day` at 10:00 in Paris.
    static func scheduler(_ site: TestSite, on day: CivilDate) -> DossierScheduler {
        let instant = testInstant(on: day)
        let database = site.database
        let workflow = DossierWorkflow(store: DossierStore(database: { database.db }), publicURL: site.config.publicURL, now: { instant })
        return DossierScheduler(workflow: workflow, interval: .seconds(60), now: { instant }, logger: quietLogger)
    }

    @Test func silenceUntilTheDateIsAnImplicitRefusalOnceWhateverTheNumberOfInstances() async throws {
        try await withTestSite { site in
            // given: a case filed on 25 November 2026; silence becomes a refusal on 25 January 2027 (rule 2)
            let browser = try await Accounts.member(site, email: "silence@example.fr")
            let (dossier, id) = try await Journey.filed(browser)
            #expect(try #require(try await Dossier.find(id, on: site.db)).implicitRefusalOn == "2027-01-25")

            // when: the day before, nothing; on the day, two instances pass at once, then again
            let before = try await Self.scheduler(site, on: CivilDate(year: 2027, month: 1, day: 24)!).runOnce()
            let day = CivilDate(year: 2027, month: 1, day: 25)!
            async let first = Self.scheduler(site, on: day).runOnce()
            async let second = Self.scheduler(site, on: day).runOnce()
            let passes = try await [first, second]
            let again = try await Self.scheduler(site, on: day).runOnce()

            // then: one refusal, one event, one mail with the appeal routes, shown on the family's page
            #expect(before.implicitlyRefused == 0)
            #expect(passes.map(\.implicitlyRefused).reduce(0, +) == 1)
            #expect(again.implicitlyRefused == 0)
            let record = try #require(try await Dossier.find(id, on: site.db))
            #expect(record.currentState == .implicitlyRefused)
            #expect(record.decidedOn == "2027-01-25")
            #expect(try await DossierEvent.query(on: site.db).filter(\.$action == DossierAction.implicitRefusal.rawValue).count() == 1)
            let mails = try await site.mails(to: "silence@example.fr").filter { $0.kind == "case-implicit-refusal" }
            #expect(mails.count == 1)
            #expect(mails.first?.body.contains("tribunal administratif") == true)
            let page = try await browser.get(dossier)
            #expect(page.body.contains("tribunal administratif"))
        }
    }

    @Test func theClockIsStoppedWhileDocumentsAreAwaited() async throws {
        try await withTestSite { site in
            // given: a case waiting for the family's documents
            let browser = try await Accounts.member(site, email: "attente@example.fr")
            let (_, id) = try await Journey.filed(browser)
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.requestDocuments(id, by: nil, codes: [.addressProof], why: "illisible", replyBy: CivilDate(year: 2026, month: 12, day: 20)!)

            // when: its former date passes
            let pass = try await Self.scheduler(site, on: CivilDate(year: 2027, month: 3, day: 1)!).runOnce()

            // then
            #expect(pass.implicitlyRefused == 0)
            #expect(try #require(try await Dossier.find(id, on: site.db)).currentState == .awaitingDocuments)
        }
    }

    @Test func aDocumentNotCollectedWithinThreeMonthsIsMarkedOnceAndTheFamilyTold() async throws {
        try await withTestSite { site in
            // given: a DCEM available since 1 December 2026
            let browser = try await Accounts.member(site, email: "oubli@example.fr")
            let (_, id) = try await Journey.filed(browser)
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.grant(id, by: nil, dcemNumber: "DCEM0000009")
            try await DossierCounterTests.openCounter(site)
            try await workflow.makeAvailable(id, by: nil, from: CivilDate(year: 2026, month: 12, day: 10)!)
            let record = try #require(try await Dossier.find(id, on: site.db))
            record.availableOn = "2026-12-01"
            try await record.update(on: site.db)
            let last = Deadlines.lastCollectionDay(availableOn: CivilDate(year: 2026, month: 12, day: 1)!)

            // when: on the last day, then the day after
            let onLastDay = try await Self.scheduler(site, on: last).runOnce()
            let after = try await Self.scheduler(site, on: last.adding(days: 1)).runOnce()
            let again = try await Self.scheduler(site, on: last.adding(days: 2)).runOnce()

            // then
            #expect(onLastDay.uncollected == 0)
            #expect(after.uncollected == 1)
            #expect(again.uncollected == 0)
            #expect(try #require(try await Dossier.find(id, on: site.db)).currentState == .uncollected)
            #expect(try await site.mails(to: "oubli@example.fr").filter { $0.kind == "case-mark-uncollected" }.count == 1)
        }
    }
}
