import TypedHTML

/// The supervisors' pages: the préfecture's pick-up hours, and its statistics.
enum BackOfficeSupervisionView {
    static func calendar(_ page: PageContext, _ model: BackOfficeCalendarModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.dossierDesk
        return Layout(page: page, title: t.calendarTitle, hasErrors: !model.errors.isEmpty, backLink: SiteURL.backOfficeQueue.path,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.notice(model.notice)
            main.element(.h1, text: t.calendarTitle)
            main.element(.p, .class("lead"), text: model.serviceName)
            main.element(.p, text: t.calendarLead)
            main.element(.form, .method(.post), .action(SiteURL.backOfficeCalendar.path), .novalidate()) { form in
                form.csrf(csrf)
                form.input(name: "place", label: t.calendarPlace, value: model.place.value, error: model.place.error)
                form.checkboxes(prefix: "day", legend: t.calendarWeekdays, choices: model.weekdays, checked: model.checkedWeekdays, error: model.weekdaysError)
                form.input(name: "opens", label: t.calendarOpens, hint: t.calendarTimeHint, value: model.opens.value, error: model.opens.error)
                form.input(name: "closes", label: t.calendarCloses, hint: t.calendarTimeHint, value: model.closes.value, error: model.closes.error)
                form.input(name: "slotMinutes", label: t.calendarSlotMinutes, value: model.slotMinutes.value, error: model.slotMinutes.error)
                form.input(name: "capacity", label: t.calendarCapacity, value: model.capacity.value, error: model.capacity.error)
                form.submit(page.text.dossier.saveContinue)
            }
        }
    }

    static func statistics(_ page: PageContext, _ model: BackOfficeStatisticsModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.dossierDesk
        return Layout(page: page, title: t.statisticsTitle, backLink: SiteURL.backOfficeQueue.path,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.element(.h1, text: t.statisticsTitle)
            main.element(.p, .class("lead"), text: model.serviceName)
            main.element(.h2, text: t.perStateTitle)
            main.summaryList(model.perState, change: page.text.dossier.change)
            main.element(.h2, text: t.delayTitle)
            main.element(.ul, .class("list")) { list in
                for line in model.delays { list.element(.li, text: line) }
            }
            main.element(.h2, text: t.monthsTitle)
            main.element(.div, .class("table-scroll")) { scroll in
                scroll.element(.table, .class("table")) { table in
                    table.element(.caption, .class("visually-hidden"), text: t.monthsTitle)
                    table.element(.thead) { head in
                        head.element(.tr) { row in
                            for column in [t.monthColumn, t.filedColumn, t.decidedColumn] { row.element(.th, .scope("col"), text: column) }
                        }
                    }
                    table.element(.tbody) { body in
                        for month in model.months {
                            body.element(.tr) { row in
                                row.element(.th, .scope("row"), text: month.month)
                                row.element(.td, text: month.filed)
                                row.element(.td, text: month.decided)
                            }
                        }
                    }
                }
            }
        }
    }
}
