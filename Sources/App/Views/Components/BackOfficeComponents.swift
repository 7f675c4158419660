import DCEMDossier
import DCEMRules
import TypedHTML

/// One row of a summary list, its value already in words (`notProvided` when there is none).
struct SummaryRow: Sendable {
    let label: String
    let value: String
}

/// Typed forms of the pieces the back-office pages share with the family's (`DossierFormat`), kept
/// apart while those pages move to the typed writer.
extension HTMLWriter {
    /// A summary list: each row a term and its value (`DossierFormat.summary` and `.row`, without
    /// change links, which the back office never shows).
    mutating func summaryList(_ rows: [SummaryRow]) {
        element(.dl, .class("summary-list")) { list in
            for row in rows {
                list.element(.div) { pair in
                    pair.element(.dt, text: row.label)
                    pair.element(.dd, text: row.value)
                }
            }
        }
    }
}

/// A question answered by one radio among several, inside a form with other questions.
struct RadioQuestion: Sendable {
    let name: String
    let legend: String
    let choices: [Choice]
    let selected: String?
    let error: FieldError?

    /// The choices of a start, as `DossierStart.check` reads them (`DossierStartView.fields`, as
    /// values): the counter asks them too (docs/law.md#rule-19).
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

/// One section of a dossier's answers: its title and its rows.
struct AnswerSection: Sendable {
    let title: String
    let rows: [SummaryRow]

    /// Every answer of the dossier by section, without change links: the back office's form of
    /// `CheckAnswersView.answersSummary` (the same rows, as values).
    static func all(_ page: PageContext, checklist: DossierChecklist) -> [AnswerSection] {
        let t = page.text.dossier
        let answers = checklist.answers
        func row(_ label: String, _ value: String?) -> SummaryRow {
            SummaryRow(label: label, value: (value?.isEmpty ?? true) ? t.notProvided : value!)
        }
        let child = answers.child
        let role = (answers.situation.applicant ?? .parent).role
        let situation = checklist.path.effective
        return [
            AnswerSection(title: t.sectionTitle(.child), rows: [
                row(t.surname, child?.surname),
                row(t.givenNames, child?.givenNames),
                row(t.sex, child.map { $0.sex == "F" ? t.female : t.male }),
                row(t.birthPlace, child.map { "\($0.birthPlace), \($0.birthCountry)" }),
                row(t.nationality, child?.nationality),
                row(t.passportNumber, child?.passportNumber),
                row(t.passportExpires, child?.passportExpires?.civil.map { DossierFormat.day($0, page) }),
            ]),
            AnswerSection(title: t.sectionTitle(.parents), rows: answers.parents.isEmpty ? [row(t.parentHeading(1), nil)]
                : answers.parents.enumerated().map { index, parent in
                    row(t.parentHeading(index + 1), "\(parent.givenNames) \(parent.surname) — \(parent.nationality)")
                }),
            AnswerSection(title: t.sectionTitle(.applicant), rows: [
                row(t.roleQuestion, role.label(in: page.language)),
                row(t.phone, answers.applicant?.phone),
            ] + (role == .parent ? [] : [row(t.surname, answers.applicant.map { "\($0.givenNames) \($0.surname)" })])
                + (role == .legalPersonRepresentative ? [row(t.organisation, answers.applicant?.organisation)] : [])),
            AnswerSection(title: t.sectionTitle(.address), rows: [
                row(t.sectionTitle(.address), answers.address.map { [$0.line1, $0.line2, "\($0.postalCode) \($0.city)"].filter { !$0.isEmpty }.joined(separator: ", ") }),
            ]),
            AnswerSection(title: t.sectionTitle(.situation), rows: checklist.path.answered.filter { $0 != .departement && $0 != .parentCount }.map { question in
                row(SimulatorQuestions.title(question, text: page.text.simulator, answers: situation),
                    SimulatorResultView.display(question, answers: situation, text: page.text.simulator))
            }),
        ]
    }
}

extension HTMLWriter {
    /// Each section's title as an `<h2>`, then its summary list.
    mutating func answerSections(_ sections: [AnswerSection]) {
        for section in sections {
            element(.h2, text: section.title)
            summaryList(section.rows)
        }
    }
}
