import Foundation

/// One outbox row as `/dev/mail` shows it: plain values, so the views never touch the database.
struct DevMailItem: Sendable {
    let id: UUID
    let recipient: String
    let subject: String
    let body: String
    let kind: String
    let status: OutboxMail.Status
    let attempts: Int
    let createdAt: Date
    let sentAt: Date?
    let lastError: String?
    /// The text held a temporary password and was erased after delivery.
    let erased: Bool

    init?(_ row: OutboxMail) {
        guard let id = row.id else { return nil }
        self.id = id
        recipient = row.recipient
        subject = row.subject
        body = row.body
        kind = row.kind
        status = row.status
        attempts = row.attempts
        createdAt = row.createdAt
        sentAt = row.sentAt
        lastError = row.lastError
        erased = row.carriesSecret && row.body.isEmpty
    }
}
