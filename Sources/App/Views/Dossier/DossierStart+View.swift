import DCEMDossier
import DCEMRules
import Plot

/// The start of an application: the document, the situation profile, the applicant's role.
enum DossierStartView {
    static func render(_ page: PageContext, values: [String: String], errors: [FieldError], csrf: String) -> String {
        let t = page.text.dossier
        return Layout(page: page, title: t.startTitle, hasErrors: !errors.isEmpty, backLink: SiteURL.myDossiers.path).render([
            Forms.errorSummary(errors, title: page.text.layout.errorSummaryTitle),
            element("h1", [], [.plainText(t.startTitle)]),
            element("form", [("method", "post"), ("action", SiteURL.dossierStart.path), ("novalidate", "")], [
                Forms.csrf(csrf),
            ] + fields(page, values: values, errors: errors) + [
                Forms.submit(t.startButton),
            ]),
        ])
    }

    /// The choices of a start, as `DossierStart.check` reads them: also asked at the counter (rule 19).
    static func fields(_ page: PageContext, values: [String: String], errors: [FieldError]) -> [BodyNode] {
        let t = page.text.dossier
        func error(_ id: String) -> FieldError? { errors.first { $0.fieldID == id } }
        return [
            Forms.radioGroup(name: "document", legend: t.documentQuestion, choices: [Choice(value: "dcem", label: t.documentDCEM, hint: t.documentDCEMHint)],
                             selected: values["document"] ?? "dcem", error: error("document")),
            Forms.radioGroup(name: "profile", legend: t.profileQuestion,
                             choices: SituationProfile.allCases.map { Choice(value: $0.rawValue, label: t.profileLabel($0)) },
                             selected: values["profile"], error: error("profile")),
            Forms.radioGroup(name: "role", legend: t.roleQuestion,
                             choices: ApplicantAnswer.allCases.map { Choice(value: $0.rawValue, label: $0.role.label(in: page.language), hint: t.roleHint($0.role)) },
                             selected: values["role"], error: error("role")),
        ]
    }
}
