import TypedHTML

/// On the back office's case page of an assisted case (rule 19): the mention, and, while the
/// family has no password of its own, the form that mails it a temporary one.
enum AssistedAccessView {
    static func section(_ html: inout HTMLWriter, _ page: PageContext, _ model: AssistedAccessModel?, csrf: String) {
        guard let model else { return }
        let t = page.text.assisted
        guard let form = model.form else {
            html.element(.p, .class("hint"), text: t.assistedLine)
            return
        }
        html.element(.section, .class("panel"), .aria(.labelledby, "family-access")) { section in
            section.element(.p, text: t.assistedLine)
            section.element(.h2, .id("family-access"), text: t.accessTitle)
            section.element(.p, text: t.accessLead(AccountController.temporaryPasswordHours))
            section.element(.form, .method(.post), .action(form.action), .novalidate()) { post in
                post.csrf(csrf)
                if form.asksEmail {
                    post.input(name: "email", label: t.accessEmailLabel, type: .email, value: form.email, autocomplete: "off", error: form.emailError)
                }
                post.submit(form.button)
            }
        }
    }
}
