/// What the public verification answers about a DCEM (docs/states.md#verification): valid or not,
/// and why, from the register's state and the day — never more (no cause of a lapse, no pending
/// withdrawal, no name).
public enum VerificationReason: String, CaseIterable, Sendable, Codable {
    /// In force (a withdrawal being considered does not suspend it, and is not told).
    case valid
    /// The number and the birth date do not match one document: the same answer for an unknown
    /// number and a wrong birth date.
    case noMatch = "no-match"
    /// Its validity starts later.
    case notYetValid = "not-yet-valid"
    case expired
    /// Void at majority, or its holder was given a residence permit or became French: which one is
    /// not told.
    case lapsed
    case withdrawn
    case reportedLost = "reported-lost"
    case reportedStolen = "reported-stolen"
    /// Given back to the préfecture.
    case returned
    /// A newer DCEM was handed over for the same child.
    case replaced
    /// The document is in force, but the code read from the paper was made for an earlier state of
    /// it (before a withdrawal procedure or a change): that paper is not the current one.
    case staleCode = "stale-code"
    /// The code read from the paper is not the préfecture's signature of this document.
    case invalidCode = "invalid-code"

    public var isValid: Bool { self == .valid }

    /// The document's own answer, from its state and dates on `today`. The dates count even when
    /// the scheduler has not yet moved the state (an expiry the night's pass has not recorded).
    public static func of(state: IssuedDocumentState, validFrom: CivilDate, validUntil: CivilDate, voidAfter: CivilDate?,
                          today: CivilDate) -> VerificationReason {
        switch state {
        case .expired: return .expired
        case .lapsed: return .lapsed
        case .withdrawn: return .withdrawn
        case .reportedLost: return .reportedLost
        case .reportedStolen: return .reportedStolen
        case .returned: return .returned
        case .replaced: return .replaced
        case .valid, .withdrawalPending:
            if today > validUntil { return .expired }
            if let voidAfter, today > voidAfter { return .lapsed }
            if today < validFrom { return .notYetValid }
            return .valid
        }
    }
}

/// How a code read from the paper compares with the register.
public enum VerificationCodeCheck: String, CaseIterable, Sendable, Codable {
    /// Signed by the préfecture for the document as it stands.
    case matches
    /// Signed for this document, but for an earlier state version.
    case stale
    /// Not a signature of this document by a key still in use: tampered, mistyped or forged.
    case invalid

    /// The answer once the code is taken into account: a document in force whose paper carries a
    /// stale or invalid code is not valid as presented.
    public func applied(to reason: VerificationReason) -> VerificationReason {
        guard reason == .valid else { return reason }
        switch self {
        case .matches: return .valid
        case .stale: return .staleCode
        case .invalid: return .invalidCode
        }
    }
}
