import FluentKit
import SQLKit

/// Mails that carry a secret (a temporary password) are marked, so that their text is erased once
/// delivered: the outbox keeps who was written to and why, never a password in clear.
struct M023_MarkMailsCarryingSecrets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OutboxMail.schema)
            .field("carries_secret", .bool, .required, .sql(.default(SQLLiteral.boolean(false))))
            .update()
        // Mails already delivered with a temporary password lose their text now.
        try await OutboxMail.query(on: database)
            .filter(\.$kind ~~ OutgoingMail.kindsCarryingSecrets)
            .set(\.$carriesSecret, to: true)
            .update()
        try await OutboxMail.query(on: database)
            .filter(\.$carriesSecret == true)
            .filter(\.$status ~~ [.sent, .failed])
            .set(\.$body, to: "")
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMail.schema).deleteField("carries_secret").update()
    }
}
