import DCEMRules

/// What one line of a case's history records. A transition of the state machine is one kind
/// (`action`); the other kinds change no state. Stored as its `code`, whose spellings are the ones
/// already stored: a history written before stays readable.
public enum DossierEventKind: Hashable, Sendable {
    case action(DossierAction)
    case created
    case answersSaved
    /// Answers changed after filing, while the préfecture waits for documents.
    case answersCorrected
    case documentAdded
    case documentRemoved
    case documentVerdict
    case assigned
    case message
    /// An agent gave the family of a case filed at the counter its online access.
    case familyAccess
    /// A move of the DCEM the case issued (docs/states.md#the-issued-document): the document's
    /// history is its case's, in the same chain.
    case issuedDocument(IssuedDocumentAction)
    /// The family presented observations on a withdrawal being considered (rule 20).
    case withdrawalObservations

    public static let others: [DossierEventKind] = [
        .created, .answersSaved, .answersCorrected, .documentAdded, .documentRemoved, .documentVerdict, .assigned, .message, .familyAccess,
    ]
    public static let allCases: [DossierEventKind] = others + DossierAction.allCases.map(DossierEventKind.action)
        + [.withdrawalObservations] + IssuedDocumentAction.allCases.map(DossierEventKind.issuedDocument)

    public var code: String {
        switch self {
        case .action(let action): action.rawValue
        case .created: "created"
        case .answersSaved: "answers-saved"
        case .answersCorrected: "answers-corrected"
        case .documentAdded: "document-added"
        case .documentRemoved: "document-removed"
        case .documentVerdict: "document-verdict"
        case .assigned: "assigned"
        case .message: "message"
        case .familyAccess: "family-access"
        case .issuedDocument(let action): "dcem-\(action.rawValue)"
        case .withdrawalObservations: "withdrawal-observations"
        }
    }

    public init?(code: String) {
        if let action = DossierAction(rawValue: code) {
            self = .action(action)
        } else if let other = Self.allCases.first(where: { $0.code == code }) {
            self = other
        } else {
            return nil
        }
    }
}

/// The keys of an event's details, one spelling each (stored as JSON beside the event).
public enum DossierEventDetail: String, CaseIterable, Sendable {
    /// Document codes, comma-separated (documents asked).
    case codes
    case replyBy
    case implicitRefusalOn
    case dcemNumber
    /// A pick-up slot: ISO day and "HH:MM".
    case day
    case time
    case exempt
    case timbreNumber
    case timbreAmountEUR
    /// The day the scheduler acted.
    case on
    /// An upload slot's id.
    case slot
    case sha256
    case size
    /// The agent a case is assigned to (empty: nobody).
    case to
    case reference
    case filedOn
    case document
    case verdict
    case message
    /// The answers' section saved.
    case section
    case profile
    /// The reference of the case a copy was made from, and which copy it is.
    case from
    case kind
    case documents
    case assisted
    case demo
    /// Refusal reason codes, comma-separated.
    case reasons
    /// An issued DCEM's state after the move, and why it lapsed (`LapseCause`).
    case state
    case cause
    /// Withdrawal grounds (`WithdrawalGround` codes, comma-separated) and the last day for observations.
    case grounds
    case observationsUntil
    /// The case started to replace or renew a document.
    case replacement
}

/// The decision on a case, as stored in its outcome.
public enum DossierDecision: String, Codable, CaseIterable, Sendable {
    case granted
    case refused
}

/// The préfecture's answer to a request to move the pick-up appointment.
public enum PostponementAnswer: String, Codable, CaseIterable, Sendable {
    case accepted
    case declined
}

/// Why an agent refuses a DCEM, as the decision letter gives it: stored as codes, worded in the
/// reader's language (a sentence stored in French would show French on an English page).
public enum RefusalReason: String, CaseIterable, Codable, Sendable {
    /// None of the cases of issue applies to the child.
    case noGround = "no-ground"
    /// The child's habitual residence in France is not established.
    case residence
    /// The link between the child and the parent holding the right of residence is not established.
    case filiation
    /// The documents do not allow the situation to be checked.
    case documents
    /// The applicant may not file for the child.
    case standing
}

/// A refusal reason as stored: a code, or, for a case refused before reasons were stored as codes,
/// the sentence that was stored (shown as it is rather than lost).
public enum StoredRefusalReason: Equatable, Sendable {
    case reason(RefusalReason)
    case legacy(String)

    public init(stored: String) {
        self = RefusalReason(rawValue: stored).map(Self.reason) ?? .legacy(stored)
    }
}
