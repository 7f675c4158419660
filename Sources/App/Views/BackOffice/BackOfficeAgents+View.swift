import TypedHTML

/// The supervisors' agents pages: the list with its actions, the creation form, and the page that
/// shows a temporary password once.
enum BackOfficeAgentsView {
    static func list(_ page: PageContext, _ model: BackOfficeAgentsModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.supervision
        return Layout(page: page, title: t.agentsTitle, hasErrors: !model.errors.isEmpty,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.notice(model.notice)
            main.element(.h1, text: t.agentsTitle)
            main.element(.p, .class("lead"), text: model.serviceName)
            main.element(.p, text: t.agentsLead)
            main.element(.p) { $0.element(.a, .href(SiteURL.backOfficeAgentNew.path), .class("button"), text: t.newAgentLink) }
            // One block per agent rather than a table: the actions stay in view on a phone.
            main.element(.ul, .class("cards")) { list in
                for agent in model.rows {
                    list.element(.li, .class("card"), .id(agent.anchor)) { item in
                        item.element(.h2, .class("card__title"), text: agent.name)
                        item.element(.p, text: agent.email)
                        item.element(.p) { facts in
                            facts.text(agent.role + " · ")
                            facts.tag(agent.status, agent.statusKind)
                            facts.text(" · " + t.codeLabel + agent.code)
                        }
                        if !agent.actions.isEmpty {
                            item.element(.div, .class("button-group")) { actions in
                                for action in agent.actions {
                                    actions.postButton(action: action.path, label: action.label, csrf: csrf, secondary: true)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func new(_ page: PageContext, _ model: BackOfficeNewAgentModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.supervision
        return Layout(page: page, title: t.newAgentTitle, hasErrors: !model.errors.isEmpty, backLink: SiteURL.backOfficeAgents.path,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.newAgentTitle)
            main.element(.p, text: t.newAgentLead)
            main.element(.form, .method(.post), .action(SiteURL.backOfficeAgentNew.path), .novalidate()) { form in
                form.csrf(csrf)
                form.input(name: "name", label: t.nameLabel, hint: t.nameHint, value: model.name, autocomplete: "off", error: model.error("name"))
                form.input(name: "email", label: t.emailLabel, hint: t.emailHint, type: .email, value: model.email, autocomplete: "off",
                           error: model.error("email"))
                form.radioGroup(name: "role", legend: t.roleLegend, choices: model.roles, selected: model.role, error: model.error("role"))
                form.submit(t.createButton)
            }
        }
    }

    static func password(_ page: PageContext, _ model: BackOfficeAgentPasswordModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.supervision
        return Layout(page: page, title: model.title, navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.element(.h1, text: model.title)
            main.element(.p, .class("lead"), text: model.lead)
            if let password = model.password {
                main.element(.div, .class("panel panel--ok")) { panel in
                    panel.element(.p, .class("label"), text: t.temporaryPasswordLabel)
                    panel.element(.p, .class("totp-secret"), text: password)
                }
            }
            if let once = model.once { main.element(.p, text: once) }
            main.element(.p) { $0.element(.a, .href(SiteURL.backOfficeAgents.path), text: t.backToAgents) }
        }
    }
}
