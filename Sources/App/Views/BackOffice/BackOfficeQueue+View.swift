import TypedHTML

/// The queue (docs/pages.md#the-queue): tabs with their counts, the count of results, filters in a
/// GET form (kept in the URL, no script needed), a table with sortable columns and marks, and
/// previous/next pages; the day's pick-ups as a list.
enum BackOfficeQueueView {
    static func render(_ page: PageContext, _ model: BackOfficeQueueModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.backOffice
        return Layout(page: page, title: t.queueTitle, navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.element(.div, .class("queue")) { queue in
                queue.element(.div, .class("queue-head")) { head in
                    head.element(.h1, text: t.queueTitle)
                    AssistedFilingView.queueLink(&head, page)
                }
                tabs(&queue, page, model.tabs)
                queue.element(.p, .class("queue-results")) { line in
                    line.element(.strong, text: model.results)
                    if let pageOf = model.pageOf { line.text(" · " + pageOf) }
                }
                // The day's list shows every appointment: no filters to offer.
                if !model.showsPickups { filters(&queue, page, model) }
                if model.showsPickups {
                    pickups(&queue, page, model)
                } else if model.rows.isEmpty {
                    queue.element(.p, .class("panel"), text: t.empty)
                } else {
                    table(&queue, page, model)
                }
                pagination(&queue, page, model)
            }
        }
    }

    static func tabs(_ html: inout HTMLWriter, _ page: PageContext, _ tabs: [BackOfficeQueueModel.Tab]) {
        html.element(.nav, .aria(.label, page.text.queue.tabsLabel)) { nav in
            nav.element(.ul, .class("queue-tabs")) { list in
                for tab in tabs {
                    list.element(.li, .data(.tab, tab.tab)) { item in
                        item.element(.a, .href(tab.href), .aria(.current, tab.current ? "page" : nil)) { link in
                            // A space, so that the link reads "À instruire 12", not "À instruire12".
                            link.text(tab.label + " ")
                            link.element(.span, .class("queue-count"), text: String(tab.count))
                        }
                    }
                }
            }
        }
    }

    private static func pickups(_ html: inout HTMLWriter, _ page: PageContext, _ model: BackOfficeQueueModel) {
        let q = page.text.queue
        html.element(.section, .aria(.labelledby, "pickups-title")) { section in
            section.element(.h2, .id("pickups-title"), text: model.pickupsTitle)
            if model.filtered { section.element(.p, .class("hint"), text: q.pickupsIgnoreFilters) }
            guard !model.pickups.isEmpty else {
                section.element(.p, .class("panel"), text: q.noPickups)
                return
            }
            section.element(.ol, .class("queue-pickups")) { list in
                for pickup in model.pickups {
                    list.element(.li) { item in
                        item.element(.strong, .class("queue-pickup__time"), text: pickup.time)
                        item.element(.a, .href(pickup.href), text: pickup.reference)
                        item.element(.span, text: pickup.child)
                        item.tag(pickup.stateLabel, pickup.state)
                    }
                }
            }
        }
    }

