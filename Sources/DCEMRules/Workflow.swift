/// The life of a DCEM application: one state machine, pure (no I/O), used alike by the
/// family's pages, the back office, the API and the scheduler (docs/states.md).
///
/// Why here and not in the database layer: every door into a case must allow exactly the same
/// transitions, and a table that can be read and tested on its own is the only way to be sure of
/// it. What stays outside: the case's version (a conflict check at write time), events,
/// notifications and the data each action records (reasons, slots, dates).

// MARK: - States

/// Where an application stands (docs/states.md#states-and-the-step-the-family-sees). The raw
/// values are the codes stored and sent by the API.
public enum DossierState: String, CaseIterable, Sendable, Codable {
    /// The family is filling it in; invisible to the préfecture.
    case draft
    /// Filed and acknowledged, waiting for the préfecture.
    case filed
    /// An agent is examining it.
    case underInstruction = "under-instruction"
    /// The préfecture asked for documents; the clock is stopped (docs/law.md#rule-16).
    case awaitingDocuments = "awaiting-documents"
    /// Favourable decision: DCEM number, validity and territory are fixed.
    case granted
    /// Explicit refusal, with reasons and appeal routes.
    case refused
    /// Silence until the implicit-refusal date (docs/law.md#rule-2). An agent may still replace it
    /// by an explicit decision, so it is not closed.
    case implicitlyRefused = "implicitly-refused"
    /// Convocation sent with a slot.
    case documentAvailable = "document-available"
    /// The family asked for another slot.
    case postponementRequested = "postponement-requested"
    /// Handed over; the issued DCEM lives on as its own record.
    case delivered
    /// Not collected within 3 months: destroyed (docs/law.md#rule-13).
    case uncollected
    /// The family withdrew before any decision.
    case withdrawn

    /// No action at all is allowed any more (docs/states.md#transitions, "Never": any action on
    /// `refused`, `delivered`, `uncollected` or `withdrawn`). `implicitly-refused` is not closed:
    /// an agent may still grant or refuse explicitly.
    public var isClosed: Bool {
        switch self {
        case .refused, .delivered, .uncollected, .withdrawn: return true
        default: return false
        }
    }

    /// A decision has been taken — explicit, or the implicit refusal of rule 2: the states the
    /// family sees as step 3 or 4, plus `uncollected` (a granted document never collected).
    /// A withdrawn case was never decided (the family withdrew "before any decision").
    public var isDecided: Bool {
        switch self {
        case .granted, .refused, .implicitlyRefused, .documentAvailable, .postponementRequested,
             .delivered, .uncollected:
            return true
        case .draft, .filed, .underInstruction, .awaitingDocuments, .withdrawn:
            return false
        }
    }

    /// The implicit-refusal clock runs: the states from which the scheduler's implicit refusal
    /// can fall (docs/states.md#transitions: `filed`, `under-instruction`). Not while documents
    /// are awaited — rule 16 stops the clock — and not once decided. These are the cases the
    /// scheduler treats as undecided.
    public var clockRuns: Bool {
        self == .filed || self == .underInstruction
    }

    /// Messages between the family and the préfecture are allowed in every state but `draft`,
    /// and change no state (docs/states.md#besides-the-transitions).
    public var allowsMessages: Bool { self != .draft }

    /// A refusal, explicit or implicit: what can be challenged (docs/law.md#appeal).
    public var isRefusal: Bool { self == .refused || self == .implicitlyRefused }

    /// The case will not reach the document as it stands (refused, withdrawn, not collected): the
    /// family's steps after the current one do not apply, rather than "to come".
    public var endsWithoutDocument: Bool {
        switch self {
        case .refused, .implicitlyRefused, .withdrawn, .uncollected: return true
        default: return false
        }
    }

    /// The step the family sees (docs/states.md#states-and-the-step-the-family-sees);
    /// nil for `draft`, `uncollected` and `withdrawn`, which are outside the four steps.
    public var familyStep: FamilyStep? {
        switch self {
        case .draft, .uncollected, .withdrawn: return nil
        case .filed: return .filing
        case .underInstruction, .awaitingDocuments: return .instruction
        case .granted, .refused, .implicitlyRefused: return .decision
        case .documentAvailable, .postponementRequested, .delivered: return .documentAvailable
        }
    }
}

