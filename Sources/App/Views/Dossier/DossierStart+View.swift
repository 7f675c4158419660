import DCEMDossier
import DCEMRules
import TypedHTML

/// The start of an application: the document, the situation profile, the applicant's role.
enum DossierStartView {
    static func render(_ page: PageContext, values: [String: String], errors: [FieldError], csrf: String) -> String {
        let t = page.text.dossier
        return Layout(page: page, title: t.startTitle, hasErrors: !errors.isEmpty, backLink: SiteURL.myDossiers.path).render { main in
            main.errorSummary(errors, title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.startTitle)
            main.element(.form, .method(.post), .action(SiteURL.dossierStart.path), .novalidate()) { form in
                form.csrf(csrf)
                form.dossierStartFields(page, values: values, errors: errors)
                form.submit(t.startButton)
            }
        }
    }
}

extension HTMLWriter {
    /// The choices of a start, as `DossierStart.check` reads them: also asked at the counter (rule 19).
    mutating func dossierStartFields(_ page: PageContext, values: [String: String], errors: [FieldError]) {
        let t = page.text.dossier
        func error(_ id: String) -> FieldError? { errors.first { $0.fieldID == id } }
        radioGroup(name: "document", legend: t.documentQuestion, choices: [Choice(value: "dcem", label: t.documentDCEM, hint: t.documentDCEMHint)],
                   selected: values["document"] ?? "dcem", error: error("document"))
        radioGroup(name: "profile", legend: t.profileQuestion,
                   choices: SituationProfile.allCases.map { Choice(value: $0.rawValue, label: t.profileLabel($0)) },
                   selected: values["profile"], error: error("profile"))
        radioGroup(name: "role", legend: t.roleQuestion,
                   choices: ApplicantAnswer.allCases.map { Choice(value: $0.rawValue, label: $0.role.label(in: page.language), hint: t.roleHint($0.role)) },
                   selected: values["role"], error: error("role"))
    }
}

extension DossierStartView {
    /// The same fields for a page still written with Plot (the counter's filing, until it moves).
    static func fields(_ page: PageContext, values: [String: String], errors: [FieldError]) -> [BodyNode] {
        [.typed { $0.dossierStartFields(page, values: values, errors: errors) }]
    }
}
