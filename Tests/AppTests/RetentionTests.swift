import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import SQLKit
import Testing

@testable import App

/// Ruling 24 (docs/law.md#retention) through the real app and the scheduler: a draft's notice and
/// deletion, and the purge of a case over, leaving a tombstone that `dcem audit verify` accepts.
@Suite struct RetentionTests {
    /// `day` at 10:00 in Paris (11:00 in summer), as the scheduler tests count days.
    static func instant(_ day: CivilDate, hours: Double = 0) -> Date {
        testInstant(on: day).addingTimeInterval(hours * 3600)
    }

    /// A scheduler whose clock reads `instant`, with the app's own file storage.
    static func scheduler(_ site: TestSite, at instant: Date) -> DossierScheduler {
        let database = site.database
        let store = DossierStore(database: { database.db })
        let workflow = DossierWorkflow(store: store, publicURL: site.config.publicURL, now: { instant })
        let files = SharedStoreTests.files(site)
        let orphans = OrphanFiles(files: files, database: store.database, clock: { instant })
        return DossierScheduler(workflow: workflow, interval: .seconds(60), now: { instant }, logger: quietLogger, orphans: orphans,
                                retention: CaseRetention(store: store, publicURL: site.config.publicURL, now: { instant }, orphans: orphans))
    }

    static func pass(_ site: TestSite, on day: CivilDate) async throws -> CaseRetention.Pass {
        let scheduler = scheduler(site, at: instant(day))
        return try await scheduler.retention!.runOnce(today: scheduler.latestToday())
    }

    static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// A data directory the test knows (the same for the app and the test's own settings), so that
    /// it can look at the stored files.
    static func withOwnFiles(_ body: @Sendable (TestSite) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-retention-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await withTestSite(configure: { $0.dataDirectory = directory }, body)
    }

