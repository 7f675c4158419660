import DCEMDossier
import DCEMRules
import Foundation

/// A filed trip as the school follows it (docs/pages.md#the-prefectures-side-of-a-school-trip):
/// the four steps, the state in words, the request for documents with its reply-by date and the
/// answer, the decision with its reasons and the pupils struck off, messages, history, withdrawal.
struct SchoolTripFollowModel: Sendable {
    struct Step: Sendable {
        let title: String
        let detail: String
        let current: Bool
        let done: Bool
    }

    let steps: [Step]
    let stateWords: String
    let facts: TripFacts
    let version: String
    /// The head may send the documents asked (`answer-request`).
    let answerAction: String?
    let withdrawAction: String?
    let printHref: String?
    let messageAction: String?
    let messageBody: String
    let messageError: FieldError?
    let withdrawError: FieldError?

    init(_ page: PageContext, trip: CollectiveTrip, pupils: [TripPupil], events: [TripEvent], messages: [TripMessage], errors: [FieldError],
         values: [String: String]) {
        let t = page.text.tripDesk
        let state = trip.currentState
        let current = state.schoolStep
        // Outside the four steps (withdrawn, closed, not collected): a step is done if it happened.
        let happened: [FamilyStep: Bool] = [
            .filing: trip.filedOn != nil, .instruction: events.contains { $0.action == CollectiveTravelAction.startInstruction.rawValue },
            .decision: trip.decidedOn != nil, .documentAvailable: events.contains { $0.action == CollectiveTravelAction.makeAvailable.rawValue },
        ]
        steps = FamilyStep.allCases.map { step in
            let done = current.map { step < $0 } ?? (happened[step] ?? false)
            let isCurrent = current == step
            return Step(title: step.label(in: page.language), detail: isCurrent ? t.stepCurrent : done ? t.stepDone : t.stepLater,
                        current: isCurrent, done: done)
        }
        stateWords = t.stateWords(state)
        facts = TripFacts(page, trip: trip, pupils: pupils, events: events, messages: messages)
        version = String(trip.version)
        let id = trip.id!
        answerAction = CollectiveTravelPolicy.schoolHead(.answerRequest, in: state) ? SiteURL.schoolTripAction(id, .answerRequest).path : nil
        withdrawAction = CollectiveTravelPolicy.schoolHead(.withdraw, in: state) ? SiteURL.schoolTripAction(id, .withdraw).path : nil
        printHref = CollectiveTravelPolicy.schoolHead(.printDocument, in: state) ? SiteURL.schoolTripDocument(id).path : nil
        messageAction = CollectiveTravelPolicy.schoolHead(.writeMessage, in: state) ? SiteURL.schoolTripMessages(id).path : nil
        messageBody = values["body"] ?? ""
        messageError = errors.first { $0.fieldID == "body" }
        withdrawError = errors.first { $0.fieldID == "confirm-withdraw-yes" }
    }
}
