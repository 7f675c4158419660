import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Logging
import ServiceLifecycle

/// What the law does on its own at a date (docs/states.md#agent-actions): the implicit refusal
/// when the préfecture stayed silent (rules 2 and 16), and the document not collected within
/// 3 months (rule 13).
///
/// Safe with several instances on one database: each case moves through `DossierWorkflow`, whose
/// conditional claim lets one instance win; the others meet a conflict and skip it, so the
/// family gets one mail. The pure `Workflow` checks the date in the préfecture's own zone.
struct DossierScheduler: Service {
    let workflow: DossierWorkflow
    let interval: Duration
    let now: @Sendable () -> Date
    let logger: Logger
    var batchSize = 200
    /// The sweep of stored files no row refers to (none in the tests of the workflow alone).
    var orphans: OrphanFiles? = nil
    /// Ruling 24: drafts' notices and deletions, cases' purges (none in the tests of the workflow alone).
    var retention: CaseRetention? = nil

    /// The issued documents' moves and reminders (docs/states.md#the-issued-document).
    var documents: IssuedDocumentRegistry? = nil
    /// The school trips' requests: an undecided one is closed once its departure has passed, a
    /// granted one never collected is marked so the day after its return.
    var trips: CollectiveTrips? = nil

    struct Pass: Equatable, Sendable {
        var implicitlyRefused = 0
        var uncollected = 0
        var expired = 0
        var lapsed = 0
        var reminders = 0
        var tripsClosed = 0
        var tripsUncollected = 0
    }

