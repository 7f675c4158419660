import Foundation

/// The counter page as the controller computes it: a filing in progress, the start's questions,
/// the family's address.
struct AssistedFilingModel: Sendable {
    /// A draft the agent opened at the counter and has not filed yet.
    struct InProgress: Sendable {
        let line: String
        let resumeHref: String
    }

    /// A paused draft of the préfecture's counter, or a case filed there lately.
    struct CounterCase: Sendable {
        let line: String
        /// The draft's "take it up" form, or the filed case's page when it is the préfecture's own.
        let action: String?
        let href: String?
    }

    let errors: [FieldError]
    let inProgress: InProgress?
    let paused: [CounterCase]
    let filedTitle: String
    let filed: [CounterCase]
    let startQuestions: [RadioQuestion]
    let email: String
    let emailError: FieldError?

    /// The child's name as far as it was typed: a draft set aside mid-section still shows it.
    static func typedName(_ draft: Dossier) -> String? {
        if let name = draft.childName { return name }
        let typed = draft.decodedAnswers().unfinished(.child) ?? [:]
        let name = [typed["givenNames"], typed["surname"]].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return name.isEmpty ? nil : name.joined(separator: " ")
    }

    /// How far back the counter page lists the cases filed there.
    static let filedDays = 14

    init(_ page: PageContext, agent: SignedInAgent, values: [String: String], errors: [FieldError], inProgress: (dossierID: UUID, family: String?)?,
         paused: [Dossier], filed: [Dossier]) {
        let t = page.text.assisted
        self.errors = errors
        self.paused = paused.filter { $0.id != inProgress?.dossierID }.map { draft in
            CounterCase(line: t.pausedLine(Self.typedName(draft) ?? t.unnamed, DossierFormat.day(agent.prefecture.today(at: draft.createdAt), page)),
                        action: SiteURL.backOfficeAssistedResume(draft.id!).path, href: nil)
        }
        filedTitle = t.filedTitle(Self.filedDays)
        self.filed = filed.map { dossier in
            let competent = dossier.competentDepartement ?? agent.prefecture
            return CounterCase(line: t.filedLine(dossier.reference ?? "", dossier.childName ?? t.unnamed,
                                                 DossierFormat.day(competent.today(at: dossier.filedAt ?? dossier.createdAt), page), competent.serviceName),
                               action: nil, href: competent == agent.prefecture ? SiteURL.backOfficeDossier(dossier.id!).path : nil)
        }
        self.inProgress = inProgress.map { InProgress(line: page.text.assisted.inProgress($0.family), resumeHref: SiteURL.dossier($0.dossierID).path) }
        startQuestions = RadioQuestion.start(page, values: values, errors: errors)
        email = values["email"] ?? ""
        emailError = errors.first { $0.fieldID == "email" }
    }
}
