import DCEMRules

// The préfecture's decision on a document de voyage collectif, as data (docs/states.md#the-collective-travel-document):
// a verdict for each pupil on the request, then one decision for the group. A pupil can be struck
// off with a reason while the rest of the group goes ahead; the document lists the pupils kept.

/// Why an agent strikes a pupil off the list (docs/law.md#rule-12, the documents asked per pupil).
public enum PupilStrikeReason: String, CaseIterable, Sendable, Codable {
    /// No authorization from a parent, the guardian or the holder of delegated parental authority.
    case parentalAuthorizationMissing = "parental-authorization-missing"
    /// No copy of the parents' residence permits.
    case parentsPermitsMissing = "parents-permits-missing"
    /// No copy of the passport, the livret de famille or the full birth certificate.
    case identityDocumentMissing = "identity-document-missing"
    /// No recent photo.
    case photoMissing = "photo-missing"
    /// The documents show the pupil is not concerned (French, EEA or Swiss, adult during the trip, or
    /// holding a valid DCEM): the note says which.
    case notConcerned = "not-concerned"
    /// Another reason, written in the note.
    case other
}

extension PupilStrikeReason {
    /// The reason to give when a pupil's document is missing; nil for the group's documents.
    public init?(missing document: CollectiveTravelDocument) {
        switch document {
        case .parentalAuthorization: self = .parentalAuthorizationMissing
        case .parentsResidencePermits: self = .parentsPermitsMissing
        case .identityDocument: self = .identityDocumentMissing
        case .photo: self = .photoMissing
        case .letterheadList, .headAttestation: return nil
        }
    }
}

/// An agent's verdict on one pupil.
public enum PupilVerdict: Hashable, Sendable, Codable {
    /// Not examined yet.
    case pending
    /// On the document.
    case kept
    /// Off the document, with its reason and the agent's note (required for `other` and `not-concerned`).
    case struckOff(PupilStrikeReason, note: String)
}

/// One pupil of the request with the agent's verdict. `id` is the web layer's key for the row.
public struct PupilOnRequest: Hashable, Sendable {
    public let id: String
    public let minor: CollectiveTravelMinor
    public var verdict: PupilVerdict

    public init(id: String, minor: CollectiveTravelMinor, verdict: PupilVerdict = .pending) {
        self.id = id
        self.minor = minor
        self.verdict = verdict
    }
}

/// A pupil struck off, as the decision letter lists them.
public struct StruckOffPupil: Hashable, Sendable {
    public let id: String
    public let minor: CollectiveTravelMinor
    public let reason: PupilStrikeReason
    public let note: String
}

/// The group's decision.
public enum CollectiveTravelDecision: Hashable, Sendable {
    /// Granted for `listed` (alphabetical, the document's list), valid from departure to return.
    case granted(listed: [PupilOnRequest], struckOff: [StruckOffPupil], validFrom: CivilDate, validUntil: CivilDate)
    /// Refused for the group, with every reason and the agent's text.
    case refused(reasons: [CollectiveTravelRefusal], text: String)

    /// Why a decision cannot be taken as asked; nothing is recorded.
    public enum Problem: Hashable, Sendable, Error {
        /// Some pupils have no verdict yet (their ids, in the request's order).
        case verdictsPending([String])
        /// Every pupil is struck off: refuse instead.
        case noPupilKept
        /// A strike whose reason needs a note has none (the pupils' ids).
        case noteMissing([String])
        /// A refusal with no reason.
        case noReason
    }

    /// Grants the document for the pupils kept: every pupil has a verdict, at least one is kept, and
    /// every strike that needs a note has one.
    public static func grant(_ pupils: [PupilOnRequest], departure: CivilDate, returnOn: CivilDate) -> Result<CollectiveTravelDecision, Problem> {
        let pending = pupils.filter { $0.verdict == .pending }.map(\.id)
        if !pending.isEmpty { return .failure(.verdictsPending(pending)) }
        let withoutNote = pupils.filter { pupil in
            if case let .struckOff(reason, note) = pupil.verdict {
                return (reason == .other || reason == .notConcerned) && note.allSatisfy(\.isWhitespace)
            }
            return false
        }.map(\.id)
        if !withoutNote.isEmpty { return .failure(.noteMissing(withoutNote)) }
        let kept = pupils.filter { $0.verdict == .kept }
        if kept.isEmpty { return .failure(.noPupilKept) }
        let order = CollectiveTravel.alphabetical(kept.map(\.minor))
        var remaining = kept
        var listed: [PupilOnRequest] = []
        for minor in order {
            let i = remaining.firstIndex { $0.minor == minor }!
            listed.append(remaining.remove(at: i))
        }
        let struckOff: [StruckOffPupil] = pupils.compactMap { pupil in
            guard case let .struckOff(reason, note) = pupil.verdict else { return nil }
            return StruckOffPupil(id: pupil.id, minor: pupil.minor, reason: reason, note: note)
        }
        return .success(.granted(listed: listed, struckOff: struckOff, validFrom: departure, validUntil: returnOn))
    }

    /// Refuses the document for the group, with at least one reason.
    public static func refuse(reasons: [CollectiveTravelRefusal], text: String) -> Result<CollectiveTravelDecision, Problem> {
        if reasons.isEmpty { return .failure(.noReason) }
        var unique: [CollectiveTravelRefusal] = []
        for reason in reasons where !unique.contains(reason) { unique.append(reason) }
        return .success(.refused(reasons: unique, text: text))
    }
}

extension PupilStrikeReason: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.parentalAuthorizationMissing, .fr): return "Autorisation parentale manquante"
        case (.parentalAuthorizationMissing, .en): return "Parental authorization missing"
        case (.parentsPermitsMissing, .fr): return "Titres de séjour des parents manquants"
        case (.parentsPermitsMissing, .en): return "Parents' residence permits missing"
        case (.identityDocumentMissing, .fr): return "Pièce d'identité manquante (passeport, livret de famille ou acte de naissance intégral)"
        case (.identityDocumentMissing, .en): return "Identity document missing (passport, livret de famille or full birth certificate)"
        case (.photoMissing, .fr): return "Photo récente manquante"
        case (.photoMissing, .en): return "Recent photo missing"
        case (.notConcerned, .fr): return "Élève non concerné par le document collectif"
        case (.notConcerned, .en): return "Pupil not concerned by the collective document"
        case (.other, .fr): return "Autre motif"
        case (.other, .en): return "Other reason"
        }
    }
}
