/// The life of a request for a document de voyage collectif: a state machine of its own, pure and
/// in the style of `Workflow` — a table, an actor per move, date guards read from a context the
/// caller fills (docs/states.md#the-collective-travel-document).
///
/// Why not the DCEM's machine: the school head files, not a family; the trip's dates, not a
/// two-month silence, set the deadlines (no implicit refusal: a trip whose departure passes
/// undecided is closed); the document is one paper for the group, valid from departure to return.

// MARK: - States

/// Where a request stands. The raw values are the codes stored and sent by the API.
public enum CollectiveTravelState: String, CaseIterable, Sendable, Codable {
    /// The school head is filling it in; invisible to the préfecture.
    case draft
    /// Filed at least 15 days before departure, acknowledged, waiting for the préfecture.
    case filed
    /// An agent is examining it, pupil by pupil.
    case underInstruction = "under-instruction"
    /// The préfecture asked the school for documents.
    case awaitingDocuments = "awaiting-documents"
    /// Granted for the pupils kept: the list on the document is fixed.
    case granted
    /// Refused for the group, with reasons.
    case refused
    /// The document is printed and signed: the school may collect it.
    case documentAvailable = "document-available"
    /// Handed over to the school.
    case handedOver = "handed-over"
    /// The departure day passed with no decision: nothing more can be decided.
    case closedDeparturePassed = "closed-departure-passed"
    /// Granted but never collected by the return day: the document is of no use any more.
    case uncollected
    /// Withdrawn by the school (the trip will not take place, or not with this request).
    case withdrawn

    /// No move leaves it.
    public var isClosed: Bool {
        switch self {
        case .refused, .handedOver, .closedDeparturePassed, .uncollected, .withdrawn: return true
        default: return false
        }
    }

    /// Undecided: the states the scheduler closes once the departure has passed.
    public var isUndecided: Bool {
        self == .filed || self == .underInstruction || self == .awaitingDocuments
    }

    /// The step the school sees (the four steps of a DCEM, docs/states.md); nil for `draft`,
    /// `closed-departure-passed`, `uncollected` and `withdrawn`, outside the four steps.
    public var schoolStep: FamilyStep? {
        switch self {
        case .draft, .closedDeparturePassed, .uncollected, .withdrawn: return nil
        case .filed: return .filing
        case .underInstruction, .awaitingDocuments: return .instruction
        case .granted, .refused: return .decision
        case .documentAvailable, .handedOver: return .documentAvailable
        }
    }
}

// MARK: - Actions and actors

/// One move of a request. The raw values are the codes of the events and the API.
public enum CollectiveTravelAction: String, CaseIterable, Sendable, Codable {
    /// The school head files; no later than 15 days before departure.
    case file
    /// The school head withdraws, before the document is handed over.
    case withdraw
    case startInstruction = "start-instruction"
    case requestDocuments = "request-documents"
    /// The school head sends the documents asked.
    case answerRequest = "answer-request"
    /// Once the reply-by date has passed: the request is examined as it stands.
    case resumeInstruction = "resume-instruction"
    /// For the group, with the pupils kept (`CollectiveTravelDecision`); no later than the departure day.
    case grant
    case refuse
    /// The document is printed and signed; the school is told to collect it.
    case makeAvailable = "make-available"
    /// Given to the school; no later than the return day.
    case handOver = "hand-over"
    /// The scheduler, the day after departure, on a request still undecided.
    case closeDeparturePassed = "close-departure-passed"
    /// The scheduler, the day after the return, on a document granted and never collected.
    case markUncollected = "mark-uncollected"
}

/// Who performs a move.
public enum CollectiveTravelActor: String, CaseIterable, Sendable, Codable {
    /// The head of the school (chef d'établissement), from the school's pages.
    case schoolHead = "school-head"
    /// An agent of the préfecture of the school's département.
    case agent
    /// The scheduler, which applies the dated moves.
    case scheduler
}

/// One allowed move.
public struct CollectiveTravelTransition: Hashable, Sendable {
    public let action: CollectiveTravelAction
    public let from: CollectiveTravelState
    public let to: CollectiveTravelState
    public let actor: CollectiveTravelActor

    public init(_ action: CollectiveTravelAction, from: CollectiveTravelState, to: CollectiveTravelState, by actor: CollectiveTravelActor) {
        self.action = action
        self.from = from
        self.to = to
        self.actor = actor
    }
}

