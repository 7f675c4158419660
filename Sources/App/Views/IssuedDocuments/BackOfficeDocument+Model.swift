import DCEMDossier
import DCEMRules
import Foundation

/// An issued DCEM in the back office: the same summary as the family's, and the agent's moves its
/// state allows (`IssuedDocumentLifecycle.allowedActions` for an agent), with the withdrawal's
/// observation period shown and enforced (rule 20).
struct BackOfficeDocumentModel: Sendable {
    let id: UUID
    let version: Int
    let summary: IssuedDocumentSummary
    let caseHref: String
    let caseLabel: String
    let actions: [IssuedDocumentAction]
    /// While a withdrawal is considered: its grounds and period, and the first day it may be decided
    /// when that day has not come (nil once it may be decided).
    let withdrawalLead: String?
    let withdrawalWaits: String?
    let observations: [String]
    let withdrawalReasons: String?
    let receiptHref: String?
    let files: [IssuedDocumentFileLink]
    let history: [String]
    let errors: [FieldError]
    let values: [String: String]
    let notice: String?

    /// The moves an agent makes on this page; the scheduler's own and the replacement (the
    /// hand-over of the new DCEM) are not buttons.
    static let pageActions: [IssuedDocumentAction] = [.openWithdrawal, .withdraw, .closeWithdrawal, .recordReturn, .declareLapse, .reportLost]

    init(_ page: PageContext, document: IssuedDocument, caseReference: String, today: CivilDate, files: [IssuedDocumentFile], events: [DossierEvent],
         history: [String], errors: [FieldError] = [], values: [String: String] = [:], notice: String? = nil) {
        let d = page.text.issuedDocument
        let state = document.currentState
        id = document.id!
        version = document.stateVersion
        summary = IssuedDocumentSummary(page, document)
        caseHref = SiteURL.backOfficeDossier(document.dossierID).path
        caseLabel = caseReference
        let allowed = IssuedDocumentLifecycle.allowedActions(from: state, for: .agent)
        actions = Self.pageActions.filter(allowed.contains)
        if state == .withdrawalPending {
            let grounds = (document.withdrawalGrounds ?? "").split(separator: ",").compactMap { WithdrawalGround(rawValue: String($0)) }
            withdrawalLead = d.withdrawLead(grounds.map(d.ground).joined(separator: " ; "), DossierFormat.day(document.observationsUntil, page))
            if case .failure(.tooEarly(_, let first)) = IssuedDocumentLifecycle.apply(.withdraw, to: state, by: .agent,
                                                                                       context: IssuedDocumentRegistry.context(of: document, today: today)) {
                withdrawalWaits = d.withdrawWaits(DossierFormat.day(first, page))
            } else {
                withdrawalWaits = nil
            }
            observations = events.filter { $0.kind == .withdrawalObservations && $0.detail(.dcemNumber) == document.dcemNumber }
                .compactMap { $0.detail(.message) }
        } else {
            withdrawalLead = nil
            withdrawalWaits = nil
            observations = []
        }
        withdrawalReasons = document.withdrawalReasons.map(d.withdrawalReasonsShown)
        receiptHref = document.returnReceipt != nil ? SiteURL.backOfficeDocumentReceipt(document.id!).path : nil
        self.files = IssuedDocumentFileLink.links(page, files) { SiteURL.backOfficeDocumentFile(document.id!, $0.id!).path }
        self.history = history
        self.errors = errors
        self.values = values
        self.notice = notice
    }

    func error(_ field: String) -> FieldError? { errors.first { $0.fieldID == field } }
}
