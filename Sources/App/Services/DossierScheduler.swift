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

    struct Pass: Equatable, Sendable {
        var implicitlyRefused = 0
        var uncollected = 0
    }

    func run() async throws {
        var sweepAfter: String? = nil
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            do {
                let pass = try await runOnce()
                if pass != Pass() {
                    logger.info("scheduler pass", metadata: ["implicitly_refused": "\(pass.implicitlyRefused)", "uncollected": "\(pass.uncollected)"])
                }
            } catch {
                logger.error("scheduler pass failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            }
            do {
                try await IdempotencyKeys(database: workflow.store.database).purgeExpired(now: now())
            } catch {
                logger.error("idempotency keys purge failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            }
            if let retention {
                do {
                    let pass = try await retention.runOnce(today: latestToday())
                    if pass != CaseRetention.Pass() {
                        logger.info("retention pass", metadata: ["notices": "\(pass.noticesSent)", "drafts_deleted": "\(pass.draftsDeleted)",
                                                                "cases_purged": "\(pass.casesPurged)"])
                    }
                } catch {
                    logger.error("retention pass failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
                }
            }
            if let orphans {
                do {
                    let sweep = try await orphans.sweep(after: sweepAfter)
                    sweepAfter = sweep.resumeAfter
                    if sweep.removed > 0 { logger.info("unreferenced files removed", metadata: ["count": "\(sweep.removed)"]) }
                } catch {
                    logger.error("unreferenced files sweep failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
                }
            }
            do {
                _ = try await purgeExpiredSessions()
            } catch {
                logger.error("sessions purge failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
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
        return pass
    }

    /// True when this instance moved the case; false when its date has not come in its zone, or
    /// another instance (or an agent) moved it first.
    private func moved(_ action: () async throws -> Void) async throws -> Bool {
        do {
            try await action()
            return true
        } catch DossierError.workflow, DossierError.conflict, DossierError.notFound {
            return false
        }
    }
}
