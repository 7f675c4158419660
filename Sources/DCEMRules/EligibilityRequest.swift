import Foundation

/// Who files the application (docs/eligibility.md#request: `applicant.role`).
public enum ApplicantRole: String, CaseIterable, Sendable {
    case parent
    case thirdPartyAuthority = "third-party-authority"
    case mandatary
    case legalPersonRepresentative = "legal-person-representative"
}

/// The child's international protection (`child.protection`).
public enum Protection: String, CaseIterable, Sendable {
    case refugee
    case subsidiaryProtection = "subsidiary-protection"
}

/// The visa the child entered France with (`child.entry.visa`).
public enum VisaKind: String, CaseIterable, Sendable {
    case longStayVisitor = "long-stay-visitor"
    case longStayFamilyOfFrench = "long-stay-family-of-french"
    case longStayAdoption = "long-stay-adoption"
    case familyReunification = "family-reunification"
    case other
}

/// The kind of a parent's residence permit (`residencePermit.kind`).
public enum PermitKind: String, CaseIterable, Sendable {
    case temporary
    case multiYear = "multi-year"
    case resident
}

/// The mentions of a short permit (ruling 3), as codes. The first eight go with a temporary
/// card, the last with a multi-year card.
public enum ShortPermitMention: String, CaseIterable, Sendable {
    case visiteur
    case etudiant
    case stagiaire
    case stagiaireICT = "stagiaire-ict"
    case rechercheEmploiCreationEntreprise = "recherche-emploi-creation-entreprise"
    case travailleurTemporaire = "travailleur-temporaire"
    case vpfSante = "vpf-sante"
    case vpfVictimeTraite = "vpf-victime-traite"
    case salarieDetacheICT = "salarie-detache-ict"

    /// Ruling 3: a card is short when it is temporary with one of the eight temporary mentions,
    /// or multi-year with `salarie-detache-ict`.
    @inlinable public func makesShort(_ kind: PermitKind) -> Bool {
        switch kind {
        case .temporary: return self != .salarieDetacheICT
        case .multiYear: return self == .salarieDetacheICT
        case .resident: return false
        }
    }

    /// Source of the list of short permits.
    public static let basis = LegalReference(LegalReference.law2018, ruling: 3, sources: [.migrantsRights2022])