/// What the date guards need: the day (in the département's zone, docs/law.md#time-zones), the
/// trip's dates and the pending request's reply-by date.
public struct CollectiveTravelContext: Hashable, Sendable {
    public var today: CivilDate
    public var departure: CivilDate
    public var returnOn: CivilDate
    /// The reply-by date of the pending request for documents.
    public var replyBy: CivilDate?

    public init(today: CivilDate, departure: CivilDate, returnOn: CivilDate, replyBy: CivilDate? = nil) {
        self.today = today
        self.departure = departure
        self.returnOn = returnOn
        self.replyBy = replyBy
    }
}

/// Why a move was refused; it changes nothing.
public enum CollectiveTravelWorkflowError: Error, Hashable, Sendable {
    case closed(CollectiveTravelState)
    case notAllowedFromState(CollectiveTravelAction, CollectiveTravelState)
    case wrongActor(CollectiveTravelAction, CollectiveTravelActor)
    /// Before its date; `until` is the first day it is allowed.
    case tooEarly(CollectiveTravelAction, until: CivilDate)
    /// After its date; `lastDay` was the last day it was allowed.
    case tooLate(CollectiveTravelAction, lastDay: CivilDate)
    /// A dated move whose date the request does not carry (no reply-by date): refused, never guessed.
    case missingDate(CollectiveTravelAction)

    /// Stable code for the API and the logs.
    public var code: String {
        switch self {
        case .closed: return "closed"
        case .notAllowedFromState: return "not-allowed-from-state"
        case .wrongActor: return "wrong-actor"
        case .tooEarly: return "too-early"
        case .tooLate: return "too-late"
        case .missingDate: return "missing-date"
        }
    }
}

// MARK: - The machine

public enum CollectiveTravelWorkflow {
    /// Every allowed move, in the order of docs/states.md#the-collective-travel-document; whatever
    /// is not here is refused: no decision before the instruction has started, no hand-over before a
    /// grant, nothing from a closed state.
    public static let transitions: [CollectiveTravelTransition] = [
        .init(.file, from: .draft, to: .filed, by: .schoolHead),
        .init(.withdraw, from: .filed, to: .withdrawn, by: .schoolHead),
        .init(.withdraw, from: .underInstruction, to: .withdrawn, by: .schoolHead),
        .init(.withdraw, from: .awaitingDocuments, to: .withdrawn, by: .schoolHead),
        .init(.withdraw, from: .granted, to: .withdrawn, by: .schoolHead),
        .init(.withdraw, from: .documentAvailable, to: .withdrawn, by: .schoolHead),
        .init(.startInstruction, from: .filed, to: .underInstruction, by: .agent),
        .init(.requestDocuments, from: .underInstruction, to: .awaitingDocuments, by: .agent),
        .init(.answerRequest, from: .awaitingDocuments, to: .underInstruction, by: .schoolHead),
        .init(.resumeInstruction, from: .awaitingDocuments, to: .underInstruction, by: .agent),
        .init(.grant, from: .underInstruction, to: .granted, by: .agent),
        .init(.refuse, from: .underInstruction, to: .refused, by: .agent),
        .init(.makeAvailable, from: .granted, to: .documentAvailable, by: .agent),
        .init(.handOver, from: .documentAvailable, to: .handedOver, by: .agent),
        .init(.closeDeparturePassed, from: .filed, to: .closedDeparturePassed, by: .scheduler),
        .init(.closeDeparturePassed, from: .underInstruction, to: .closedDeparturePassed, by: .scheduler),
        .init(.closeDeparturePassed, from: .awaitingDocuments, to: .closedDeparturePassed, by: .scheduler),
        .init(.markUncollected, from: .granted, to: .uncollected, by: .scheduler),
        .init(.markUncollected, from: .documentAvailable, to: .uncollected, by: .scheduler),
    ]

    /// Applies `action` by `actor` to a request in `state`: the new state, or why not.
    ///
    /// Checks, in order: not closed; the move exists from the state; the actor may make it; the date
    /// guards — `file` no later than 15 days before departure (`CollectiveTravel.latestFilingDay`),
    /// `grant` and `make-available` no later than the departure day, `hand-over` no later than the
    /// return day, `resume-instruction` once the reply-by date has passed, `close-departure-passed`
    /// from the day after departure, `mark-uncollected` from the day after the return.
    public static func apply(_ action: CollectiveTravelAction, to state: CollectiveTravelState, by actor: CollectiveTravelActor,
                             context: CollectiveTravelContext) -> Result<CollectiveTravelState, CollectiveTravelWorkflowError> {
        if state.isClosed { return .failure(.closed(state)) }
        let rows = transitions.filter { $0.action == action && $0.from == state }
        guard let row = rows.first(where: { $0.actor == actor }) else {
            return .failure(rows.isEmpty ? .notAllowedFromState(action, state) : .wrongActor(action, actor))
        }
        switch guardOf(action, context: context) {
        case .none: break
        case .missing: return .failure(.missingDate(action))
        case .from(let first):
            if context.today < first { return .failure(.tooEarly(action, until: first)) }
        case .until(let last):
            if context.today > last { return .failure(.tooLate(action, lastDay: last)) }
        }
        return .success(row.to)
    }