    @Test func anUntouchedDraftGetsOneNoticeWhateverTheInstancesThenGoesWithItsFiles() async throws {
        try await Self.withOwnFiles { site in
            // given: a complete draft, files included, last touched on 25 November 2026
            let family = try await Accounts.member(site, email: "oubli-brouillon@example.fr")
            let dossier = try await Journey.complete(family, childSurname: "Endormie")
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            let hashes = try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).all().map(\.sha256)
            let files = SharedStoreTests.files(site)
            #expect(!hashes.isEmpty)
            for hash in hashes { #expect(try await files.exists(sha256: hash)) }

            // when: the day before the notice, nothing; on 25 April 2027 two instances pass at once, then again
            let before = try await Self.pass(site, on: Self.day("2027-04-24"))
            async let first = Self.pass(site, on: Self.day("2027-04-25"))
            async let second = Self.pass(site, on: Self.day("2027-04-25"))
            let passes = try await [first, second]
            let again = try await Self.pass(site, on: Self.day("2027-04-26"))

            // then: one mail, naming the day of the deletion, six months after the last touch
            #expect(before.noticesSent == 0)
            #expect(passes.map(\.noticesSent).reduce(0, +) == 1)
            #expect(again.noticesSent == 0)
            let notices = try await site.mails(to: "oubli-brouillon@example.fr").filter { $0.kind == "draft-deletion-notice" }
            #expect(notices.count == 1)
            #expect(notices.first?.subject.contains("25 mai 2027") == true)
            #expect(notices.first?.body.contains(dossier) == true)

            // when: the day before the deletion, then on the day, by two instances at once
            let eve = try await Self.pass(site, on: Self.day("2027-05-24"))
            async let firstDeletion = Self.pass(site, on: Self.day("2027-05-25"))
            async let secondDeletion = Self.pass(site, on: Self.day("2027-05-25"))
            let deletions = try await [firstDeletion, secondDeletion]

            // then: the draft is gone once, with its files' rows, its history and its files
            #expect(eve.draftsDeleted == 0)
            #expect(deletions.map(\.draftsDeleted).reduce(0, +) == 1)
            #expect(try await Dossier.find(id, on: site.db) == nil)
            #expect(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).count() == 0)
            #expect(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).count() == 0)
            #expect(try await DraftDeletionNotice.query(on: site.db).filter(\.$dossierID == id).count() == 0)
            for hash in hashes { #expect(try await !files.exists(sha256: hash)) }
            #expect(try await family.get(dossier).status == .notFound)
        }
    }

    @Test func openingTheDraftAfterTheNoticeKeepsItAndALaterSilenceBringsANewNotice() async throws {
        // The app's clock: 25 April 2027, two hours after the scheduler's pass.
        try await withTestSite(now: Self.instant(Self.day("2027-04-25"), hours: 2)) { site in
            // given: a draft last touched on 25 November 2026, noticed on 25 April 2027
            let family = try await Accounts.member(site, email: "revenue@example.fr")
            let dossier = try await Journey.start(family)
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            let sql = try #require(site.db as? any SQLDatabase)
            try await sql.update(Dossier.schema).set("updated_at", to: testNow).where("id", .equal, id).run()
            #expect(try await Self.pass(site, on: Self.day("2027-04-25")).noticesSent == 1)

            // when: the family opens it
            #expect(try await family.get(dossier).status == .ok)

            // then: on the announced day it is still there, and nothing is sent
            let onTheDay = try await Self.pass(site, on: Self.day("2027-05-25"))
            #expect(onTheDay == CaseRetention.Pass())
            #expect(try await Dossier.find(id, on: site.db)?.currentState == .draft)
            // six months of silence later, a new notice for a new day
            #expect(try await Self.pass(site, on: Self.day("2027-09-24")).noticesSent == 0)
            #expect(try await Self.pass(site, on: Self.day("2027-09-25")).noticesSent == 1)
            let notices = try await site.mails(to: "revenue@example.fr").filter { $0.kind == "draft-deletion-notice" }
            #expect(notices.map(\.subject) == ["Votre brouillon sera supprimé le 25 mai 2027", "Votre brouillon sera supprimé le 25 octobre 2027"])
        }
    }

    @Test func aCaseOverIsPurgedOnceFiveYearsOnLeavingATombstoneTheAuditAccepts() async throws {
        try await Self.withOwnFiles { site in
            // given: a case refused on 25 November 2026, with its files, and another family's case
            let family = try await Accounts.member(site, email: "ancien@example.fr")
            let (dossier, id) = try await Journey.filed(family)
            let other = try await Accounts.member(site, email: "voisin@example.fr")
            let (_, otherID) = try await Journey.filed(other, childSurname: "Voisin")
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.refuse(id, by: nil, reasons: [.residence], text: nil)
            #expect(try await Dossier.find(id, on: site.db)?.purgeOn == "2031-11-25")
            let events = try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).sort(\.$seq).all()

            // when: the day before, nothing; on the day two instances at once, then again
            let before = try await Self.pass(site, on: Self.day("2031-11-24"))
            async let first = Self.pass(site, on: Self.day("2031-11-25"))
            async let second = Self.pass(site, on: Self.day("2031-11-25"))
            let passes = try await [first, second]
            let again = try await Self.pass(site, on: Self.day("2031-11-26"))

            // then: purged once; what was the family's is gone; the other case is untouched
            #expect(before.casesPurged == 0)
            #expect(passes.map(\.casesPurged).reduce(0, +) == 1)
            #expect(again.casesPurged == 0)
            #expect(try await Dossier.find(id, on: site.db) == nil)
            for table in CaseRetention.rowsOfACase {
                let rows = try await Self.sql(site).select().column(SQLLiteral.all).from(table).where("dossier_id", .equal, id).all()
                #expect(rows.isEmpty, "\(table)")
            }
            #expect(try await family.get(dossier).status == .notFound)
            #expect(try await Dossier.find(otherID, on: site.db)?.currentState == .filed)

            // the tombstone: the case's id, the day, the count and the last link; nothing personal
            let tombstone = try #require(try await DossierTombstone.query(on: site.db).filter(\.$dossierID == id).first())
            #expect(tombstone.purgedOn == "2031-11-25")
            #expect(tombstone.eventCount == events.count)
            #expect(tombstone.lastHash == events.last?.hash)
            #expect(try await DossierTombstone.query(on: site.db).count() == 1)
            #expect(try await EventChain.verify(on: site.db).isEmpty)

            // when: the tombstone is changed behind the service's back, then: the audit names it
            try await Self.sql(site).update(DossierTombstone.schema).set("event_count", to: SQLBind(events.count - 1)).where("dossier_id", .equal, id).run()
            #expect(try await EventChain.verify(on: site.db) == [EventChain.BrokenLink(dossierID: id, seq: 0, why: "its tombstone was changed")])
        }
    }

    @Test func aDocumentGrantedIsKeptFiveYearsAfterItsValidityAndAnOpenCaseHasNoPurgeDay() async throws {
        try await withTestSite { site in
            // given: a case granted on 25 November 2026, made available, never collected
            let family = try await Accounts.member(site, email: "valide@example.fr")
            let (_, id) = try await Journey.filed(family)
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.grant(id, by: nil, dcemNumber: "DCEM0000042")
            #expect(try await Dossier.find(id, on: site.db)?.purgeOn == nil)
            try await DossierCounterTests.openCounter(site)
            try await workflow.makeAvailable(id, by: nil, from: CivilDate(year: 2026, month: 12, day: 10)!)
            try await DossierJourneyTests.workflow(site, at: Self.instant(Self.day("2027-03-01"))).markUncollected(id)

            // then: five years after the end of its validity, not after the decision
            let record = try #require(try await Dossier.find(id, on: site.db))
            let validUntil = try #require(record.decodedOutcome()?.validUntil.flatMap(CivilDate.init(iso:)))
            #expect(validUntil > Self.day("2026-11-25"))
            #expect(record.purgeOn == validUntil.adding(years: 5).iso)
            #expect(try await Self.pass(site, on: Self.day("2031-11-25")).casesPurged == 0)
            #expect(try await Dossier.find(id, on: site.db) != nil)
        }
    }

