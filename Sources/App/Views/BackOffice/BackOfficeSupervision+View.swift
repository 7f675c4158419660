import DCEMRules
import Plot

/// The supervisors' pages: the préfecture's pick-up hours, and its statistics.
enum BackOfficeSupervisionView {
    static func calendar(_ page: PageContext, agent: SignedInAgent, values: [String: String], errors: [FieldError], notice: String?, csrf: String) -> String {
        let t = page.text.dossierDesk
        func error(_ field: String) -> FieldError? { errors.first { $0.fieldID == field } }
        return Layout(page: page, title: t.calendarTitle, hasErrors: !errors.isEmpty, backLink: SiteURL.backOfficeQueue.path,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render([
            Forms.errorSummary(errors, title: page.text.layout.errorSummaryTitle),
            Forms.notice(notice),
            element("h1", [], [.plainText(t.calendarTitle)]),
            element("p", [("class", "lead")], [.plainText(agent.prefecture.serviceName)]),
            element("p", [], [.plainText(t.calendarLead)]),
            element("form", [("method", "post"), ("action", SiteURL.backOfficeCalendar.path), ("novalidate", "")], [
                Forms.csrf(csrf),
                Forms.input(name: "place", label: t.calendarPlace, value: values["place"] ?? "", error: error("place")),
                Forms.checkboxes(prefix: "day", legend: t.calendarWeekdays, choices: (1...7).map { Choice(value: String($0), label: t.weekdayName($0)) },
                                 checked: Set((1...7).map(String.init).filter { values["day-\($0)"] == "on" }), error: error("day-1")),
                Forms.input(name: "opens", label: t.calendarOpens, hint: t.calendarTimeHint, value: values["opens"] ?? "", error: error("opens")),
                Forms.input(name: "closes", label: t.calendarCloses, hint: t.calendarTimeHint, value: values["closes"] ?? "", error: error("closes")),
                Forms.input(name: "slotMinutes", label: t.calendarSlotMinutes, value: values["slotMinutes"] ?? "", error: error("slotMinutes")),
                Forms.input(name: "capacity", label: t.calendarCapacity, value: values["capacity"] ?? "", error: error("capacity")),
                Forms.submit(page.text.dossier.saveContinue),
            ]),
        ])
    }

    static func statistics(_ page: PageContext, agent: SignedInAgent, statistics s: PrefectureStatistics, csrf: String) -> String {
        let t = page.text.dossierDesk
        let states = DossierState.allCases.filter { $0 != .draft }
        return Layout(page: page, title: t.statisticsTitle, backLink: SiteURL.backOfficeQueue.path,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render([
            element("h1", [], [.plainText(t.statisticsTitle)]),
            element("p", [("class", "lead")], [.plainText(agent.prefecture.serviceName)]),
            element("h2", [], [.plainText(t.perStateTitle)]),
            DossierFormat.summary(states.map { DossierFormat.row($0.label(in: page.language), String(s.perState[$0] ?? 0), page: page) }),
            element("h2", [], [.plainText(t.delayTitle)]),
            element("ul", [("class", "list")], [
                element("li", [], [.plainText(t.medianLine(s.decisionDaysMedian))]),
                element("li", [], [.plainText(t.p90Line(s.decisionDaysP90))]),
                element("li", [], [.plainText(t.implicitLine(s.implicitRefusals))]),
                element("li", [], [.plainText(t.uncollectedLine(s.uncollected))]),
            ]),
            element("h2", [], [.plainText(t.monthsTitle)]),
            element("div", [("class", "table-scroll")], [
                element("table", [("class", "table")], [
                    element("caption", [("class", "visually-hidden")], [.plainText(t.monthsTitle)]),
                    element("thead", [], [element("tr", [], [t.monthColumn, t.filedColumn, t.decidedColumn].map {
                        element("th", [("scope", "col")], [.plainText($0)])
                    })]),
                    element("tbody", [], s.months.map { month in
                        element("tr", [], [
                            element("th", [("scope", "row")], [.plainText(month.month)]),
                            element("td", [], [.plainText(String(month.filed))]),
                            element("td", [], [.plainText(String(month.decided))]),
                        ])
                    }),
                ]),
            ]),
        ])
    }
}
