import DCEMCase
import DCEMRules
import Foundation

/// The situation profile chosen at the start (issue 3): it frames the questions and the help
/// shown; the rules decide from the answers, never from the profile.
enum SituationProfile: String, Codable, Sendable, CaseIterable {
    case nonEuropeanParentWithPermit = "non-eu-parent-permit"
    case europeanParentWithPermit = "eu-parent-permit"
    case europeanWithoutPermit = "eu-no-permit"
    case legalPersonRepresentative = "legal-person"
}

/// The child's identity, as written on the passport or birth certificate.
struct ChildIdentity: Codable, Sendable, Equatable {
    var surname: String
    var givenNames: String
    /// `F`, `M`.
    var sex: String
    var birthPlace: String
    var birthCountry: String
    var nationality: String
    var passportNumber: String
    var passportExpires: DateAnswer?
}

/// A parent's identity.
struct ParentIdentity: Codable, Sendable, Equatable {
    var surname: String
    var givenNames: String
    var birthDate: DateAnswer?
    var nationality: String
}

/// The person filing, beyond their role (which is a rules answer, in the situation).
struct ApplicantDetails: Codable, Sendable, Equatable {
    var phone: String
    /// For a third party, a mandatary or a legal person's representative: who they are.
    var surname: String
    var givenNames: String
    /// A legal person's name (the département's ASE, an association).
    var organisation: String
}

/// The child's home: it gives the competent préfecture.
struct PostalAddress: Codable, Sendable, Equatable {
    var line1: String
    var line2: String
    var postalCode: String
    var city: String
    /// Settled from the postal code when the address is saved.
    var departement: String
}

/// Everything the family answered. The eligibility questions are the simulator's own
/// (`SimulatorAnswers`, walked by `SimulatorFlow`), so no rule is asked or written twice.
struct DossierAnswers: Codable, Sendable, Equatable {
    var situation = SimulatorAnswers()
    var child: ChildIdentity?
    var parents: [ParentIdentity] = []
    var applicant: ApplicantDetails?
    var address: PostalAddress?
    /// For civil-status slots: is the document in a foreign language (then a sworn translation is asked, rule 15)?
    var foreignLanguage: [String: Bool] = [:]

    init() {}
}

/// What the préfecture decided and arranged, as the family sees it. Written by the back office.
struct DossierOutcome: Codable, Sendable, Equatable {
    struct DocumentRequest: Codable, Sendable, Equatable {
        var codes: [String]
        var why: String
        var replyBy: String
        var askedOn: String
        var answeredOn: String?
    }
    struct Convocation: Codable, Sendable, Equatable {
        var place: String
        /// ISO day and "HH:MM", in the préfecture's zone.
        var day: String
        var time: String
        var feeEUR: Int
        var exempt: Bool
        var sentOn: String
    }
    struct Postponement: Codable, Sendable, Equatable {
        var reason: String
        var proposedDates: String
        var requestedOn: String
        /// Once the préfecture answered.
        var answer: PostponementAnswer?
        var declinedReason: String?
    }

    var request: DocumentRequest?
    var decision: CaseDecision?
    var validFrom: String?
    var validUntil: String?
    var voidAfter: String?
    var territory: String?
    var dcemNumber: String?
    /// `RefusalReason` codes; a case refused before they were codes may hold the French sentence.
    var refusalReasons: [String] = []
    var refusalText: String?
    var convocation: Convocation?
    var postponement: Postponement?
    /// The child's foreigner number, given at the grant when it had none.
    var childForeignerNumber: String?

    init() {}

    var storedRefusalReasons: [StoredRefusalReason] { refusalReasons.map(StoredRefusalReason.init(stored:)) }
}

extension DossierAnswers {
    /// These answers with the parts that `changed` holds differently from `base` taken from it: a
    /// save made on `base` replayed on a newer version without undoing what another save wrote.
    func applying(_ changed: DossierAnswers, changedFrom base: DossierAnswers) -> DossierAnswers {
        var merged = self
        if changed.situation != base.situation { merged.situation = changed.situation }
        if changed.child != base.child { merged.child = changed.child }
        if changed.parents != base.parents { merged.parents = changed.parents }
        if changed.applicant != base.applicant { merged.applicant = changed.applicant }
        if changed.address != base.address { merged.address = changed.address }
        for code in Set(changed.foreignLanguage.keys).union(base.foreignLanguage.keys) where changed.foreignLanguage[code] != base.foreignLanguage[code] {
            merged.foreignLanguage[code] = changed.foreignLanguage[code]
        }
        return merged
    }
}
