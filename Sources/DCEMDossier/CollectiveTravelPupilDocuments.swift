import DCEMRules

/// What is still missing for one pupil on the document: the per-pupil documents not given yet, in
/// the order of `CollectiveTravelDocument.perPupil`.
public struct MissingPupilDocuments<Pupil: Hashable & Sendable>: Hashable, Sendable {
    public let pupil: Pupil
    public let documents: [CollectiveTravelDocument]

    public init(pupil: Pupil, documents: [CollectiveTravelDocument]) {
        self.pupil = pupil
        self.documents = documents
    }
}

/// The documents a school gives for each pupil (docs/law.md#rule-12): four for every pupil the
/// rules keep on the document (`CollectiveTravel.list`), none for a pupil they leave out — a French
/// or European pupil, one of age during the trip, one who holds a DCEM travels on their own papers.
public enum CollectiveTravelPupilDocuments {
    /// For each pupil kept, in the order given, the per-pupil documents not among `present`; pupils
    /// with all four are left out, so an empty answer means the list is complete. `present` may
    /// name pupils not kept (excluded ones, whose files are not asked) and kinds not per pupil:
    /// neither counts.
    public static func missing<Pupil>(kept: [Pupil], present: [Pupil: Set<CollectiveTravelDocument>]) -> [MissingPupilDocuments<Pupil>] {
        var seen: Set<Pupil> = []
        return kept.compactMap { pupil in
            guard seen.insert(pupil).inserted else { return nil }
            let given = present[pupil] ?? []
            let lacking = CollectiveTravelDocument.perPupil.filter { !given.contains($0) }
            return lacking.isEmpty ? nil : MissingPupilDocuments(pupil: pupil, documents: lacking)
        }
    }

    /// How many of the four a pupil has given (what the pupils' list shows: "3 of 4").
    public static func given(_ present: Set<CollectiveTravelDocument>) -> Int {
        CollectiveTravelDocument.perPupil.filter(present.contains).count
    }
}
