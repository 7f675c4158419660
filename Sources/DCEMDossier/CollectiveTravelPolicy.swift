import DCEMRules

// Who may do what with a request for a document de voyage collectif, beyond its transitions
// (`CollectiveTravelWorkflow`): one table per side, read like `DossierPolicy`'s, so that the school's
// pages, the back office and an API give the same answer (docs/states.md#the-collective-travel-document).

/// What the head of the school may do beyond the transitions.
public enum SchoolHeadAction: String, CaseIterable, Sendable {
    /// Change the trip: destinations, dates, place of stay, accompanying adults, teacher in charge.
    case editTrip = "edit-trip"
    /// Add, change or remove pupils, one by one or from a file (`PupilCSV`).
    case editPupils = "edit-pupils"
    /// Put a pupil's document in its slot (`CollectiveTravelDocument.perPupil`).
    case uploadPupilDocument = "upload-pupil-document"
    /// Delete the draft.
    case deleteDraft = "delete-draft"
    /// Write to the préfecture: every state but `draft`.
    case writeMessage = "write-message"
    /// Print the document: once it is available, and kept after the hand-over.
    case printDocument = "print-document"
    /// The head's transitions: the workflow's table decides them.
    case file
    case withdraw
    case answerRequest = "answer-request"

    public var transition: CollectiveTravelAction? {
        switch self {
        case .file: .file
        case .withdraw: .withdraw
        case .answerRequest: .answerRequest
        default: nil
        }
    }
}

/// What an agent may do beyond the transitions.
public enum CollectiveTravelAgentAction: String, CaseIterable, Sendable {
    case writeMessage = "write-message"
    /// Give a pupil a verdict (`PupilVerdict`): while the instruction runs.
    case judgePupils = "judge-pupils"
}

public enum CollectiveTravelPolicy {
    /// The head's actions that are not transitions, per state.
    public static let schoolHeadTable: [CollectiveTravelState: Set<SchoolHeadAction>] = [
        .draft: [.editTrip, .editPupils, .uploadPupilDocument, .deleteDraft],
        .filed: [.writeMessage],
        .underInstruction: [.writeMessage],
        // The préfecture asked for documents: the head sends them in the pupils' slots; the trip and
        // its list stay as filed.
        .awaitingDocuments: [.uploadPupilDocument, .writeMessage],
        .granted: [.writeMessage],
        .refused: [.writeMessage],
        .documentAvailable: [.writeMessage, .printDocument],
        .handedOver: [.writeMessage, .printDocument],
        .closedDeparturePassed: [.writeMessage],
        .uncollected: [.writeMessage],
        .withdrawn: [.writeMessage],
    ]

    /// The agent's actions that are not transitions, per state (a draft is the school's own).
    public static let agentTable: [CollectiveTravelState: Set<CollectiveTravelAgentAction>] = Dictionary(
        uniqueKeysWithValues: CollectiveTravelState.allCases.map { state in
            switch state {
            case .draft: return (state, [])
            case .underInstruction: return (state, Set(CollectiveTravelAgentAction.allCases))
            default: return (state, [.writeMessage])
            }
        })

    public static func schoolHead(_ action: SchoolHeadAction, in state: CollectiveTravelState) -> Bool {
        if let transition = action.transition {
            return CollectiveTravelWorkflow.allowedActions(from: state, for: .schoolHead).contains(transition)
        }
        return schoolHeadTable[state]?.contains(action) ?? false
    }

    public static func schoolHeadActions(in state: CollectiveTravelState) -> [SchoolHeadAction] {
        SchoolHeadAction.allCases.filter { schoolHead($0, in: state) }
    }

    public static func agent(_ action: CollectiveTravelAgentAction, in state: CollectiveTravelState) -> Bool {
        agentTable[state]?.contains(action) ?? false
    }

    /// The agent's transitions from `state` whose day has not passed nor is still to come: what the
    /// page offers (a grant the day after departure is not offered; the workflow refuses it too).
    public static func agentTransitions(in state: CollectiveTravelState, context: CollectiveTravelContext) -> [CollectiveTravelAction] {
        CollectiveTravelWorkflow.allowedActions(from: state, for: .agent).filter {
            (try? CollectiveTravelWorkflow.apply($0, to: state, by: .agent, context: context).get()) != nil
        }
    }

    /// The states the scheduler's two passes look at.
    public static let closeDeparturePassedStates: [CollectiveTravelState] = CollectiveTravelState.allCases.filter {
        CollectiveTravelWorkflow.allowedActions(from: $0, for: .scheduler).contains(.closeDeparturePassed)
    }
    public static let uncollectedStates: [CollectiveTravelState] = CollectiveTravelState.allCases.filter {
        CollectiveTravelWorkflow.allowedActions(from: $0, for: .scheduler).contains(.markUncollected)
    }

    /// Days from `today` to the departure, for the préfecture's queue (sorted by departure: the
    /// deadline that matters); negative once it has passed.
    public static func daysUntilDeparture(_ departure: CivilDate, today: CivilDate) -> Int {
        today.daysUntil(departure)
    }
}
