/// The legal grounds on which a DCEM is granted (docs/law.md#the-grounds), in the order the
/// contract lists their codes — which is the order of every `grounds` list.
public enum Ground: String, CaseIterable, Sendable {
    case parentResidencePermit = "parent-residence-permit"
    case eeaParent = "eea-parent"
    case eeaStepParent = "eea-step-parent"
    case parentNaturalisedFrench = "parent-naturalised-french"
    case visaChildOfFrenchOrAdopted = "visa-child-of-french-or-adopted"
    case aseBefore16 = "ase-before-16"
    case internationalProtection = "international-protection"
    case visitorVisaBefore13 = "visitor-visa-before-13"

    /// Position in the contract's order (0…7).
    @inlinable public var position: Int {
        switch self {
        case .parentResidencePermit: return 0
        case .eeaParent: return 1
        case .eeaStepParent: return 2
        case .parentNaturalisedFrench: return 3
        case .visaChildOfFrenchOrAdopted: return 4
        case .aseBefore16: return 5
        case .internationalProtection: return 6
        case .visitorVisaBefore13: return 7
        }
    }

    /// The grounds in contract order, indexable by `position`.
    public static let ordered: [Ground] = allCases

    /// The article the ground applies (the `legalBasis` of the JSON contract) with its sources.
    public var legalBasis: LegalReference {
        switch self {
        case .parentResidencePermit: return Ground.bases.parentResidencePermit
        case .eeaParent: return Ground.bases.eeaParent
        case .eeaStepParent: return Ground.bases.eeaStepParent
        case .parentNaturalisedFrench: return Ground.bases.parentNaturalisedFrench
        case .visaChildOfFrenchOrAdopted: return Ground.bases.visa
        case .aseBefore16: return Ground.bases.ase
        case .internationalProtection: return Ground.bases.protection
        case .visitorVisaBefore13: return Ground.bases.visitor
        }
    }

    /// Ruling 9: the extra condition of the `parent-residence-permit` ground in Mayotte.
    public static let mayotteConditionBasis = LegalReference(
        LegalReference.law2018 + " (Mayotte)", ruling: 9, sources: [.servicePublic2022, .migrantsRights2022])

    struct Bases: Sendable {
        let parentResidencePermit, eeaParent, eeaStepParent, parentNaturalisedFrench, visa, ase, protection, visitor: LegalReference
    }

    static let bases: Bases = {
        let all: [Source] = [.refugeesInfo2022, .servicePublic2022, .migrantsRights2022]
        let c = LegalReference.ceseda4144
        return Bases(
            parentResidencePermit: LegalReference(c, sources: all),
            eeaParent: LegalReference(c, ruling: 6, sources: all),
            eeaStepParent: LegalReference(c, ruling: 6, sources: all),
            parentNaturalisedFrench: LegalReference(c, sources: all),
            visa: LegalReference(c, sources: all),
            ase: LegalReference(c, ruling: 7, sources: all),
            protection: LegalReference(c, sources: all),
            visitor: LegalReference(c, ruling: 8, sources: all))
    }()
}

/// A set of grounds as a bit mask (bit = `position`): no allocation in `evaluate`.
public struct GroundSet: Hashable, Sendable, Sequence {
    public private(set) var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public init(_ ground: Ground) { rawValue = 1 << UInt8(ground.position) }
    public init() { rawValue = 0 }

    public init<S: Sequence>(_ grounds: S) where S.Element == Ground {
        var raw: UInt8 = 0
        for g in grounds { raw |= 1 << UInt8(g.position) }
        rawValue = raw
    }

    @inlinable public func contains(_ ground: Ground) -> Bool { rawValue & (1 << UInt8(ground.position)) != 0 }
    public mutating func insert(_ ground: Ground) { rawValue |= 1 << UInt8(ground.position) }
    @inlinable public var isEmpty: Bool { rawValue == 0 }
    @inlinable public var count: Int { rawValue.nonzeroBitCount }

    /// In contract order.
    public func makeIterator() -> AnyIterator<Ground> {
        var rest = rawValue
        return AnyIterator {
            guard rest != 0 else { return nil }
            let i = rest.trailingZeroBitCount
            rest &= rest - 1
            return Ground.ordered[i]
        }
    }

