import Plot

/// The home page: what the DCEM is, who needs it, what it costs, how long it lasts.
enum HomeView {
    static func render(_ page: PageContext, model: HomeModel) -> String {
        let text = page.text.home
        func section(_ title: String, _ body: [BodyNode]) -> BodyNode {
            element("section", [("class", "section")], [element("h2", [], [.text(title)])] + body)
        }
        func paragraphs(_ lines: [String]) -> [BodyNode] { lines.map { element("p", [], [.text($0)]) } }
        return Layout(page: page, title: text.title).render([
            element("h1", [], [.text(text.title)]),
            element("p", [("class", "lead")], [.text(text.lead)]),
            element("p", [], [element("a", [("href", SiteURL.simulatorStart.path), ("class", "button button--start")], [.text(text.startSimulator)])]),
            section(text.whatTitle, paragraphs(text.whatBody)),
            section(text.whoTitle, [
                element("p", [], [.text(text.whoBody)]),
                element("ul", [("class", "list")], text.whoList.map { element("li", [], [.text($0)]) }),
            ]),
            section(text.notConcernedTitle, paragraphs([text.notConcernedBody])),
            section(text.costTitle, paragraphs([text.costBody(model.feeEUR), text.costExemption])),
            section(text.durationTitle, paragraphs(text.durationBody)),
            section(text.delayTitle, paragraphs([text.delayBody(model.implicitRefusalMonths)])),
            element("p", [("class", "sources")], [.text(text.sourcesNote)]),
        ])
    }
}
