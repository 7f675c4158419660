import DCEMRules

/// A date as the visitor typed it in the three inputs (day, month, year), kept as typed so that
/// "Modifier" shows it back exactly; `civil` reads it.
struct DateAnswer: Codable, Sendable, Equatable {
    var day: String
    var month: String
    var year: String

    init(day: String, month: String, year: String) {
        self.day = day
        self.month = month
        self.year = year
    }

    init(_ date: CivilDate) {
        self.init(day: String(date.day), month: String(date.month), year: String(date.year))
    }

    /// The day these inputs name, or nil when they do not name a day that exists.
    var civil: CivilDate? {
        guard let d = Int(day.trimmingCharacters(in: .whitespaces)),
              let m = Int(month.trimmingCharacters(in: .whitespaces)),
              let y = Int(year.trimmingCharacters(in: .whitespaces)),
              year.trimmingCharacters(in: .whitespaces).count == 4 else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }
}

enum YesNo: String, Codable, Sendable, CaseIterable {
    case yes, no
}

/// The child's nationality, as a category: the outcome depends only on the category.
enum ChildNationalityAnswer: String, Codable, Sendable, CaseIterable {
    /// French, dual nationals included.
    case french
    /// A citizen of an EU or EEA state or of Switzerland.
    case european
    case other
    case stateless
}

/// A parent's nationality, as a category.
enum ParentNationalityAnswer: String, Codable, Sendable, CaseIterable {
    case frenchByBirth = "french"
    case naturalised
    case european
    case other
    case stateless

    /// French or European: the parent is asked since when they live in France (ground `eea-parent`),
    /// not about a residence permit.
    var isEuropean: Bool { self == .frenchByBirth || self == .naturalised || self == .european }
}

/// The kind of residence permit a non-European parent holds.
enum PermitAnswer: String, Codable, Sendable, CaseIterable {
    case temporary
    case multiYear = "multi-year"
    case resident
    case noPermit = "none"

    var kind: PermitKind? {
        switch self {
        case .temporary: .temporary
        case .multiYear: .multiYear
        case .resident: .resident
        case .noPermit: nil
        }
    }
}

/// The child's international protection; "I don't know" leads to guidance on the result page.
enum ProtectionAnswer: String, Codable, Sendable, CaseIterable {
    case refugee
    case subsidiary
    case noProtection = "none"
    case unknown

    var protection: Protection? {
        switch self {
        case .refugee: .refugee
        case .subsidiary: .subsidiaryProtection
        case .noProtection, .unknown: nil
        }
    }
}

/// How the child came to France.
enum ArrivalAnswer: String, Codable, Sendable, CaseIterable {
    case bornInFrance = "born-in-france"
    case visitor
    case familyOfFrench = "family-of-french"
    case adoption
    case familyReunification = "family-reunification"
    case other
    case unknown

    var visa: VisaKind? {
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
enum RegularAnswer: String, Codable, Sendable, CaseIterable {
    case yes, no, unknown
}

/// The answers about one parent.
struct ParentAnswers: Codable, Sendable, Equatable {
    var nationality: ParentNationalityAnswer?
    var livesInFrance: YesNo?
    var inFranceSince: DateAnswer?
    var permit: PermitAnswer?
    /// A `ShortPermitMention` raw value, or `SimulatorAnswers.otherMention`.
    var mention: String?
    var permitExpires: DateAnswer?
    var hasReceipt: YesNo?
    var receiptExpires: DateAnswer?

    init() {}
}

/// The simulator's answers so far, kept in the visitor's session (all optional: a visitor may
/// stop anywhere). Answers to questions that later became irrelevant stay here, unused: the flow
/// reads only the answers on the current path (`SimulatorFlow.walk`), so going back and changing
/// an answer never lets a stale one leak into the result.
struct SimulatorAnswers: Codable, Sendable, Equatable {
    /// The mention code for "another mention" (a card that is not short).
    static let otherMention = "autre"

    var childNationality: ChildNationalityAnswer?
    var childHasPermit: YesNo?
    var childBirth: DateAnswer?
    var childLivesInFrance: YesNo?
    var departement: String?
    var parentCount: Int?
    var parent1: ParentAnswers?
    var parent2: ParentAnswers?
    var stepParentEuropean: YesNo?
    var stepParentParentSince: DateAnswer?
    var applicant: ApplicantAnswer?
    var applicantParent: Int?
    var applicantEuropean: YesNo?
    var protection: ProtectionAnswer?
    var ase: YesNo?
    var aseDate: DateAnswer?
    var arrival: ArrivalAnswer?
    var arrivalDate: DateAnswer?
    var arrivalRegular: RegularAnswer?

    init() {}

    /// The answers about parent `index` (0 or 1), empty when none yet.
    func parent(_ index: Int) -> ParentAnswers {
        (index == 0 ? parent1 : parent2) ?? ParentAnswers()
    }

    mutating func updateParent(_ index: Int, _ change: (inout ParentAnswers) -> Void) {
        var answers = parent(index)
        change(&answers)
        if index == 0 { parent1 = answers } else { parent2 = answers }
    }
}

/// Who applies: the four roles of the contract.
enum ApplicantAnswer: String, Codable, Sendable, CaseIterable {
    case parent
    case thirdPartyAuthority = "third-party-authority"
    case mandatary
    case legalPersonRepresentative = "legal-person-representative"

    var role: ApplicantRole {
        switch self {
        case .parent: .parent
        case .thirdPartyAuthority: .thirdPartyAuthority
        case .mandatary: .mandatary
        case .legalPersonRepresentative: .legalPersonRepresentative
        }
    }
}

/// The questions of the simulator, each with its address (`/simulateur/question/<id>`).
enum SimulatorQuestion: Hashable, Sendable {
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
    var id: String {
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
    static let all: [SimulatorQuestion] = {
        var all: [SimulatorQuestion] = [.childNationality, .childPermit, .childBirth, .childResidence, .departement, .parentCount]
        for i in 0..<2 {
            all += [.parentNationality(i), .parentLivesInFrance(i), .parentSince(i), .parentPermit(i), .parentMention(i),
                    .parentExpiry(i), .parentReceipt(i), .parentReceiptExpiry(i)]
        }
        all += [.stepParent, .stepParentSince, .applicant, .applicantParent, .applicantNationality, .protection, .ase, .aseDate,
                .arrival, .arrivalDate, .arrivalRegular]
        return all
    }()

    private static let byID: [String: SimulatorQuestion] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    init?(id: String) {
        guard let question = Self.byID[id] else { return nil }
        self = question
    }

    /// The parent a question is about, if any.
    var parentIndex: Int? {
        switch self {
        case .parentNationality(let i), .parentLivesInFrance(let i), .parentSince(let i), .parentPermit(let i),
             .parentMention(let i), .parentExpiry(let i), .parentReceipt(let i), .parentReceiptExpiry(let i): i
        default: nil
        }
    }

    var url: SiteURL { .simulatorQuestion(id) }
}
