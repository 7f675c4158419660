import TypedHTML

/// The account pages: one short form each (GOV.UK patterns), errors in a summary and at the field.
enum AccountView {
    static func signUp(_ page: PageContext, email: String, error: FieldError?, csrf: String) -> RenderedHTML {
        let t = page.text.account
        return Layout(page: page, title: t.signUpTitle, hasErrors: error != nil).render { main in
            main.errorSummary(error.map { [$0] } ?? [], title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.signUpTitle)
            main.element(.p, .class("lead"), text: t.signUpLead)
            main.element(.form, .method(.post), .action(SiteURL.signUp.path), .novalidate()) { form in
                form.csrf(csrf)
                form.input(name: "email", label: t.emailLabel, hint: t.emailHint, type: .email, value: email, autocomplete: "email", error: error)
                form.submit(t.signUpButton)
            }
            main.element(.p) { $0.element(.a, .href(SiteURL.login(next: nil).path), text: t.signUpHaveAccount) }
        }
    }

    /// "Check your mail": the same page whether or not the address has an account.
    static func sent(_ page: PageContext, title: String, body: String, next: String?) -> RenderedHTML {
        Layout(page: page, title: title).render { main in
            main.element(.div, .class("panel")) { $0.element(.h1, text: title) }
            main.element(.p, text: body)
            if let next { main.element(.p, text: next) }
            main.element(.p) { $0.element(.a, .href(SiteURL.login(next: nil).path), .class("button"), text: page.text.account.loginButton) }
        }
    }

    static func login(_ page: PageContext, email: String, errors: [FieldError], next: String?, csrf: String) -> RenderedHTML {
        let t = page.text.account
        return Layout(page: page, title: t.loginTitle, hasErrors: !errors.isEmpty).render { main in
            main.errorSummary(errors, title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.loginTitle)
            main.element(.p, text: t.loginLead)
            main.element(.form, .method(.post), .action(SiteURL.login(next: next).path), .novalidate()) { form in
                form.csrf(csrf)
                form.input(name: "email", label: t.emailLabel, type: .email, value: email, autocomplete: "username",
                           error: errors.first { $0.fieldID == "email" })
                form.input(name: "password", label: t.passwordLabel, type: .password, autocomplete: "current-password",
                           error: errors.first { $0.fieldID == "password" })
                form.submit(t.loginButton)
            }
            main.element(.p) { $0.element(.a, .href(SiteURL.forgotPassword.path), text: t.forgotLink) }
            main.element(.p) { $0.element(.a, .href(SiteURL.signUp.path), text: t.loginNoAccount) }
        }
    }

    static func forgot(_ page: PageContext, email: String, error: FieldError?, csrf: String) -> RenderedHTML {
        let t = page.text.account
        return Layout(page: page, title: t.forgotTitle, hasErrors: error != nil, backLink: SiteURL.login(next: nil).path).render { main in
            main.errorSummary(error.map { [$0] } ?? [], title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.forgotTitle)
            main.element(.p, text: t.forgotLead)
            main.element(.form, .method(.post), .action(SiteURL.forgotPassword.path), .novalidate()) { form in
                form.csrf(csrf)
                form.input(name: "email", label: t.emailLabel, type: .email, value: email, autocomplete: "email", error: error)
                form.submit(t.forgotButton)
            }
        }
    }

    /// `forced`: signed in with a temporary password, so the current one is not asked again.
    static func changePassword(_ page: PageContext, forced: Bool, errors: [FieldError], csrf: String) -> RenderedHTML {
        let t = page.text.account
        func error(_ id: String) -> FieldError? { errors.first { $0.fieldID == id } }
        return Layout(page: page, title: t.changeTitle, hasErrors: !errors.isEmpty, backLink: forced ? nil : SiteURL.account.path).render { main in
            main.errorSummary(errors, title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.changeTitle)
            if forced { main.element(.p, text: t.changeForcedLead) }
            main.element(.form, .method(.post), .action(SiteURL.changePassword.path), .novalidate()) { form in
                form.csrf(csrf)
                if !forced {
                    form.input(name: "current", label: t.currentPasswordLabel, type: .password, autocomplete: "current-password", error: error("current"))
                }
                form.input(name: "password", label: t.newPasswordLabel, hint: t.newPasswordHint(PasswordHasher.minimumLength, PasswordHasher.maximumBytes),
                           type: .password, autocomplete: "new-password", error: error("password"))
                form.input(name: "confirm", label: t.confirmPasswordLabel, type: .password, autocomplete: "new-password", error: error("confirm"))
                form.submit(t.changeButton)
            }
        }
    }

    /// `tokens`: the API tokens section; `error` is the profile's or the new token name's.
    static func profile(_ page: PageContext, email: String, foreignerNumber: String, error: FieldError?, notice: String?, csrf: String,
                        tokens: [TokenRow] = [], tokenName: String = "") -> RenderedHTML {
        let t = page.text.account
        let tokenError = error?.fieldID == "tokenName" ? error : nil
        return Layout(page: page, title: t.profileTitle, hasErrors: error != nil).render { main in
            main.errorSummary(error.map { [$0] } ?? [], title: page.text.layout.errorSummaryTitle)
            main.notice(notice)
            main.element(.h1, text: t.profileTitle)
            main.element(.dl, .class("summary")) { list in
                list.element(.div, .class("summary__row")) { row in
                    row.element(.dt, text: t.profileEmail)
                    row.element(.dd, text: email)
                }
            }
            main.element(.form, .method(.post), .action(SiteURL.account.path), .novalidate()) { form in
                form.csrf(csrf)
                form.input(name: "foreignerNumber", label: t.foreignerNumberLabel, hint: t.foreignerNumberHint, value: foreignerNumber,
                           inputMode: .numeric, width: "10", error: tokenError == nil ? error : nil)
                form.submit(t.profileSave)
            }
            main.element(.p) { $0.element(.a, .href(SiteURL.changePassword.path), text: t.changePasswordLink) }
            // The head of a school asks for collective travel documents from the same account (docs/pages.md#schools).
            main.element(.p) { $0.element(.a, .href(SiteURL.schoolArea.path), text: page.text.school.areaLink) }
            main.apiTokens(page, tokens: tokens, name: tokenName, error: tokenError, csrf: csrf)
            main.element(.h2, .id("donnees"), text: t.dataTitle)
            main.element(.p, text: t.dataArchiveBody)
            main.element(.p) { $0.element(.a, .href(SiteURL.accountArchive.path), text: t.dataArchiveLink) }
            main.element(.p, text: t.dataRetention)
            main.postButton(action: SiteURL.logout.path, label: t.logoutButton, csrf: csrf, secondary: true)
        }
    }

    static func tooMany(_ page: PageContext, seconds: Int) -> RenderedHTML {
        let t = page.text.account
        return Layout(page: page, title: t.tooManyTitle).render { main in
            main.element(.h1, text: t.tooManyTitle)
            main.element(.p, text: t.tooManyBody(max(1, (seconds + 59) / 60)))
        }
    }
}
