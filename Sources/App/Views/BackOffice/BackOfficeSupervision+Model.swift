import DCEMRules

/// The pick-up hours form as the controller fills it: the saved calendar, or what the supervisor typed.
struct BackOfficeCalendarModel: Sendable {
    /// A text field's value and its error.
    struct Field: Sendable {
        let value: String
        let error: FieldError?
    }

    let serviceName: String
    let errors: [FieldError]
    let notice: String?
    let place: Field
    let weekdays: [Choice]
    let checkedWeekdays: Set<String>
    let weekdaysError: FieldError?
    let opens: Field
    let closes: Field
    let slotMinutes: Field
    let capacity: Field

    init(_ page: PageContext, agent: SignedInAgent, values: [String: String], errors: [FieldError], notice: String?) {
        let t = page.text.dossierDesk
        func field(_ name: String) -> Field { Field(value: values[name] ?? "", error: errors.first { $0.fieldID == name }) }
        serviceName = agent.prefecture.serviceName
        self.errors = errors
        self.notice = notice
        place = field("place")
        weekdays = (1...7).map { Choice(value: String($0), label: t.weekdayName($0)) }
        checkedWeekdays = Set((1...7).map(String.init).filter { values["day-\($0)"] == "on" })
        weekdaysError = errors.first { $0.fieldID == "day-1" }
        opens = field("opens")
        closes = field("closes")
        slotMinutes = field("slotMinutes")
        capacity = field("capacity")
    }
}

/// The préfecture's statistics in words and figures, ready to show.
struct BackOfficeStatisticsModel: Sendable {
    struct Month: Sendable {
        /// "YYYY-MM".
        let month: String
        let filed: String
        let decided: String
    }

    let serviceName: String
    /// The number of cases in each state but the draft.
    let perState: [SummaryRow]
    /// The decision delays, the implicit refusals and the documents never collected, one line each.
    let delays: [String]
    let months: [Month]

    init(_ page: PageContext, agent: SignedInAgent, statistics s: PrefectureStatistics) {
        let t = page.text.dossierDesk
        serviceName = agent.prefecture.serviceName
        perState = DossierState.allCases.filter { $0 != .draft }.map { SummaryRow($0.label(in: page.language), String(s.perState[$0] ?? 0), page: page) }
        delays = [t.medianLine(s.decisionDaysMedian), t.p90Line(s.decisionDaysP90), t.implicitLine(s.implicitRefusals), t.uncollectedLine(s.uncollected)]
        months = s.months.map { Month(month: $0.month, filed: String($0.filed), decided: String($0.decided)) }
    }
}
