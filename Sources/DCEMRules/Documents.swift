/// The documents an application may need (docs/eligibility.md#documents), in contract
/// order — which is the order of every `documents` list.
public enum DocumentCode: String, CaseIterable, Sendable {
    case applicantBirthCertificate = "applicant-birth-certificate"
    case applicantIdentity = "applicant-identity"
    case childIdentity = "child-identity"
    case filiation
    case parentalAuthorityProof = "parental-authority-proof"
    case habitualResidenceProof = "habitual-residence-proof"
    case addressProof = "address-proof"
    case childPhotos = "child-photos"
    case applicantResidencePermit = "applicant-residence-permit"
    case mandate
    case mandataryIdentity = "mandatary-identity"
    case mandatorAuthorityProof = "mandator-authority-proof"
    case authorityDelegationDecision = "authority-delegation-decision"
    case ofpraCndaDecision = "ofpra-cnda-decision"
    case asePlacementDecision = "ase-placement-decision"
    case longStayVisa = "long-stay-visa"
    case frenchNationalityProof = "french-nationality-proof"
    case visitorVisaAndEntryStamp = "visitor-visa-and-entry-stamp"
    case residenceSinceEntryProof = "residence-since-entry-proof"
    case parentResidencePermit = "parent-residence-permit"
    case birthInFranceProof = "birth-in-france-proof"
    case mayotteRegularEntryProof = "mayotte-regular-entry-proof"
    case eeaParentResidenceProof = "eea-parent-residence-proof"
    case cerfa11203 = "cerfa-11203"

    /// Which source lists the document.
    public var basis: LegalReference {
        switch self {
        case .childPhotos: return LegalReference("Règle du produit (photos de moins de 6 mois)", ruling: 14,
                                                 sources: [.refugeesInfo2022, .servicePublic2022])
        case .birthInFranceProof, .mayotteRegularEntryProof:
            return Ground.mayotteConditionBasis
        case .cerfa11203: return LegalReference("Formulaire cerfa n° 11203", sources: [.prefecture2018, .servicePublic2022])
        default: return DocumentCode.listBasis
        }
    }

    /// Ruling 15 (`docs/law.md#translations`): a civil-status document (acte d'état civil) in a
    /// foreign language needs its French translation by a sworn translator. The civil-status documents of the list are the
    /// applicant's birth certificate, the child's filiation (livret de famille or birth
    /// certificate) and the proofs of parental authority, the applicant's or the mandator's
    /// (a marriage certificate, a birth certificate showing the recognition: the sources list
    /// these). The proof of birth in France is a French civil-status record, so always in French;
    /// identity documents, permits, decisions and proofs of address are not civil-status records.
    public var isCivilStatus: Bool {
        switch self {
        case .applicantBirthCertificate, .filiation, .parentalAuthorityProof, .mandatorAuthorityProof: return true
        default: return false
        }
    }

    /// Where ruling 15 comes from.
    public static let translationBasis = LegalReference(
        "Actes d'état civil en langue étrangère : traduction par un traducteur interprète agréé", ruling: 15,
        sources: [.refugeesInfo2022, .prefecture2018, .servicePublic2022])

    /// The codes in contract order (a stored array, so loops over it never allocate).
    public static let ordered: [DocumentCode] = allCases

    static let listBasis = LegalReference("Liste des pièces justificatives (CESEDA D. 414-1 et s.)", ruling: 15,
                                          sources: [.refugeesInfo2022, .servicePublic2022, .prefecture2018])
}

/// What asks for a document: every application, the applicant's nationality, the applicant's
/// role, or a ground. The `why` text names it.
public enum DocumentRequester: Hashable, Sendable {
    /// Asked in every application (the base list).
    case everyApplication
    /// `applicant-residence-permit`: the applicant holds no EEA or Swiss nationality.
    case applicantNationality
    case role(ApplicantRole)
    case ground(Ground)
}

/// One document to provide, and what asked for it.
public struct RequiredDocument: Hashable, Sendable {
    public let code: DocumentCode
    public let askedBy: DocumentRequester

    public init(code: DocumentCode, askedBy: DocumentRequester) {
        self.code = code
        self.askedBy = askedBy
    }
}

/// The documents of an eligible case (docs/eligibility.md#documents): the base list, plus what the
/// applicant's role and each ground add. Built by walking the codes in contract order and
/// deciding each one, so the list is ordered and has no duplicates by construction; a document
/// asked for by several things names the first (base, applicant, role, then grounds in order).
public enum Documents {
    public static func required(for request: EligibilityRequest, grounds: GroundSet, on date: CivilDate) -> [RequiredDocument] {
        let facts = Facts(request: request, grounds: grounds, date: date)
        var out: [RequiredDocument] = []
        out.reserveCapacity(16)
        for code in DocumentCode.ordered {
            if let by = requester(code, facts) { out.append(RequiredDocument(code: code, askedBy: by)) }
        }
        return out
    }

