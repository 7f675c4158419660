import DCEMDossier
import DCEMRules
import Foundation

/// One issued DCEM on the family's side: what it is, the one thing to do, and the forms its state
/// allows (the lifecycle's family actions: declare a lapse, a loss or theft; observations while a
/// withdrawal is considered).
struct MyDocumentModel: Sendable {
    struct Observations: Sendable {
        let lead: String
        let received: String?
    }

    let id: UUID
    let summary: IssuedDocumentSummary
    let next: String
    /// The button that starts (or reopens) the application prefilled from this document.
    let renewLabel: String?
    let observations: Observations?
    let mayDeclareLapse: Bool
    let mayDeclareLoss: Bool
    let giveBack: Bool
    let receiptHref: String?
    let withdrawalReasons: String?
    let files: [IssuedDocumentFileLink]
    let history: [String]
    let errors: [FieldError]
    let values: [String: String]
    let notice: String?
    /// The form to show open (the one whose errors are shown).
    let open: IssuedDocumentAction?

    init(_ page: PageContext, document: IssuedDocument, step: IssuedDocumentNextStep, files: [IssuedDocumentFile], history: [String],
         errors: [FieldError] = [], values: [String: String] = [:], notice: String? = nil, open: IssuedDocumentAction? = nil) {
        let d = page.text.issuedDocument
        let state = document.currentState
        let format: @Sendable (CivilDate) -> String = { [text = page.text.simulator] in text.format($0) }
        id = document.id!
        summary = IssuedDocumentSummary(page, document)
        next = d.next(step, format)
        renewLabel = IssuedDocumentNextStep.mayRenew(state: state, step)
            ? (step == .finishRenewal ? d.continueRenewal : state == .reportedLost || state == .reportedStolen ? d.replacementLink : d.renewButton) : nil
        if state == .withdrawalPending, let until = document.observationsUntil {
            let grounds = (document.withdrawalGrounds ?? "").split(separator: ",").compactMap { WithdrawalGround(rawValue: String($0)) }
            observations = Observations(lead: d.observationsLead(grounds.map(d.ground).joined(separator: " ; "), DossierFormat.day(until, page)),
                                        received: document.observationsReceivedOn.map { d.observationsReceived(DossierFormat.day($0, page)) })
        } else {
            observations = nil
        }
        let allowed = IssuedDocumentLifecycle.allowedActions(from: state, for: .family)
        mayDeclareLapse = allowed.contains(.declareLapse)
        mayDeclareLoss = allowed.contains(.reportLost)
        giveBack = state.awaitsReturn
        receiptHref = document.returnReceipt != nil ? SiteURL.myDocumentReceipt(document.id!).path : nil
        withdrawalReasons = state == .withdrawn ? document.withdrawalReasons.map(d.withdrawalReasonsShown) : nil
        self.files = IssuedDocumentFileLink.links(page, files) { SiteURL.myDocumentFile(document.id!, $0.id!).path }
        self.history = history
        self.errors = errors
        self.values = values
        self.notice = notice
        self.open = open
    }
}
