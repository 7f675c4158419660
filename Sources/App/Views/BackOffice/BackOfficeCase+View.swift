import DCEMRules
import Plot

/// A case seen from the back office: a placeholder until the case page is built (issue 4).
enum BackOfficeCaseView {
    static func render(_ page: PageContext, agent: SignedInAgent, dossier: Dossier, csrf: String) -> String {
        let t = page.text.backOffice
        let reference = dossier.reference ?? ""
        return Layout(page: page, title: t.caseTitle(reference), backLink: SiteURL.backOfficeQueue.path,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render([
            element("h1", [], [.text(t.caseTitle(reference))]),
            DossierFormat.summary([
                DossierFormat.row(t.columnChild, dossier.childName, page: page),
                DossierFormat.row(t.columnState, dossier.caseState.label(in: page.language), page: page),
                DossierFormat.row(t.columnFiled, DossierFormat.day(dossier.filedOn, page), page: page),
                DossierFormat.row(t.columnDue, DossierFormat.day(dossier.implicitRefusalOn, page), page: page),
            ]),
            element("p", [], [.text(t.casePlaceholder)]),
            element("p", [], [element("a", [("href", SiteURL.backOfficeQueue.path)], [.text(t.backToQueue)])]),
        ])
    }
}
