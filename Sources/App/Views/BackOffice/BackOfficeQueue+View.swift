import TypedHTML

/// The queue (docs/pages.md#back-office): counts per state, filters in a GET form (kept in the URL,
/// no script needed), a table with sortable columns, and previous/next pages.
enum BackOfficeQueueView {
    static func render(_ page: PageContext, _ model: BackOfficeQueueModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.backOffice
        return Layout(page: page, title: t.queueTitle, navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.element(.h1, text: t.queueTitle)
            AssistedFilingView.queueLink(&main, page)
            counts(&main, page, model)
            filters(&main, page, model)
            if model.rows.isEmpty {
                main.element(.p, .class("panel"), text: t.empty)
            } else {
                table(&main, page, model)
            }
            pagination(&main, page, model)
        }
    }

    private static func counts(_ html: inout HTMLWriter, _ page: PageContext, _ model: BackOfficeQueueModel) {
        let t = page.text.backOffice
        html.element(.section, .aria(.labelledby, "counts-title")) { section in
            section.element(.h2, .id("counts-title"), text: t.countsTitle)
            section.element(.p, text: t.countsTotal(model.total))
            section.element(.ul, .class("queue-counts")) { list in
                for entry in model.counts {
                    list.element(.li, .data(.state, entry.state)) { item in
                        item.element(.a, .href(entry.href), .aria(.current, entry.current ? "true" : nil), text: entry.label)
                        item.text(" ")
                        item.element(.strong, .class("queue-count"), text: String(entry.count))
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
                table.element(.caption, text: model.caption)
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