    func run() async throws {
        var sweepAfter: String? = nil
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            await step("scheduler pass") {
                let pass = try await runOnce()
                if pass != Pass() {
                    logger.info("scheduler pass", metadata: ["implicitly_refused": "\(pass.implicitlyRefused)", "uncollected": "\(pass.uncollected)",
                                                             "expired": "\(pass.expired)", "lapsed": "\(pass.lapsed)", "reminders": "\(pass.reminders)",
                                                             "trips_closed": "\(pass.tripsClosed)",
                                                             "trips_uncollected": "\(pass.tripsUncollected)"])
                }
            }
            await step("idempotency keys purge") {
                try await IdempotencyKeys(database: workflow.store.database).purgeExpired(now: now())
            }
            if let retention {
                await step("retention pass") {
                    let pass = try await retention.runOnce(today: latestToday())
                    if pass != CaseRetention.Pass() {
                        logger.info("retention pass", metadata: ["notices": "\(pass.noticesSent)", "drafts_deleted": "\(pass.draftsDeleted)",
                                                                "cases_purged": "\(pass.casesPurged)"])
                    }
                }
            }
            if let orphans {
                await step("unreferenced files sweep") {
                    let sweep = try await orphans.sweep(after: sweepAfter)
                    sweepAfter = sweep.resumeAfter
                    if sweep.removed > 0 { logger.info("unreferenced files removed", metadata: ["count": "\(sweep.removed)"]) }
                }
            }
            await step("sessions purge") { _ = try await purgeExpiredSessions() }
            await step("mail purge") {
                let removed = try await Outbox.purgeLeft(now: now(), on: workflow.store.database())
                if removed > 0 { logger.info("mails past their retention deleted", metadata: ["count": "\(removed)"]) }
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    /// One piece of a pass: a failure is logged (`<what> failed`, the error's type only, never its
    /// text) and the pass goes on with the next piece.
    private func step(_ what: String, _ work: () async throws -> Void) async {
        do {
            try await work()
        } catch {
            logger.error("\(what) failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
        }
    }

    /// Removes expired sessions in bounded batches. The session store stamps expiries with the
    /// wall clock, so this compares with the wall clock too, not with the cases' `now`.
    func purgeExpiredSessions() async throws -> Int {
        try await DatabasePersistDriver.purgeExpired(now: Date(), on: workflow.store.database())
    }

    /// The latest "today" of every préfecture's zone: no case whose date has come anywhere is missed.
    func latestToday() -> CivilDate {
        let instant = now()
        return Departement.all.map { $0.today(at: instant) }.max() ?? Departement.paris.today(at: instant)
    }

    /// One pass over the cases whose date may have come.
    func runOnce() async throws -> Pass {
        var pass = Pass()
        let today = latestToday()
        let db = workflow.store.database()
        let silent = try await Dossier.query(on: db)
            .filter(\.$state ~~ DossierPolicy.implicitRefusalStates.map(\.rawValue))
            .filter(\.$implicitRefusalOn <= today.iso)
            .sort(\.$implicitRefusalOn).limit(batchSize).all()
        for dossier in silent where try await moved({ try await workflow.implicitRefusal(dossier.id!, expectedVersion: dossier.version) }) {
            pass.implicitlyRefused += 1
        }
        // The cases whose last collection day (ruling 13) has passed, in calendar months; the
        // workflow checks the day again in each case's own zone.
        let waiting = try await Dossier.query(on: db)
            .filter(\.$state ~~ DossierPolicy.uncollectedStates.map(\.rawValue))
            .filter(\.$availableOn <= Deadlines.latestAvailabilityPastCollection(on: today).iso)
            .sort(\.$availableOn).limit(batchSize).all()
        for dossier in waiting where try await moved({ try await workflow.markUncollected(dossier.id!, expectedVersion: dossier.version) }) {
            pass.uncollected += 1
        }
        if let documents { try await documentPass(documents, today: today, into: &pass) }
        if let trips {
            for trip in try await trips.undecidedPastDeparture(today: today, limit: batchSize) where try await trips.closeDeparturePassed(trip) {
                pass.tripsClosed += 1
            }
            // A document granted and never collected by the return day is of no use any more.
            let desk = TripDesk(database: trips.database, publicURL: trips.publicURL, now: trips.now)
            for trip in try await desk.uncollectedPastReturn(today: today, limit: batchSize) where try await desk.markUncollected(trip) {
                pass.tripsUncollected += 1
            }
        }
        return pass
    }

    /// The issued documents whose dates have come: expiry the day after the validity end, lapse
    /// the day after the void-after date (ruling 21), the reminders of ruling 23, and the renewal
    /// left unfiled. Each move is the registry's conditional update, each reminder a unique
    /// notice row: with several instances, one move and one mail each.
    func documentPass(_ documents: IssuedDocumentRegistry, today: CivilDate, into pass: inout Pass) async throws {
        let db = workflow.store.database()
        let inForce = IssuedDocumentState.allCases.filter(\.isInForce).map(\.rawValue)
        let lapsing = try await IssuedDocument.query(on: db).filter(\.$state ~~ inForce).filter(\.$voidAfter < today.iso)
            .sort(\.$voidAfter).limit(batchSize).all()
        for document in lapsing where try await moved({ try await documents.lapseAtMajority(document.id!, expectedVersion: document.stateVersion) }) {
            pass.lapsed += 1
        }
        let ending = try await IssuedDocument.query(on: db).filter(\.$state ~~ inForce).filter(\.$validUntil < today.iso)
            .sort(\.$validUntil).limit(batchSize).all()
        for document in ending where try await moved({ try await documents.expire(document.id!, expectedVersion: document.stateVersion) }) {
            pass.expired += 1
        }
        // Reminders: the documents in force whose first reminder day may have come.
        let horizon = today.adding(months: Parameters.renewalReminderMonths.value[0]).iso
        let majorityHorizon = today.adding(months: Parameters.majorityReminderMonths.value).adding(years: -Parameters.majorityAge.value).iso
        let candidates = try await IssuedDocument.query(on: db).filter(\.$state ~~ inForce)
            .group(.or) { $0.filter(\.$validUntil <= horizon).filter(\.$holderBirthDate <= majorityHorizon) }
            .sort(\.$validUntil).limit(batchSize).all()
        for document in candidates {
            pass.reminders += try await remind(document, documents: documents, on: db)
        }
        // Renewals started from a document and left unfiled for the delay of ruling 23.
        let stale = Date(timeIntervalSince1970: now().timeIntervalSince1970 - Double(Parameters.renewalDraftReminderDays.value) * 86_400)
        // Within a month of their day: drafts abandoned long ago (recalled once, or before this
        // existed) do not fill every batch ahead of those whose day has just come.
        let window = Date(timeIntervalSince1970: stale.timeIntervalSince1970 - 30 * 86_400)
        let drafts = try await Dossier.query(on: db).filter(\.$state == DossierState.draft.rawValue).filter(\.$sourceID != nil)
            .filter(\.$updatedAt <= stale).filter(\.$updatedAt > window).sort(\.$updatedAt, .descending).limit(batchSize).all()
        // A renewal is the same child's case again; a brother's or sister's is not recalled.
        let sources = try await Dossier.query(on: db).filter(\.$id ~~ drafts.compactMap(\.sourceID)).all()
        let renewals = drafts.filter { draft in
            draft.childName != nil && sources.contains { $0.id == draft.sourceID && $0.childName == draft.childName }
        }
        for draft in renewals {
            // Keyed by the day it was last touched: touched again, it may be recalled again later.
            let kind = "renewal-draft-" + (draft.competentDepartement ?? .paris).today(at: draft.updatedAt ?? now()).iso
            if try await sendOnce(subject: draft.id!, kind: kind, on: db, DossierNotification(to: .account(draft.userID), .renewalDraftReminder(dossier: draft.id!))) {
                pass.reminders += 1
            }
        }
    }

    /// Sends the reminders due for `document`, each once.
    private func remind(_ document: IssuedDocument, documents: IssuedDocumentRegistry, on db: any Database) async throws -> Int {
        guard let userID = document.userID, let validUntil = document.validUntil.flatMap(CivilDate.init(iso:)) else { return 0 }
        let today = documents.today(document)
        let sent = Set(try await ScheduledNotice.query(on: db).filter(\.$subjectID == document.id!).all()
            .compactMap { $0.kind.hasPrefix("dcem-reminder-") ? DocumentReminder(rawValue: String($0.kind.dropFirst("dcem-reminder-".count))) : nil })
        var count = 0
        let birth = document.holderBirthDate.flatMap(CivilDate.init(iso:))
        for reminder in DocumentReminder.due(today: today, state: document.currentState, validUntil: validUntil, birthDate: birth, sent: sent) {
            let date = reminder == .majority ? (document.voidAfter.flatMap(CivilDate.init(iso:)) ?? validUntil) : validUntil
            let mail = DossierNotification(to: .account(userID), .documentReminder(document: document.id!, number: document.dcemNumber,
                                                                                  reminder: reminder, date: date))
            if try await sendOnce(subject: document.id!, kind: "dcem-reminder-" + reminder.rawValue, on: db, mail) { count += 1 }
        }
        return count
    }

    /// Records the notice and queues its mail in one transaction; false when another instance
    /// recorded it first (the unique subject and kind).
    private func sendOnce(subject: UUID, kind: String, on db: any Database, _ notification: DossierNotification) async throws -> Bool {
        let now = self.now()
        do {
            try await db.transaction { tx in
                try await ScheduledNotice(subjectID: subject, kind: kind, now: now).create(on: tx)
                try await MailWriter(publicURL: workflow.publicURL).send(notification, on: tx, now: now)
            }
            return true
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return false
        }
    }

    /// True when this instance moved the case or the issued document; false when its date has not
    /// come in its zone, or another instance (or an agent) moved it first.
    private func moved(_ action: () async throws -> Void) async throws -> Bool {
        do {
            try await action()
            return true
        } catch DossierError.workflow, DossierError.conflict, DossierError.notFound {
            return false
        } catch IssuedDocumentFailure.lifecycle, IssuedDocumentFailure.conflict, IssuedDocumentFailure.notFound {
            return false
        }
    }
}
