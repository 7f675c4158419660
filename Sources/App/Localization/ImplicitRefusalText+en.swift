extension ImplicitRefusalText {
    static let english = ImplicitRefusalText(
        historyTitle: "The préfecture's answer date",
        historyLead: "If the préfecture has not answered by this date, the application is refused (implicit refusal). Here is each change of this date, and why.",
        change: { reason, on, date, replyBy in
            switch reason {
            case .filed:
                "\(on): application filed. If the préfecture has not answered by \(date ?? ""), the application will be implicitly refused."
            case .documentsRequested:
                "\(on): the préfecture asked for documents. The delay is on hold until you send them"
                    + (replyBy.map { " (send them by \($0))." } ?? ".")
            case .documentsProvided:
                "\(on): you sent the documents asked for. The full delay starts again from that day: new date \(date ?? "")."
            case .instructionResumed:
                "\(on): the date to send the documents has passed; the préfecture examines the file as it stands. The full delay starts again from that day: new date \(date ?? "")."
            case .granted:
                "\(on): the préfecture accepted the application. This date no longer applies."
            case .refused:
                "\(on): the préfecture refused the application. This date no longer applies."
            case .withdrawn:
                "\(on): you withdrew the application. This date no longer applies."
            case .implicitlyRefused:
                "\(on): the préfecture did not answer in time: the application is implicitly refused."
            }
        },
        dateAtFiling: "This is the date in force when the application was filed.",
        sinceFilingTitle: "Since filing",
        basis: { citation in "Legal basis: \(citation)." }
    )
}
