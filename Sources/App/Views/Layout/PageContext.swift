import DCEMRules

/// What every page needs to know about the request it answers.
struct PageContext: Sendable {
    let language: Language
    /// The path of the page being shown, so the language switch can keep the visitor on it.
    let path: String
    /// Set on the family's pages while an agent files there at the counter (rule 19): the layout
    /// shows it in a banner, with the way back to the back office.
    var assisted: AssistedFilingMode? = nil

    var text: Catalog { Catalog.of(language) }

    /// The other language offered by the switch (French ⇄ English).
    var otherLanguage: Language { language == .fr ? .en : .fr }
}