/// The four steps the family sees, numbered as on its pages (docs/states.md).
public enum FamilyStep: Int, CaseIterable, Sendable, Comparable {
    /// 1 Dépôt de la demande.
    case filing = 1
    /// 2 Instruction en cours.
    case instruction = 2
    /// 3 Décision prise.
    case decision = 3
    /// 4 Document disponible (or remis).
    case documentAvailable = 4

    public static func < (lhs: FamilyStep, rhs: FamilyStep) -> Bool { lhs.rawValue < rhs.rawValue }
}

// MARK: - Actions and actors

/// One case per action of docs/states.md#transitions. The raw values are the codes the API
/// and the event history use.
public enum DossierAction: String, CaseIterable, Sendable, Codable {
    case file
    case withdraw
    case startInstruction = "start-instruction"
    case requestDocuments = "request-documents"
    case answerRequest = "answer-request"
    case resumeInstruction = "resume-instruction"
    case grant
    case refuse
    case implicitRefusal = "implicit-refusal"
    case makeAvailable = "make-available"
    case requestPostponement = "request-postponement"
    case acceptPostponement = "accept-postponement"
    case declinePostponement = "decline-postponement"
    case handOver = "hand-over"
    case markUncollected = "mark-uncollected"
}

/// Who performs an action (docs/states.md#transitions, column "who"). Not named `Actor`, which
/// would hide Swift's concurrency protocol in every module importing this one.
public enum DossierActor: String, CaseIterable, Sendable, Codable {
    /// The applicant, from the family's pages or the API.
    case family
    /// An agent of the préfecture, from the back office or the API.
    case agent
    /// The scheduler, which applies the dated transitions (implicit refusal, uncollected).
    case scheduler
}

/// One allowed move: `action` by `actor` takes a case from `from` to `to` (one row of
/// `Workflow.transitions` per source state and actor).
public struct Transition: Hashable, Sendable {
    public let action: DossierAction
    public let from: DossierState
    public let to: DossierState
    public let actor: DossierActor

    public init(_ action: DossierAction, from: DossierState, to: DossierState, by actor: DossierActor) {
        self.action = action
        self.from = from
        self.to = to
        self.actor = actor
    }
}

/// What the transitions' guards need besides the state: the day, the dates the case carries,
/// and whether an agent files at the counter. Every date is a civil day in the préfecture's
/// zone (docs/law.md#time-zones); the caller reads the clock, the rules never do.
public struct TransitionContext: Hashable, Sendable {
    /// The day the action is performed.
    public var today: CivilDate
    /// The reply-by date of the pending documents request: `resume-instruction` only once it
    /// has passed (docs/states.md#transitions).
    public var replyBy: CivilDate?
    /// The case's current implicit-refusal date (rules 2 and 16): `implicit-refusal` only on or
    /// after it.
    public var implicitRefusalOn: CivilDate?
    /// The day the document was first made available: `mark-uncollected` only after the last
    /// collection day (rule 13, `Deadlines.lastCollectionDay`). Postponements do not move it.
    public var firstAvailableOn: CivilDate?
    /// The filing is made by an agent at the counter on the family's behalf (rule 19).
    public var assisted: Bool

    public init(today: CivilDate, replyBy: CivilDate? = nil, implicitRefusalOn: CivilDate? = nil,
                firstAvailableOn: CivilDate? = nil, assisted: Bool = false) {
        self.today = today
        self.replyBy = replyBy
        self.implicitRefusalOn = implicitRefusalOn
        self.firstAvailableOn = firstAvailableOn
        self.assisted = assisted
    }
}

// MARK: - Errors

/// Why an action was refused. A refused action answers a clear error and changes nothing
/// (docs/states.md).
public enum WorkflowError: Error, Hashable, Sendable {
    /// The case is `refused`, `delivered`, `uncollected` or `withdrawn`: nothing more can be done.
    case closed(DossierState)
    /// The action is not possible from this state, whoever asks.
    case notAllowedFromState(DossierAction, DossierState)
    /// The action is possible from this state, but not by this actor (for an agent's `file`:
    /// not without an assisted filing, rule 19).
    case wrongActor(DossierAction, DossierActor)
    /// A dated action asked before its date; `until` is the first day it is allowed.
    case tooEarly(DossierAction, until: CivilDate)
    /// A dated action whose date the case does not carry (no reply-by date, implicit-refusal
    /// date or availability date). Refused rather than guessed: the data is wrong.
    case missingDate(DossierAction)

