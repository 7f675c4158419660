import TypedHTML

/// The school trips' tab: the queue's tab bar, then one row per trip, the nearest departure first.
enum BackOfficeTripsView {
    static func render(_ page: PageContext, _ model: BackOfficeTripsModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.tripDesk
        return Layout(page: page, title: t.queueTitle, navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.element(.div, .class("queue")) { queue in
                queue.element(.h1, text: t.queueTitle)
                BackOfficeQueueView.tabs(&queue, page, model.tabs)
                queue.element(.p, text: t.queueLead)
                guard !model.rows.isEmpty else {
                    queue.element(.p, .class("panel"), text: t.queueEmpty)
                    return
                }
                queue.element(.div, .class("table-scroll")) { scroll in
                    scroll.element(.table, .class("table queue-table")) { table in
                        table.element(.caption, .class("visually-hidden"), text: model.caption)
                        table.element(.thead) { head in
                            head.element(.tr) { row in
                                for label in [t.columnReference, t.columnDeparture, t.columnSchool, t.columnPupils, t.columnState] {
                                    row.element(.th, .scope("col"), text: label)
                                }
                            }
                        }
                        table.element(.tbody) { body in
                            for row in model.rows {
                                body.element(.tr) { tr in
                                    tr.element(.th, .scope("row")) { $0.element(.a, .href(row.href), text: row.reference) }
                                    tr.element(.td) { cell in
                                        cell.text(row.departure)
                                        if !row.daysLeft.isEmpty {
                                            cell.void(.br)
                                            cell.element(.strong, text: row.daysLeft)
                                        }
                                    }
                                    tr.element(.td, text: row.school)
                                    tr.element(.td, text: row.pupils)
                                    tr.element(.td) { $0.tag(row.stateLabel, row.state) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
