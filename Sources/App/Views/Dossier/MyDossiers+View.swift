import DCEMRules
import Plot

/// "My applications": every dossier of the member, drafts first in time order, with its state.
enum MyDossiersView {
    static func render(_ page: PageContext, dossiers: [DossierListing]) -> String {
        let t = page.text.dossier
        let items: [BodyNode] = dossiers.map { dossier in
            let id = dossier.id
            let state = dossier.currentState
            var lines: [BodyNode] = [
                element("h2", [("class", "card__title")], [element("a", [("href", SiteURL.dossier(id).path)], [.plainText(DossierFormat.childName(dossier.childName, page))])]),
                element("p", [], [DossierFormat.tag(state == .draft ? t.draft : state.label(in: page.language), state.rawValue)]),
            ]
            if let reference = dossier.reference {
                lines.append(element("p", [], [.plainText(t.referenceLine(reference, "\(t.filedOnLabel) \(DossierFormat.day(dossier.filedOn, page))"))]))
            }
            if state.clockRuns, let silence = dossier.implicitRefusalOn {
                lines.append(element("p", [("class", "hint")], [.plainText(t.silenceLine(DossierFormat.day(silence, page)))]))
            }
            lines.append(element("p", [], [element("a", [("href", SiteURL.dossier(id).path)], [.plainText(state == .draft ? t.resume : t.open)])]))
            return element("li", [("class", "card")], lines)
        }
        return Layout(page: page, title: t.myTitle).render([
            element("h1", [], [.plainText(t.myTitle)]),
            dossiers.isEmpty ? element("p", [], [.plainText(t.myEmpty)]) : element("ul", [("class", "cards")], items),
            element("p", [], [element("a", [("href", SiteURL.dossierStart.path), ("class", "button")], [.plainText(t.myStart)])]),
            element("p", [], [element("a", [("href", SiteURL.account.path)], [.plainText(page.text.account.accountLink)])]),
        ])
    }
}