    /// Stable code for the API and the logs.
    public var code: String {
        switch self {
        case .closed: return "closed"
        case .notAllowedFromState: return "not-allowed-from-state"
        case .wrongActor: return "wrong-actor"
        case .tooEarly: return "too-early"
        case .missingDate: return "missing-date"
        }
    }

    /// What is wrong, in plain words.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case let (.closed(state), .fr):
            return "Ce dossier est clos (\(state.label(in: .fr).lowercased())) : plus aucune action n'est possible."
        case let (.closed(state), .en):
            return "This application is closed (\(state.label(in: .en).lowercased())): no further action is possible."
        case let (.notAllowedFromState(action, state), .fr):
            return "« \(action.label(in: .fr)) » n'est pas possible quand le dossier est à l'état « \(state.label(in: .fr)) »."
        case let (.notAllowedFromState(action, state), .en):
            return "\"\(action.label(in: .en))\" is not possible while the application is \"\(state.label(in: .en))\"."
        case (.wrongActor(.file, .agent), .fr):
            return "Un agent ne dépose une demande qu'au guichet, pour la famille (dépôt accompagné)."
        case (.wrongActor(.file, .agent), .en):
            return "An agent files an application only at the counter, on the family's behalf (assisted filing)."
        case let (.wrongActor(action, actor), .fr):
            return "« \(action.label(in: .fr)) » n'est pas ouvert \(actor.dativeFrench)."
        case let (.wrongActor(action, actor), .en):
            return "\"\(action.label(in: .en))\" is not open to \(actor.label(in: .en).lowercased())."
        case let (.tooEarly(action, until), .fr):
            return "« \(action.label(in: .fr)) » n'est possible qu'à partir du \(until.iso)."
        case let (.tooEarly(action, until), .en):
            return "\"\(action.label(in: .en))\" is possible only from \(until.iso)."
        case let (.missingDate(action), .fr):
            return "« \(action.label(in: .fr)) » dépend d'une date que le dossier ne porte pas : rien n'a été changé."
        case let (.missingDate(action), .en):
            return "\"\(action.label(in: .en))\" depends on a date the application does not carry: nothing was changed."
        }
    }
}

extension WorkflowError: CustomStringConvertible {
    public var description: String { "\(code): \(message(in: .en))" }
}

// MARK: - The machine

/// The state machine of docs/states.md: its table, and the one function every door into a case
/// calls before it writes anything.
public enum Workflow {
    /// The table of docs/states.md#transitions, one row per source state and actor, in that
    /// table's order. Whatever is not here is refused — this covers the "Never" paragraph: no
    /// decision from `filed`, no hand-over before a grant, nothing from a closed state, no implicit
    /// refusal while documents are awaited.
    public static let transitions: [Transition] = [
        // family, or an agent for an assisted filing (rule 19)
        .init(.file, from: .draft, to: .filed, by: .family),
        .init(.file, from: .draft, to: .filed, by: .agent),
        .init(.withdraw, from: .filed, to: .withdrawn, by: .family),
        .init(.withdraw, from: .underInstruction, to: .withdrawn, by: .family),
        .init(.withdraw, from: .awaitingDocuments, to: .withdrawn, by: .family),
        .init(.startInstruction, from: .filed, to: .underInstruction, by: .agent),
        .init(.requestDocuments, from: .underInstruction, to: .awaitingDocuments, by: .agent),
        .init(.answerRequest, from: .awaitingDocuments, to: .underInstruction, by: .family),
        // once the reply-by date has passed
        .init(.resumeInstruction, from: .awaitingDocuments, to: .underInstruction, by: .agent),
        .init(.grant, from: .underInstruction, to: .granted, by: .agent),
        .init(.grant, from: .implicitlyRefused, to: .granted, by: .agent),
        .init(.refuse, from: .underInstruction, to: .refused, by: .agent),
        .init(.refuse, from: .implicitlyRefused, to: .refused, by: .agent),
        // at the implicit-refusal date; once only, since it leaves the states where the clock runs
        .init(.implicitRefusal, from: .filed, to: .implicitlyRefused, by: .scheduler),
        .init(.implicitRefusal, from: .underInstruction, to: .implicitlyRefused, by: .scheduler),
        .init(.makeAvailable, from: .granted, to: .documentAvailable, by: .agent),
        .init(.requestPostponement, from: .documentAvailable, to: .postponementRequested, by: .family),
        .init(.acceptPostponement, from: .postponementRequested, to: .documentAvailable, by: .agent),
        .init(.declinePostponement, from: .postponementRequested, to: .documentAvailable, by: .agent),
        .init(.handOver, from: .documentAvailable, to: .delivered, by: .agent),
        .init(.handOver, from: .postponementRequested, to: .delivered, by: .agent),
        // 3 months after the first availability (rule 13)
        .init(.markUncollected, from: .documentAvailable, to: .uncollected, by: .scheduler),
        .init(.markUncollected, from: .postponementRequested, to: .uncollected, by: .scheduler),
    ]

