import DCEMRules

/// Why a hand-over was refused: nothing is handed over, nothing changes.
public enum HandOverProblem: Error, Equatable, Sendable {
    /// The applicant and the child must both be there.
    case absent
    case timbreMissing(dueEUR: Int)
    /// The timbre is not of the amount due: one of another amount is not taken, more or less.
    case amountMismatch(dueEUR: Int)
}

/// The counter (docs/law.md#pick-up): the applicant and the child are there, and a
/// timbre fiscal covers the fee in force on the hand-over day, or none is due.
public enum HandOver {
    public static func problem(applicantPresent: Bool, childPresent: Bool, timbreNumber: String?, timbreAmountEUR: Int?,
                               fee: Fee) -> HandOverProblem? {
        guard applicantPresent, childPresent else { return .absent }
        guard !fee.exempt else { return nil }
        guard let number = timbreNumber, !number.isEmpty else { return .timbreMissing(dueEUR: fee.amountEUR) }
        guard let amount = timbreAmountEUR, amount == fee.amountEUR else { return .amountMismatch(dueEUR: fee.amountEUR) }
        return nil
    }
}

/// The préfecture's request for documents.
public enum DocumentRequestRules {
    /// The family must be given time to answer: the reply-by date is after today.
    public static func acceptsReplyBy(_ replyBy: CivilDate, today: CivilDate) -> Bool {
        replyBy > today && replyBy <= today.adding(months: longestReplyMonths)
    }

    /// The clock is stopped while documents are awaited (docs/law.md#rule-16): a reply-by date
    /// further than this would leave the case waiting for months; a typo (2030 for 2026) is caught.
    /// The service's choice (docs/states.md#transitions); the sources give no limit.
    public static let longestReplyMonths = 3

    /// What an answer still lacks: each requested document needs a file sent since the request, the
    /// photos as many as a filing needs (docs/states.md#answering-a-request). `sentSinceRequest`: the
    /// slot of each file sent since, once per file. Empty when the answer can go.
    public static func missing(_ requested: [DocumentCode], sentSinceRequest slots: [String]) -> [DocumentCode] {
        requested.filter { code in
            let sent = slots.filter { $0 == UploadSlot(code: code).id }.count
            return sent < (code == .childPhotos ? DossierChecklist.photoCount : 1)
        }
    }
}
