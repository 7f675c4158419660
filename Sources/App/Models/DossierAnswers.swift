import DCEMDossier
import DCEMRules
import Foundation

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
        /// The family's details ("mornings only"); before the first day was asked as a date, the
        /// days they proposed, as typed.
        var proposedDates: String
        /// The first day the family can come (ISO); absent in requests made before it was asked.
        var availableFrom: String?
        var requestedOn: String
        /// Once the préfecture answered.
        var answer: PostponementAnswer?
        var declinedReason: String?
    }

    var request: DocumentRequest?
    var decision: DossierDecision?
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
