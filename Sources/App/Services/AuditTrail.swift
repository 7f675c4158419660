import FluentKit
import Foundation
import Logging

/// `dcem audit verify`: every case's history checked against its hash chain; the broken links,
/// named (an empty list means every history is whole).
public func verifyAuditTrail(_ config: AppConfig) async throws -> (checkedEvents: Int, broken: [String]) {
    var logger = Logger(label: "dcem.audit")
    logger.logLevel = .warning
    return try await DatabaseService.using(config, logger: logger) { database in
        let count = try await DossierEvent.query(on: database.db).count()
        let broken = try await EventChain.verify(on: database.db).map(\.description)
        return (count, broken)
    }
}
