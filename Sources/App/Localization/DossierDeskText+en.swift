import DCEMDossier
import DCEMRules

extension DossierDeskText {
    static let english = DossierDeskText(
        deadline: { lastDay, refusalDay, days in
            "Last day to decide: \(lastDay) (\(days == 0 ? "today" : "in \(days) day\(days > 1 ? "s" : "")")). Without a decision, the implicit refusal arises on \(refusalDay) at 00:00."
        },
        deadlinePassed: { date in "Time is up: the implicit refusal arose on \(date) at 00:00; the case will move to implicitly refused in a moment." },
        clockStopped: { replyBy in "Clock stopped: documents asked for by \(replyBy)" },
        noDeadline: "No deadline running",
        familyLine: { email in "Family's account: \(email)" },
        assignedLine: "Any agent of the préfecture can act; the history says who did what.",
        assignedTo: { name in "Assigned to: \(name)" },
        notAssigned: "Not assigned",
        assignToMe: "Assign to me",
        unassign: "Release the case",
        answersTitle: "The family's answers",
        evaluationTitle: "The rules' assessment",
        asOfFiling: { date in "On the filing date (\(date))" },
        asOfToday: { date in "Today (\(date))" },
        sameAsFiling: "The same as at filing.",
        eligible: "The conditions are met.",
        notEligible: "No ground for issuing applies.",
        groundLine: { ground, basis in "\(ground) — \(basis)" },
        expectedDocuments: "Documents expected",
        feeLine: { amount in "Timbre fiscal: €\(amount)" },
        feeExempt: "No timbre fiscal (exempt)",
        validityLine: { from, until in "Valid from \(from) to \(until)" },
        documentsTitle: "Documents filed",
        viewFile: "View",
        verdictLegend: { document in "Verdict on “\(document)”" },
        verdictLabel: { verdict in verdict == .accepted ? "Accepted" : "Rejected" },
        verdictNone: "Not examined yet",
        verdictButton: { verdict in verdict == .accepted ? "Accept the document" : "Reject the document" },
        verdictReason: "Why it is rejected (shown to the family)",
        verdictReasonMissing: "Say why the document is rejected",
        verdictSave: "Save the verdict",
        addedAfterFiling: "added after filing",
        timelineTitle: "History",
        actorLabel: { actor in
            switch actor {
            case .family: "the family"
            case .agent: "an agent"
            case .scheduler: "automatic"
            }
        },
        messagesTitle: "Messages",
        messageToFamily: "Message to the family",
        attachment: "Attachment",
        actionsTitle: "Possible actions",
        noAction: "No action is possible in this state.",
        recordTitle: "What was decided and asked",
        recordRequestLabel: "Documents asked",
        recordRequest: { documents, why, replyBy, askedOn, answeredOn in
            "\(documents) — “\(why)” — answer expected by \(replyBy) (asked on \(askedOn))" + (answeredOn.map { " — answer sent on \($0)" } ?? "")
        },
        recordDecisionLabel: "Decision",
        recordGranted: { day, number, from, until, territory in "Granted on \(day) — DCEM n° \(number) — valid from \(from) to \(until) — \(territory)" },
        recordRefused: { day, reasons, text in "Refused on \(day) — \(reasons)" + (text.map { " — “\($0)”" } ?? "") },
        recordImplicit: { day in "Implicit refusal on \(day) (no answer in time)" },
        recordConvocationLabel: "Convocation",
        recordConvocation: { appointment, fee, sentOn in "\(appointment) — \(fee) — sent on \(sentOn)" },
        recordHandOverLabel: "Hand-over",
        recordHandOver: { day, timbre in "Handed over on \(day)" + (timbre.map { " — timbre fiscal \($0)" } ?? " — exempt from the fee") },
        possibleFrom: { action, day in "“\(action)” will be possible from \(day)." },
        done: "Done. The family is told by e-mail.",
        versionMissing: "The “version” field (the version of the case the page showed) is missing or not a whole number. Nothing was changed: reload the case page, then retry.",
        conflict: "The case changed meanwhile (another action took place). Nothing was changed: read the page again, then retry.",
        verdictClosed: "The decision is taken: the verdicts on the documents no longer change.",
        reviewFile: "Review beside the answers",
        reviewTitle: { document, position, count in "Document \(position) of \(count): \(document)" },
        reviewPrevious: "Previous document",
        reviewNext: "Next document",
        reviewBack: "Back to the case",
        reviewAnswers: "The application's answers",
        reviewOpen: "Open the document alone",
        verdictChangedMeanwhile: "A colleague gave a verdict on this document while you were looking at it: yours was not recorded. Read the verdict shown, then give yours if you disagree.",
        assignChangedMeanwhile: "A colleague took or gave back this case while you were looking at it: nothing was changed. See below who has it now.",
        doneNoEmail: "Done. The family has no e-mail address: tell them by post or by phone.",
        verdictRecorded: "Verdict recorded. The family sees it on their application's page; no e-mail is sent for a verdict.",
        requestCodes: "Documents asked for",
        requestCodesMissing: "Choose at least one document to ask for",
        requestWhy: "Why (shown to the family)",
        requestReplyBy: "Answer expected by",
        refuseReasons: "Reasons for the refusal",
        refuseReasonsMissing: "Choose at least one reason",
        refuseReason: { reason in
            switch reason {
            case .noGround: "None of the cases in which a DCEM is issued applies to the child."
            case .residence: "The child's habitual residence in France is not established."
            case .filiation: "The link between the child and the parent with the right of residence is not established."
            case .documents: "The documents provided do not allow the situation to be checked."
            case .standing: "The applicant is not entitled to file the application."
            }
        },
        refuseText: "Details (optional)",
        availableFrom: "First possible day of the appointment",
        availableFromHint: "By default, the first free slot from tomorrow.",
        acceptFrom: "New appointment from",
        declineReason: "Reason (shown to the family)",
        postponementLine: { reason, from, details in
            "Postponement asked: “\(reason)”" + (from.map { " — can come from \($0)" } ?? "") + (details.isEmpty ? "" : " — details: “\(details)”")
        },
        handOverApplicant: "The applicant is present",
        handOverChild: "The child is present",
        handOverTimbreNumber: "Timbre fiscal number",
        handOverTimbreAmount: "Timbre fiscal amount, in euros",
        handOverDue: { amount in "Amount due today: €\(amount)." },
        handOverAppointment: { day, time in "Appointment given to the family: \(day) at \(time)." },
        firstFreeSlot: { from, day, time in "From \(from), the first free slot is \(day) at \(time): the family will be given that one." },
        acceptFromHint: "The first free slot from that day will be given. Filled in with the first day the family can come.",
        handOverExempt: "No timbre fiscal is due (exempt).",
        handOverProblem: { problem in
            switch problem {
            case .absent: "The applicant and the child must both be present for the hand-over."
            case .timbreMissing(let due): "Enter the number of the €\(due) timbre fiscal."
            case .amountMismatch(let due): "The timbre fiscal must be of exactly the amount due: €\(due). A timbre of another amount is not accepted."
            }
        },
        grantProblem: { problem in
            switch problem {
            case .notEligibleAtFiling: "No ground applies on the filing date: the DCEM cannot be granted; refuse the application or ask for documents."
            case .expiresBeforeIssue: "The child is of age on the decision date: a DCEM can no longer be issued."
            }
        },
        noCalendar: "The préfecture's pick-up hours are not set yet: a supervisor must enter them.",
        noFreeSlot: "No free slot in the next 90 days: widen the pick-up hours.",
        missing: { field in "Enter: \(field)" },
        dateInvalid: { field in "Enter a real date for “\(field)”, for example 27 3 2027" },
        tooLong: { field, max in "Shorten “\(field)”: \(max) characters at most" },
        notAnAmount: { field in "“\(field)”: an amount in euros, for example 50 or 50.00" },
        calendarLink: "Pick-up hours",
        calendarTitle: "Document pick-up hours",
        calendarLead: "Convocations are given in these slots, in order, never beyond the number of people per slot.",
        calendarPlace: "Counter address (printed on the convocation)",
        calendarSlotMinutes: "Length of a slot, in minutes",
        calendarCapacity: "People per slot",
        calendarSaved: "Hours saved.",
        supervisorsOnly: "For the préfecture's supervisors only.",
        statisticsLink: "Statistics",
        statisticsTitle: "The préfecture's statistics",
        perStateTitle: "Cases by state",
        monthsTitle: "Filed and decided per month",
        monthColumn: "Month",
        filedColumn: "Filed",
        delayTitle: "Time from filing to explicit decision",
        accessLogLink: "Who viewed this case",
        accessLogTitle: { reference in "Who viewed case \(reference)" },
        accessLogLead: "Every time an agent opens the case or one of its documents, it is recorded. This page is for supervisors only.",
        accessLogEmpty: "No view recorded.",
        accessLogViewed: { what in
            switch what {
            case "case": "The case page"
            case "file": "A document"
            case "file-review": "A document, under review"
            default: what
            }
        },
        accessLogLatest: { count in "The \(count) most recent views." }
    )
}
