import DCEMRules
import Foundation

/// A date as the visitor typed it in the three inputs (day, month, year), kept as typed so that
/// "Modifier" shows it back exactly; `civil` reads it.
public struct DateAnswer: Codable, Sendable, Equatable {
    public var day: String
    public var month: String
    public var year: String

    public init(day: String, month: String, year: String) {
        self.day = day
        self.month = month
        self.year = year
    }

    public init(_ date: CivilDate) {
        self.init(day: String(date.day), month: String(date.month), year: String(date.year))
    }

    /// The day these inputs name, or nil when they do not name a day that exists.
    public var civil: CivilDate? {
        guard let d = Int(day.trimmingCharacters(in: .whitespaces)),
              let m = Int(month.trimmingCharacters(in: .whitespaces)),
              let y = Int(year.trimmingCharacters(in: .whitespaces)),
              year.trimmingCharacters(in: .whitespaces).count == 4 else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }
}

public enum YesNo: String, Codable, Sendable, CaseIterable {
    case yes, no
}

/// The child's nationality, as a category: the outcome depends only on the category.
public enum ChildNationalityAnswer: String, Codable, Sendable, CaseIterable {
    /// French, dual nationals included.
    case french
    /// A citizen of an EU or EEA state or of Switzerland.
    case european
    case other
    case stateless
}

/// A parent's nationality, as a category.
public enum ParentNationalityAnswer: String, Codable, Sendable, CaseIterable {
    case frenchByBirth = "french"
    case naturalised
    case european
    case other
    case stateless

    /// French or European: the parent is asked since when they live in France (ground `eea-parent`),
    /// not about a residence permit.
    public var isEuropean: Bool { self == .frenchByBirth || self == .naturalised || self == .european }
}

/// The kind of residence permit a non-European parent holds.
public enum PermitAnswer: String, Codable, Sendable, CaseIterable {
    case temporary
    case multiYear = "multi-year"
    case resident
    case noPermit = "none"

    public var kind: PermitKind? {
        switch self {
        case .temporary: .temporary
        case .multiYear: .multiYear
        case .resident: .resident
        case .noPermit: nil
        }
    }
}

/// The child's international protection; "I don't know" leads to guidance on the result page.
public enum ProtectionAnswer: String, Codable, Sendable, CaseIterable {
    case refugee
    case subsidiary
    case noProtection = "none"
    case unknown

    public var protection: Protection? {
        switch self {
        case .refugee: .refugee
        case .subsidiary: .subsidiaryProtection
        case .noProtection, .unknown: nil
        }
    }
}

/// How the child came to France.
public enum ArrivalAnswer: String, Codable, Sendable, CaseIterable {
    case bornInFrance = "born-in-france"
    case visitor
    case familyOfFrench = "family-of-french"
    case adoption
    case familyReunification = "family-reunification"
    case other
    case unknown

    public var visa: VisaKind? {
        switch self {
        case .visitor: .longStayVisitor
        case .familyOfFrench: .longStayFamilyOfFrench
        case .adoption: .longStayAdoption
        case .familyReunification: .familyReunification
        case .other: .other
        case .bornInFrance, .unknown: nil
        }
    }
}

/// Whether the child entered France regularly (with the papers required at the border).
public enum RegularAnswer: String, Codable, Sendable, CaseIterable {
    case yes, no, unknown
}

/// The answers about one parent.
public struct ParentAnswers: Codable, Sendable, Equatable {
    public var nationality: ParentNationalityAnswer?
    public var livesInFrance: YesNo?
    public var inFranceSince: DateAnswer?
    public var permit: PermitAnswer?
    /// A `ShortPermitMention` raw value, or `SituationAnswers.otherMention`.
    public var mention: String?
    public var permitExpires: DateAnswer?
    public var hasReceipt: YesNo?
    public var receiptExpires: DateAnswer?

    public init() {}
}

/// The simulator's answers so far, kept in the visitor's session (all optional: a visitor may
/// stop anywhere). Answers to questions that later became irrelevant stay here, unused: the flow
/// reads only the answers on the current path (`SituationFlow.walk`), so going back and changing
/// an answer never lets a stale one leak into the result.
public struct SituationAnswers: Codable, Sendable, Equatable {
    /// The mention code for "another mention" (a card that is not short).
    public static let otherMention = "autre"

    public var childNationality: ChildNationalityAnswer?
    public var childHasPermit: YesNo?
    public var childBirth: DateAnswer?
    public var childLivesInFrance: YesNo?
    public var departement: String?
    public var parentCount: Int?
    public var parent1: ParentAnswers?
    public var parent2: ParentAnswers?
    public var stepParentEuropean: YesNo?
    public var stepParentParentSince: DateAnswer?
    public var applicant: ApplicantAnswer?
    public var applicantParent: Int?
    public var applicantEuropean: YesNo?
    public var protection: ProtectionAnswer?
    public var ase: YesNo?
    public var aseDate: DateAnswer?
    public var arrival: ArrivalAnswer?
    public var arrivalDate: DateAnswer?
    public var arrivalRegular: RegularAnswer?

