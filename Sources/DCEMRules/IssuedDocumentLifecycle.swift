/// The life of a DCEM once handed over: a state machine of its own beside the application's
/// (`Workflow`), pure and in the same style — a table, an actor per move, date guards read from a
/// context the caller fills (docs/states.md#the-issued-document).
///
/// Why a second machine: the case ends at the hand-over, while the document lives on for years —
/// it expires, lapses at majority or when its holder is given a residence permit or becomes French,
/// may be withdrawn after a contradictory procedure, lost or stolen, returned, replaced (rules 20–22).

// MARK: - States

/// Where an issued DCEM stands. The raw values are the codes stored and sent by the API.
public enum IssuedDocumentState: String, CaseIterable, Sendable, Codable {
    /// In force: it lets its holder come back without a visa.
    case valid
    /// A withdrawal has been opened: the family may present observations until the notice's
    /// date (docs/law.md#rule-20). The document stays in force until an agent decides.
    case withdrawalPending = "withdrawal-pending"
    /// Past its validity end: to be returned to the préfecture (rule 21).
    case expired
    /// Void at majority (two months after the 18th birthday), or because its holder was given a
    /// residence permit or became French (rule 21): to be returned.
    case lapsed
    /// Withdrawn by the préfecture after the contradictory procedure (rule 20): to be returned.
    case withdrawn
    /// Declared lost: invalid from the declaration (rule 22).
    case reportedLost = "reported-lost"
    /// Declared stolen: invalid from the declaration (rule 22).
    case reportedStolen = "reported-stolen"
    /// Given back to the préfecture.
    case returned
    /// A new DCEM was handed over for the same child (renewal or replacement).
    case replaced

    /// The document still lets its holder travel: a withdrawal being considered does not suspend it.
    public var isInForce: Bool { self == .valid || self == .withdrawalPending }

    /// The préfecture expects the paper back (rule 21; a withdrawn document likewise).
    public var awaitsReturn: Bool { self == .expired || self == .lapsed || self == .withdrawn }

    /// Nothing more happens to it.
    public var isFinal: Bool { self == .returned || self == .replaced }
}

/// Why a DCEM lapsed (rule 21).
public enum LapseCause: String, CaseIterable, Sendable, Codable {
    /// Two months after the 18th birthday (`Validity.voidAfter`).
    case majority
    /// Its holder was given a residence permit.
    case residencePermit = "residence-permit"
    /// Its holder became French.
    case frenchNationality = "french-nationality"

    /// What a family or an agent declares, with its proof; majority is the scheduler's.
    public static let declarable: [LapseCause] = [.residencePermit, .frenchNationality]
}

// MARK: - Actions

/// One move of an issued DCEM. The raw values are the codes of the events and the API.
public enum IssuedDocumentAction: String, CaseIterable, Sendable, Codable {
    /// The scheduler, the day after the validity end.
    case expire
    /// The scheduler, the day after the void-after date (majority + 2 months).
    case lapseAtMajority = "lapse-at-majority"
    /// The family or an agent records a residence permit or French nationality, with its proof.
    case declareLapse = "declare-lapse"
    /// An agent opens a withdrawal with its grounds; the family is notified (rule 20).
    case openWithdrawal = "open-withdrawal"
    /// An agent withdraws, once the observation period has ended or the observations are in.
    case withdraw
    /// An agent closes the procedure without withdrawing.
    case closeWithdrawal = "close-withdrawal"
    case reportLost = "report-lost"
    case reportStolen = "report-stolen"
    /// An agent records the paper given back at the counter.
    case recordReturn = "record-return"
    /// A new DCEM for the same child was handed over.
    case replace
}

/// One allowed move of an issued DCEM.
public struct IssuedDocumentTransition: Hashable, Sendable {
    public let action: IssuedDocumentAction
    public let from: IssuedDocumentState
    public let to: IssuedDocumentState
    public let actor: DossierActor

    public init(_ action: IssuedDocumentAction, from: IssuedDocumentState, to: IssuedDocumentState, by actor: DossierActor) {
        self.action = action
        self.from = from
        self.to = to
        self.actor = actor
    }
}

/// What the date guards need: the day, the document's dates, the withdrawal procedure's.
public struct IssuedDocumentContext: Hashable, Sendable {
    public var today: CivilDate
    /// The last day of validity (`Validity.expiresOn`).
    public var validUntil: CivilDate
    /// The last day before it is void at majority (`Validity.voidAfter`).
    public var voidAfter: CivilDate
    /// The last day the family may present observations on a withdrawal (rule 20).
    public var observationsUntil: CivilDate?
    /// The family's observations are in: the agent need not wait for the end of the period.
    public var observationsReceived: Bool

