import DCEMDossier
import DCEMRules
import TypedHTML

/// A question answered by one radio among several, inside a form with other questions.
struct RadioQuestion: Sendable {
    let name: String
    let legend: String
    let choices: [Choice]
    let selected: String?
    let error: FieldError?

    /// The choices of a start, as `DossierStart.check` reads them: the family's start page and the
    /// counter ask them (docs/law.md#rule-19).
    static func start(_ page: PageContext, values: [String: String], errors: [FieldError]) -> [RadioQuestion] {
        let t = page.text.dossier
        func error(_ id: String) -> FieldError? { errors.first { $0.fieldID == id } }
        return [
            RadioQuestion(name: "document", legend: t.documentQuestion, choices: [Choice(value: "dcem", label: t.documentDCEM, hint: t.documentDCEMHint)],
                          selected: values["document"] ?? "dcem", error: error("document")),
            RadioQuestion(name: "profile", legend: t.profileQuestion,
                          choices: SituationProfile.allCases.map { Choice(value: $0.rawValue, label: t.profileLabel($0)) },
                          selected: values["profile"], error: error("profile")),
            RadioQuestion(name: "role", legend: t.roleQuestion,
                          choices: ApplicantAnswer.allCases.map { Choice(value: $0.rawValue, label: $0.role.label(in: page.language), hint: t.roleHint($0.role)) },
                          selected: values["role"], error: error("role")),
        ]
    }
}

extension HTMLWriter {
    mutating func radioGroup(_ question: RadioQuestion) {
        radioGroup(name: question.name, legend: question.legend, choices: question.choices, selected: question.selected, error: question.error)
    }
}

/// The start of an application: the document, the situation profile, the applicant's role.
enum DossierStartView {
    /// `fromSimulator`: the simulator's answers will be carried over, and the page says so.
    static func render(_ page: PageContext, questions: [RadioQuestion], errors: [FieldError], fromSimulator: Bool = false, csrf: String) -> RenderedHTML {
        let t = page.text.dossier
        return Layout(page: page, title: t.startTitle, hasErrors: !errors.isEmpty, backLink: SiteURL.myDossiers.path).render { main in
            main.errorSummary(errors, title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.startTitle)
            if fromSimulator { main.element(.p, .class("panel"), text: t.startFromSimulator) }
            main.element(.form, .method(.post), .action(SiteURL.dossierStart.path), .novalidate()) { form in
                form.csrf(csrf)
                if fromSimulator { form.void(.input, .type(.hidden), .name(SiteURL.fromSimulatorField), .value(SiteURL.fromSimulatorValue)) }
                for question in questions { form.radioGroup(question) }
                form.submit(t.startButton)
            }
        }
    }
}
