extension TripDeskText {
    static let english = TripDeskText(
        tabLabel: "School trips",
        queueTitle: "School trips",
        queueLead: "The schools' requests for a collective travel document in the département, undecided or granted, the nearest departure first.",
        queueEmpty: "No school trip request in progress.",
        queueCaption: { "School trips, \($0), by departure date" },
        columnReference: "Reference",
        columnSchool: "School",
        columnDeparture: "Departure",
        columnPupils: "Pupils",
        columnState: "State",
        daysLeft: { days in
            switch days {
            case ..<0: "departure passed"
            case 0: "today"
            case 1: "tomorrow"
            default: "in \(days) days"
            }
        },
        pageTitle: { "School trip \($0)" },
        schoolLine: { school, uai, head in "\(school) (UAI \(uai)) — head of the school: \(head)" },
        filedLine: { "Request filed on \($0)." },
        tripTitle: "The trip",
        pupilsTitle: "The pupils",
        pupilsLead: "For each pupil: what the rules say, their documents, and your decision. A pupil struck off is not on the document; the rest of the group travels.",
        rulesKeep: "The rules: on the document.",
        rulesExclude: { "The rules: not on the document — \($0)." },
        verdictPending: "Your decision: still to take.",
        verdictKept: "Your decision: kept on the document.",
        verdictStruck: { reason, note in note.isEmpty ? "Your decision: struck off — \(reason)." : "Your decision: struck off — \(reason) (\(note))." },
        noDocuments: "No document given for this pupil.",
        documentLink: { kind, name in "\(kind) — \(name)" },
        verdictLegend: { "Decision for \($0)" },
        verdictChoice: "Keep or strike off",
        keepLabel: "Keep on the document",
        strikeLabel: "Strike off the document",
        strikeReasonLabel: "Reason",
        strikeNoteLabel: "Note (required for “not concerned” and “other reason”)",
        strikeNoteHint: "The school reads it.",
        verdictButton: "Record the decision",
        verdictRecorded: "Decision recorded.",
        verdictMissing: "Choose: keep or strike off.",
        verdictChangedMeanwhile: "A colleague decided for this pupil since the page was shown. Here is their decision.",
        notJudging: "Pupils are decided only while the request is under examination.",
        actionsTitle: "Actions",
        noAction: "No action is possible in this state.",
        requestTextLabel: "Documents requested and why",
        replyByLegend: "To be sent by",
        replyByHint: "Before the departure. For example: 5 1 2027",
        refuseReasonsLegend: "Reasons for the refusal",
        refuseTextLabel: "Explanation for the school",
        grantLead: { kept, struck, pending in "\(kept) pupil\(kept == 1 ? "" : "s") kept, \(struck) struck off, \(pending) still to decide." },
        done: "Done; the school is told by email.",
        conflict: "The trip changed since the page was shown (a colleague, another tab, a double click): nothing was done. Here is how it stands now.",
        versionMissing: "The form is incomplete: reload the page.",
        textMissing: { "Enter: \($0.lowercased())." },
        textTooLong: { label, max in "\(label): \(max) characters at most." },
        dateInvalid: { "\($0): the date is not valid." },
        replyByPast: "The deadline must come after today, and no later than the departure day.",
        reasonsMissing: "Tick at least one reason.",
        pendingPupils: { "First decide for each pupil: \($0)." },
        noPupilKept: "No pupil is kept: refuse the request instead.",
        noteMissing: { "A note is missing for: \($0)." },
        tooLate: { "Too late: the last day was \($0)." },
        tooEarly: { "Not yet: possible from \($0)." },
        notAllowed: "This action is not possible in the trip's current state.",
        requestTitle: "Documents requested by the préfecture",
        replyByLine: { "To be sent by \($0)." },
        grantedTitle: "Collective travel document granted",
        grantedLine: { day, number, from, until in "Granted on \(day), document no. \(number), valid from \(from) to \(until)." },
        refusedTitle: "Collective travel document refused",
        refusedLine: { "Refused on \($0), for these reasons:" },
        struckTitle: "Pupils struck off the document",
        printLink: "Print the collective travel document",
        messagesTitle: "Messages",
        messagesEmpty: "No message.",
        messageFromAgent: { "The préfecture, on \($0)" },
        messageFromSchool: { "The school, on \($0)" },
        messageToSchool: "Message to the school",
        messageToPrefecture: "Message to the préfecture",
        messageSend: "Send the message",
        historyTitle: "History",
        historyLine: { when, who, what in "\(when) — \(who): \(what)" },
        verdictEvent: "Decision on a pupil",
        backToTrips: "Back to the school trips",
        stepsTitle: "The steps",
        stateWords: { state in
            switch state {
            case .draft: "The request is not filed yet."
            case .filed: "The request is filed; the préfecture will examine it."
            case .underInstruction: "The préfecture is examining the request, pupil by pupil."
            case .awaitingDocuments: "The préfecture is waiting for documents from you (see below)."
            case .granted: "The document is granted; the préfecture is preparing it."
            case .refused: "The document is refused (see the reasons below)."
            case .documentAvailable: "The document is ready: collect it at the préfecture before the departure."
            case .handedOver: "The document was handed over to you."
            case .closedDeparturePassed: "The departure passed with no decision: the request is closed."
            case .uncollected: "The document was not collected before the end of the trip: it is of no use any more."
            case .withdrawn: "You withdrew the request."
            }
        },
        stepDone: "done",
        stepCurrent: "in progress",
        stepLater: "to come",
        answerLead: "Once the documents are in, tell the préfecture: it resumes the examination.",
        withdrawTitle: "Withdraw the request",
        withdrawLead: "If the trip does not take place. The request is then closed; the préfecture is told.",
        withdrawConfirm: "I confirm withdrawing the request",
        withdrawConfirmMissing: "Tick the box to confirm the withdrawal.",
        documentTitle: "Collective travel document",
        documentIntro: { "List of the foreign minor pupils of the school trip, issued by \($0) under the Council's decision 94/795/JHA of 30 November 1994. It stands in for these pupils' travel document and visa, for this trip only." },
        documentNumber: "Document number",
        validity: { from, until in "Valid from \(from) to \(until), for the trip only." },
        pupilsListed: { "\($0) pupil\($0 == 1 ? "" : "s") on the document" },
        photoMissing: "Photo missing",
        photoOf: { "Photo of \($0)" },
        verificationLine: { "To check this document: \($0), with its number, the date of birth of one of the pupils on it and this code." },
        verificationCode: "Verification code",
        columnName: "Surname and given names",
        columnBorn: "Born on, at",
        columnNationality: "Nationality",
        columnPhoto: "Photo"
    )
}
