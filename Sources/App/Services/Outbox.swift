import DCEMRules
import FluentKit
import Foundation

/// A notification to send: its text is already in the recipient's language.
struct OutgoingMail: Sendable, Equatable {
    var recipient: String
    var subject: String
    var body: String
    var kind: String
    var language: String

    /// The kinds whose text holds a temporary password: the sign-up (also when an agent gives a
    /// family filed for at the counter its access) and the reset.
    static let kindsCarryingSecrets = ["account-created", "password-reset"]

    /// Whether the text must be erased once delivered.
    var carriesSecret: Bool { Self.kindsCarryingSecrets.contains(kind) }
}

/// Where notifications are written. Callers pass the transaction of the change being reported.
enum Outbox {
    /// Deletes up to `limit` mails that left the queue (sent, or failed for good) more than
    /// `Parameters.sentMailRetentionDays` before `now` (ruling 24); a mail still waiting is kept
    /// however old. Returns how many went. The scheduler calls it every pass, so a backlog goes
    /// `limit` at a time.
    static func purgeLeft(now: Date, limit: Int = 500, on database: any Database) async throws -> Int {
        let cutoff = now.addingTimeInterval(-Double(Parameters.sentMailRetentionDays.value) * 24 * 3600)
        let ids = try await OutboxMail.query(on: database).filter(\.$status ~~ [.sent, .failed]).filter(\.$createdAt < cutoff)
            .sort(\.$createdAt).limit(limit).all(\.$id)
        guard !ids.isEmpty else { return 0 }
        try await OutboxMail.query(on: database).filter(\.$id ~~ ids).filter(\.$status ~~ [.sent, .failed]).delete()
        return ids.count
    }

    static func enqueue(_ mail: OutgoingMail, on database: any Database, now: Date) async throws {
        // A family filed for at the counter without an address has a placeholder that can never
        // receive mail (rule 19): nothing is queued for it.
        guard !AssistedFiling.isPlaceholder(mail.recipient) else { return }
        try await OutboxMail(recipient: mail.recipient, subject: mail.subject, body: mail.body,
                             kind: mail.kind, language: mail.language, carriesSecret: mail.carriesSecret, now: now).create(on: database)
    }
}
