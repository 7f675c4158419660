import DCEMRules

/// The back office's text: login and one-time code, the queue. Words shared with the family's
/// login (addresses, passwords, rate limits) come from `AccountText`.
struct BackOfficeText: Sendable {
    let areaName: String
    let navigationLabel: String
    let queueLink: String
    let signedInAs: @Sendable (_ name: String, _ service: String) -> String

    let loginTitle: String
    let loginLead: String

    let setupTitle: String
    let setupLead: String
    let secretLabel: String
    let uriLabel: String
    let codeTitle: String
    let codeLead: String
    let codeLabel: String
    let codeHint: String
    let codeButton: String
    let codeInvalid: String

    let queueTitle: String
    let columnReference: String
    let columnChild: String
    let columnFiled: String
    let columnDue: String
    let columnState: String
    let sortBy: @Sendable (_ column: String) -> String
    let clockStopped: String
    /// The last day to decide is today; it is past (the scheduler is about to record the refusal).
    let dueToday: @Sendable (_ day: String) -> String
    let dueLapsed: String
    let filtersTitle: String
    let stateFilter: String
    let profileFilter: String
    let groundFilter: String
    let anyValue: String
    let filedFrom: String
    let filedTo: String
    let dueWithin: String
    let dueWithinHint: String
    let waitingForFamily: String
    let searchLabel: String
    let searchHint: String
    let applyFilters: String
    let clearFilters: String
    let empty: String
    let previousPage: String
    let nextPage: String
    let pagination: String
    let groundShort: @Sendable (Ground) -> String

    let dossierTitle: @Sendable (_ reference: String) -> String
    let dossierPlaceholder: String
    let backToQueue: String
}
