import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// Ruling 24 (docs/law.md#retention): the day each case that is over will be purged, the notices
/// sent before a draft is deleted (one per untouched period, whatever the number of instances),
/// and the tombstones that keep a purged case's history checkable.
struct M030_Retention: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Dossier.schema).field("purge_on", .string).update()
        try await database.schema(DraftDeletionNotice.schema)
            .id()
            .field("dossier_id", .uuid, .required)
            // The day the draft was last touched: one notice per untouched period.
            .field("touched_on", .string, .required)
            .field("deletion_on", .string, .required)
            .field("sent_at", .datetime, .required)
            .unique(on: "dossier_id", "touched_on")
            .create()
        try await database.schema(DossierTombstone.schema)
            .id()
            .field("dossier_id", .uuid, .required)
            .field("purged_on", .string, .required)
            .field("event_count", .int, .required)
            .field("last_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "dossier_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "dossiers_purge_on").on(Dossier.schema).column("purge_on").run()
        // The cases already over get their day, as the workflow gives it to those that end from now on.
        // Only the columns read here: later migrations add others to these tables.
        let over = try await Dossier.query(on: database).filter(\.$state ~~ DossierPolicy.purgedWhenOver.map(\.rawValue))
            .field(\.$id).field(\.$state).field(\.$decidedOn).field(\.$outcome).field(\.$departement).field(\.$updatedAt).all()
        for dossier in over {
            let issued = try await IssuedDocument.query(on: database).filter(\.$dossierID == dossier.id!).field(\.$validUntil).all()
                .compactMap(\.validUntil)
            let zone = dossier.competentDepartement ?? .paris
            let day = CaseRetention.purgeDay(dossier, endedOn: zone.today(at: dossier.updatedAt), issuedValidUntil: issued)
            try await sql.update(Dossier.schema).set("purge_on", to: day?.iso).where("id", .equal, dossier.id!).run()
        }
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "dossiers_purge_on").run() }
        try await database.schema(DossierTombstone.schema).delete()
        try await database.schema(DraftDeletionNotice.schema).delete()
        try await database.schema(Dossier.schema).deleteField("purge_on").update()
    }
}
