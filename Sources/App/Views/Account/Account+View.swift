import Plot
import TypedHTML

/// The account pages: one short form each (GOV.UK patterns), errors in a summary and at the field.
enum AccountView {
    static func signUp(_ page: PageContext, email: String, error: FieldError?, csrf: String) -> String {
        let t = page.text.account
        return Layout(page: page, title: t.signUpTitle, hasErrors: error != nil).render([
            Forms.errorSummary(error.map { [$0] } ?? [], title: page.text.layout.errorSummaryTitle),
            element("h1", [], [.plainText(t.signUpTitle)]),
            element("p", [("class", "lead")], [.plainText(t.signUpLead)]),
            element("form", [("method", "post"), ("action", SiteURL.signUp.path), ("novalidate", "")], [
                Forms.csrf(csrf),
                Forms.input(name: "email", label: t.emailLabel, hint: t.emailHint, type: .email, value: email, autocomplete: "email", error: error),
                Forms.submit(t.signUpButton),
            ]),
            element("p", [], [element("a", [("href", SiteURL.login(next: nil).path)], [.plainText(t.signUpHaveAccount)])]),
        ])
    }

    /// "Check your mail": the same page whether or not the address has an account.
    static func sent(_ page: PageContext, title: String, body: String, next: String?) -> String {
        Layout(page: page, title: title).render([
            element("div", [("class", "panel")], [element("h1", [], [.plainText(title)])]),
            element("p", [], [.plainText(body)]),
            next.map { element("p", [], [.plainText($0)]) } ?? .empty,
            element("p", [], [element("a", [("href", SiteURL.login(next: nil).path), ("class", "button")], [.plainText(page.text.account.loginButton)])]),
        ])
    }

    static func login(_ page: PageContext, email: String, errors: [FieldError], next: String?, csrf: String) -> String {
        let t = page.text.account
        return Layout(page: page, title: t.loginTitle, hasErrors: !errors.isEmpty).render([
            Forms.errorSummary(errors, title: page.text.layout.errorSummaryTitle),
            element("h1", [], [.plainText(t.loginTitle)]),
            element("p", [], [.plainText(t.loginLead)]),
            element("form", [("method", "post"), ("action", SiteURL.login(next: next).path), ("novalidate", "")], [
                Forms.csrf(csrf),
                Forms.input(name: "email", label: t.emailLabel, type: .email, value: email, autocomplete: "username",
                            error: errors.first { $0.fieldID == "email" }),
                Forms.input(name: "password", label: t.passwordLabel, type: .password, autocomplete: "current-password",
                            error: errors.first { $0.fieldID == "password" }),
                Forms.submit(t.loginButton),
            ]),
            element("p", [], [element("a", [("href", SiteURL.forgotPassword.path)], [.plainText(t.forgotLink)])]),
            element("p", [], [element("a", [("href", SiteURL.signUp.path)], [.plainText(t.loginNoAccount)])]),
        ])
    }

    static func forgot(_ page: PageContext, email: String, error: FieldError?, csrf: String) -> String {
        let t = page.text.account
        return Layout(page: page, title: t.forgotTitle, hasErrors: error != nil, backLink: SiteURL.login(next: nil).path).render([
            Forms.errorSummary(error.map { [$0] } ?? [], title: page.text.layout.errorSummaryTitle),
            element("h1", [], [.plainText(t.forgotTitle)]),
            element("p", [], [.plainText(t.forgotLead)]),
            element("form", [("method", "post"), ("action", SiteURL.forgotPassword.path), ("novalidate", "")], [
                Forms.csrf(csrf),
                Forms.input(name: "email", label: t.emailLabel, type: .email, value: email, autocomplete: "email", error: error),
                Forms.submit(t.forgotButton),
            ]),
        ])
    }

    /// `forced`: signed in with a temporary password, so the current one is not asked again.
    static func changePassword(_ page: PageContext, forced: Bool, errors: [FieldError], csrf: String) -> String {
        let t = page.text.account
        func error(_ id: String) -> FieldError? { errors.first { $0.fieldID == id } }
        return Layout(page: page, title: t.changeTitle, hasErrors: !errors.isEmpty, backLink: forced ? nil : SiteURL.account.path).render([
            Forms.errorSummary(errors, title: page.text.layout.errorSummaryTitle),
            element("h1", [], [.plainText(t.changeTitle)]),
            forced ? element("p", [], [.plainText(t.changeForcedLead)]) : .empty,
            element("form", [("method", "post"), ("action", SiteURL.changePassword.path), ("novalidate", "")], [
                Forms.csrf(csrf),
                forced ? .empty : Forms.input(name: "current", label: t.currentPasswordLabel, type: .password,
                                              autocomplete: "current-password", error: error("current")),
                Forms.input(name: "password", label: t.newPasswordLabel, hint: t.newPasswordHint(PasswordHasher.minimumLength, PasswordHasher.maximumBytes),
                            type: .password, autocomplete: "new-password", error: error("password")),
                Forms.input(name: "confirm", label: t.confirmPasswordLabel, type: .password, autocomplete: "new-password", error: error("confirm")),
                Forms.submit(t.changeButton),
            ]),
        ])
    }

    /// `tokens`: the API tokens section; `error` is the profile's or the new token name's.
    static func profile(_ page: PageContext, email: String, foreignerNumber: String, error: FieldError?, notice: String?, csrf: String,
                        tokens: [TokenRow] = [], tokenName: String = "") -> String {
        let t = page.text.account
        let tokenError = error?.fieldID == "tokenName" ? error : nil
        return Layout(page: page, title: t.profileTitle, hasErrors: error != nil).render([
            Forms.errorSummary(error.map { [$0] } ?? [], title: page.text.layout.errorSummaryTitle),
            Forms.notice(notice),
            element("h1", [], [.plainText(t.profileTitle)]),
            element("dl", [("class", "summary")], [
                element("div", [("class", "summary__row")], [
                    element("dt", [], [.plainText(t.profileEmail)]), element("dd", [], [.plainText(email)]),
                ]),
            ]),
            element("form", [("method", "post"), ("action", SiteURL.account.path), ("novalidate", "")], [
                Forms.csrf(csrf),
                Forms.input(name: "foreignerNumber", label: t.foreignerNumberLabel, hint: t.foreignerNumberHint, value: foreignerNumber,
                            inputMode: .numeric, width: "10", error: tokenError == nil ? error : nil),
                Forms.submit(t.profileSave),
            ]),
            element("p", [], [element("a", [("href", SiteURL.changePassword.path)], [.plainText(t.changePasswordLink)])]),
            AccountTokensView.section(page, tokens: tokens, name: tokenName, error: tokenError, csrf: csrf),
            Forms.postButton(action: SiteURL.logout.path, label: t.logoutButton, csrf: csrf, secondary: true),
        ])
    }

    static func tooMany(_ page: PageContext, seconds: Int) -> String {
        let t = page.text.account
        return Layout(page: page, title: t.tooManyTitle).render([
            element("h1", [], [.plainText(t.tooManyTitle)]),
            element("p", [], [.plainText(t.tooManyBody(max(1, (seconds + 59) / 60)))]),
        ])
    }
}
