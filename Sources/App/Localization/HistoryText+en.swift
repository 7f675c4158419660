import DCEMDossier
import DCEMRules

extension HistoryText {
    static let english = HistoryText(
        kind: { kind in
            switch kind {
            case .action(let action): action.label(in: .en)
            case .created: "Application started"
            case .answersSaved: "Answers saved"
            case .answersCorrected: "Case corrected"
            case .documentAdded: "Document added"
            case .documentRemoved: "Document removed"
            case .documentVerdict: "Verdict on a document"
            case .assigned: "Case assigned"
            case .message: "Message"
            case .familyAccess: "Online access sent to the family"
            }
        },
        byYou: "you",
        byFamily: "the family",
        byPrefecture: "the préfecture",
        byAgent: { name in name },
        byScheduler: "automatic",
        documentsAsked: { documents, replyBy in "\(documents); answer expected by \(replyBy)" },
        document: { document in document },
        verdict: { document, verdict in "\(document): \(verdict == .accepted ? "accepted" : "rejected")" },
        appointment: { day, time in "appointment on \(day) at \(time)" },
        timbre: { number, amount in "timbre fiscal no. \(number), €\(amount)" },
        exempt: "no timbre fiscal (exempt)",
        dcemNumber: { number in "DCEM no. \(number)" },
        reasons: { reasons in reasons },
        assignedTo: { name in "to \(name)" },
        unassigned: "to nobody",
        section: { title in title },
        copiedFrom: { reference in "from case \(reference)" }
    )
}
