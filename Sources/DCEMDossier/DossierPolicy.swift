import DCEMRules

/// What the family may do with its case, beyond the transitions (`Workflow`). Pages, the API,
/// the services and the models all ask `DossierPolicy`, so both doors give the same answer.
public enum FamilyAction: String, CaseIterable, Sendable {
    /// Change the answers: a draft's, or a case's the préfecture sent back for documents
    /// (docs/states.md: the family corrects or completes the case while documents are asked).
    case editAnswers = "edit-answers"
    /// Put a file in a slot of the checklist or in the photos.
    case uploadChecklist = "upload-checklist"
    /// Put a file in a slot the préfecture asked for.
    case uploadRequested = "upload-requested"
    /// Remove a file: any of a draft's; once filed, only one added while completing the case.
    case removeFile = "remove-file"
    /// Delete the draft.
    case deleteDraft = "delete-draft"
    /// Write to the préfecture (docs/states.md#messages: every state but `draft`).
    case writeMessage = "write-message"
    /// Start a brother's or sister's case from this one.
    case startSibling = "start-sibling"
    /// Start a renewal from this one: the DCEM was handed over.
    case renew
    /// The family's transitions: the workflow's table decides them.
    case file
    case withdraw
    case answerRequest = "answer-request"
    case requestPostponement = "request-postponement"

    /// The transition this action is, if any.
    public var transition: DossierAction? {
        switch self {
        case .file: .file
        case .withdraw: .withdraw
        case .answerRequest: .answerRequest
        case .requestPostponement: .requestPostponement
        default: nil
        }
    }
}

/// What a case waits for from the family: the list of their cases marks it, so that a case
/// needing them is seen without opening each one.
public enum FamilyTurn: String, Sendable {
    /// A draft to finish and file.
    case finishDraft = "finish-draft"
    /// Documents the préfecture asked for.
    case answerRequest = "answer-request"
    /// The document to collect, at the convocation's appointment.
    case collect
}

/// What an agent may do with a case, beyond the transitions.
public enum AgentAction: String, CaseIterable, Sendable {
    case writeMessage = "write-message"
    /// Say whether a document is accepted or refused.
    case judgeDocuments = "judge-documents"
    case assign
}

/// Who may do what in each state: one table, read like `Workflow.transitions`
/// (docs/states.md#family-actions, docs/states.md#agent-actions).
public enum DossierPolicy {
    /// The family's actions that are not transitions, per state. Transitions come from `Workflow`.
    public static let familyTable: [DossierState: Set<FamilyAction>] = [
        .draft: [.editAnswers, .uploadChecklist, .removeFile, .deleteDraft],
        .filed: [.writeMessage, .startSibling],
        .underInstruction: [.writeMessage, .startSibling],
        // The préfecture sent the case back: the family corrects or completes it.
        .awaitingDocuments: [.editAnswers, .uploadChecklist, .uploadRequested, .removeFile, .writeMessage, .startSibling],
        .granted: [.writeMessage, .startSibling],
        .refused: [.writeMessage, .startSibling],
        .implicitlyRefused: [.writeMessage, .startSibling],
        .documentAvailable: [.writeMessage, .startSibling],
        .postponementRequested: [.writeMessage, .startSibling],
        .delivered: [.writeMessage, .startSibling, .renew],
        .uncollected: [.writeMessage, .startSibling],
        .withdrawn: [.writeMessage, .startSibling],
    ]

    /// The agent's actions that are not transitions, per state (a draft is invisible to the préfecture).
    public static let agentTable: [DossierState: Set<AgentAction>] = Dictionary(uniqueKeysWithValues: DossierState.allCases.map { state in
        guard state.isFiled else { return (state, []) }
        // A verdict on a document informs a decision still to take: once decided (or withdrawn),
        // the documents stand as they were judged.
        let undecided = !state.isDecided && state != .withdrawn
        return (state, undecided ? Set(AgentAction.allCases) : [.writeMessage, .assign])
    })

