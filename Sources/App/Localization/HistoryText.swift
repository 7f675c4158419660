import DCEMDossier
import DCEMRules

/// A case's history, for the family and the back office alike: what happened, with its details
/// (the documents asked, the slot, the appointment, the timbre fiscal), and who did it.
struct HistoryText: Sendable {
    /// What happened, in the past ("Demande déposée"): an action's button label is an order, not an event.
    let kind: @Sendable (DossierEventKind) -> String
    /// The family reads its own actions as "you".
    let byYou: String
    let byFamily: String
    /// An agent whose name is not known (an account since removed).
    let byPrefecture: String
    let byAgent: @Sendable (_ name: String) -> String
    let byScheduler: String
    let documentsAsked: @Sendable (_ documents: String, _ replyBy: String) -> String
    let document: @Sendable (_ document: String) -> String
    let verdict: @Sendable (_ document: String, _ verdict: DocumentVerdict) -> String
    let appointment: @Sendable (_ day: String, _ time: String) -> String
    let timbre: @Sendable (_ number: String, _ amountEUR: String) -> String
    let exempt: String
    let dcemNumber: @Sendable (_ number: String) -> String
    let reasons: @Sendable (_ reasons: String) -> String
    let assignedTo: @Sendable (_ name: String) -> String
    let unassigned: String
    let section: @Sendable (_ title: String) -> String
    let copiedFrom: @Sendable (_ reference: String) -> String
}

extension StoredRefusalReason {
    /// A reason stored as a code is worded in the reader's language; an older sentence is shown as stored.
    func label(_ text: Catalog) -> String {
        switch self {
        case .reason(let code): text.dossierDesk.refuseReason(code)
        case .legacy(let sentence): sentence
        }
    }
}
