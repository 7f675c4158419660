extension QueueText {
    static let english = QueueText(
        tabsLabel: "Queue views",
        tab: { tab in
            switch tab {
            case .open: "Open"
            case .examine: "To examine"
            case .answers: "Answers received"
            case .convoke: "To convene"
            case .postponements: "Postponements asked"
            case .today: "Today’s pick-ups"
            case .mine: "My cases"
            case .all: "All"
            }
        },
        caption: { tab, service, page in "\(tab) – \(service), page \(page)" },
        urgencyOrder: "most urgent first",
        results: { count in count == 0 ? "No case" : "\(count) case\(count == 1 ? "" : "s")" },
        appointments: { count in count == 0 ? "No appointment" : "\(count) appointment\(count == 1 ? "" : "s")" },
        pageOf: { page, pages in "Page \(page) of \(pages)" },
        columnMarks: "To note",
        columnAssigned: "Assigned to",
        markAnswer: "Answer received",
        markMessage: "Message from the family",
        assignedToMe: "Me",
        pickupsTitle: { day in "Pick-ups on \(day)" },
        noPickups: "No pick-up appointment today.",
        pickupsIgnoreFilters: "This list shows every appointment of the day, without the filters."
    )
}
