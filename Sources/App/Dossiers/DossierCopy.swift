import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// Starts a new draft from an existing dossier: a renewal of an issued DCEM, or the
/// application of a brother or sister. Each child keeps its own case; files are shared by hash,
/// never copied byte for byte.
struct DossierCopy: Sendable {
    typealias Kind = CarryOver.Kind

    let store: DossierStore
    let now: @Sendable () -> Date

    /// The new draft, with its answers and files; or the untouched draft already started from the
    /// same source the same way (a double submit starts one draft, not two).
    func start(_ kind: Kind, from source: Dossier, by userID: UUID) async throws -> Dossier {
        try await begin(kind, from: source, by: userID).draft
    }

    /// `start`, telling whether the draft is new (`created`) or the one a first request started.
    func begin(_ kind: Kind, from source: Dossier, by userID: UUID) async throws -> (draft: Dossier, created: Bool) {
        guard DossierPolicy.family(kind == .sibling ? .startSibling : .renew, in: source.currentState) else { throw DossierError.cannotCopy }
        let now = self.now()
        let profile = SituationProfile(rawValue: source.profile) ?? .nonEuropeanParentWithPermit
        return try await store.database().transaction { db in
            let earlier = try await Dossier.query(on: db).filter(\.$userID == userID).filter(\.$sourceID == source.id!)
                .filter(\.$state == DossierState.draft.rawValue).filter(\.$version == 1).all()
            if let same = earlier.first(where: { ($0.childName == nil) == (kind == .sibling) }) { return (same, false) }
            let draft = try Dossier(userID: userID, profile: profile, answers: DossierAnswers(), now: now)
            try draft.setAnswers(CarryOver.answers(from: source.decodedAnswers(), kind: kind))
            draft.sourceID = source.id
            try await draft.create(on: db)
            let files = try await store.documents(of: source.id!, on: db).filter { CarryOver.keeps(slot: $0.slot, kind: kind) }
            for file in files {
                try await DossierDocument(dossierID: draft.id!, slot: file.slot, stored: StoredFile(sha256: file.sha256, size: file.size),
                                          mediaType: file.mediaType, originalName: file.originalName, takenOn: file.takenOn,
                                          afterFiling: false, now: now).create(on: db)
            }
            try await DossierEvent(dossierID: draft.id!, at: now, actor: .family, actorID: userID, kind: .created,
                                   details: [.profile: profile.rawValue, .from: source.reference ?? "", .kind: kind.rawValue,
                                             .documents: String(files.count)]).create(on: db)
            return (draft, true)
        }
    }
}
