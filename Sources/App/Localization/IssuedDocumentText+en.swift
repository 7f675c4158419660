import DCEMDossier
import DCEMRules

extension IssuedDocumentText {
    static let english = IssuedDocumentText(
        state: { state in
            switch state {
            case .valid: "Valid"
            case .withdrawalPending: "Valid, withdrawal considered"
            case .expired: "Expired"
            case .lapsed: "Lapsed"
            case .withdrawn: "Withdrawn"
            case .reportedLost: "Reported lost"
            case .reportedStolen: "Reported stolen"
            case .returned: "Returned to the préfecture"
            case .replaced: "Replaced"
            }
        },
        lapseCause: { cause in
            switch cause {
            case .majority: "More than two months past the 18th birthday"
            case .residencePermit: "Residence permit granted"
            case .frenchNationality: "French nationality acquired"
            }
        },
        ground: { ground in
            switch ground {
            case .noGround: "The child no longer falls within any case in which a DCEM is issued"
            case .residence: "The child no longer lives in France"
            case .parentRight: "The parent's right of residence, on which the DCEM rested, has ended"
            case .fraud: "The DCEM was obtained with false statements or documents"
            }
        },
        filePurpose: { purpose in
            switch purpose {
            case "lapse-proof": "Proof (residence permit or nationality)"
            case "police-declaration": "Declaration of loss or theft"
            default: "Attachment to the observations"
            }
        },
        mailChangeSubject: { action, number in
            switch action {
            case .expire: "Your DCEM no. \(number) has expired"
            case .lapseAtMajority, .declareLapse: "Your DCEM no. \(number) is no longer valid"
            case .openWithdrawal: "Withdrawal of your DCEM no. \(number) considered: you may reply"
            case .withdraw: "Decision to withdraw your DCEM no. \(number)"
            case .closeWithdrawal: "Your DCEM no. \(number) remains valid"
            case .reportLost, .reportStolen: "Declaration recorded: DCEM no. \(number)"
            case .recordReturn: "Receipt: DCEM no. \(number) returned"
            case .replace: "DCEM no. \(number) replaced"
            }
        },
        mailChange: { action, number, until in
            switch action {
            case .expire:
                "DCEM no. \(number) has reached the end of its validity. It no longer lets the child come back to France without a visa. Bring it back to the préfecture. If the child still needs a DCEM, apply for a new one."
            case .lapseAtMajority, .declareLapse:
                "DCEM no. \(number) has lapsed: it no longer lets the child come back to France without a visa. Bring it back to the préfecture."
            case .openWithdrawal:
                "The préfecture is considering withdrawing DCEM no. \(number). Before any decision, you may send it your observations, in writing and with documents, until \(until ?? "") included. The document stays valid meanwhile."
            case .withdraw:
                "The préfecture has withdrawn DCEM no. \(number). The reasons are on the document's page. It no longer lets the child come back to France without a visa. Bring it back to the préfecture."
            case .closeWithdrawal:
                "The préfecture has closed the withdrawal procedure: DCEM no. \(number) remains valid."
            case .reportLost, .reportStolen:
                "Your declaration is recorded: DCEM no. \(number) is no longer valid from today. A prefilled replacement application is waiting for you."
            case .recordReturn:
                "The préfecture has received DCEM no. \(number). Your receipt is on the document's page."
            case .replace:
                "DCEM no. \(number) is replaced by the new document handed over."
            }
        },
        mailReminderSubject: { reminder, number in
            switch reminder {
            case .renewalFirst, .renewalLast: "Time to renew DCEM no. \(number)"
            case .majority: "Turning 18 soon: what changes for DCEM no. \(number)"
            }
        },
        mailReminder: { reminder, number, date in
            switch reminder {
            case .renewalFirst:
                "DCEM no. \(number) is valid until \(date). You can apply to renew it now: the application is prefilled from this document."
            case .renewalLast:
                "DCEM no. \(number) is no longer valid after \(date). Apply to renew it without delay: the application is prefilled from this document."
            case .majority:
                "The child will soon be 18. DCEM no. \(number) will no longer be valid after \(date) and cannot be renewed. To go on living in France, the child must apply to the préfecture for a residence permit before that date."
            }
        },
        mailLinkLine: { link in "See the document: \(link)" },
        withdrawalAppeal: "Against this withdrawal, you may lodge an administrative appeal with the prefect and a court appeal before the administrative court, each within two months of its notification.",
        mailRenewalDraftSubject: "Your renewal application has not been sent yet",
        mailRenewalDraft: { link in
            "You started an application to renew a DCEM, but it has not been sent to the préfecture yet. Pick it up here: \(link)"
        },
        listLink: "My documents",
        listTitle: "My documents",
        listLead: "The DCEMs handed over to your children, their state and what to do.",
        listEmpty: "No DCEM has been handed over to you yet.",
        numberLabel: "Number",
        holderLabel: "Holder",
        validFromLabel: "Valid from",
        validUntilLabel: "Valid until",
        voidAfterLabel: "At the latest until (18th birthday + 2 months)",
        territoryLabel: "To come back to",
        stateLabel: "State",
        nextLabel: "To do",
        openDocument: { number in "See DCEM no. \(number)" },
        documentTitle: { number in "DCEM no. \(number)" },
        next: { step, format in
            switch step {
            case .keep(let from): from.map { "Nothing for now. You can apply to renew it from \(format($0))." } ?? "Nothing for now."
            case .renew: "Apply to renew it: the application is prefilled."
            case .finishRenewal: "Finish and send the application you started."
            case .observe(let until): "Send your observations by \(format(until)) included."
            case .giveBack: "Bring the document back to the préfecture."
            case .replace: "Apply for a new DCEM to replace this one."
            case .nothing: "Nothing."
            }
        },
        renewButton: "Apply to renew",
        continueRenewal: "Pick up the application you started",
        replacementLink: "Apply for a new DCEM",
        lapseTitle: "The child was granted a residence permit or French nationality",
        lapseLead: "The DCEM is then no longer valid (it lapses): say so here, with the proof, then bring the DCEM back to the préfecture.",
        causeLegend: "What was the child granted?",
        proofLabel: "Proof",
        proofHint: "The residence permit or the document proving French nationality. PDF, JPEG or PNG, 10 MB at most.",
        lapseButton: "Declare",
        lossTitle: "The document is lost or was stolen",
        lossLead: "First declare the loss or theft to the police or gendarmerie. Here, attach that declaration: the DCEM will no longer be valid from now on, and a prefilled replacement application will be created.",
        lossKindLegend: "What happened?",
        lost: "Lost",
        stolen: "Stolen",
        declarationLabel: "Declaration made to the police or gendarmerie",
        declarationHint: "PDF, JPEG or PNG, 10 MB at most.",
        lossConfirm: "I understand that this DCEM will no longer be valid, even if it is found.",
        confirmLegend: "Confirmation",
        lossButton: "Declare the loss or theft",
        observationsTitle: "Send your observations",
        observationsLead: { grounds, until in
            "The préfecture is considering withdrawing this DCEM for this reason: \(grounds). You may reply in writing, with a document if you wish, until \(until) included. No decision will be taken before."
        },
        observationsLabel: "Your observations",
        observationsFileLabel: "Attachment (optional)",
        observationsFileHint: "PDF, JPEG or PNG, 10 MB at most.",
        observationsButton: "Send my observations",
        observationsReceived: { day in "Your observations were received on \(day)." },
        returnTitle: "Give the document back",
        returnLead: "This document is no longer valid. Bring it to the préfecture's front desk: the agent will give you a receipt.",
        receiptLink: "Return receipt",
        filesTitle: "Documents sent",
        historyTitle: "The document's history",
        receiptTitle: "Receipt for a returned DCEM",
        receiptBody: { number, holder, day, service in
            "The préfecture (\(service)) received on \(day) the travel document for a foreign minor no. \(number), in the name of \(holder)."
        },
        receiptNumber: "Receipt number",
        deskLink: { number in "Issued DCEM no. \(number)" },
        deskLead: "The document handed over and its life since. The actions offered are those its state allows.",
        groundsLegend: "Which condition is no longer met?",
        openWithdrawalTitle: "Open a withdrawal procedure",
        openWithdrawalLead: { days in
            "The family is told and has \(days) days to send observations. The withdrawal can only be decided after that period, or as soon as the observations are in."
        },
        openWithdrawalButton: "Open the procedure",
        withdrawTitle: "Decide the withdrawal",
        withdrawLead: { grounds, until in "Ground notified: \(grounds). Observations possible until \(until) included." },
        withdrawReasonsLabel: "Reasons for the decision",
        withdrawReasonsHint: "They are stated in the decision, with the appeal routes and delays.",
        withdrawButton: "Withdraw the document",
        withdrawWaits: { day in "The withdrawal can be decided from \(day), unless the family replies before." },
        closeWithdrawalButton: "Close without withdrawing",
        recordReturnTitle: "Return at the counter",
        recordReturnButton: "Record the return",
        deskLapseTitle: "Declare the lapse",
        deskLossTitle: "Declare a loss or theft",
        withdrawalReasonsShown: { reasons in "Reasons for the withdrawal: \(reasons)" },
        causeMissing: "Choose what the child was granted.",
        proofMissing: "Attach the proof.",
        declarationMissing: "Attach the declaration made to the police or gendarmerie.",
        lossKindMissing: "Say whether the document was lost or stolen.",
        confirmMissing: "Tick the box to confirm.",
        groundsMissing: "Choose at least one ground.",
        reasonsMissing: "Write the reasons for the decision.",
        observationsMissing: "Write your observations.",
        conflict: "The document changed since the page was shown. Here is its current state.",
        tooEarly: { day in "Not possible yet: from \(day)." },
        notAllowed: "This action is not possible in the document's current state.",
        done: { action in
            switch action {
            case .declareLapse: "Noted: the document is no longer valid. Bring it back to the préfecture."
            case .reportLost, .reportStolen: "Noted: the document is no longer valid. The replacement application is ready."
            case .openWithdrawal: "The procedure is open and the family told."
            case .withdraw: "The document is withdrawn; the family is told."
            case .closeWithdrawal: "The procedure is closed; the document remains valid."
            case .recordReturn: "Return recorded; the receipt is ready."
            case .expire, .lapseAtMajority, .replace: "Done."
            }
        },
        observationsSent: "Your observations have been sent to the préfecture."
    )
}
