import DCEMRules
import Plot

/// Every change of the implicit-refusal date with its reason, as the family reads it.
enum ImplicitRefusalChangesView {
    static func line(_ page: PageContext, _ change: ImplicitRefusalChange) -> String {
        ImplicitRefusalText.of(page.language).change(change.reason, DossierFormat.day(change.on, page),
                                                     change.implicitRefusalOn.map { DossierFormat.day($0, page) },
                                                     change.replyBy.map { DossierFormat.day($0, page) })
    }

    /// The case page's section; empty before filing.
    static func section(_ page: PageContext, _ changes: [ImplicitRefusalChange]) -> BodyNode {
        guard !changes.isEmpty else { return .empty }
        let t = ImplicitRefusalText.of(page.language)
        return element("section", [("class", "section"), ("id", "date-de-reponse")], [
            element("h2", [], [.plainText(t.historyTitle)]),
            element("p", [], [.plainText(t.historyLead)]),
            element("ol", [("class", "timeline")], changes.map { element("li", [], [.plainText(line(page, $0))]) }),
            element("p", [("class", "hint")], [.plainText(t.basis(Parameters.clockRestart.citation))]),
        ])
    }
}
