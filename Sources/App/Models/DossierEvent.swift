import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// One line of a dossier's history: who did what, when. Append-only, written in the same
/// transaction as the change it records.
final class DossierEvent: Model, @unchecked Sendable {
    static let schema = "dossier_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "dossier_id") var dossierID: UUID
    @Field(key: "at") var at: Date
    /// `family`, `agent` or `scheduler` (`DossierActor`).
    @Field(key: "actor") var actor: String
    /// The account that acted, when a person did.
    @OptionalField(key: "actor_id") var actorID: UUID?
    /// A `DossierEventKind` code: a `DossierAction`, or a change that moves no state.
    @Field(key: "action") var action: String
    /// Details as JSON (the new dates, the documents asked, the reason…); never a password.
    @Field(key: "details") var details: String
    /// The event's place in its case's history, from 1, and the hash chain (`EventChain`).
    @OptionalField(key: "seq") var seq: Int?
    @OptionalField(key: "previous_hash") var previousHash: String?
    @OptionalField(key: "hash") var hash: String?

    init() {}

    init(dossierID: UUID, at: Date, actor: DossierActor, actorID: UUID?, kind: DossierEventKind, details: [DossierEventDetail: String] = [:]) {
        self.id = UUID()
        self.dossierID = dossierID
        self.at = at
        self.actor = actor.rawValue
        self.actorID = actorID
        self.action = kind.code
        let sorted = details.map { ($0.key.rawValue, $0.value) }.sorted { $0.0 < $1.0 }
        self.details = (try? String(decoding: JSONSerialization.data(withJSONObject: Dictionary(uniqueKeysWithValues: sorted), options: [.sortedKeys]), as: UTF8.self)) ?? "{}"
    }

    /// Nil for a code this version does not know (a history is never rewritten).
    var kind: DossierEventKind? { DossierEventKind(code: action) }
    var actorKind: DossierActor? { DossierActor(rawValue: actor) }

    func detail(_ key: DossierEventDetail) -> String? { decodedDetails[key.rawValue] }

    var decodedDetails: [String: String] {
        (try? JSONSerialization.jsonObject(with: Data(details.utf8)) as? [String: String]) ?? [:]
    }
}
