import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// Ruling 24 (docs/law.md#retention) applied: the notice before an untouched draft is deleted, the
/// deletion, and the purge of a case five years after it is over. The scheduler runs one pass at
/// a time, in bounded batches; every step is a conditional write, so several instances on one
/// database send one notice and delete or purge a case once.
struct CaseRetention: Sendable {
    let store: DossierStore
    let publicURL: String
    let now: @Sendable () -> Date
    /// The stored files the deleted rows referred to are removed as the sweep would remove them.
    var orphans: OrphanFiles? = nil
    var batchSize = 200

    var mails: MailWriter { MailWriter(publicURL: publicURL) }

    struct Pass: Equatable, Sendable {
        var noticesSent = 0
        var draftsDeleted = 0
        var casesPurged = 0
    }

    /// The purge day of a case that is over (nil otherwise): five years after the later of its
    /// decision (or, withdrawn, the day it ended) and the end of its document's validity, the
    /// outcome's or the issued document's, whichever is later.
    static func purgeDay(_ dossier: Dossier, endedOn: CivilDate, issuedValidUntil: [String]) -> CivilDate? {
        guard DossierPolicy.purgedWhenOver.contains(dossier.currentState) else { return nil }
        let decided = dossier.decidedOn.flatMap(CivilDate.init(iso:)) ?? endedOn
        let validities = ([dossier.decodedOutcome()?.validUntil].compactMap { $0 } + issuedValidUntil).compactMap(CivilDate.init(iso:))
        return Retention.purgeOn(decidedOn: decided, validUntil: validities.max())
    }

    /// The purge day as the workflow sets it after each transition (`DossierWorkflow.perform`).
    static func purgeDay(_ dossier: Dossier, today: CivilDate, on db: any Database) async throws -> CivilDate? {
        guard DossierPolicy.purgedWhenOver.contains(dossier.currentState), let id = dossier.id else { return nil }
        let issued = try await IssuedDocument.query(on: db).filter(\.$dossierID == id).all().compactMap(\.validUntil)
        return purgeDay(dossier, endedOn: today, issuedValidUntil: issued)
    }

    /// One pass, `today` being the latest day of every préfecture's zone; each case is checked
    /// again in its own zone.
    func runOnce(today: CivilDate) async throws -> Pass {
        var pass = Pass()
        pass.noticesSent = try await sendNotices(today: today)
        pass.draftsDeleted = try await deleteDrafts(today: today)
        pass.casesPurged = try await purgeCases(today: today)
        return pass
    }

    // MARK: Drafts

    /// An instant safely after the end of `day` in every zone of the service (UTC−10 to UTC+12).
    static func endOfDayAnywhere(_ day: CivilDate) -> Date {
        Date(timeIntervalSince1970: Double(day.adding(days: 2).dayNumber) * 86_400)
    }

    /// The drafts untouched long enough for their notice, that have none for their untouched
    /// period, get one mail each. The notice's row (unique per draft and last-touched day) is
    /// written in the mail's transaction: whoever writes it first sends the mail.
    func sendNotices(today: CivilDate) async throws -> Int {
        let db = store.database()
        guard let sql = db as? any SQLDatabase else { return 0 }
        let bound = Self.endOfDayAnywhere(Retention.latestTouchDueForNotice(on: today))
        let rows = try await sql.raw("""
            SELECT id FROM \(ident: Dossier.schema) WHERE state = \(bind: DossierState.draft.rawValue) AND updated_at < \(bind: bound)
            AND NOT EXISTS (SELECT 1 FROM \(ident: DraftDeletionNotice.schema) n WHERE n.dossier_id = \(ident: Dossier.schema).id AND n.sent_at >= \(ident: Dossier.schema).updated_at)
            ORDER BY updated_at LIMIT \(unsafeRaw: String(batchSize))
            """).all()
        let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        guard !ids.isEmpty else { return 0 }
        var sent = 0
        let instant = now()
        for dossier in try await Dossier.query(on: db).filter(\.$id ~~ ids).all() where dossier.currentState == .draft {
            let zone = dossier.competentDepartement ?? .paris
            let touched = zone.today(at: dossier.updatedAt), day = zone.today(at: instant)
            guard Retention.draftDeletionNoticeOn(lastTouched: touched) <= day else { continue }
            let deletion = Retention.announcedDeletionOn(lastTouched: touched, noticeSentOn: day)
            let inserted: Bool = try await db.transaction { db in
                guard let sql = db as? any SQLDatabase else { return false }
                let rows = try await sql.insert(into: DraftDeletionNotice.schema)
                    .columns("id", "dossier_id", "touched_on", "deletion_on", "sent_at")
                    .values(SQLBind(UUID()), SQLBind(dossier.id!), SQLBind(touched.iso), SQLBind(deletion.iso), SQLBind(instant))
                    .ignoringConflicts(with: ["dossier_id", "touched_on"])
                    .returning("id").all()
                guard !rows.isEmpty else { return false }
                try await mails.send(DossierNotification(to: .account(dossier.userID),
                                                      .draftDeletionNotice(dossier: dossier.id!, child: dossier.childName, deletionOn: deletion)),
                                     on: db, now: instant)
                return true
            }
            if inserted { sent += 1 }
        }
        return sent
    }