    public init() {}

    /// The answers about parent `index` (0 or 1), empty when none yet.
    public func parent(_ index: Int) -> ParentAnswers {
        (index == 0 ? parent1 : parent2) ?? ParentAnswers()
    }

    public mutating func updateParent(_ index: Int, _ change: (inout ParentAnswers) -> Void) {
        var answers = parent(index)
        change(&answers)
        if index == 0 { parent1 = answers } else { parent2 = answers }
    }
}

/// Who applies: the four roles of the contract.
public enum ApplicantAnswer: String, Codable, Sendable, CaseIterable {
    case parent
    case thirdPartyAuthority = "third-party-authority"
    case mandatary
    case legalPersonRepresentative = "legal-person-representative"

    public var role: ApplicantRole {
        switch self {
        case .parent: .parent
        case .thirdPartyAuthority: .thirdPartyAuthority
        case .mandatary: .mandatary
        case .legalPersonRepresentative: .legalPersonRepresentative
        }
    }
}

/// The situation questions (the simulator's, and the application's situation section), each
/// with its address segment (`/simulateur/question/<id>`).
public enum SituationQuestion: Hashable, Sendable {
    case childNationality
    case childPermit
    case childBirth
    case childResidence
    case departement
    case parentCount
    case parentNationality(Int)
    case parentLivesInFrance(Int)
    case parentSince(Int)
    case parentPermit(Int)
    case parentMention(Int)
    case parentExpiry(Int)
    case parentReceipt(Int)
    case parentReceiptExpiry(Int)
    case stepParent
    case stepParentSince
    case applicant
    case applicantParent
    case applicantNationality
    case protection
    case ase
    case aseDate
    case arrival
    case arrivalDate
    case arrivalRegular

    /// The address segment (French, as the site's addresses are).
    public var id: String {
        switch self {
        case .childNationality: "nationalite-enfant"
        case .childPermit: "titre-de-sejour-enfant"
        case .childBirth: "naissance"
        case .childResidence: "vit-en-france"
        case .departement: "departement"
        case .parentCount: "nombre-de-parents"
        case .parentNationality(let i): "parent-\(i + 1)-nationalite"
        case .parentLivesInFrance(let i): "parent-\(i + 1)-en-france"
        case .parentSince(let i): "parent-\(i + 1)-arrivee"
        case .parentPermit(let i): "parent-\(i + 1)-titre"
        case .parentMention(let i): "parent-\(i + 1)-mention"
        case .parentExpiry(let i): "parent-\(i + 1)-expiration"
        case .parentReceipt(let i): "parent-\(i + 1)-recepisse"
        case .parentReceiptExpiry(let i): "parent-\(i + 1)-recepisse-expiration"
        case .stepParent: "beau-parent"
        case .stepParentSince: "beau-parent-arrivee"
        case .applicant: "demandeur"
        case .applicantParent: "demandeur-parent"
        case .applicantNationality: "demandeur-nationalite"
        case .protection: "protection"
        case .ase: "ase"
        case .aseDate: "ase-date"
        case .arrival: "arrivee"
        case .arrivalDate: "arrivee-date"
        case .arrivalRegular: "arrivee-reguliere"
        }
    }

    /// Every question, parents' ones for both parents: used to read an address back.
    public static let all: [SituationQuestion] = {
        var all: [SituationQuestion] = [.childNationality, .childPermit, .childBirth, .childResidence, .departement, .parentCount]
        for i in 0..<2 {
            all += [.parentNationality(i), .parentLivesInFrance(i), .parentSince(i), .parentPermit(i), .parentMention(i),
                    .parentExpiry(i), .parentReceipt(i), .parentReceiptExpiry(i)]
        }
        all += [.stepParent, .stepParentSince, .applicant, .applicantParent, .applicantNationality, .protection, .ase, .aseDate,
                .arrival, .arrivalDate, .arrivalRegular]
        return all
    }()

    private static let byID: [String: SituationQuestion] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public init?(id: String) {
        guard let question = Self.byID[id] else { return nil }
        self = question
    }

    /// The parent a question is about, if any.
    public var parentIndex: Int? {
        switch self {
        case .parentNationality(let i), .parentLivesInFrance(let i), .parentSince(let i), .parentPermit(let i),
             .parentMention(let i), .parentExpiry(let i), .parentReceipt(let i), .parentReceiptExpiry(let i): i
        default: nil
        }
    }
}
