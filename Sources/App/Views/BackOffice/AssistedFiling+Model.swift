import Foundation

/// The counter page as the controller computes it: a filing in progress, the start's questions,
/// the family's address.
struct AssistedFilingModel: Sendable {
    /// A draft the agent opened at the counter and has not filed yet.
    struct InProgress: Sendable {
        let line: String
        let resumeHref: String
    }

    let errors: [FieldError]
    let inProgress: InProgress?
    let startQuestions: [RadioQuestion]
    let email: String
    let emailError: FieldError?

    init(_ page: PageContext, values: [String: String], errors: [FieldError], inProgress: (dossierID: UUID, family: String?)?) {
        self.errors = errors
        self.inProgress = inProgress.map { InProgress(line: page.text.assisted.inProgress($0.family), resumeHref: SiteURL.dossier($0.dossierID).path) }
        startQuestions = RadioQuestion.start(page, values: values, errors: errors)
        email = values["email"] ?? ""
        emailError = errors.first { $0.fieldID == "email" }
    }
}