    /// The drafts still untouched since their notice, whose announced day has come, are deleted
    /// with their files. A draft touched meanwhile has a newer version and is left alone.
    func deleteDrafts(today: CivilDate) async throws -> Int {
        let db = store.database()
        guard let sql = db as? any SQLDatabase else { return 0 }
        let rows = try await sql.raw("""
            SELECT d.id AS id, n.deletion_on AS deletion_on FROM \(ident: Dossier.schema) d JOIN \(ident: DraftDeletionNotice.schema) n ON n.dossier_id = d.id
            WHERE d.state = \(bind: DossierState.draft.rawValue) AND n.sent_at >= d.updated_at AND n.deletion_on <= \(bind: today.iso)
            ORDER BY n.deletion_on LIMIT \(unsafeRaw: String(batchSize))
            """).all()
        var deleted = 0
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            guard let announced = CivilDate(iso: try row.decode(column: "deletion_on", as: String.self)),
                  let dossier = try await Dossier.find(id, on: db), dossier.currentState == .draft,
                  (dossier.competentDepartement ?? .paris).today(at: now()) >= announced else { continue }
            if let hashes = try await erase(dossier, expecting: [.draft]) {
                deleted += 1
                await release(hashes)
            }
        }
        return deleted
    }

    /// Opening a draft after its notice keeps it: the six months start again (the version moves,
    /// so a deletion under way leaves it alone). Nothing is written when no notice is pending.
    func keepOnOpening(_ dossier: Dossier) async throws {
        guard dossier.currentState == .draft, let id = dossier.id else { return }
        let pending = try await DraftDeletionNotice.query(on: store.database()).filter(\.$dossierID == id)
            .filter(\.$sentAt >= dossier.updatedAt).count()
        guard pending > 0 else { return }
        let instant = now()
        _ = try await store.database().transaction { db in try await DossierStore.claim(dossier, to: .draft, now: instant, on: db) }
    }

    // MARK: Cases over

    /// The cases whose purge day has come are purged, a batch at a time. The day is checked again
    /// against the issued document, in case its validity moved since it was set.
    func purgeCases(today: CivilDate) async throws -> Int {
        let db = store.database()
        let due = try await Dossier.query(on: db)
            .filter(\.$state ~~ DossierPolicy.purgedWhenOver.map(\.rawValue))
            .filter(\.$purgeOn <= today.iso)
            .sort(\.$purgeOn).limit(batchSize).all()
        var purged = 0
        for dossier in due {
            let zone = dossier.competentDepartement ?? .paris
            let day = zone.today(at: now())
            guard let purgeOn = try await Self.purgeDay(dossier, today: zone.today(at: dossier.updatedAt), on: db) else { continue }
            guard purgeOn <= day else {
                // A later validity than the one the day was set from: the new day, and not now.
                if purgeOn.iso != dossier.purgeOn, let sql = db as? any SQLDatabase {
                    try await sql.update(Dossier.schema).set("purge_on", to: purgeOn.iso).where("id", .equal, dossier.id!)
                        .where("version", .equal, dossier.version).run()
                }
                continue
            }
            do {
                if let hashes = try await erase(dossier, expecting: DossierPolicy.purgedWhenOver, tombstoneOn: day) {
                    purged += 1
                    await release(hashes)
                }
            } catch ErasureRefused.brokenHistory {
                // Left as it is for `dcem audit verify` to name; the other cases go on.
                continue
            }
        }
        return purged
    }

    // MARK: Erasing

    /// Deletes the case and every row that belongs to it, in one transaction that first claims the
    /// case at the version read (so a change meanwhile, or another instance, leaves it alone: nil).
    /// `tombstoneOn`: a case that was filed keeps a tombstone of its history (`EventChain.retire`),
    /// and is left alone when its history does not verify. Returns the stored files' hashes the
    /// deleted rows referred to.
    func erase(_ dossier: Dossier, expecting states: Set<DossierState>, tombstoneOn: CivilDate? = nil) async throws -> [String]? {
        guard let id = dossier.id, states.contains(dossier.currentState) else { return nil }
        let instant = now()
        return try await store.database().transaction { db -> [String]? in
            guard let sql = db as? any SQLDatabase,
                  try await DossierStore.claim(dossier, to: dossier.currentState, now: instant, on: db) else { return nil }
            if let tombstoneOn {
                guard try await EventChain.retire(id, purgedOn: tombstoneOn, on: db) else { throw ErasureRefused.brokenHistory }
            }
            let documents = try await DossierDocument.query(on: db).filter(\.$dossierID == id).all().map(\.sha256)
            let attachments = try await DossierMessage.query(on: db).filter(\.$dossierID == id).all().compactMap(\.attachmentSHA256)
            // The issued DCEM's own rows first: the files the family sent about it, its reminders.
            let issued = try await IssuedDocument.query(on: db).filter(\.$dossierID == id).all().compactMap(\.id)
            var issuedFiles: [String] = []
            if !issued.isEmpty {
                issuedFiles = try await IssuedDocumentFile.query(on: db).filter(\.$issuedDocumentID ~~ issued).all().map(\.sha256)
                try await IssuedDocumentFile.query(on: db).filter(\.$issuedDocumentID ~~ issued).delete()
            }
            try await ScheduledNotice.query(on: db).filter(\.$subjectID ~~ (issued + [id])).delete()
            // A document lost or stolen whose replacement this case was no longer points to it.
            try await sql.update(IssuedDocument.schema).set("replacement_dossier_id", to: SQLLiteral.null)
                .where("replacement_dossier_id", .equal, id).run()
            for table in Self.rowsOfACase {
                try await sql.delete(from: table).where("dossier_id", .equal, id).run()
            }
            // A renewal or a brother's case started from this one no longer points to it.
            try await sql.update(Dossier.schema).set("source_id", to: SQLLiteral.null).where("source_id", .equal, id).run()
            let rows = try await sql.delete(from: Dossier.schema).where("id", .equal, id).returning("id").all()
            guard !rows.isEmpty else { return nil }
            return Array(Set(documents + attachments + issuedFiles))
        }
    }

    /// Every table whose rows belong to one case, children first (the issued document's files and
    /// reminders, keyed by the document, go before these in `erase`). The history (`dossier_events`)
    /// is deleted here and only here and in a draft's deletion: the chain's middleware refuses it
    /// to the models, and `EventChain.retire` has left its tombstone first.
    static let rowsOfACase = [
        SearchWords.schema, DossierReceipt.schema, Appointment.schema, IssuedDocument.schema, DossierMessage.schema,
        DossierDocument.schema, DraftDeletionNotice.schema, CaseAccess.schema, DossierEvent.schema,
    ]

    enum ErasureRefused: Error {
        /// The case's chain does not verify: purging it would hide the break behind a tombstone.
        case brokenHistory
    }

    /// Removes the stored files no row refers to any more, as the sweep would (`OrphanFiles`).
    func release(_ hashes: [String]) async {
        guard let orphans else { return }
        for hash in hashes { _ = try? await orphans.release(hash) }
    }
}
