import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// A dossier as "my applications" (page and API) lists it: the few columns shown, read with SQLKit.
/// FluentKit builds each model row through reflection, which was a quarter of that page's time.
struct DossierListing: Sendable {
    let id: UUID
    let state: String
    let version: Int
    let reference: String?
    let childName: String?
    let filedOn: String?
    let implicitRefusalOn: String?
    let createdAt: Date

    var currentState: DossierState { DossierState(rawValue: state) ?? .draft }

    /// The member's dossiers, newest first.
    static func all(of userID: UUID, on db: any Database) async throws -> [DossierListing] {
        guard let sql = db as? any SQLDatabase else { return [] }
        return try await sql.select()
            .columns("id", "state", "version", "reference", "child_name", "filed_on", "implicit_refusal_on", "created_at")
            .from(Dossier.schema)
            .where("user_id", .equal, userID)
            .orderBy("created_at", .descending)
            .all()
            .map { row in
                DossierListing(id: try row.decode(column: "id", as: UUID.self), state: try row.decode(column: "state", as: String.self),
                               version: try row.decode(column: "version", as: Int.self),
                               reference: try row.decode(column: "reference", as: String?.self),
                               childName: try row.decode(column: "child_name", as: String?.self),
                               filedOn: try row.decode(column: "filed_on", as: String?.self),
                               implicitRefusalOn: try row.decode(column: "implicit_refusal_on", as: String?.self),
                               createdAt: try row.decode(column: "created_at", as: Date.self))
            }
    }
}
