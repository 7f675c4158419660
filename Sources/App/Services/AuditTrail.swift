import FluentKit
import Foundation
import Logging

/// `dcem audit verify`: every case's history checked against its hash chain; the broken links,
/// named (an empty list means every history is whole).
/// `checkedEvents` counts the events of the cases kept and those of the purged cases, which their
/// tombstones stand for (docs/states.md#retention).
public func verifyAuditTrail(_ config: AppConfig) async throws -> (checkedEvents: Int, broken: [String]) {
    var logger = Logger(label: "dcem.audit")
    logger.logLevel = .warning
    return try await DatabaseService.using(config, logger: logger) { database in
        let purged = try await DossierTombstone.query(on: database.db).sum(\.$eventCount) ?? 0
        let count = try await DossierEvent.query(on: database.db).count() + purged
        let broken = try await EventChain.verify(on: database.db).map(\.description)
        return (count, broken)
    }
}