    private static func filters(_ html: inout HTMLWriter, _ page: PageContext, _ model: BackOfficeQueueModel) {
        let t = page.text.backOffice
        func select(_ html: inout HTMLWriter, _ name: String, _ label: String, _ options: [BackOfficeQueueModel.Option]) {
            html.element(.div, .class("field queue-filter")) { field in
                field.element(.label, .for(name), .class("label"), text: label)
                field.element(.select, .id(name), .name(name), .class("select")) { select in
                    select.element(.option, .value(""), .selected(false), text: t.anyValue)
                    for option in options {
                        select.element(.option, .value(option.value), .selected(option.selected), text: option.label)
                    }
                }
            }
        }
        html.element(.details, .class("queue-filters"), .open(model.filtered)) { details in
            details.element(.summary, text: t.filtersTitle)
            details.element(.form, .method(.get), .action(SiteURL.backOfficeQueue.path)) { form in
                form.input(name: "q", label: t.searchLabel, hint: t.searchHint, type: .search, value: model.search)
                select(&form, "etat", t.stateFilter, model.states)
                select(&form, "profil", t.profileFilter, model.profiles)
                select(&form, "motif", t.groundFilter, model.grounds)
                form.input(name: "depose-du", label: t.filedFrom, type: .date, value: model.filedFrom)
                form.input(name: "depose-au", label: t.filedTo, type: .date, value: model.filedTo)
                form.input(name: "echeance", label: t.dueWithin, hint: t.dueWithinHint, value: model.dueWithinDays, inputMode: .numeric, width: "4")
                form.element(.div, .class("field")) { field in
                    field.element(.div, .class("radio")) { radio in
                        radio.void(.input, .type(.checkbox), .id("attente-famille"), .name("attente-famille"), .value("1"), .checked(model.waitingForFamily))
                        radio.element(.label, .for("attente-famille"), text: t.waitingForFamily)
                    }
                }
                if let tab = model.hiddenTab { form.void(.input, .type(.hidden), .name("vue"), .value(tab)) }
                if let sort = model.hiddenSort { form.void(.input, .type(.hidden), .name("tri"), .value(sort)) }
                if model.descending { form.void(.input, .type(.hidden), .name("ordre"), .value("desc")) }
                form.submit(t.applyFilters)
                form.text(" ")
                form.element(.a, .href(SiteURL.backOfficeQueue.path), text: t.clearFilters)
            }
        }
    }

    private static func table(_ html: inout HTMLWriter, _ page: PageContext, _ model: BackOfficeQueueModel) {
        let t = page.text.backOffice
        html.element(.div, .class("table-scroll")) { scroll in
            scroll.element(.table, .class("table queue-table")) { table in
                // The caption repeats the current tab above the table: read aloud, not shown.
                table.element(.caption, .class("visually-hidden"), text: model.caption)
                table.element(.thead) { head in
                    head.element(.tr) { row in
                        for column in model.columns {
                            row.element(.th, .scope("col"), .aria(.sort, column.sort)) { cell in
                                cell.element(.a, .href(column.href)) { link in
                                    link.text(column.label)
                                    link.element(.span, .class("visually-hidden"), text: " – " + t.sortBy(column.label))
                                    if column.sort != nil {
                                        link.element(.span, .aria(.hidden, "true"), text: model.descending ? " ▼" : " ▲")
                                    }
                                }
                            }
                        }
                        row.element(.th, .scope("col"), text: page.text.queue.columnMarks)
                        row.element(.th, .scope("col"), text: page.text.queue.columnAssigned)
                    }
                }
                table.element(.tbody) { body in
                    for row in model.rows {
                        body.element(.tr) { tr in
                            tr.element(.th, .scope("row")) { $0.element(.a, .href(row.href), text: row.reference) }
                            tr.element(.td, text: row.child)
                            tr.element(.td, text: row.filedOn)
                            tr.element(.td, text: row.due)
                            tr.element(.td) { $0.tag(row.stateLabel, row.state) }
                            tr.element(.td) { cell in
                                for mark in row.marks { cell.element(.span, .class("queue-mark"), .data(.mark, mark.kind), text: mark.label) }
                            }
                            tr.element(.td, text: row.assigned)
                        }
                    }
                }
            }
        }
    }

    private static func pagination(_ html: inout HTMLWriter, _ page: PageContext, _ model: BackOfficeQueueModel) {
        let t = page.text.backOffice
        guard model.previousPage != nil || model.nextPage != nil else { return }
        html.element(.nav, .aria(.label, t.pagination), .class("queue-pagination")) { nav in
            nav.element(.ul) { list in
                if let previous = model.previousPage {
                    list.element(.li) { $0.element(.a, .href(previous), .rel(.prev), text: t.previousPage) }
                }
                if let next = model.nextPage {
                    list.element(.li) { $0.element(.a, .href(next), .rel(.next), text: t.nextPage) }
                }
            }
        }
    }
}
