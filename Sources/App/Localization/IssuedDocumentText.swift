import DCEMDossier
import DCEMRules

/// The issued DCEM's life, for the family's "Mes documents", the back office's document page, the
/// mails and the history (docs/states.md#the-issued-document).
struct IssuedDocumentText: Sendable {
    let state: @Sendable (IssuedDocumentState) -> String
    let lapseCause: @Sendable (LapseCause) -> String
    let ground: @Sendable (WithdrawalGround) -> String
    let filePurpose: @Sendable (_ purpose: String) -> String

    // Mails
    let mailChangeSubject: @Sendable (_ action: IssuedDocumentAction, _ number: String) -> String
    /// What the move means for the family and what to do; `until`: the last day for observations.
    let mailChange: @Sendable (_ action: IssuedDocumentAction, _ number: String, _ until: String?) -> String
    let mailReminderSubject: @Sendable (_ reminder: DocumentReminder, _ number: String) -> String
    let mailReminder: @Sendable (_ reminder: DocumentReminder, _ number: String, _ date: String) -> String
    let mailLinkLine: @Sendable (_ link: String) -> String
    /// The appeal routes against a withdrawal (ruling 20: stated like a refusal's).
    let withdrawalAppeal: String
    let mailRenewalDraftSubject: String
    let mailRenewalDraft: @Sendable (_ link: String) -> String

    // The family's pages
    let listLink: String
    let listTitle: String
    let listLead: String
    let listEmpty: String
    let numberLabel: String
    let holderLabel: String
    let validFromLabel: String
    let validUntilLabel: String
    let voidAfterLabel: String
    let territoryLabel: String
    let stateLabel: String
    let nextLabel: String
    let openDocument: @Sendable (_ number: String) -> String
    let documentTitle: @Sendable (_ number: String) -> String
    let next: @Sendable (IssuedDocumentNextStep, _ format: @Sendable (CivilDate) -> String) -> String
    let renewButton: String
    let continueRenewal: String
    let replacementLink: String
    let lapseTitle: String
    let lapseLead: String
    let causeLegend: String
    let proofLabel: String
    let proofHint: String
    let lapseButton: String
    let lossTitle: String
    let lossLead: String
    let lossKindLegend: String
    let lost: String
    let stolen: String
    let declarationLabel: String
    let declarationHint: String
    let lossConfirm: String
    let confirmLegend: String
    let lossButton: String
    let observationsTitle: String
    let observationsLead: @Sendable (_ grounds: String, _ until: String) -> String
    let observationsLabel: String
    let observationsFileLabel: String
    let observationsFileHint: String
    let observationsButton: String
    let observationsReceived: @Sendable (_ day: String) -> String
    let returnTitle: String
    let returnLead: String
    let receiptLink: String
    let filesTitle: String
    let historyTitle: String

    // The return receipt
    let receiptTitle: String
    let receiptBody: @Sendable (_ number: String, _ holder: String, _ day: String, _ service: String) -> String
    let receiptNumber: String

    // The back office
    let deskLink: @Sendable (_ number: String) -> String
    let deskLead: String
    let groundsLegend: String
    let openWithdrawalTitle: String
    let openWithdrawalLead: @Sendable (_ days: Int) -> String
    let openWithdrawalButton: String
    let withdrawTitle: String
    let withdrawLead: @Sendable (_ grounds: String, _ until: String) -> String
    let withdrawReasonsLabel: String
    let withdrawReasonsHint: String
    let withdrawButton: String
    let withdrawWaits: @Sendable (_ firstDay: String) -> String
    let closeWithdrawalButton: String
    let recordReturnTitle: String
    let recordReturnButton: String
    let deskLapseTitle: String
    let deskLossTitle: String
    let withdrawalReasonsShown: @Sendable (_ reasons: String) -> String

    // Errors
    let causeMissing: String
    let proofMissing: String
    let declarationMissing: String
    let lossKindMissing: String
    let confirmMissing: String
    let groundsMissing: String
    let reasonsMissing: String
    let observationsMissing: String
    let conflict: String
    let tooEarly: @Sendable (_ firstDay: String) -> String
    let notAllowed: String
    let done: @Sendable (IssuedDocumentAction) -> String
    let observationsSent: String
}
