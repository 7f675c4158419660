import DCEMDossier
import DCEMRules

/// The back office's case page, its actions, the pick-up hours and the statistics.
struct DossierDeskText: Sendable {
    /// The refusal arises at the start of its day (the scheduler's first pass), so the last day an
    /// agent can decide is the day before; `days`: from today to that last day.
    let deadline: @Sendable (_ lastDay: String, _ refusalDay: String, _ days: Int) -> String
    let deadlinePassed: @Sendable (_ date: String) -> String
    let clockStopped: @Sendable (_ replyBy: String) -> String
    let noDeadline: String
    let familyLine: @Sendable (_ email: String) -> String
    let assignedLine: String
    let assignedTo: @Sendable (_ name: String) -> String
    let notAssigned: String
    let assignToMe: String
    let unassign: String

    let answersTitle: String
    let evaluationTitle: String
    let asOfFiling: @Sendable (_ date: String) -> String
    let asOfToday: @Sendable (_ date: String) -> String
    let sameAsFiling: String
    let eligible: String
    let notEligible: String
    let groundLine: @Sendable (_ ground: String, _ basis: String) -> String
    let expectedDocuments: String
    let feeLine: @Sendable (_ amount: Int) -> String
    let feeExempt: String
    let validityLine: @Sendable (_ from: String, _ until: String) -> String

    let documentsTitle: String
    let viewFile: String
    let verdictLegend: @Sendable (_ document: String) -> String
    let verdictLabel: @Sendable (DocumentVerdict) -> String
    let verdictNone: String
    let verdictButton: @Sendable (DocumentVerdict) -> String
    let verdictReason: String
    let verdictReasonMissing: String
    let verdictSave: String
    let addedAfterFiling: String

    let timelineTitle: String
    let actorLabel: @Sendable (DossierActor) -> String

    let messagesTitle: String
    let messageToFamily: String
    let attachment: String

    let actionsTitle: String
    let noAction: String
    // What was decided and asked, as it was (docs/pages.md#back-office).
    let recordTitle: String
    let recordRequestLabel: String
    let recordRequest: @Sendable (_ documents: String, _ why: String, _ replyBy: String, _ askedOn: String, _ answeredOn: String?) -> String
    let recordDecisionLabel: String
    let recordGranted: @Sendable (_ day: String, _ number: String, _ from: String, _ until: String, _ territory: String) -> String
    let recordRefused: @Sendable (_ day: String, _ reasons: String, _ text: String?) -> String
    let recordImplicit: @Sendable (_ day: String) -> String
    let recordConvocationLabel: String
    let recordConvocation: @Sendable (_ appointment: String, _ fee: String, _ sentOn: String) -> String
    let recordHandOverLabel: String
    let recordHandOver: @Sendable (_ day: String, _ timbre: String?) -> String
    let possibleFrom: @Sendable (_ action: String, _ day: String) -> String
    let done: String
    /// The action came without the case's version (or with one that is no number): nothing is checked nor changed.
    let versionMissing: String
    let conflict: String
    let verdictClosed: String
    /// The document beside the answers, one after another.
    let reviewFile: String
    let reviewTitle: @Sendable (_ document: String, _ position: Int, _ count: Int) -> String
    let reviewPrevious: String
    let reviewNext: String
    let reviewBack: String
    let reviewAnswers: String
    let reviewOpen: String
    /// A colleague judged the file since the page was shown: theirs stands.
    let verdictChangedMeanwhile: String
    /// A colleague took or gave back the case since the page was shown.
    let assignChangedMeanwhile: String
    let doneNoEmail: String
    let verdictRecorded: String
    let requestCodes: String
    let requestCodesMissing: String
    let requestWhy: String
    let requestReplyBy: String
    let refuseReasons: String
    let refuseReasonsMissing: String
    let refuseReason: @Sendable (RefusalReason) -> String
    let refuseText: String
    let availableFrom: String
    let availableFromHint: String
    let acceptFrom: String
    let declineReason: String
    /// `from`: the first day the family can come (absent in older requests); `details`: as typed, maybe empty.
    let postponementLine: @Sendable (_ reason: String, _ from: String?, _ details: String) -> String
    let handOverApplicant: String
    let handOverChild: String
    let handOverTimbreNumber: String
    let handOverTimbreAmount: String
    let handOverDue: @Sendable (_ amount: Int) -> String
    /// The appointment the family was given, shown above the hand-over at the counter.
    let handOverAppointment: @Sendable (_ day: String, _ time: String) -> String
    /// Before accepting a postponement: the slot the family would be given.
    let firstFreeSlot: @Sendable (_ from: String, _ day: String, _ time: String) -> String
    let acceptFromHint: String
    let handOverExempt: String
    let handOverProblem: @Sendable (HandOverProblem) -> String
    let grantProblem: @Sendable (GrantProblem) -> String
    let noCalendar: String
    let noFreeSlot: String
    let missing: @Sendable (_ field: String) -> String
    let dateInvalid: @Sendable (_ field: String) -> String
    /// A free text longer than an action keeps: the agent shortens it (nothing is cut silently).
    let tooLong: @Sendable (_ field: String, _ max: Int) -> String
    let notAnAmount: @Sendable (_ field: String) -> String

    let calendarLink: String
    let calendarTitle: String
    let calendarLead: String
    let calendarPlace: String
    let calendarSlotMinutes: String
    let calendarCapacity: String
    let calendarSaved: String
    let supervisorsOnly: String

    let statisticsLink: String
    let statisticsTitle: String
    let perStateTitle: String
    let monthsTitle: String
    let monthColumn: String
    let filedColumn: String
    let delayTitle: String

    /// Who looked at the case (docs/pages.md#access-log), supervisors only.
    let accessLogLink: String
    let accessLogTitle: @Sendable (_ reference: String) -> String
    let accessLogLead: String
    let accessLogEmpty: String
    /// What was looked at: the case page, a file, a file on the review page.
    let accessLogViewed: @Sendable (_ what: String) -> String
    /// Only the latest are listed.
    let accessLogLatest: @Sendable (_ count: Int) -> String
}
