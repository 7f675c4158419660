import Plot
import TypedHTML

/// The back office's sign-in steps: password, then the one-time code (set up at first login),
/// then, on a temporary password, choosing one's own.
enum BackOfficeLoginView {
    static func login(_ page: PageContext, email: String, errors: [FieldError], csrf: String) -> String {
        let t = page.text.backOffice
        let a = page.text.account
        return Layout(page: page, title: t.loginTitle, hasErrors: !errors.isEmpty, navigation: Layout.noNavigation).render([
            Forms.errorSummary(errors, title: page.text.layout.errorSummaryTitle),
            element("h1", [], [.plainText(t.loginTitle)]),
            element("p", [], [.plainText(t.loginLead)]),
            element("form", [("method", "post"), ("action", SiteURL.backOfficeLogin.path), ("novalidate", "")], [
                Forms.csrf(csrf),
                Forms.input(name: "email", label: a.emailLabel, type: .email, value: email, autocomplete: "username",
                            error: errors.first { $0.fieldID == "email" }),
                Forms.input(name: "password", label: a.passwordLabel, type: .password, autocomplete: "current-password",
                            error: errors.first { $0.fieldID == "password" }),
                Forms.submit(a.loginButton),
            ]),
        ])
    }

    /// The code page; with `setup` (secret in base32 groups, otpauth address) at first login.
    static func code(_ page: PageContext, setup: (secret: String, uri: String)?, error: FieldError?, csrf: String) -> String {
        let t = page.text.backOffice
        let title = setup == nil ? t.codeTitle : t.setupTitle
        return Layout(page: page, title: title, hasErrors: error != nil, navigation: Layout.noNavigation).render([
            Forms.errorSummary(error.map { [$0] } ?? [], title: page.text.layout.errorSummaryTitle),
            element("h1", [], [.plainText(title)]),
            element("p", [], [.plainText(setup == nil ? t.codeLead : t.setupLead)]),
            setup.map { setup in
                element("dl", [("class", "summary-list")], [
                    element("div", [], [element("dt", [], [.plainText(t.secretLabel)]),
                                        element("dd", [], [element("code", [("class", "totp-secret")], [.plainText(setup.secret)])])]),
                    element("div", [], [element("dt", [], [.plainText(t.uriLabel)]),
                                        element("dd", [], [element("code", [("class", "totp-uri")], [.plainText(setup.uri)])])]),
                ])
            } ?? .empty,
            element("form", [("method", "post"), ("action", SiteURL.backOfficeCode.path), ("novalidate", "")], [
                Forms.csrf(csrf),
                Forms.input(name: "code", label: t.codeLabel, hint: t.codeHint, autocomplete: "one-time-code", inputMode: .numeric,
                            width: "10", error: error),
                Forms.submit(t.codeButton),
            ]),
            Forms.postButton(action: SiteURL.backOfficeLogout.path, label: page.text.account.logoutButton, csrf: csrf, secondary: true),
        ])
    }

    /// `forced`: still on the temporary password, so the current one is not asked again.
    static func changePassword(_ page: PageContext, agent: SignedInAgent, forced: Bool, errors: [FieldError], csrf: String) -> String {
        let a = page.text.account
        func error(_ id: String) -> FieldError? { errors.first { $0.fieldID == id } }
        return Layout(page: page, title: a.changeTitle, hasErrors: !errors.isEmpty, navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf))
            .render([
                Forms.errorSummary(errors, title: page.text.layout.errorSummaryTitle),
                element("h1", [], [.plainText(a.changeTitle)]),
                forced ? element("p", [], [.plainText(a.changeForcedLead)]) : .empty,
                element("form", [("method", "post"), ("action", SiteURL.backOfficePassword.path), ("novalidate", "")], [
                    Forms.csrf(csrf),
                    forced ? .empty : Forms.input(name: "current", label: a.currentPasswordLabel, type: .password,
                                                  autocomplete: "current-password", error: error("current")),
                    Forms.input(name: "password", label: a.newPasswordLabel, hint: a.newPasswordHint(PasswordHasher.minimumLength, PasswordHasher.maximumBytes),
                                type: .password, autocomplete: "new-password", error: error("password")),
                    Forms.input(name: "confirm", label: a.confirmPasswordLabel, type: .password, autocomplete: "new-password", error: error("confirm")),
                    Forms.submit(a.changeButton),
                ]),
            ])
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
            }
            list.element(.li) { $0.element(.a, .href(SiteURL.backOfficePassword.path), text: signedInAs) }
            list.element(.li) { $0.postButton(action: SiteURL.backOfficeLogout.path, label: logout, csrf: csrf, secondary: true) }
        }
    }
}
