import DCEMRules

/// How the family is told of each change of the implicit-refusal date, on its case page and on
/// the receipt (`ImplicitRefusalChanges`).
struct ImplicitRefusalText: Sendable {
    let historyTitle: String
    let historyLead: String
    /// One change: its day and the date then in force (or the reply-by day of a request), both formatted.
    let change: @Sendable (_ reason: ImplicitRefusalChange.Reason, _ on: String, _ date: String?, _ replyBy: String?) -> String
    /// On the receipt: the date it shows is the one in force at filing.
    let dateAtFiling: String
    let sinceFilingTitle: String
    let basis: @Sendable (_ citation: String) -> String

    static func of(_ language: Language) -> ImplicitRefusalText {
        switch language {
        case .fr: .french
        case .en: .english
        }
    }
}