    /// Applies `action` by `actor` to a case in `state`: the new state, or why not.
    ///
    /// Checks, in order: the case is not closed; the action is possible from the state; the actor
    /// may perform it (an agent files only an assisted filing, rule 19); the date guards —
    /// `resume-instruction` once `today > replyBy`, `implicit-refusal` once
    /// `today >= implicitRefusalOn` (rules 2 and 16), `mark-uncollected` once `today` is after
    /// `Deadlines.lastCollectionDay(availableOn: firstAvailableOn)` (rule 13).
    /// The case's version is checked by the caller when it writes.
    public static func apply(_ action: DossierAction, to state: DossierState, by actor: DossierActor,
                             context: TransitionContext) -> Result<DossierState, WorkflowError> {
        if state.isClosed { return .failure(.closed(state)) }
        let rows = transitions.filter { $0.action == action && $0.from == state }
        guard let row = rows.first(where: { $0.actor == actor }) else {
            return .failure(rows.isEmpty ? .notAllowedFromState(action, state) : .wrongActor(action, actor))
        }
        if action == .file, actor == .agent, !context.assisted { return .failure(.wrongActor(action, actor)) }
        switch dateGuard(of: action, context: context) {
        case .unguarded: break
        case .missing: return .failure(.missingDate(action))
        case .from(let earliest):
            if context.today < earliest { return .failure(.tooEarly(action, until: earliest)) }
        }
        return .success(row.to)
    }

    /// The actions `actor` may perform on a case in `state`, in the order of `transitions`,
    /// ignoring the date guards and the assisted-filing condition — so that pages show only the
    /// actions the state allows (docs/pages.md#back-office: a forbidden action is not shown).
    public static func allowedActions(from state: DossierState, for actor: DossierActor) -> [DossierAction] {
        if state.isClosed { return [] }
        var actions: [DossierAction] = []
        for row in transitions where row.from == state && row.actor == actor && !actions.contains(row.action) {
            actions.append(row.action)
        }
        return actions
    }

    /// The state `action` leads to from `state`, whoever performs it; nil when the table has no
    /// such move.
    public static func target(of action: DossierAction, from state: DossierState) -> DossierState? {
        transitions.first { $0.action == action && $0.from == state }?.to
    }

    /// The date guard of an action: none, its first allowed day, or missing when the context
    /// lacks the date it depends on.
    enum DateGuard: Equatable {
        case unguarded
        case missing
        case from(CivilDate)

        init(_ day: CivilDate?) { self = day.map(DateGuard.from) ?? .missing }
    }

    static func dateGuard(of action: DossierAction, context: TransitionContext) -> DateGuard {
        switch action {
        case .resumeInstruction:
            // Once the reply-by date has passed (docs/states.md#transitions): from the next day.
            return DateGuard(context.replyBy?.adding(days: 1))
        case .implicitRefusal:
            // Rule 2: silence until that date means refusal; the scheduler acts on the date.
            return DateGuard(context.implicitRefusalOn)
        case .markUncollected:
            // Rule 13: the document can be collected up to its last collection day, inclusive.
            return DateGuard(context.firstAvailableOn.map { Deadlines.lastCollectionDay(availableOn: $0).adding(days: 1) })
        default:
            return .unguarded
        }
    }
}

// MARK: - Labels