    /// Mentions are compared lower-cased, without accents, spaces as hyphens
    /// ("Étudiant" = "etudiant"); leading and trailing spaces are ignored and a run of spaces is
    /// one hyphen.
    public static func normalise(_ mention: String) -> String {
        var out = ""
        var pendingHyphen = false
        // ASCII needs no decomposition (Foundation's is slow on Linux).
        let text = mention.utf8.allSatisfy { $0 < 0x80 } ? mention : mention.decomposedStringWithCanonicalMapping
        for scalar in text.lowercased().unicodeScalars {
            switch scalar.value {
            case 0x300...0x36F: continue                    // combining accents
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0:               // spaces
                if !out.isEmpty { pendingHyphen = true }
            default:
                if pendingHyphen { out.unicodeScalars.append("-"); pendingHyphen = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// A parent's residence permit (`parents[i].residencePermit`).
public struct ResidencePermit: Hashable, Sendable {
    public var kind: PermitKind
    /// The mention as written on the card (free text), or nil.
    public var mention: String? {
        didSet { shortMention = mention.flatMap { ShortPermitMention(rawValue: ShortPermitMention.normalise($0)) } }
    }
    public var expires: CivilDate
    /// Expiry of the récépissé of a pending renewal, if any (the 2018 page accepts it as proof).
    public var renewalReceiptExpires: CivilDate?
    /// The mention read as a short-permit code, computed once here so `evaluate` never
    /// normalises text.
    public private(set) var shortMention: ShortPermitMention?

    public init(kind: PermitKind, mention: String? = nil, expires: CivilDate, renewalReceiptExpires: CivilDate? = nil) {
        self.kind = kind
        self.mention = mention
        self.expires = expires
        self.renewalReceiptExpires = renewalReceiptExpires
        shortMention = mention.flatMap { ShortPermitMention(rawValue: ShortPermitMention.normalise($0)) }
    }

    /// A permit counts only if `expires` is on or after `date` (docs/eligibility.md#request),
    /// or when a renewal receipt is valid on `date`.
    @inlinable public func isValid(on date: CivilDate) -> Bool {
        if expires >= date { return true }
        if let receipt = renewalReceiptExpires, receipt >= date { return true }
        return false
    }

    /// Ruling 3: temporary + one of the eight mentions, or multi-year + salarié détaché ICT.
    @inlinable public var isShort: Bool { shortMention?.makesShort(kind) ?? false }
}

/// How the child entered France (`child.entry`).
public struct Entry: Hashable, Sendable {
    public var date: CivilDate
    public var visa: VisaKind
    public var regular: Bool

    public init(date: CivilDate, visa: VisaKind, regular: Bool = true) {
        self.date = date
        self.visa = visa
        self.regular = regular
    }
}

/// The child the DCEM is for.
public struct Child: Hashable, Sendable {
    public var birthDate: CivilDate
    public var nationalities: [Country]
    /// A stateless child may have no nationality.
    public var stateless: Bool
    public var bornInFrance: Bool
    public var residesInFrance: Bool
    public var holdsResidencePermit: Bool
    public var protection: Protection?
    public var aseCustodyDate: CivilDate?
    /// nil for a child born in France or when not known.
    public var entry: Entry?

    public init(birthDate: CivilDate, nationalities: [Country], stateless: Bool = false,
                bornInFrance: Bool = false, residesInFrance: Bool = true, holdsResidencePermit: Bool = false,
                protection: Protection? = nil, aseCustodyDate: CivilDate? = nil, entry: Entry? = nil) {
        self.birthDate = birthDate
        self.nationalities = nationalities
        self.stateless = stateless
        self.bornInFrance = bornInFrance
        self.residesInFrance = residesInFrance
        self.holdsResidencePermit = holdsResidencePermit
        self.protection = protection
        self.aseCustodyDate = aseCustodyDate
        self.entry = entry
    }
}

/// One of the child's parents (one or two).
public struct Parent: Hashable, Sendable {
    public var nationalities: [Country]
    public var stateless: Bool
    /// Acquired French nationality: counts as holding FR (docs/law.md#the-grounds).
    public var acquiredFrenchNationality: Bool
    public var residencePermit: ResidencePermit?
    /// Since when the parent is established in France (rule 6), if known.
    public var inFranceSince: CivilDate?

    public init(nationalities: [Country], stateless: Bool = false, acquiredFrenchNationality: Bool = false,
                residencePermit: ResidencePermit? = nil, inFranceSince: CivilDate? = nil) {
        self.nationalities = nationalities
        self.stateless = stateless
        self.acquiredFrenchNationality = acquiredFrenchNationality
        self.residencePermit = residencePermit
        self.inFranceSince = inFranceSince
    }

    /// Holds French nationality: FR among the nationalities, or acquired.
    @inlinable public var isFrench: Bool { acquiredFrenchNationality || nationalities.containsFrance() }

    /// Holds an EEA or Swiss nationality on `date`, French included (rulings 1 and 5).
    @inlinable public func isEEAOrSwiss(on date: CivilDate) -> Bool {
        acquiredFrenchNationality || nationalities.containsEEAOrSwiss(on: date)
    }

    /// Ruling 6: `inFranceSince` + 3 months ≤ `date`.
    @inlinable public func isEstablished(on date: CivilDate) -> Bool {
        guard let since = inFranceSince else { return false }
        return since.adding(months: Parameters.establishedMonths.value) <= date
    }
}

/// The child's step-parent (spouse of a parent), if any.
public struct StepParent: Hashable, Sendable {
    public var nationalities: [Country]
    public var stateless: Bool

    public init(nationalities: [Country], stateless: Bool = false) {
        self.nationalities = nationalities
        self.stateless = stateless
    }
}

/// The person filing the application.
public struct Applicant: Hashable, Sendable {
    public var role: ApplicantRole
    /// Index in `parents` when the role is `parent`.
    public var parentIndex: Int
    /// The applicant's own nationalities, when given; otherwise those of the parent the
    /// applicant is (documents: `applicant-residence-permit`).
    public var nationalities: [Country]?

    public init(role: ApplicantRole = .parent, parentIndex: Int = 0, nationalities: [Country]? = nil) {
        self.role = role
        self.parentIndex = parentIndex
        self.nationalities = nationalities
    }
}

/// An eligibility question: the JSON contract's request, typed.
public struct EligibilityRequest: Hashable, Sendable {
    /// The evaluation (filing) day; nil means "today", which the caller resolves in the
    /// département's zone before calling `Eligibility.evaluate`.
    public var date: CivilDate?
    public var residence: Departement
    public var applicant: Applicant
    public var child: Child
    /// One or two parents.
    public var parents: [Parent]
    public var stepParent: StepParent?

    public init(date: CivilDate? = nil, residence: Departement, applicant: Applicant = Applicant(),
                child: Child, parents: [Parent], stepParent: StepParent? = nil) {
        self.date = date
        self.residence = residence
        self.applicant = applicant
        self.child = child
        self.parents = parents
        self.stepParent = stepParent
    }
}
