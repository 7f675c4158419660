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
