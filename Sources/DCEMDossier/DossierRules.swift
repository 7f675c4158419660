import DCEMRules

/// Why a hand-over was refused: nothing is handed over, nothing changes.
public enum HandOverProblem: Error, Equatable, Sendable {
    /// The applicant and the child must both be there.
    case absent
    case timbreMissing(dueEUR: Int)
    case amountShort(dueEUR: Int)
}

/// The counter (docs/law.md#pick-up): the applicant and the child are there, and a
/// timbre fiscal covers the fee in force on the hand-over day, or none is due.
public enum HandOver {
    public static func problem(applicantPresent: Bool, childPresent: Bool, timbreNumber: String?, timbreAmountEUR: Int?,
                               fee: Fee) -> HandOverProblem? {
        guard applicantPresent, childPresent else { return .absent }
        guard !fee.exempt else { return nil }
        guard let number = timbreNumber, !number.isEmpty else { return .timbreMissing(dueEUR: fee.amountEUR) }
        guard let amount = timbreAmountEUR, amount >= fee.amountEUR else { return .amountShort(dueEUR: fee.amountEUR) }
        return nil
    }
}

/// The préfecture's request for documents.
public enum DocumentRequestRules {
    /// The family must be given time to answer: the reply-by date is after today.
    public static func acceptsReplyBy(_ replyBy: CivilDate, today: CivilDate) -> Bool { replyBy > today }

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
