import DCEMRules
import Foundation
import TypedHTML

/// The supervisors' list of school heads waiting for approval in their département, and those decided.
struct BackOfficeSchoolsModel: Sendable {
    struct Claim: Sendable {
        let id: UUID
        let title: String
        let line: String
        let stateLabel: String
        let state: String
    }

    let pending: [Claim]
    let decided: [Claim]
    let errors: [FieldError]
    let notice: String?

    init(_ page: PageContext, claims: [(SchoolHead, School, User?)], zone: Departement, errors: [FieldError] = [], notice: String? = nil) {
        let k = page.text.school
        let all = claims.map { head, school, user in
            Claim(id: head.id!, title: "\(school.name) (\(school.uai))",
                  line: k.deskClaim(head.headName, user?.email ?? "", DossierFormat.day(zone.today(at: head.createdAt), page)),
                  stateLabel: k.state(head.state), state: head.currentState == .approved ? "valid" : head.currentState == .refused ? "refused" : "filed")
        }
        pending = zip(claims, all).filter { $0.0.0.currentState == .pending }.map(\.1)
        decided = zip(claims, all).filter { $0.0.0.currentState != .pending }.map(\.1)
        self.errors = errors
        self.notice = notice
    }
}

enum BackOfficeSchoolsView {
    static func render(_ page: PageContext, _ model: BackOfficeSchoolsModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let k = page.text.school
        return Layout(page: page, title: k.deskTitle, hasErrors: !model.errors.isEmpty, backLink: SiteURL.backOfficeQueue.path,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.notice(model.notice)
            main.element(.h1, text: k.deskTitle)
            main.element(.p, text: k.deskLead)
            main.element(.h2, text: k.deskPending)
            if model.pending.isEmpty { main.element(.p, text: k.deskNonePending) }
            for claim in model.pending {
                main.element(.section, .class("panel")) { section in
                    section.element(.h3, text: claim.title)
                    section.element(.p, text: claim.line)
                    section.postButton(action: SiteURL.backOfficeSchoolDecision(claim.id, .approve).path, label: k.approveButton, csrf: csrf)
                    let name = "reason-\(claim.id.uuidString.lowercased())"
                    let error = model.errors.first { $0.fieldID == name }
                    // Refusing takes a reason: folded under its own heading, apart from the approval.
                    section.element(.details, .class("disclosure"), .open(error != nil)) { details in
                        details.element(.summary, text: k.refuseButton)
                        details.element(.form, .method(.post), .action(SiteURL.backOfficeSchoolDecision(claim.id, .refuse).path), .novalidate()) { form in
                            form.csrf(csrf)
                            form.textarea(name: name, label: k.refuseReasonLabel, rows: 2, error: error)
                            form.element(.button, .type(.submit), .class("button button--secondary"), text: k.refuseButton)
                        }
                    }
                }
            }
            if !model.decided.isEmpty {
                main.element(.h2, text: k.deskDecided)
                main.element(.ul, .class("cards")) { list in
                    for claim in model.decided {
                        list.element(.li, .class("card")) { item in
                            item.element(.h3, .class("card__title"), text: claim.title)
                            item.element(.p) { $0.tag(claim.stateLabel, claim.state) }
                            item.element(.p, text: claim.line)
                        }
                    }
                }
            }
        }
    }
}