    /// What `actor` may do to a request in `state`, in the table's order, ignoring the date guards.
    public static func allowedActions(from state: CollectiveTravelState, for actor: CollectiveTravelActor) -> [CollectiveTravelAction] {
        if state.isClosed { return [] }
        var actions: [CollectiveTravelAction] = []
        for row in transitions where row.from == state && row.actor == actor && !actions.contains(row.action) {
            actions.append(row.action)
        }
        return actions
    }

    enum DateGuard: Equatable {
        case none
        case missing
        /// Allowed from this day on.
        case from(CivilDate)
        /// Allowed up to this day, inclusive.
        case until(CivilDate)
    }

    static func guardOf(_ action: CollectiveTravelAction, context: CollectiveTravelContext) -> DateGuard {
        switch action {
        case .file: return .until(CollectiveTravel.latestFilingDay(departure: context.departure))
        // A decision after the departure has no use: the group has left (or not) without it.
        case .grant, .makeAvailable: return .until(context.departure)
        case .handOver: return .until(context.returnOn)
        case .resumeInstruction: return context.replyBy.map { .from($0.adding(days: 1)) } ?? .missing
        case .closeDeparturePassed: return .from(context.departure.adding(days: 1))
        case .markUncollected: return .from(context.returnOn.adding(days: 1))
        case .withdraw, .startInstruction, .requestDocuments, .answerRequest, .refuse: return .none
        }
    }
}

// MARK: - Labels

extension CollectiveTravelState: Labelled {
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
        case (.documentAvailable, .fr): return "Document disponible"
        case (.documentAvailable, .en): return "Document available"
        case (.handedOver, .fr): return "Document remis"
        case (.handedOver, .en): return "Document handed over"
        case (.closedDeparturePassed, .fr): return "Clos : départ passé sans décision"
        case (.closedDeparturePassed, .en): return "Closed: departure passed undecided"
        case (.uncollected, .fr): return "Document non retiré"
        case (.uncollected, .en): return "Document not collected"
        case (.withdrawn, .fr): return "Demande retirée"
        case (.withdrawn, .en): return "Withdrawn"
        }
    }
}

extension CollectiveTravelAction: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.file, .fr): return "Déposer la demande"
        case (.file, .en): return "File the request"
        case (.withdraw, .fr): return "Retirer la demande"
        case (.withdraw, .en): return "Withdraw the request"
        case (.startInstruction, .fr): return "Commencer l'instruction"
        case (.startInstruction, .en): return "Start the examination"
        case (.requestDocuments, .fr): return "Demander des pièces"
        case (.requestDocuments, .en): return "Request documents"
        case (.answerRequest, .fr): return "Envoyer les pièces demandées"
        case (.answerRequest, .en): return "Send the requested documents"
        case (.resumeInstruction, .fr): return "Reprendre l'instruction"
        case (.resumeInstruction, .en): return "Resume the examination"
        case (.grant, .fr): return "Accorder le document de voyage collectif"
        case (.grant, .en): return "Grant the collective travel document"
        case (.refuse, .fr): return "Refuser le document de voyage collectif"
        case (.refuse, .en): return "Refuse the collective travel document"
        case (.makeAvailable, .fr): return "Mettre le document à disposition"
        case (.makeAvailable, .en): return "Make the document available"
        case (.handOver, .fr): return "Remettre le document"
        case (.handOver, .en): return "Hand over the document"
        case (.closeDeparturePassed, .fr): return "Clore : départ passé"
        case (.closeDeparturePassed, .en): return "Close: departure passed"
        case (.markUncollected, .fr): return "Document non retiré"
        case (.markUncollected, .en): return "Mark as not collected"
        }
    }
}

extension CollectiveTravelActor: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.schoolHead, .fr): return "Le chef d'établissement"
        case (.schoolHead, .en): return "The head of the school"
        case (.agent, .fr): return "Un agent de la préfecture"
        case (.agent, .en): return "A préfecture agent"
        case (.scheduler, .fr): return "Le traitement automatique"
        case (.scheduler, .en): return "The scheduler"
        }
    }
}
