import Plot

/// The home page: what the DCEM is, who needs it, what it costs, how long it lasts.
enum HomeView {
    static func render(_ page: PageContext, model: HomeModel) -> String {
        let text = page.text.home
        func section(_ title: String, _ body: [BodyNode]) -> BodyNode {
            element("section", [("class", "section")], [element("h2", [], [.plainText(title)])] + body)
        }
        func paragraphs(_ lines: [String]) -> [BodyNode] { lines.map { element("p", [], [.plainText($0)]) } }
        return Layout(page: page, title: text.title).render([
            element("h1", [], [.plainText(text.title)]),
            element("p", [("class", "lead")], [.plainText(text.lead)]),
            element("p", [], [element("a", [("href", SiteURL.simulatorStart.path), ("class", "button button--start")], [.plainText(text.startSimulator)])]),
            section(text.whatTitle, paragraphs(text.whatBody(model))),
            section(text.whoTitle, [
                element("p", [], [.plainText(text.whoBody)]),
                element("ul", [("class", "list")], text.whoList(model).map { element("li", [], [.plainText($0)]) }),
            ]),
            section(text.notConcernedTitle, paragraphs([text.notConcernedBody])),
            section(text.costTitle, paragraphs([text.costBody(model.feeEUR), text.costExemption(model)])),
            section(text.durationTitle, paragraphs(text.durationBody(model))),
            section(text.delayTitle, paragraphs([text.delayBody(model.implicitRefusalMonths)])),
            element("p", [("class", "sources")], [.plainText(text.sourcesNote)]),
        ])
    }
}
