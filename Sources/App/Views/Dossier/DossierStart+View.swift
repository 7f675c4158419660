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

/// The start of an application, one question per page (docs/pages.md#start): the child's situation,
/// then who the applicant is to the child; a representative of the ASE or an association skips the
/// second (their role follows from the first). Only choices the law can give are offered.
enum DossierStartView {
    enum Step: Sendable {
        case situation
        /// The profile chosen on the first page, carried in the form.
        case role(SituationProfile)

        /// The page for what the first page answered: none yet, or a service's representative
        /// (whose role follows from it), stays on the first.
        init(profile: SituationProfile?) {
            self = profile.map { $0 == .legalPersonRepresentative ? .situation : .role($0) } ?? .situation
        }
    }

    /// The step's one question, with what was chosen or suggested.
    static func question(_ page: PageContext, _ step: Step, values: [String: String], errors: [FieldError]) -> RadioQuestion {
        let t = page.text.dossier
        let error = errors.first
        switch step {
        case .situation:
            return RadioQuestion(name: "profile", legend: t.startSituationQuestion,
                                 choices: SituationProfile.allCases.map { Choice(value: $0.rawValue, label: t.profileLabel($0)) },
                                 selected: values["profile"], error: error)
        case .role:
            return RadioQuestion(name: "role", legend: t.startRoleQuestion,
                                 choices: ApplicantAnswer.allCases.filter { $0 != .legalPersonRepresentative }.map {
                                     Choice(value: $0.rawValue, label: $0.role.label(in: page.language), hint: t.roleHint($0.role))
                                 }, selected: values["role"], error: error)
        }
    }

    /// `fromSimulator`: the simulator's answers will be carried over, and the page says so.
    static func render(_ page: PageContext, step: Step, question: RadioQuestion, errors: [FieldError], fromSimulator: Bool = false,
                       csrf: String) -> RenderedHTML {
        let t = page.text.dossier
        let back: String
        switch step {
        case .situation: back = SiteURL.myDossiers.path
        case .role: back = fromSimulator ? SiteURL.dossierStartFromSimulator : SiteURL.dossierStart.path
        }
        return Layout(page: page, title: question.legend, hasErrors: !errors.isEmpty, backLink: back).render { main in
            main.errorSummary(errors, title: page.text.layout.errorSummaryTitle)
            if fromSimulator { main.element(.p, .class("panel"), text: t.startFromSimulator) }
            main.element(.form, .method(.post), .action(SiteURL.dossierStart.path), .novalidate()) { form in
                form.csrf(csrf)
                if fromSimulator { form.void(.input, .type(.hidden), .name(SiteURL.fromSimulatorField), .value(SiteURL.fromSimulatorValue)) }
                form.void(.input, .type(.hidden), .name("document"), .value("dcem"))
                switch step {
                case .situation:
                    form.void(.input, .type(.hidden), .name(DossierStart.stepField), .value(DossierStart.situationStep))
                case .role(let profile):
                    form.void(.input, .type(.hidden), .name("profile"), .value(profile.rawValue))
                }
                let note: String? = if case .situation = step { t.startDocumentNote } else { nil }
                form.radios(name: question.name, question: question.legend, hint: note, choices: question.choices, selected: question.selected,
                            error: question.error)
                form.submit(page.text.layout.continueButton)
            }
        }
    }
}