    /// The states in which a case is over and kept only until its purge day (docs/law.md#retention):
    /// the closed ones, and the implicit refusal, which an agent may still replace by a decision
    /// (the day is then counted again from that decision).
    public static let purgedWhenOver: Set<DossierState> = [.refused, .implicitlyRefused, .delivered, .uncollected, .withdrawn]

    /// The family's turn in `state`, if it is theirs.
    public static func familyTurn(in state: DossierState) -> FamilyTurn? {
        switch state {
        case .draft: .finishDraft
        case .awaitingDocuments: .answerRequest
        case .documentAvailable: .collect
        default: nil
        }
    }

    /// May the family do `action` on a case in `state`?
    public static func family(_ action: FamilyAction, in state: DossierState) -> Bool {
        if let transition = action.transition { return Workflow.allowedActions(from: state, for: .family).contains(transition) }
        return familyTable[state]?.contains(action) ?? false
    }

    /// Every action the family may take in `state`, in declaration order.
    public static func familyActions(in state: DossierState) -> [FamilyAction] {
        FamilyAction.allCases.filter { family($0, in: state) }
    }

    /// May the family remove a file? A draft's, any; once filed, only one added while completing the case.
    public static func familyMayRemove(addedAfterFiling: Bool, in state: DossierState) -> Bool {
        family(.removeFile, in: state) && (state == .draft || addedAfterFiling)
    }

    /// May the family put a file in `slot`, given the codes the préfecture asked for (empty when none)?
    /// `inChecklist`: the slot is one of the checklist's, or the photos.
    public static func familyMayUpload(into slot: UploadSlot?, inChecklist: Bool, requested: [DocumentCode], in state: DossierState) -> Bool {
        if let slot, isRequested(slot, requested: requested, in: state) { return true }
        return inChecklist && family(.uploadChecklist, in: state)
    }

    /// A document the préfecture asked for, while it waits for it (its translation is a checklist slot).
    public static func isRequested(_ slot: UploadSlot, requested: [DocumentCode], in state: DossierState) -> Bool {
        family(.uploadRequested, in: state) && !slot.translation && requested.contains(slot.code)
    }

    /// May an agent do `action` on a case in `state`?
    public static func agent(_ action: AgentAction, in state: DossierState) -> Bool {
        agentTable[state]?.contains(action) ?? false
    }

    /// The agent's transitions from `state` (the workflow's table).
    public static func agentTransitions(in state: DossierState) -> [DossierAction] {
        Workflow.allowedActions(from: state, for: .agent)
    }

    /// The agent's transitions that would go through today: the state's, less those whose date has
    /// not come (resuming before the reply-by date has passed). The case page offers these; the
    /// workflow checks the same when the action is sent.
    /// The agent's transitions of `state` whose date has not come, each with the first day it will.
    public static func agentTransitionsLater(in state: DossierState, context: TransitionContext) -> [(action: DossierAction, from: CivilDate)] {
        Workflow.allowedActions(from: state, for: .agent).compactMap {
            if case .failure(.tooEarly(_, let day)) = Workflow.apply($0, to: state, by: .agent, context: context) { return ($0, day) }
            return nil
        }
    }

    public static func agentTransitions(in state: DossierState, context: TransitionContext) -> [DossierAction] {
        Workflow.allowedActions(from: state, for: .agent).filter {
            if case .failure(.tooEarly) = Workflow.apply($0, to: state, by: .agent, context: context) { return false }
            return true
        }
    }

    /// The states the scheduler's implicit refusal looks at: those where the clock runs (rule 2, rule 16).
    public static let implicitRefusalStates: [DossierState] = DossierState.allCases.filter { $0.clockRuns }

    /// The states the scheduler's "not collected" looks at (rule 13).
    public static let uncollectedStates: [DossierState] = DossierState.allCases.filter {
        Workflow.allowedActions(from: $0, for: .scheduler).contains(.markUncollected)
    }
}

extension DossierState {
    /// The case has been filed: it has a reference, a receipt, a history with the préfecture.
    public var isFiled: Bool { self != .draft }
}