    /// What the document rules look at, computed once per list.
    struct Facts {
        let role: ApplicantRole
        let grounds: GroundSet
        let applicantIsEEA: Bool
        let eeaParentIsFrench: Bool
        let mayotte: Bool
        let bornInFrance: Bool
        let familyOfFrenchVisa: Bool

        init(request: EligibilityRequest, grounds: GroundSet, date: CivilDate) {
            role = request.applicant.role
            self.grounds = grounds
            applicantIsEEA = role != .legalPersonRepresentative && Documents.applicantIsEEAOrSwiss(request, on: date)
            eeaParentIsFrench = grounds.contains(.eeaParent) && GroundChecks.eeaParentIsFrench(request, on: date)
            mayotte = request.residence.isMayotte
            bornInFrance = request.child.bornInFrance
            familyOfFrenchVisa = request.child.entry?.visa == .longStayFamilyOfFrench
        }
    }

    /// The applicant holds an EEA or Swiss nationality: `applicant.nationalities` when given,
    /// else those of the parent the applicant is (a parent who acquired French nationality is
    /// French); a non-parent without nationalities is not.
    public static func applicantIsEEAOrSwiss(_ request: EligibilityRequest, on date: CivilDate) -> Bool {
        let a = request.applicant
        var parent: Parent?
        if a.role == .parent, request.parents.indices.contains(a.parentIndex) { parent = request.parents[a.parentIndex] }
        if parent?.acquiredFrenchNationality == true { return true }
        if let own = a.nationalities { return own.containsEEAOrSwiss(on: date) }
        return parent?.isEEAOrSwiss(on: date) ?? false
    }

    static func requester(_ code: DocumentCode, _ f: Facts) -> DocumentRequester? {
        let role = f.role, g = f.grounds
        switch code {
        case .applicantIdentity, .childIdentity, .filiation, .habitualResidenceProof, .addressProof,
             .childPhotos, .cerfa11203:
            return .everyApplication
        case .applicantBirthCertificate:
            return role == .legalPersonRepresentative ? nil : .everyApplication
        case .applicantResidencePermit:
            return role == .legalPersonRepresentative || f.applicantIsEEA ? nil : .applicantNationality
        case .parentalAuthorityProof:
            return role == .parent ? .role(role) : nil
        case .mandate, .mandataryIdentity:
            return role == .mandatary || role == .legalPersonRepresentative ? .role(role) : nil
        case .mandatorAuthorityProof:
            return role == .mandatary ? .role(role) : nil
        case .authorityDelegationDecision:
            return role == .thirdPartyAuthority || role == .legalPersonRepresentative ? .role(role) : nil
        case .ofpraCndaDecision:
            return g.contains(.internationalProtection) ? .ground(.internationalProtection) : nil
        case .asePlacementDecision:
            return g.contains(.aseBefore16) ? .ground(.aseBefore16) : nil
        case .longStayVisa:
            return g.contains(.visaChildOfFrenchOrAdopted) ? .ground(.visaChildOfFrenchOrAdopted) : nil
        case .frenchNationalityProof:
            if f.eeaParentIsFrench { return .ground(.eeaParent) }
            if g.contains(.parentNaturalisedFrench) { return .ground(.parentNaturalisedFrench) }
            if g.contains(.visaChildOfFrenchOrAdopted) && f.familyOfFrenchVisa { return .ground(.visaChildOfFrenchOrAdopted) }
            return nil
        case .visitorVisaAndEntryStamp, .residenceSinceEntryProof:
            return g.contains(.visitorVisaBefore13) ? .ground(.visitorVisaBefore13) : nil
        case .parentResidencePermit:
            return g.contains(.parentResidencePermit) ? .ground(.parentResidencePermit) : nil
        case .birthInFranceProof:
            return g.contains(.parentResidencePermit) && f.mayotte && f.bornInFrance ? .ground(.parentResidencePermit) : nil
        case .mayotteRegularEntryProof:
            return g.contains(.parentResidencePermit) && f.mayotte && !f.bornInFrance ? .ground(.parentResidencePermit) : nil
        case .eeaParentResidenceProof:
            if g.contains(.eeaParent) { return .ground(.eeaParent) }
            if g.contains(.eeaStepParent) { return .ground(.eeaStepParent) }
            return nil
        }
    }
}
