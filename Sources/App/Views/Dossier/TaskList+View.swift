import DCEMDossier
import DCEMRules
import Plot

/// The draft's task list: each section with its status, and the rules' answer as soon as it is known.
enum TaskListView {
    static func sectionURL(_ dossier: Dossier, _ section: DossierSection) -> SiteURL {
        .dossierSection(dossier.id!, section)
    }

    /// `copiedFrom`: the reference of the case this draft was started from (renewal, brother or sister).
    static func render(_ page: PageContext, dossier: Dossier, assessment: DossierAssessment, copiedFrom: String? = nil) -> String {
        let t = page.text.dossier
        let checklist = assessment.checklist
        let items: [BodyNode] = DossierSection.allCases.map { section in
            let status = checklist.status(section)
            let title = t.sectionTitle(section)
            let label: BodyNode = status == .cannotStartYet
                ? element("span", [], [.plainText(title)])
                : element("a", [("href", sectionURL(dossier, section).path), ("aria-describedby", "status-\(section.rawValue)")], [.plainText(title)])
            return element("li", [("class", "task")], [
                label,
                element("span", [("id", "status-\(section.rawValue)"), ("class", "tag tag--\(status.rawValue)")], [.plainText(t.statusLabel(status))]),
            ])
        }
        var eligibility: BodyNode = .empty
        if let result = checklist.evaluation {
            eligibility = result.outcome == .eligible
                ? element("div", [("class", "panel panel--ok")], [
                    element("p", [], [.plainText(t.eligibleNow)]),
                    element("ul", [("class", "list")], result.grounds.map { element("li", [], [.plainText($0.label(in: page.language))]) }),
                ])
                : element("div", [("class", "panel panel--warn")], [element("p", [], [.plainText(t.notEligibleNow)])])
        }
        let departement = dossier.competentDepartement.map {
            element("p", [], [.plainText(t.prefectureLine($0.serviceName, $0.code))])
        } ?? .empty
        return Layout(page: page, title: t.taskTitle, backLink: SiteURL.myDossiers.path).render([
            element("h1", [], [.plainText(t.taskTitle)]),
            element("p", [("class", "lead")], [.plainText(DossierFormat.childName(dossier, page))]),
            copiedFrom.map { element("p", [("class", "panel")], [.plainText(t.copiedFrom($0))]) } ?? .empty,
            element("p", [], [.plainText(t.taskLead)]),
            departement,
            eligibility,
            warnings(page, assessment.warnings),
            element("ol", [("class", "task-list")], items),
            element("p", [("class", "hint")], [.plainText(t.deleteDraftHint)]),
        ])
    }

    /// Warnings that save a trip: a passport or permit expiring soon, a photo about to age out.
    static func warnings(_ page: PageContext, _ warnings: [DossierWarning]) -> BodyNode {
        let t = page.text.dossier
        let lines: [String] = warnings.map { warning in
            switch warning {
            case .passportEndsBeforeDCEM(let passport): t.warnPassport(DossierFormat.day(passport, page))
            case .parentPermitExpiresSoon(let expires): t.warnPermit(DossierFormat.day(expires, page))
            case .photoAgesOut(let day): t.warnPhoto(DossierFormat.day(day, page))
            }
        }
        guard !lines.isEmpty else { return .empty }
        return element("div", [("class", "panel panel--warn")], [element("ul", [("class", "list")], lines.map { element("li", [], [.plainText($0)]) })])
    }

    /// "Save and come back later" under a question's form: answers are already saved on "Continue".
    static func saveLaterLink(_ page: PageContext, _ dossier: Dossier) -> BodyNode {
        element("p", [], [element("a", [("href", SiteURL.dossier(dossier.id!).path)], [.plainText(page.text.dossier.saveLater)])])
    }
}
