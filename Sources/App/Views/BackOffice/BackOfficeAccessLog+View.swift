import TypedHTML

/// Who looked at a case (docs/pages.md#access-log), newest first: supervisors only.
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
                // One line per view, like the case's history: it reads the same on a phone.
                main.element(.ol, .class("timeline")) { list in
                    for line in model.lines { list.element(.li, text: "\(line.when) — \(line.who) — \(line.what)") }
                }
            }
        }
    }
}
