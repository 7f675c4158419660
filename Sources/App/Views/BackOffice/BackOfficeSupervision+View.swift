import TypedHTML

/// The supervisors' pages: the préfecture's pick-up hours, and its statistics.
enum BackOfficeSupervisionView {
    static func calendar(_ page: PageContext, _ model: BackOfficeCalendarModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.dossierDesk, s = page.text.supervision, d = page.text.dossier
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
                form.element(.fieldset, .class("field"), .aria(.describedby, "hours-hint")) { set in
                    set.element(.legend, .class("label"), text: s.hoursLegend)
                    set.hint(s.hoursHint, id: "hours")
                    for day in model.days {
                        set.input(name: day.name, label: day.label, value: day.field.value, error: day.field.error)
                    }
                }
                form.input(name: "slotMinutes", label: t.calendarSlotMinutes, value: model.slotMinutes.value, inputMode: .numeric, width: "4",
                           error: model.slotMinutes.error)
                form.input(name: "capacity", label: t.calendarCapacity, value: model.capacity.value, inputMode: .numeric, width: "4",
                           error: model.capacity.error)
                form.submit(s.saveHours)
            }

            main.element(.h2, .id(BackOfficeCalendarModel.closedDaysAnchor), text: s.closedDaysTitle)
            main.element(.p, text: s.closedDaysLead)
            if model.closedDays.isEmpty {
                main.element(.p, text: s.closedDaysNone)
            } else {
                main.element(.ul, .class("list")) { list in
                    for day in model.closedDays {
                        list.element(.li) { item in
                            item.element(.span, text: day.label + (day.reason.map { " — \($0)" } ?? ""))
                            item.element(.form, .method(.post), .action(SiteURL.backOfficeClosedDayRemove.path), .class("inline-form")) { form in
                                form.csrf(csrf)
                                form.void(.input, .type(.hidden), .name("day"), .value(day.iso))
                                form.element(.button, .type(.submit), .class("button button--secondary"), text: day.removeLabel)
                            }
                        }
                    }
                }
            }
            main.element(.form, .method(.post), .action(SiteURL.backOfficeClosedDays.path), .novalidate()) { form in
                form.csrf(csrf)
                form.dateGroup(name: "closed", legend: s.closedDayLegend, hint: nil, labels: (d.day, d.month, d.year),
                               value: model.closedDay, error: model.closedDayError)
                form.input(name: "closed-label", label: s.closedDayReason, hint: s.closedDayReasonHint, value: model.closedLabel.value,
                           error: model.closedLabel.error)
                form.element(.button, .type(.submit), .class("button button--secondary"), text: s.closedDayAdd)
            }

            main.element(.h2, .id("rendez-vous"), text: model.appointmentsTitle)
            if let warning = model.closedWarning {
                main.element(.div, .class("panel panel--warn")) { $0.element(.p, text: warning) }
            }
            if model.appointments.isEmpty {
                main.element(.p, text: s.appointmentsNone)
            } else {
                main.element(.p, text: s.appointmentsLead)
                main.element(.div, .class("table-scroll")) { scroll in
                    scroll.element(.table, .class("table")) { table in
                        table.element(.caption, .class("visually-hidden"), text: model.appointmentsTitle)
                        table.element(.thead) { head in
                            head.element(.tr) { row in
                                for column in [s.dayColumn, s.timeColumn, s.caseColumn, s.childColumn] { row.element(.th, .scope("col"), text: column) }
                            }
                        }
                        table.element(.tbody) { body in
                            for appointment in model.appointments {
                                body.element(.tr) { row in
                                    row.element(.td) { cell in
                                        cell.text(appointment.day)
                                        if let tag = appointment.closedTag {
                                            cell.text(" ")
                                            cell.tag(tag, "problem")
                                        }
                                    }
                                    row.element(.td, text: appointment.time)
                                    row.element(.td) { $0.element(.a, .href(appointment.link), text: appointment.reference) }
                                    row.element(.td, text: appointment.child)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func statistics(_ page: PageContext, _ model: BackOfficeStatisticsModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.dossierDesk, s = page.text.supervision
        return Layout(page: page, title: t.statisticsTitle, backLink: SiteURL.backOfficeQueue.path, navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.element(.h1, text: t.statisticsTitle)
            main.element(.p, .class("lead"), text: model.serviceName)
            main.element(.h2, text: t.perStateTitle)
            main.summaryList(model.perState, change: page.text.dossier.change)
            main.element(.p, text: model.totalFiled)
            main.element(.h2, text: s.decisionsTitle)
            main.element(.ul, .class("list")) { list in
                for line in model.decisions + model.other { list.element(.li, text: line) }
            }
            main.element(.h2, text: t.delayTitle)
            main.element(.p, text: s.delayLead)
            main.element(.ul, .class("list")) { list in
                for line in model.delays { list.element(.li, text: line) }
            }
            main.element(.div, .class("table-scroll")) { scroll in
                scroll.element(.table, .class("table queue-table")) { table in
                    table.element(.caption, text: t.monthsTitle)
                    table.element(.thead) { head in
                        head.element(.tr) { row in
                            for column in [t.monthColumn, t.filedColumn, s.explicitColumn, s.implicitColumn] { row.element(.th, .scope("col"), text: column) }
                        }
                    }
                    table.element(.tbody) { body in
                        for month in model.months {
                            body.element(.tr) { row in
                                row.element(.th, .scope("row"), text: month.month)
                                row.element(.td, text: month.filed)
                                row.element(.td, text: month.decided)
                                row.element(.td, text: month.implicit)
                            }
                        }
                    }
                    table.element(.tfoot) { foot in
                        foot.element(.tr) { row in
                            row.element(.th, .scope("row"), text: model.total.month)
                            row.element(.td, text: model.total.filed)
                            row.element(.td, text: model.total.decided)
                            row.element(.td, text: model.total.implicit)
                        }
                    }
                }
            }
        }
    }
}
