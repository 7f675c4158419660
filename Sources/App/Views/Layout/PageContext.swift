import DCEMRules

/// What every page needs to know about the request it answers.
/// Who is signed in, as the header shows it, with the form token its sign-out button needs.
struct SignedInMember: Sendable {
    let email: String
    let csrf: String
}

struct PageContext: Sendable {
    let language: Language
    /// The path of the page being shown, so the language switch can keep the visitor on it.
    let path: String
    /// Set on the family's pages while an agent files there at the counter (rule 19): the layout
    /// shows it in a banner, with the way back to the back office.
    var assisted: AssistedFilingMode? = nil
    /// The family member signed in, on the pages of their area: the header says who they are and
    /// offers to sign out (a shared phone, a family computer).
    var member: SignedInMember? = nil

    var text: Catalog { Catalog.of(language) }

    /// The other language offered by the switch (French ⇄ English).
    var otherLanguage: Language { language == .fr ? .en : .fr }
}
