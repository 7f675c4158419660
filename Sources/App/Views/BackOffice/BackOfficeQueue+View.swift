import DCEMDossier
import DCEMRules
import Plot
import TypedHTML

/// The queue (docs/pages.md#back-office): counts per state, filters in a GET form (kept in the URL,
/// no script needed), a table with sortable columns, and previous/next pages.
enum BackOfficeQueueView {
    static func render(_ page: PageContext, agent: SignedInAgent, query: QueueQuery, result: QueuePage, csrf: String) -> String {
        let t = page.text.backOffice
        return Layout(page: page, title: t.queueTitle, navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render([
            element("h1", [], [.plainText(t.queueTitle)]),
            AssistedFilingView.queueLink(page),
            counts(page, query: query, result: result),
            filters(page, query: query),
            result.rows.isEmpty ? element("p", [("class", "panel")], [.plainText(t.empty)]) : table(page, agent: agent, query: query, rows: result.rows),
            pagination(page, query: query, hasNext: result.hasNextPage),
        ])
    }

    static func link(_ query: QueueQuery) -> String {
        let pairs = query.parameters
        guard !pairs.isEmpty else { return SiteURL.backOfficeQueue.path }
        return SiteURL.backOfficeQueue.path + "?" + pairs.map { "\($0.0)=\(SiteURL.queryValue($0.1))" }.joined(separator: "&")
    }

    private static func counts(_ page: PageContext, query: QueueQuery, result: QueuePage) -> BodyNode {
        let t = page.text.backOffice
        return element("section", [("aria-labelledby", "counts-title")], [
            element("h2", [("id", "counts-title")], [.plainText(t.countsTitle)]),
            element("p", [], [.plainText(t.countsTotal(result.total))]),
            element("ul", [("class", "queue-counts")], result.counts.map { entry in
                var filtered = QueueQuery(prefecture: query.prefecture)
                filtered.state = entry.state
                return element("li", [("data-state", entry.state.rawValue)], [
                    element("a", [("href", link(filtered)), ("aria-current", query.state == entry.state ? "true" : nil)], [
                        .plainText(entry.state.label(in: page.language)),
                    ]),
                    .plainText(" "),
                    element("strong", [("class", "queue-count")], [.plainText(String(entry.count))]),
                ])
            }),
        ])
    }

    private static func filters(_ page: PageContext, query: QueueQuery) -> BodyNode {
        let t = page.text.backOffice
        func option(_ value: String, _ label: String, selected: Bool) -> BodyNode {
            element("option", [("value", value), ("selected", flag(selected))], [.plainText(label)])
        }
        func select(_ name: String, _ label: String, _ options: [BodyNode]) -> BodyNode {
            element("div", [("class", "field queue-filter")], [
                element("label", [("for", name), ("class", "label")], [.plainText(label)]),
                element("select", [("id", name), ("name", name), ("class", "select")], [option("", t.anyValue, selected: false)] + options),
            ])
        }
        return element("details", [("class", "queue-filters"), ("open", flag(query != QueueQuery(prefecture: query.prefecture)))], [
            element("summary", [], [.plainText(t.filtersTitle)]),
            element("form", [("method", "get"), ("action", SiteURL.backOfficeQueue.path)], [
                Forms.input(name: "q", label: t.searchLabel, hint: t.searchHint, type: .search, value: query.search ?? "", error: nil),
                select("etat", t.stateFilter, DossierState.allCases.filter { $0 != .draft }.map {
                    option($0.rawValue, $0.label(in: page.language), selected: $0 == query.state)
                }),
                select("profil", t.profileFilter, SituationProfile.allCases.map {
                    option($0.rawValue, page.text.dossier.profileLabel($0), selected: $0 == query.profile)
                }),
                select("motif", t.groundFilter, Ground.allCases.map {
                    option($0.rawValue, t.groundShort($0), selected: $0 == query.ground)
                }),
                Forms.input(name: "depose-du", label: t.filedFrom, type: .date, value: query.filedFrom?.iso ?? "", error: nil),
                Forms.input(name: "depose-au", label: t.filedTo, type: .date, value: query.filedTo?.iso ?? "", error: nil),
                Forms.input(name: "echeance", label: t.dueWithin, hint: t.dueWithinHint, value: query.dueWithinDays.map(String.init) ?? "",
                            inputMode: .numeric, width: "4", error: nil),
                element("div", [("class", "field")], [element("div", [("class", "radio")], [
                    voidElement("input", [("type", "checkbox"), ("id", "attente-famille"), ("name", "attente-famille"), ("value", "1"),
                                          ("checked", flag(query.waitingForFamily))]),
                    element("label", [("for", "attente-famille")], [.plainText(t.waitingForFamily)]),
                ])]),
                query.sort != .due ? voidElement("input", [("type", "hidden"), ("name", "tri"), ("value", query.sort.rawValue)]) : .empty,
                query.descending ? voidElement("input", [("type", "hidden"), ("name", "ordre"), ("value", "desc")]) : .empty,
                Forms.submit(t.applyFilters),
                .plainText(" "),
                element("a", [("href", SiteURL.backOfficeQueue.path)], [.plainText(t.clearFilters)]),
            ]),
        ])
    }

    private static func table(_ page: PageContext, agent: SignedInAgent, query: QueueQuery, rows: [QueueRow]) -> BodyNode {
        let t = page.text.backOffice
        func header(_ label: String, _ sort: QueueQuery.Sort) -> BodyNode {
            var target = query
            target.sort = sort
            target.descending = query.sort == sort ? !query.descending : false
            target.page = 1
            let current = query.sort == sort
            return element("th", [("scope", "col"), ("aria-sort", current ? (query.descending ? "descending" : "ascending") : nil)], [
                element("a", [("href", link(target))], [
                    .plainText(label),
                    element("span", [("class", "visually-hidden")], [.plainText(" – " + t.sortBy(label))]),
                    current ? element("span", [("aria-hidden", "true")], [.plainText(query.descending ? " ▼" : " ▲")]) : .empty,
                ]),
            ])
        }
        return element("div", [("class", "table-scroll")], [
            element("table", [("class", "table queue-table")], [
                element("caption", [], [.plainText(t.caption(agent.prefecture.serviceName, query.page))]),
                element("thead", [], [element("tr", [], [
                    header(t.columnReference, .reference),
                    header(t.columnChild, .child),
                    header(t.columnFiled, .filed),
                    header(t.columnDue, .due),
                    header(t.columnState, .state),
                ])]),
                element("tbody", [], rows.map { row in
                    let due: String = row.state == .awaitingDocuments ? t.clockStopped
                        : (row.state.clockRuns ? row.implicitRefusalOn.map { DossierFormat.day($0, page) } ?? "—" : "—")
                    return element("tr", [], [
                        element("th", [("scope", "row")], [element("a", [("href", SiteURL.backOfficeDossier(row.id).path)], [.plainText(row.reference)])]),
                        element("td", [], [.plainText(row.childName ?? page.text.dossier.unnamedChild)]),
                        element("td", [], [.plainText(row.filedOn.map { DossierFormat.day($0, page) } ?? "—")]),
                        element("td", [], [.plainText(due)]),
                        element("td", [], [DossierFormat.tag(row.state.label(in: page.language), row.state.rawValue)]),
                    ])
                }),
            ]),
        ])
    }

    private static func pagination(_ page: PageContext, query: QueueQuery, hasNext: Bool) -> BodyNode {
        let t = page.text.backOffice
        guard query.page > 1 || hasNext else { return .empty }
        var previous = query
        previous.page = query.page - 1
        var next = query
        next.page = query.page + 1
        return element("nav", [("aria-label", t.pagination), ("class", "queue-pagination")], [
            element("ul", [], [
                query.page > 1 ? element("li", [], [element("a", [("href", link(previous)), ("rel", "prev")], [.plainText(t.previousPage)])]) : .empty,
                hasNext ? element("li", [], [element("a", [("href", link(next)), ("rel", "next")], [.plainText(t.nextPage)])]) : .empty,
            ]),
        ])
    }
}