    @Test func anIssuedDocumentPushesThePurgeBackAndGoesWithItsFilesAndReminders() async throws {
        try await Self.withOwnFiles { site in
            // given: a case over whose issued DCEM runs until 24 November 2031, with a file the family
            // sent about it and a reminder sent
            let family = try await Accounts.member(site, email: "delivre@example.fr")
            let (_, id) = try await Journey.filed(family)
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.refuse(id, by: nil, reasons: [.residence], text: nil)
            let record = try #require(try await Dossier.find(id, on: site.db))
            let issued = try await IssuedDocumentTests.issue(site, from: record, number: "D07526000077", validUntil: "2031-11-24")
            let scan = try #require(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).first())
            try await IssuedDocumentFile(documentID: issued.id!, purpose: .lapseProof, stored: StoredFile(sha256: scan.sha256, size: scan.size),
                                         mediaType: scan.mediaType, originalName: "titre.pdf", by: nil, now: testNow).create(on: site.db)
            try await ScheduledNotice(subjectID: issued.id!, kind: "renewal-4-months", now: testNow).create(on: site.db)

            // when: five years after the decision, the document's validity moves the day to 2036
            #expect(try await Self.pass(site, on: Self.day("2031-11-25")).casesPurged == 0)
            #expect(try await Dossier.find(id, on: site.db)?.purgeOn == "2036-11-24")
            #expect(try await Self.pass(site, on: Self.day("2036-11-23")).casesPurged == 0)
            let purged = try await Self.pass(site, on: Self.day("2036-11-24"))

            // then: the case goes with its issued document, that document's file and reminder
            #expect(purged.casesPurged == 1)
            #expect(try await Dossier.find(id, on: site.db) == nil)
            #expect(try await IssuedDocument.query(on: site.db).filter(\.$dossierID == id).count() == 0)
            #expect(try await IssuedDocumentFile.query(on: site.db).filter(\.$issuedDocumentID == issued.id!).count() == 0)
            #expect(try await ScheduledNotice.query(on: site.db).filter(\.$subjectID == issued.id!).count() == 0)
            #expect(try await EventChain.verify(on: site.db).isEmpty)
        }
    }

    /// M030 gives the cases already over in an earlier database their purge day.
    @Test func theCasesOverInAnEarlierDatabaseGetTheirPurgeDay() async throws {
        let directory = try EarlierDatabaseTests.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await withTestSite(now: EarlierDatabaseTests.fixtureNow, configure: { config in
            config.database = .sqlite(path: directory.appendingPathComponent("dcem.sqlite").path)
            config.dataDirectory = directory.path
            config.postgresSchema = nil
        }) { site in
            let cases = try await Dossier.query(on: site.db).all()
            let over = cases.filter { DossierPolicy.purgedWhenOver.contains($0.currentState) }
            #expect(Set(over.map(\.currentState)) == [.refused, .implicitlyRefused, .delivered, .withdrawn])
            for dossier in cases {
                let issued = try await IssuedDocument.query(on: site.db).filter(\.$dossierID == dossier.id!).all().compactMap(\.validUntil)
                let expected = CaseRetention.purgeDay(dossier, endedOn: Departement.paris.today(at: dossier.updatedAt), issuedValidUntil: issued)
                #expect(dossier.purgeOn == expected?.iso, "\(dossier.state)")
                #expect((dossier.purgeOn != nil) == over.contains { $0.id == dossier.id }, "\(dossier.state)")
            }
        }
    }

    @Test func aCaseWhoseHistoryIsBrokenIsNotPurged() async throws {
        try await withTestSite { site in
            let family = try await Accounts.member(site, email: "casse@example.fr")
            let (_, id) = try await Journey.filed(family)
            try await DossierJourneyTests.workflow(site).startInstruction(id, by: nil)
            try await DossierJourneyTests.workflow(site).refuse(id, by: nil, reasons: [.residence], text: nil)
            let first = try #require(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).sort(\.$seq).first())
            try await Self.sql(site).update(DossierEvent.schema).set("details", to: SQLBind("{}")).where("id", .equal, first.id!).run()

            #expect(try await Self.pass(site, on: Self.day("2031-11-25")).casesPurged == 0)
            #expect(try await Dossier.find(id, on: site.db) != nil)
            #expect(try await EventChain.verify(on: site.db).count == 1)
        }
    }

    static func sql(_ site: TestSite) throws -> any SQLDatabase { try #require(site.db as? any SQLDatabase) }
}