    public init(today: CivilDate, validUntil: CivilDate, voidAfter: CivilDate, observationsUntil: CivilDate? = nil,
                observationsReceived: Bool = false) {
        self.today = today
        self.validUntil = validUntil
        self.voidAfter = voidAfter
        self.observationsUntil = observationsUntil
        self.observationsReceived = observationsReceived
    }
}

/// Why a move was refused.
public enum IssuedDocumentError: Error, Hashable, Sendable {
    case notAllowedFromState(IssuedDocumentAction, IssuedDocumentState)
    case wrongActor(IssuedDocumentAction, DossierActor)
    /// Before its date; `until` is the first day it is allowed.
    case tooEarly(IssuedDocumentAction, until: CivilDate)
    /// A withdrawal with no observation period on record: refused, never guessed (rule 20).
    case missingDate(IssuedDocumentAction)
}

// MARK: - The machine

public enum IssuedDocumentLifecycle {
    /// Every allowed move; whatever is not here is refused. A document in force may be lost,
    /// stolen, replaced or lapse whether or not a withdrawal is being considered; an expired one
    /// may still be replaced by a renewal or given back.
    public static let transitions: [IssuedDocumentTransition] = {
        var rows: [IssuedDocumentTransition] = []
        for state in [IssuedDocumentState.valid, .withdrawalPending] {
            rows += [
                .init(.expire, from: state, to: .expired, by: .scheduler),
                .init(.lapseAtMajority, from: state, to: .lapsed, by: .scheduler),
                .init(.declareLapse, from: state, to: .lapsed, by: .family),
                .init(.declareLapse, from: state, to: .lapsed, by: .agent),
                .init(.reportLost, from: state, to: .reportedLost, by: .family),
                .init(.reportLost, from: state, to: .reportedLost, by: .agent),
                .init(.reportStolen, from: state, to: .reportedStolen, by: .family),
                .init(.reportStolen, from: state, to: .reportedStolen, by: .agent),
                .init(.replace, from: state, to: .replaced, by: .agent),
            ]
        }
        rows += [
            .init(.openWithdrawal, from: .valid, to: .withdrawalPending, by: .agent),
            .init(.withdraw, from: .withdrawalPending, to: .withdrawn, by: .agent),
            .init(.closeWithdrawal, from: .withdrawalPending, to: .valid, by: .agent),
            .init(.replace, from: .expired, to: .replaced, by: .agent),
            .init(.replace, from: .reportedLost, to: .replaced, by: .agent),
            .init(.replace, from: .reportedStolen, to: .replaced, by: .agent),
            .init(.recordReturn, from: .expired, to: .returned, by: .agent),
            .init(.recordReturn, from: .lapsed, to: .returned, by: .agent),
            .init(.recordReturn, from: .withdrawn, to: .returned, by: .agent),
        ]
        return rows
    }()

    /// Applies `action` by `actor` to a document in `state`: the new state, or why not. Date
    /// guards: `expire` after `validUntil`, `lapse-at-majority` after `voidAfter`, `withdraw` after
    /// `observationsUntil` unless the observations are in (rule 20: no withdrawal before the family
    /// could answer).
    public static func apply(_ action: IssuedDocumentAction, to state: IssuedDocumentState, by actor: DossierActor,
                             context: IssuedDocumentContext) -> Result<IssuedDocumentState, IssuedDocumentError> {
        let rows = transitions.filter { $0.action == action && $0.from == state }
        guard let row = rows.first(where: { $0.actor == actor }) else {
            return .failure(rows.isEmpty ? .notAllowedFromState(action, state) : .wrongActor(action, actor))
        }
        switch action {
        case .expire where context.today <= context.validUntil:
            return .failure(.tooEarly(action, until: context.validUntil.adding(days: 1)))
        case .lapseAtMajority where context.today <= context.voidAfter:
            return .failure(.tooEarly(action, until: context.voidAfter.adding(days: 1)))
        case .withdraw where !context.observationsReceived:
            guard let until = context.observationsUntil else { return .failure(.missingDate(action)) }
            if context.today <= until { return .failure(.tooEarly(action, until: until.adding(days: 1))) }
        default:
            break
        }
        return .success(row.to)
    }

    /// The last day to present observations on a withdrawal notified on `notifiedOn` (rule 20).
    public static func observationsUntil(notifiedOn: CivilDate) -> CivilDate {
        notifiedOn.adding(days: Parameters.withdrawalObservationDays.value)
    }

    /// What `actor` may do to a document in `state`, ignoring the date guards.
    public static func allowedActions(from state: IssuedDocumentState, for actor: DossierActor) -> [IssuedDocumentAction] {
        var actions: [IssuedDocumentAction] = []
        for row in transitions where row.from == state && row.actor == actor && !actions.contains(row.action) {
            actions.append(row.action)
        }
        return actions
    }
}
