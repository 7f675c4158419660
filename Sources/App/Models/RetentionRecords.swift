import FluentKit
import Foundation

/// The notice mailed before an untouched draft is deleted (docs/law.md#retention): one row per
/// draft and untouched period, inserted in the transaction that queues the mail, so however many
/// instances run, the family gets one mail.
final class DraftDeletionNotice: Model, @unchecked Sendable {
    static let schema = "draft_deletion_notices"

    @ID(key: .id) var id: UUID?
    @Field(key: "dossier_id") var dossierID: UUID
    /// The day the draft was last touched, ISO, in its préfecture's zone.
    @Field(key: "touched_on") var touchedOn: String
    /// The day the mail announced, ISO: the draft is deleted from that day if still untouched.
    @Field(key: "deletion_on") var deletionOn: String
    @Field(key: "sent_at") var sentAt: Date

    init() {}
}

/// What stays of a purged case's history (docs/states.md#history): its identifier, the day of the
/// purge, how many events it had and the last link of their chain, sealed by a hash of these four.
/// Never a name or anything the family wrote.
final class DossierTombstone: Model, @unchecked Sendable {
    static let schema = "dossier_tombstones"

    @ID(key: .id) var id: UUID?
    @Field(key: "dossier_id") var dossierID: UUID
    @Field(key: "purged_on") var purgedOn: String
    @Field(key: "event_count") var eventCount: Int
    @Field(key: "last_hash") var lastHash: String
    @Field(key: "hash") var hash: String

    init() {}
}
