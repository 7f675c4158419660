import TypedHTML

/// The back office's sign-in steps: password, then the one-time code (set up at first login),
/// then, on a temporary password, choosing one's own.
enum BackOfficeLoginView {
    static func login(_ page: PageContext, _ model: BackOfficeLoginModel, csrf: String) -> RenderedHTML {
        let t = page.text.backOffice
        let a = page.text.account
        return Layout(page: page, title: t.loginTitle, hasErrors: !model.errors.isEmpty, navigation: Layout.noNavigation).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.loginTitle)
            main.element(.p, text: t.loginLead)
            main.element(.form, .method(.post), .action(SiteURL.backOfficeLogin.path), .novalidate()) { form in
                form.csrf(csrf)
                form.input(name: "email", label: a.emailLabel, type: .email, value: model.email, autocomplete: "username", error: model.emailError)
                form.input(name: "password", label: a.passwordLabel, type: .password, autocomplete: "current-password", error: model.passwordError)
                form.submit(a.loginButton)
            }
        }
    }

    static func code(_ page: PageContext, _ model: BackOfficeCodeModel, csrf: String) -> RenderedHTML {
        let t = page.text.backOffice
        let title = model.setup == nil ? t.codeTitle : t.setupTitle
        return Layout(page: page, title: title, hasErrors: model.error != nil, navigation: Layout.noNavigation).render { main in
            main.errorSummary(model.error.map { [$0] } ?? [], title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: title)
            main.element(.p, text: model.setup == nil ? t.codeLead : t.setupLead)
            if let setup = model.setup {
                main.element(.dl, .class("summary-list")) { list in
                    list.element(.div) { pair in
                        pair.element(.dt, text: t.secretLabel)
                        pair.element(.dd) { $0.element(.code, .class("totp-secret"), text: setup.secret) }
                    }
                    list.element(.div) { pair in
                        pair.element(.dt, text: t.uriLabel)
                        pair.element(.dd) { $0.element(.code, .class("totp-uri"), text: setup.uri) }
                    }
                }
            }
            main.element(.form, .method(.post), .action(SiteURL.backOfficeCode.path), .novalidate()) { form in
                form.csrf(csrf)
                form.input(name: "code", label: t.codeLabel, hint: t.codeHint, autocomplete: "one-time-code", inputMode: .numeric, width: "10", error: model.error)
                form.submit(t.codeButton)
            }
            main.postButton(action: SiteURL.backOfficeLogout.path, label: page.text.account.logoutButton, csrf: csrf, secondary: true)
        }
    }

    static func changePassword(_ page: PageContext, _ model: BackOfficePasswordModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let a = page.text.account
        return Layout(page: page, title: a.changeTitle, hasErrors: !model.errors.isEmpty, navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf))
            .render { main in
                main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
                main.element(.h1, text: a.changeTitle)
                if model.forced { main.element(.p, text: a.changeForcedLead) }
                main.element(.form, .method(.post), .action(SiteURL.backOfficePassword.path), .novalidate()) { form in
                    form.csrf(csrf)
                    if !model.forced {
                        form.input(name: "current", label: a.currentPasswordLabel, type: .password, autocomplete: "current-password", error: model.currentError)
                    }
                    form.input(name: "password", label: a.newPasswordLabel, hint: a.newPasswordHint(PasswordHasher.minimumLength, PasswordHasher.maximumBytes),
                               type: .password, autocomplete: "new-password", error: model.passwordError)
                    form.input(name: "confirm", label: a.confirmPasswordLabel, type: .password, autocomplete: "new-password", error: model.confirmError)
                    form.submit(a.changeButton)
                }
            }
    }
}

/// The back office's menu: the queue, who is signed in, the password, logout.
enum BackOfficeChrome {
    static func navigation(_ page: PageContext, agent: SignedInAgent, csrf: String) -> Layout.Navigation {
        let t = page.text.backOffice, desk = page.text.dossierDesk, logout = page.text.account.logoutButton
        let supervisor = agent.role == .supervisor, signedInAs = t.signedInAs(agent.name, agent.prefecture.serviceName)
        return { list in
            list.element(.li) { $0.element(.a, .href(SiteURL.backOfficeQueue.path), text: t.queueLink) }
            if supervisor {
                list.element(.li) { $0.element(.a, .href(SiteURL.backOfficeCalendar.path), text: desk.calendarLink) }
                list.element(.li) { $0.element(.a, .href(SiteURL.backOfficeStatistics.path), text: desk.statisticsLink) }
                list.element(.li) { $0.element(.a, .href(SiteURL.backOfficeAgents.path), text: page.text.supervision.agentsLink) }
                list.element(.li) { $0.element(.a, .href(SiteURL.backOfficeSchools.path), text: page.text.school.deskLink) }
            }
            list.element(.li) { $0.element(.a, .href(SiteURL.backOfficePassword.path), text: signedInAs) }
            list.element(.li) { $0.postButton(action: SiteURL.backOfficeLogout.path, label: logout, csrf: csrf, secondary: true) }
        }
    }
}
