import DCEMRules
import Plot
import TypedHTML

/// On the back office's case page of an assisted case (rule 19): the mention, and, while the
/// family has no password of its own, the form that mails it a temporary one.
enum AssistedAccessView {
    static func section(_ page: PageContext, _ model: BackOfficeDossierModel, csrf: String) -> BodyNode {
        guard model.dossier.assisted else { return .empty }
        let t = page.text.assisted
        // The case page leaves out a placeholder address (a family filed for without one).
        let email = model.familyEmail ?? ""
        let placeholder = model.familyEmail == nil
        guard !model.familyHasPassword else { return element("p", [("class", "hint")], [.plainText(t.assistedLine)]) }
        return element("section", [("class", "panel"), ("aria-labelledby", "family-access")], [
            element("p", [], [.plainText(t.assistedLine)]),
            element("h2", [("id", "family-access")], [.plainText(t.accessTitle)]),
            element("p", [], [.plainText(t.accessLead(AccountController.temporaryPasswordHours))]),
            element("form", [("method", "post"), ("action", SiteURL.backOfficeDossierAccess(model.dossier.id!).path), ("novalidate", "")], [
                Forms.csrf(csrf),
                placeholder ? Forms.input(name: "email", label: t.accessEmailLabel, type: .email, value: model.values["email"] ?? "",
                                          autocomplete: "off", error: model.errors.first { $0.fieldID == "email" }) : .empty,
                Forms.submit(placeholder ? t.accessButton : t.accessTo(email)),
            ]),
        ])
    }
}
