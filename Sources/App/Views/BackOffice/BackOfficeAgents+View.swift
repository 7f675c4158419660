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
            main.element(.div, .class("table-scroll")) { scroll in
                scroll.element(.table, .class("table agents-table")) { table in
                    table.element(.caption, .class("visually-hidden"), text: t.agentsTitle)
                    table.element(.thead) { head in
                        head.element(.tr) { row in
                            for column in [t.agentColumn, t.roleColumn, t.statusColumn, t.codeColumn, t.actionsColumn] {
                                row.element(.th, .scope("col"), text: column)
                            }
                        }
                    }
                    table.element(.tbody) { body in
                        for agent in model.rows {
                            body.element(.tr, .id(agent.anchor)) { row in
                                row.element(.th, .scope("row")) { cell in
                                    cell.element(.span, .class("agents-table__name"), text: agent.name)
                                    cell.element(.span, .class("agents-table__email"), text: agent.email)
                                }
                                row.element(.td, text: agent.role)
                                row.element(.td) { $0.tag(agent.status, agent.statusKind) }
                                row.element(.td, text: agent.code)
                                row.element(.td) { cell in
                                    for action in agent.actions {
                                        cell.postButton(action: action.path, label: action.label, csrf: csrf, secondary: action.secondary)
                                    }
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