extension DossierState: Labelled {
    /// The state as the family and the agents read it (docs/states.md, column "what it means").
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.draft, .fr): return "Brouillon"
        case (.draft, .en): return "Draft"
        case (.filed, .fr): return "Demande déposée"
        case (.filed, .en): return "Filed"
        case (.underInstruction, .fr): return "Instruction en cours"
        case (.underInstruction, .en): return "Under examination"
        case (.awaitingDocuments, .fr): return "Pièces demandées"
        case (.awaitingDocuments, .en): return "Documents requested"
        case (.granted, .fr): return "Accordé"
        case (.granted, .en): return "Granted"
        case (.refused, .fr): return "Refusé"
        case (.refused, .en): return "Refused"
        case (.implicitlyRefused, .fr): return "Refus implicite"
        case (.implicitlyRefused, .en): return "Implicitly refused"
        case (.documentAvailable, .fr): return "Document disponible"
        case (.documentAvailable, .en): return "Document available"
        case (.postponementRequested, .fr): return "Report du rendez-vous demandé"
        case (.postponementRequested, .en): return "Another appointment requested"
        case (.delivered, .fr): return "Document remis"
        case (.delivered, .en): return "Document handed over"
        case (.uncollected, .fr): return "Document non retiré"
        case (.uncollected, .en): return "Document not collected"
        case (.withdrawn, .fr): return "Demande retirée"
        case (.withdrawn, .en): return "Withdrawn"
        }
    }
}

extension FamilyStep: Labelled {
    /// The step's title on the family's pages (docs/states.md).
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.filing, .fr): return "Dépôt de la demande"
        case (.filing, .en): return "Application filed"
        case (.instruction, .fr): return "Instruction en cours"
        case (.instruction, .en): return "Under examination"
        case (.decision, .fr): return "Décision prise"
        case (.decision, .en): return "Decision taken"
        case (.documentAvailable, .fr): return "Document disponible"
        case (.documentAvailable, .en): return "Document available"
        }
    }
}

extension DossierAction: Labelled {
    /// The action as a button or a history line names it.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.file, .fr): return "Déposer la demande"
        case (.file, .en): return "File the application"
        case (.withdraw, .fr): return "Retirer la demande"
        case (.withdraw, .en): return "Withdraw the application"
        case (.startInstruction, .fr): return "Commencer l'instruction"
        case (.startInstruction, .en): return "Start the examination"
        case (.requestDocuments, .fr): return "Demander des pièces"
        case (.requestDocuments, .en): return "Request documents"
        case (.answerRequest, .fr): return "Envoyer les pièces demandées"
        case (.answerRequest, .en): return "Send the requested documents"
        case (.resumeInstruction, .fr): return "Reprendre l'instruction"
        case (.resumeInstruction, .en): return "Resume the examination"
        case (.grant, .fr): return "Accorder le DCEM"
        case (.grant, .en): return "Grant the DCEM"
        case (.refuse, .fr): return "Refuser le DCEM"
        case (.refuse, .en): return "Refuse the DCEM"
        case (.implicitRefusal, .fr): return "Refus implicite"
        case (.implicitRefusal, .en): return "Implicit refusal"
        case (.makeAvailable, .fr): return "Convoquer pour la remise"
        case (.makeAvailable, .en): return "Send the pick-up convocation"
        case (.requestPostponement, .fr): return "Demander un autre rendez-vous"
        case (.requestPostponement, .en): return "Ask for another appointment"
        case (.acceptPostponement, .fr): return "Accepter le report"
        case (.acceptPostponement, .en): return "Accept the new appointment"
        case (.declinePostponement, .fr): return "Refuser le report"
        case (.declinePostponement, .en): return "Decline the new appointment"
        case (.handOver, .fr): return "Remettre le document"
        case (.handOver, .en): return "Hand over the document"
        case (.markUncollected, .fr): return "Document non retiré"
        case (.markUncollected, .en): return "Mark as not collected"
        }
    }
}

extension DossierActor: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.family, .fr): return "La famille"
        case (.family, .en): return "The family"
        case (.agent, .fr): return "Un agent de la préfecture"
        case (.agent, .en): return "A préfecture agent"
        case (.scheduler, .fr): return "Le traitement automatique"
        case (.scheduler, .en): return "The scheduler"
        }
    }

    /// "à la famille", "aux agents", "au traitement automatique".
    var dativeFrench: String {
        switch self {
        case .family: return "à la famille"
        case .agent: return "aux agents de la préfecture"
        case .scheduler: return "au traitement automatique"
        }
    }
}
