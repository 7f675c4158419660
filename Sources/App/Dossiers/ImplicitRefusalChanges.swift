import DCEMRules
import Foundation

/// One change of the day the préfecture's silence becomes a refusal, and why (CRPA L. 114-5:
/// asked documents stop the clock, and the delay runs again in full from the day they are
/// provided; `docs/law.md#missing-documents`). The family is shown every one.
struct ImplicitRefusalChange: Equatable, Sendable {
    enum Reason: String, Sendable {
        /// The delay starts: the date is set.
        case filed
        /// The préfecture asked for documents: the clock stops.
        case documentsRequested = "documents-requested"
        /// The family sent them: the delay runs again in full from that day.
        case documentsProvided = "documents-provided"
        /// The reply-by date passed: the file is examined as it stands, the delay runs again.
        case instructionResumed = "instruction-resumed"
        /// A decision, a withdrawal or the implicit refusal itself: the date no longer applies.
        case granted, refused, withdrawn
        case implicitlyRefused = "implicitly-refused"
    }

    let reason: Reason
    /// The day of the change, in the préfecture's zone.
    let on: CivilDate
    /// The date in force after the change; nil when the clock stopped or the date no longer applies.
    let implicitRefusalOn: CivilDate?
    /// For a request: the day the documents are asked by.
    let replyBy: CivilDate?
}

/// The changes, read from the case's history in order (every change is an event, written in the
/// transaction of the change).
enum ImplicitRefusalChanges {
    static func of(_ events: [DossierEvent], in departement: Departement) -> [ImplicitRefusalChange] {
        // Events of one instant keep the order of the history's chain.
        events.sorted { ($0.at, $0.seq ?? 0) < ($1.at, $1.seq ?? 0) }.compactMap { event in
            guard let action = DossierAction(rawValue: event.action) else { return nil }
            let day = departement.today(at: event.at)
            let details = event.decodedDetails
            let newDate = details["implicitRefusalOn"].flatMap(CivilDate.init(iso:))
            func change(_ reason: ImplicitRefusalChange.Reason, _ date: CivilDate? = nil, replyBy: CivilDate? = nil) -> ImplicitRefusalChange {
                ImplicitRefusalChange(reason: reason, on: day, implicitRefusalOn: date, replyBy: replyBy)
            }
            switch action {
            case .file: return change(.filed, newDate ?? Deadlines.implicitRefusalDate(filedOn: details["filedOn"].flatMap(CivilDate.init(iso:)) ?? day))
            case .requestDocuments: return change(.documentsRequested, replyBy: details["replyBy"].flatMap(CivilDate.init(iso:)))
            case .answerRequest: return change(.documentsProvided, newDate)
            case .resumeInstruction: return change(.instructionResumed, newDate)
            case .grant: return change(.granted)
            case .refuse: return change(.refused)
            case .withdraw: return change(.withdrawn)
            case .implicitRefusal: return change(.implicitlyRefused)
            case .startInstruction, .makeAvailable, .requestPostponement, .acceptPostponement, .declinePostponement, .handOver, .markUncollected:
                return nil
            }
        }
    }
}
