/// Why an application is not eligible or not concerned (docs/eligibility.md#reasons), in
/// contract order.
public enum ReasonCode: String, CaseIterable, Sendable {
    // not-concerned (ruling 4)
    case frenchNational = "french-national"
    case eeaNational = "eea-national"
    case holdsResidencePermit = "holds-residence-permit"
    // not-eligible
    case adult
    case notResident = "not-resident"
    case noGround = "no-ground"

    public var legalBasis: LegalReference {
        switch self {
        case .frenchNational, .eeaNational, .holdsResidencePermit: return ReasonCode.bases.notConcerned
        case .adult: return ReasonCode.bases.adult
        case .notResident: return ReasonCode.bases.notResident
        case .noGround: return ReasonCode.bases.noGround
        }
    }

    /// What the child should use instead of a DCEM (not-concerned reasons only).
    public var alternative: Alternative? {
        switch self {
        case .frenchNational: return .frenchIdentityDocument
        case .eeaNational: return .nationalIdentityDocument
        case .holdsResidencePermit: return .ownResidencePermit
        case .adult, .notResident, .noGround: return nil
        }
    }

    struct Bases: Sendable { let notConcerned, adult, notResident, noGround: LegalReference }
    static let bases = Bases(
        notConcerned: LegalReference(LegalReference.ceseda4144, ruling: 4,
                                     sources: [.refugeesInfo2022, .prefecture2018, .servicePublic2022]),
        adult: LegalReference(LegalReference.ceseda4144 + " (étranger mineur)", sources: [.refugeesInfo2022]),
        notResident: LegalReference(LegalReference.ceseda4144 + " (mineur résidant en France)",
                                    sources: [.refugeesInfo2022, .migrantsRights2022]),
        noGround: LegalReference(LegalReference.ceseda4144, sources: [.refugeesInfo2022, .servicePublic2022, .migrantsRights2022]))
}

/// The document a not-concerned child uses instead (`useInstead`).
public enum Alternative: String, CaseIterable, Sendable {
    case frenchIdentityDocument = "french-identity-document"
    case nationalIdentityDocument = "national-identity-document"
    case ownResidencePermit = "own-residence-permit"
}

/// What a ground lacked, for a `no-ground` answer (one per ground).
public enum MissingCondition: String, CaseIterable, Sendable {
    case noValidParentPermit = "no-valid-parent-permit"
    case mayotteBirthOrEarlyEntry = "mayotte-birth-or-early-entry"
    case noEEAParent = "no-eea-parent"
    case eeaParentNotEstablished = "eea-parent-not-established"
    case noEEAStepParent = "no-eea-step-parent"
    case noParentEstablished = "no-parent-established"
    case noNaturalisedParent = "no-naturalised-parent"
    case noFamilyOrAdoptionVisa = "no-family-or-adoption-visa"
    case irregularEntry = "irregular-entry"
    case noASECustody = "no-ase-custody"
    case aseCustodyAfter16 = "ase-custody-after-16"
    case noProtection = "no-protection"
    case noVisitorVisa = "no-visitor-visa"
    case visitorVisaEntryAfter13 = "visitor-visa-entry-after-13"

    /// The ground this condition belongs to.
    public var ground: Ground {
        switch self {
        case .noValidParentPermit, .mayotteBirthOrEarlyEntry: return .parentResidencePermit
        case .noEEAParent, .eeaParentNotEstablished: return .eeaParent
        case .noEEAStepParent, .noParentEstablished: return .eeaStepParent
        case .noNaturalisedParent: return .parentNaturalisedFrench
        case .noFamilyOrAdoptionVisa, .irregularEntry: return .visaChildOfFrenchOrAdopted
        case .noASECustody, .aseCustodyAfter16: return .aseBefore16
        case .noProtection: return .internationalProtection
        case .noVisitorVisa, .visitorVisaEntryAfter13: return .visitorVisaBefore13
        }
    }
}

/// One ground of a `no-ground` answer and what it lacked.
public struct MissingGround: Hashable, Sendable {
    public let ground: Ground
    public let condition: MissingCondition

    public init(ground: Ground, condition: MissingCondition) {
        self.ground = ground
        self.condition = condition
    }
}

/// One reason of a not-eligible or not-concerned outcome.
public struct Reason: Hashable, Sendable {
    public let code: ReasonCode
    /// For `no-ground`: one entry per ground, in contract order. Empty otherwise.
    public let missing: [MissingGround]
    /// For a not-concerned reason: the document to use instead.
    public let useInstead: Alternative?

    public init(code: ReasonCode, missing: [MissingGround] = []) {
        self.code = code
        self.missing = missing
        useInstead = code.alternative
    }

    public var legalBasis: LegalReference { code.legalBasis }
}
