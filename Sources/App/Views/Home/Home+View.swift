import TypedHTML

/// The home page: what the DCEM is, who needs it, what it costs, how long it lasts.
enum HomeView {
    static func render(_ page: PageContext, model: HomeModel) -> RenderedHTML {
        let text = page.text.home
        func section(_ html: inout HTMLWriter, _ title: String, _ paragraphs: [String], then more: (inout HTMLWriter) -> Void = { _ in }) {
            html.element(.section, .class("section")) { section in
                section.element(.h2, text: title)
                for paragraph in paragraphs { section.element(.p, text: paragraph) }
                more(&section)
            }
        }
        return Layout(page: page, title: text.title).render { main in
            main.element(.h1, text: text.title)
            main.element(.p, .class("lead"), text: text.lead)
            main.element(.p) { $0.element(.a, .href(SiteURL.simulatorStart.path), .class("button button--start"), text: text.startSimulator) }
            section(&main, text.whatTitle, text.whatBody(model))
            section(&main, text.whoTitle, [text.whoBody]) { section in
                section.element(.ul, .class("list")) { list in
                    for line in text.whoList(model) { list.element(.li, text: line) }
                }
            }
            section(&main, text.notConcernedTitle, [text.notConcernedBody])
            section(&main, text.costTitle, [text.costBody(model.feeEUR), text.costExemption(model)])
            section(&main, text.durationTitle, text.durationBody(model))
            section(&main, text.delayTitle, [text.delayBody(model.implicitRefusalMonths)])
            let verification = page.text.verification
            section(&main, verification.homeTitle, [verification.homeBody]) { section in
                section.element(.p) { $0.element(.a, .href(SiteURL.verification.path), text: verification.homeLink) }
            }
            main.element(.p, .class("sources"), text: text.sourcesNote)
        }
    }
}
