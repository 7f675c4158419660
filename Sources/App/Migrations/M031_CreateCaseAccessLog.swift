import FluentKit
import SQLKit

/// Who in the back office looked at which case, and when (docs/pages.md#access-log): supervisors read it.
struct M031_CreateCaseAccessLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CaseAccess.schema)
            .id()
            .field("dossier_id", .uuid, .required)
            .field("agent_id", .uuid, .required)
            .field("at", .datetime, .required)
            .field("what", .string, .required)
            .field("file_id", .uuid)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "case_access_log_dossier").on(CaseAccess.schema).column("dossier_id").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CaseAccess.schema).delete()
    }
}
