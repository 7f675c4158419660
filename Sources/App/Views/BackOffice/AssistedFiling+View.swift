import TypedHTML

/// Assisted filing at the counter (rule 19): the back office's counter page, and what the family's
/// pages add while an agent files there (a banner, and the way back instead of the family's menu).
enum AssistedFilingView {
    /// The counter page: the same start choices as the family's start page, plus the family's address.
    static func render(_ page: PageContext, _ model: AssistedFilingModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.assisted
        return Layout(page: page, title: t.title, hasErrors: !model.errors.isEmpty, backLink: SiteURL.backOfficeQueue.path,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.title)
            main.element(.p, .class("lead"), text: t.lead)
            if let inProgress = model.inProgress {
                main.element(.div, .class("panel")) { panel in
                    panel.element(.p, text: inProgress.line)
                    panel.element(.p) { $0.element(.a, .href(inProgress.resumeHref), text: t.resumeLink) }
                    panel.postButton(action: SiteURL.backOfficeAssistedEnd.path, label: t.endButton, csrf: csrf, secondary: true)
                }
            }
            if !model.paused.isEmpty {
                main.element(.h2, text: t.pausedTitle)
                main.element(.ul, .class("list")) { list in
                    for draft in model.paused {
                        list.element(.li) { item in
                            item.element(.p, text: draft.line)
                            if let action = draft.action { item.postButton(action: action, label: t.resumeButton, csrf: csrf, secondary: true) }
                        }
                    }
                }
            }
            main.element(.h2, text: t.startButton)
            main.element(.form, .method(.post), .action(SiteURL.backOfficeAssisted.path), .novalidate()) { form in
                form.csrf(csrf)
                for question in model.startQuestions { form.radioGroup(question) }
                form.input(name: "email", label: t.emailLabel, hint: t.emailHint, type: .email, value: model.email, autocomplete: "off", error: model.emailError)
                form.submit(t.startButton)
            }
            if !model.filed.isEmpty {
                main.element(.h2, text: model.filedTitle)
                main.element(.ul, .class("list")) { list in
                    for filed in model.filed {
                        list.element(.li) { item in
                            if let href = filed.href { item.element(.a, .href(href), text: filed.line) } else { item.text(filed.line) }
                        }
                    }
                }
            }
        }
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
