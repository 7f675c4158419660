/// What the head of the school provides for a document de voyage collectif (docs/law.md#rule-12, the
/// Info Droits Migrants page's "liste indicative des pièces"): four documents per pupil, two for the
/// group. The group's two are written by the service from the request's answers, for the head to sign.
public enum CollectiveTravelDocument: String, CaseIterable, Sendable, Codable {
    /// Per pupil: the authorization of a parent, of the guardian, or of the holder of delegated
    /// parental authority, for the pupil to take part in the trip.
    case parentalAuthorization = "parental-authorization"
    /// Per pupil: copies of the parents' residence permits.
    case parentsResidencePermits = "parents-residence-permits"
    /// Per pupil: a copy of the passport, of the livret de famille, or the full birth certificate.
    case identityDocument = "identity-document"
    /// Per pupil: a recent photo (the source asks the name on its back: the service prints it beside it).
    case photo
    /// For the group: the alphabetical list of the pupils on the school's letterhead (surname, given
    /// names, date and place of birth, nationality, photo).
    case letterheadList = "letterhead-list"
    /// For the group: the head's attestation giving the dates, the place of stay and the accompanying
    /// adults, naming the teacher in charge.
    case headAttestation = "head-attestation"

    /// One for each pupil on the list, rather than one for the group.
    public var isPerPupil: Bool {
        switch self {
        case .parentalAuthorization, .parentsResidencePermits, .identityDocument, .photo: return true
        case .letterheadList, .headAttestation: return false
        }
    }

    /// Written by the service from the answers, then signed by the head.
    public var isProducedByTheService: Bool { !isPerPupil }

    /// The per-pupil documents, in this order.
    public static let perPupil: [CollectiveTravelDocument] = allCases.filter(\.isPerPupil)
    /// The group's documents, in this order.
    public static let forTheGroup: [CollectiveTravelDocument] = allCases.filter { !$0.isPerPupil }

    public var basis: LegalReference { CollectiveTravel.basis }
}

extension CollectiveTravelDocument: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.parentalAuthorization, .fr): return "Autorisation parentale (ou du tuteur, ou du délégataire de l'autorité parentale)"
        case (.parentalAuthorization, .en): return "Parental authorization (or the guardian's, or the delegated authority holder's)"
        case (.parentsResidencePermits, .fr): return "Copie des titres de séjour des parents"
        case (.parentsResidencePermits, .en): return "Copy of the parents' residence permits"
        case (.identityDocument, .fr): return "Copie du passeport, du livret de famille ou acte de naissance intégral"
        case (.identityDocument, .en): return "Copy of the passport or the livret de famille, or the full birth certificate"
        case (.photo, .fr): return "Photo récente"
        case (.photo, .en): return "Recent photo"
        case (.letterheadList, .fr): return "Liste alphabétique des élèves sur papier à en-tête de l'établissement"
        case (.letterheadList, .en): return "Alphabetical list of the pupils on the school's letterhead"
        case (.headAttestation, .fr): return "Attestation du chef d'établissement (dates, lieu du séjour, accompagnateurs, enseignant responsable)"
        case (.headAttestation, .en): return "The head's attestation (dates, place of stay, accompanying adults, teacher in charge)"
        }
    }
}
