import FluentKit
import Foundation

/// One notification waiting for (or past) delivery. Written in the same transaction as the change
/// it reports, so a change is never saved without its mail nor a mail sent for a change rolled back.
final class OutboxMail: Model, @unchecked Sendable {
    static let schema = "mail_outbox"

    enum Status: String, Codable, Sendable {
        case pending, sending, sent, failed
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "recipient") var recipient: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    /// What the mail is about (`account-created`, `case-filed`…): ids and counts go to the log, never content.
    @Field(key: "kind") var kind: String
    @Field(key: "language") var language: String
    @Enum(key: "status") var status: Status
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "created_at") var createdAt: Date
    /// The text holds a secret (a temporary password): it is erased once the mail has left the
    /// queue, sent or failed for good (README, "Mail").
    @Field(key: "carries_secret") var carriesSecret: Bool

    init() {}

    init(id: UUID = UUID(), recipient: String, subject: String, body: String, kind: String, language: String, carriesSecret: Bool = false, now: Date) {
        self.id = id
        self.recipient = recipient
        self.subject = subject
        self.body = body
        self.kind = kind
        self.language = language
        self.status = .pending
        self.attempts = 0
        self.nextAttemptAt = now
        self.createdAt = now
        self.carriesSecret = carriesSecret
    }
}
