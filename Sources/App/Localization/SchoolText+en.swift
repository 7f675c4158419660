extension SchoolText {
    static let english = SchoolText(
        areaLink: "School area",
        areaTitle: "School area",
        areaLead: "The head of a school asks here for the collective travel document of the foreign pupils on a school trip. The préfecture of the school's département first checks that you are its head.",
        claimsTitle: "Your schools",
        state: { code in
            switch code {
            case "approved": "Approved"
            case "refused": "Refused"
            default: "Waiting for approval"
            }
        },
        pendingLine: { departement in "The préfecture (\(departement)) must approve your request. You will get an e-mail." },
        approvedLine: "You can ask for a collective travel document for this school.",
        refusedLine: { reason in "The préfecture refused: \(reason)" },
        registerTitle: "Register your school",
        registerAnother: "Register another school",
        registerLead: "The UAI code (formerly RNE) is on the school's official letters.",
        uaiLabel: "The school's UAI code",
        uaiHint: "7 digits and a letter, for example 0750654D",
        schoolNameLabel: "Name of the school",
        schoolNameHint: "For example: Collège Jean-Moulin, Lyon",
        headNameLabel: "Your name",
        headNameHint: "Given name and surname, as they will appear on the attestation",
        confirmLegend: "Confirmation",
        confirmLabel: "I am the head of this school (principal or headteacher).",
        registerButton: "Send to the préfecture",
        registered: "Your request has been sent to the préfecture.",
        schoolNameMissing: "Give the name of the school.",
        headNameMissing: "Give your name.",
        confirmMissing: "Tick the box to confirm that you are the head of the school.",
        mailDecisionSubject: { approved in approved ? "Your school is approved" : "Your school area request" },
        mailDecision: { school, approved, link in
            approved
                ? "The préfecture has approved your account as head of \(school). You can now ask for a collective travel document: \(link)"
                : "The préfecture has not approved your account as head of \(school). The reason is given here: \(link)"
        },
        deskLink: "Schools",
        deskTitle: "Schools",
        deskLead: "The heads of schools of your département asking to open an area. Check the UAI code and the head's name in the national education directory before approving.",
        deskPending: "To approve",
        deskNonePending: "No request waiting.",
        deskDecided: "Already handled",
        deskClaim: { head, email, day in "\(head) — \(email) — asked on \(day)" },
        approveButton: "Approve",
        refuseReasonLabel: "Reason for refusing",
        refuseButton: "Refuse",
        reasonMissing: "Write the reason for refusing.",
        decided: "Recorded; the head of the school is told by e-mail.",
        alreadyDecided: "This request has already been handled."
    )
}