    /// The grounds in contract order, as an array.
    public var grounds: [Ground] {
        var out: [Ground] = []
        out.reserveCapacity(count)
        var rest = rawValue
        while rest != 0 {
            out.append(Ground.ordered[rest.trailingZeroBitCount])
            rest &= rest - 1
        }
        return out
    }
}

/// The checks of each ground against the request (docs/law.md#the-grounds gives each in
/// short). Every check assumes a minor residing in France; `Eligibility` checks that first.
enum GroundChecks {
    /// What the checks need, computed once per evaluation.
    struct Context {
        let request: EligibilityRequest
        let date: CivilDate
        /// Birthdays of the child (ruling 18 clamping).
        let thirteenth: CivilDate
        let sixteenth: CivilDate

        init(_ request: EligibilityRequest, on date: CivilDate) {
            self.request = request
            self.date = date
            let birth = request.child.birthDate
            thirteenth = birth.adding(years: Parameters.visitorVisaAge.value)
            sixteenth = birth.adding(years: Parameters.aseAge.value)
        }
    }

    /// nil when `ground` applies; otherwise the first condition it lacks.
    static func missing(_ ground: Ground, _ c: Context) -> MissingCondition? {
        let r = c.request, d = c.date, child = r.child
        switch ground {
        case .parentResidencePermit:
            // A parent's permit with `expires` ≥ date, or a renewal receipt valid on date.
            var held = false
            for p in r.parents where p.residencePermit?.isValid(on: d) == true { held = true; break }
            guard held else { return .noValidParentPermit }
            // Ruling 9 (Mayotte): also born in France, or a regular entry before 13 other than
            // family reunification.
            if r.residence.isMayotte && !child.bornInFrance {
                guard let e = child.entry, e.regular, e.visa != .familyReunification,
                      e.date < child.birthDate.adding(years: Parameters.mayotteEntryAge.value)
                else { return .mayotteBirthOrEarlyEntry }
            }
            return nil

        case .eeaParent:
            // Rulings 1, 5, 6: the same parent is EEA/Swiss/French and established > 3 months.
            var anyEEA = false
            for p in r.parents where p.isEEAOrSwiss(on: d) {
                if p.isEstablished(on: d) { return nil }
                anyEEA = true
            }
            return anyEEA ? .eeaParentNotEstablished : .noEEAParent

        case .eeaStepParent:
            guard let step = r.stepParent, step.nationalities.containsEEAOrSwiss(on: d) else {
                return .noEEAStepParent
            }
            for p in r.parents where p.isEstablished(on: d) { return nil }
            return .noParentEstablished

        case .parentNaturalisedFrench:
            for p in r.parents where p.acquiredFrenchNationality { return nil }
            return .noNaturalisedParent

        case .visaChildOfFrenchOrAdopted:
            guard let e = child.entry, e.visa == .longStayFamilyOfFrench || e.visa == .longStayAdoption else {
                return .noFamilyOrAdoptionVisa
            }
            return e.regular ? nil : .irregularEntry

        case .aseBefore16:
            // Ruling 7: on or before the 16th birthday.
            guard let custody = child.aseCustodyDate else { return .noASECustody }
            return custody <= c.sixteenth ? nil : .aseCustodyAfter16

        case .internationalProtection:
            return child.protection == nil ? .noProtection : nil

        case .visitorVisaBefore13:
            // Ruling 8: entered with a long-stay visitor visa before the 13th birthday.
            guard let e = child.entry, e.visa == .longStayVisitor else { return .noVisitorVisa }
            return e.date < c.thirteenth ? nil : .visitorVisaEntryAfter13
        }
    }

    /// For documents: the `eea-parent` ground holds through a French parent
    /// (docs/eligibility.md#documents: proof of French nationality for a French parent, read as
    /// "a parent who satisfies the ground is French").
    static func eeaParentIsFrench(_ request: EligibilityRequest, on date: CivilDate) -> Bool {
        for p in request.parents where p.isFrench && p.isEstablished(on: date) { return true }
        return false
    }
}
