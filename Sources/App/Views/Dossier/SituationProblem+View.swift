import DCEMDossier
import DCEMRules
import Foundation
import TypedHTML

/// The situation of a draft whose answers make the child not eligible: the reason the rules give,
/// with its legal basis, and every answer with its change link, so the family finds the one to
/// correct instead of a task list that sends them back to itself (docs/pages.md#task-list).
struct SituationProblemModel: Sendable {
    struct Reason: Sendable {
        let label: String
        let advice: String?
        let basis: String
    }

    let id: UUID
    let reasons: [Reason]
    let answers: [SummaryRow]

    init(_ page: PageContext, dossier id: UUID, checklist: DossierChecklist, result: EligibilityResult) {
        let text = page.text.simulator
        self.id = id
        reasons = result.reasons.map { reason in
            let advice: String? = switch reason.code {
            case .adult: text.adultAdvice
            case .notResident: text.notResidentAdvice
            case .noGround: text.noGroundAdvice
            default: reason.useInstead?.label(in: page.language)
            }
            return Reason(label: reason.label(in: page.language), advice: advice, basis: text.legalBasis(reason.code.legalBasis.citation))
        }
        answers = CheckAnswersModel.situationRows(page, checklist: checklist, change: { SiteURL.dossierQuestion(id, $0).path })
    }
}

enum SituationProblemView {
    static func render(_ page: PageContext, _ model: SituationProblemModel) -> RenderedHTML {
        let t = page.text.dossier
        return Layout(page: page, title: t.situationProblemTitle, backLink: SiteURL.dossier(model.id).path).render { main in
            main.element(.h1, text: t.situationProblemTitle)
            main.element(.p, .class("lead"), text: t.situationProblemLead)
            main.element(.div, .class("panel panel--warn")) { panel in
                for reason in model.reasons {
                    panel.element(.p) { $0.element(.strong, text: reason.label) }
                    if let advice = reason.advice { panel.element(.p, text: advice) }
                    panel.element(.p, .class("legal-basis"), text: reason.basis)
                }
            }
            main.element(.h2, text: t.situationAnswersTitle)
            main.summaryList(model.answers, change: t.change)
            main.element(.p, text: t.situationProblemAfter)
            main.element(.p) { $0.element(.a, .href(SiteURL.dossier(model.id).path), .class("button button--secondary"), text: t.backToTasks) }
        }
    }
}
