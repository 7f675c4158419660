import DCEMRules
import Foundation
import Plot
import TypedHTML

/// Assisted filing at the counter (rule 19): the back office's counter page, and what the family's
/// pages add while an agent files there (a banner, and the way back instead of the family's menu).
enum AssistedFilingView {
    /// The counter page: the same start choices as the family's start page, plus the family's address.
    static func render(_ page: PageContext, agent: SignedInAgent, values: [String: String], errors: [FieldError],
                       inProgress: (dossierID: UUID, family: String?)?, csrf: String) -> String {
        let t = page.text.assisted
        var body: [BodyNode] = [
            Forms.errorSummary(errors, title: page.text.layout.errorSummaryTitle),
            element("h1", [], [.plainText(t.title)]),
            element("p", [("class", "lead")], [.plainText(t.lead)]),
        ]
        if let inProgress {
            body.append(element("div", [("class", "panel")], [
                element("p", [], [.plainText(t.inProgress(inProgress.family))]),
                element("p", [], [element("a", [("href", SiteURL.dossier(inProgress.dossierID).path)], [.plainText(t.resumeLink)])]),
                Forms.postButton(action: SiteURL.backOfficeAssistedEnd.path, label: t.endButton, csrf: csrf, secondary: true),
            ]))
        }
        body.append(element("form", [("method", "post"), ("action", SiteURL.backOfficeAssisted.path), ("novalidate", "")], [
            Forms.csrf(csrf),
        ] + DossierStartView.fields(page, values: values, errors: errors) + [
            Forms.input(name: "email", label: t.emailLabel, hint: t.emailHint, type: .email, value: values["email"] ?? "",
                        autocomplete: "off", error: errors.first { $0.fieldID == "email" }),
            Forms.submit(t.startButton),
        ]))
        return Layout(page: page, title: t.title, hasErrors: !errors.isEmpty, backLink: SiteURL.backOfficeQueue.path,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render(body)
    }

    /// The link to the counter page, on the queue.
    static func queueLink(_ html: inout HTMLWriter, _ page: PageContext) {
        html.element(.p) { $0.element(.a, .href(SiteURL.backOfficeAssisted.path), .class("button button--secondary"), text: page.text.assisted.queueLink) }
    }

    /// On the family's pages while an agent files there: who for, and the way back.
    static func banner(_ html: inout HTMLWriter, _ page: PageContext) {
        guard let assisted = page.assisted else { return }
        let t = page.text.assisted
        html.element(.div, .class("panel panel--warn assisted-banner"), .role("region"), .aria(.label, t.bannerLabel)) { panel in
            panel.element(.p) { line in
                line.element(.strong, text: t.banner(assisted.familyLabel))
                line.text(" — ")
                line.element(.a, .href(SiteURL.backOfficeAssisted.path), text: t.backOfficeLink)
            }
        }
    }

    /// Replaces the family's menu while an agent files: the family's other pages are closed to them.
    static func navigation(_ page: PageContext) -> Layout.Navigation? {
        guard page.assisted != nil else { return nil }
        let label = page.text.assisted.backOfficeLink
        return { list in list.element(.li) { $0.element(.a, .href(SiteURL.backOfficeQueue.path), text: label) } }
    }
}
