import DCEMRules
import FluentKit
import Foundation

/// One move in a school trip's history (docs/states.md#the-collective-travel-document): who, when,
/// what, chained to the event before it by SHA-256 like a case's (`TripEvents`). Never updated.
final class TripEvent: Model, @unchecked Sendable {
    static let schema = "trip_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "trip_id") var tripID: UUID
    @Field(key: "seq") var seq: Int
    @Field(key: "at") var at: Date
    /// A `CollectiveTravelActor` code.
    @Field(key: "actor") var actor: String
    @OptionalField(key: "actor_id") var actorID: UUID?
    /// A `CollectiveTravelAction` code, or `message`-free moves such as `verdict`.
    @Field(key: "action") var action: String
    /// A short text (the pupil judged, the reply-by date); never a message's body.
    @Field(key: "details") var details: String
    @Field(key: "previous_hash") var previousHash: String
    @Field(key: "hash") var hash: String

    init() {}
}

/// A message between the préfecture's agents and the school's head about a trip.
final class TripMessage: Model, @unchecked Sendable {
    static let schema = "trip_messages"

    @ID(key: .id) var id: UUID?
    @Field(key: "trip_id") var tripID: UUID
    @Field(key: "at") var at: Date
    /// `agent` or `school-head` (`CollectiveTravelActor`).
    @Field(key: "author") var author: String
    @Field(key: "author_id") var authorID: UUID
    @Field(key: "body") var body: String

    init() {}

    init(tripID: UUID, at: Date, author: CollectiveTravelActor, authorID: UUID, body: String) {
        self.id = UUID()
        self.tripID = tripID
        self.at = at
        self.author = author.rawValue
        self.authorID = authorID
        self.body = body
    }
}
