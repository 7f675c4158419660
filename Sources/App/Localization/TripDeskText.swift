import DCEMDossier
import DCEMRules

/// A school trip in the préfecture's hands, and what the school sees of it after filing
/// (docs/pages.md#the-prefectures-side-of-a-school-trip).
struct TripDeskText: Sendable {
    // The queue's tab
    let tabLabel: String
    let queueTitle: String
    let queueLead: String
    let queueEmpty: String
    let queueCaption: @Sendable (_ prefecture: String) -> String
    let columnReference: String
    let columnSchool: String
    let columnDeparture: String
    let columnPupils: String
    let columnState: String
    let daysLeft: @Sendable (_ days: Int) -> String
    // The trip's page
    let pageTitle: @Sendable (_ reference: String) -> String
    let schoolLine: @Sendable (_ school: String, _ uai: String, _ head: String) -> String
    let filedLine: @Sendable (_ day: String) -> String
    let tripTitle: String
    let pupilsTitle: String
    let pupilsLead: String
    let rulesKeep: String
    let rulesExclude: @Sendable (_ reason: String) -> String
    let verdictPending: String
    let verdictKept: String
    let verdictStruck: @Sendable (_ reason: String, _ note: String) -> String
    let noDocuments: String
    let documentLink: @Sendable (_ kind: String, _ name: String) -> String
    let verdictLegend: @Sendable (_ pupil: String) -> String
    let verdictChoice: String
    let keepLabel: String
    let strikeLabel: String
    let strikeReasonLabel: String
    let strikeNoteLabel: String
    let strikeNoteHint: String
    let verdictButton: String
    let verdictRecorded: String
    let verdictMissing: String
    let verdictChangedMeanwhile: String
    let notJudging: String
    // Actions
    let actionsTitle: String
    let noAction: String
    let requestTextLabel: String
    let replyByLegend: String
    let replyByHint: String
    let refuseReasonsLegend: String
    let refuseTextLabel: String
    let grantLead: @Sendable (_ kept: Int, _ struck: Int, _ pending: Int) -> String
    let done: String
    let conflict: String
    let versionMissing: String
    let textMissing: @Sendable (_ label: String) -> String
    let textTooLong: @Sendable (_ label: String, _ max: Int) -> String
    let dateInvalid: @Sendable (_ label: String) -> String
    let replyByPast: String
    let reasonsMissing: String
    let pendingPupils: @Sendable (_ names: String) -> String
    let noPupilKept: String
    let noteMissing: @Sendable (_ names: String) -> String
    let tooLate: @Sendable (_ day: String) -> String
    let tooEarly: @Sendable (_ day: String) -> String
    let notAllowed: String
    // The request, the decision
    let requestTitle: String
    let replyByLine: @Sendable (_ day: String) -> String
    let grantedTitle: String
    let grantedLine: @Sendable (_ day: String, _ number: String, _ from: String, _ until: String) -> String
    let refusedTitle: String
    let refusedLine: @Sendable (_ day: String) -> String
    let struckTitle: String
    let printLink: String
    // Messages and history
    let messagesTitle: String
    let messagesEmpty: String
    let messageFromAgent: @Sendable (_ day: String) -> String
    let messageFromSchool: @Sendable (_ day: String) -> String
    let messageToSchool: String
    let messageToPrefecture: String
    let messageSend: String
    let historyTitle: String
    let historyLine: @Sendable (_ when: String, _ who: String, _ what: String) -> String
    let verdictEvent: String
    let backToTrips: String
    // The school's side
    let stepsTitle: String
    let stateWords: @Sendable (_ state: CollectiveTravelState) -> String
    let stepDone: String
    let stepCurrent: String
    let stepLater: String
    let answerLead: String
    let withdrawTitle: String
    let withdrawLead: String
    let withdrawConfirm: String
    let withdrawConfirmMissing: String
    // The document
    let documentTitle: String
    let documentIntro: @Sendable (_ prefecture: String) -> String
    let documentNumber: String
    let validity: @Sendable (_ from: String, _ until: String) -> String
    let pupilsListed: @Sendable (_ count: Int) -> String
    let photoMissing: String
    let photoOf: @Sendable (_ name: String) -> String
    let verificationLine: @Sendable (_ url: String) -> String
    let verificationCode: String
    let columnName: String
    let columnBorn: String
    let columnNationality: String
    let columnPhoto: String
}
