import DCEMDossier
import DCEMRules

extension HistoryText {
    static let english = HistoryText(
        kind: { kind in
            switch kind {
            case .action(let action):
                switch action {
                case .file: "Application filed"
                case .withdraw: "Application withdrawn"
                case .startInstruction: "Examination started"
                case .requestDocuments: "Documents requested"
                case .answerRequest: "Requested documents sent"
                case .resumeInstruction: "Examination resumed"
                case .grant: "DCEM granted"
                case .refuse: "DCEM refused"
                case .implicitRefusal: "Implicit refusal: no answer in time"
                case .makeAvailable: "Pick-up convocation sent"
                case .requestPostponement: "Another appointment requested"
                case .acceptPostponement: "Postponement accepted"
                case .declinePostponement: "Postponement declined"
                case .handOver: "Document handed over"
                case .markUncollected: "Document not collected"
                }
            case .created: "Application started"
            case .answersSaved: "Answers saved"
            case .answersCorrected: "Case corrected"
            case .documentAdded: "Document added"
            case .documentRemoved: "Document removed"
            case .documentVerdict: "Verdict on a document"
            case .assigned: "Case assigned"
            case .message: "Message"
            case .familyAccess: "Online access sent to the family"
            case .issuedDocument(let action):
                switch action {
                case .expire: "Document expired"
                case .lapseAtMajority: "Document lapsed (two months after the 18th birthday)"
                case .declareLapse: "Document declared lapsed"
                case .openWithdrawal: "Withdrawal procedure opened"
                case .withdraw: "Document withdrawn"
                case .closeWithdrawal: "Withdrawal procedure closed without withdrawal"
                case .reportLost: "Loss declared"
                case .reportStolen: "Theft declared"
                case .recordReturn: "Document returned to the préfecture"
                case .replace: "Document replaced by a new DCEM"
                }
            case .withdrawalObservations: "The family's observations on the withdrawal"
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
