import DCEMDossier

/// An assisted case's family access (rule 19), on the back office's case page.
struct AssistedAccessModel: Sendable {
    /// The form that mails the family a temporary password, while it has none of its own.
    struct Form: Sendable {
        let action: String
        /// The case has only a placeholder address (filed for a family without one): the agent types it.
        let asksEmail: Bool
        let email: String
        let emailError: FieldError?
        let button: String
    }

    let form: Form?

    /// Nil unless the case was filed at the counter.
    init?(_ page: PageContext, dossier: Dossier, familyEmail: String?, familyHasPassword: Bool, values: [String: String], errors: [FieldError]) {
        guard dossier.assisted else { return nil }
        let t = page.text.assisted
        // `familyEmail` leaves out a placeholder address.
        form = familyHasPassword ? nil
            : Form(action: SiteURL.backOfficeDossierAccess(dossier.id!).path, asksEmail: familyEmail == nil, email: values["email"] ?? "",
                   emailError: errors.first { $0.fieldID == "email" }, button: familyEmail.map(t.accessTo) ?? t.accessButton)
    }
}
