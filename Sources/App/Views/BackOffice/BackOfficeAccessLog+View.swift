import TypedHTML

/// Who looked at a case (docs/pages.md#access-log): a table, supervisors only.
enum BackOfficeAccessLogView {
    static func render(_ page: PageContext, _ model: BackOfficeAccessLogModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.dossierDesk
        return Layout(page: page, title: model.title, backLink: model.caseLink,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.element(.h1, text: model.title)
            main.element(.p, text: t.accessLogLead)
            if model.lines.isEmpty {
                main.element(.p, text: t.accessLogEmpty)
            } else {
                if let latest = model.latest { main.element(.p, text: latest) }
                main.element(.div, .class("table-scroll")) { scroll in
                    scroll.element(.table, .class("table")) { table in
                        table.element(.thead) { head in
                            head.element(.tr) { row in
                                for column in [t.accessLogWhen, t.accessLogWho, t.accessLogWhat] { row.element(.th, .scope("col"), text: column) }
                            }
                        }
                        table.element(.tbody) { body in
                            for line in model.lines {
                                body.element(.tr) { row in
                                    row.element(.td, text: line.when)
                                    row.element(.td, text: line.who)
                                    row.element(.td, text: line.what)
                                }
                            }
                        }
                    }
                }
            }
            main.element(.p) { $0.element(.a, .href(model.caseLink), text: model.caseLinkText) }
        }
    }
}
