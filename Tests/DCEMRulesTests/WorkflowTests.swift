import Foundation
import Testing
@testable import DCEMRules

/// The state machine of docs/states.md, checked against its transitions table written out again
/// here (independently of `Workflow.transitions`), for every state × action × actor, with the date
/// guards on both sides of each boundary.
@Suite struct WorkflowTests {
    // MARK: The table, from docs/states.md#transitions

    /// (action, from) → (to, actors), copied row by row from docs/states.md#transitions.
    static let expected: [DossierAction: (from: [DossierState], to: DossierState, actors: Set<DossierActor>)] = [
        .file: ([.draft], .filed, [.family, .agent]),
        .withdraw: ([.filed, .underInstruction, .awaitingDocuments], .withdrawn, [.family]),
        .startInstruction: ([.filed], .underInstruction, [.agent]),
        .requestDocuments: ([.underInstruction], .awaitingDocuments, [.agent]),
        .answerRequest: ([.awaitingDocuments], .underInstruction, [.family]),
        .resumeInstruction: ([.awaitingDocuments], .underInstruction, [.agent]),
        .grant: ([.underInstruction, .implicitlyRefused], .granted, [.agent]),
        .refuse: ([.underInstruction, .implicitlyRefused], .refused, [.agent]),
        .implicitRefusal: ([.filed, .underInstruction], .implicitlyRefused, [.scheduler]),
        .makeAvailable: ([.granted], .documentAvailable, [.agent]),
        .requestPostponement: ([.documentAvailable], .postponementRequested, [.family]),
        .acceptPostponement: ([.postponementRequested], .documentAvailable, [.agent]),
        .declinePostponement: ([.postponementRequested], .documentAvailable, [.agent]),
        .handOver: ([.documentAvailable, .postponementRequested], .delivered, [.agent]),
        .markUncollected: ([.documentAvailable, .postponementRequested], .uncollected, [.scheduler]),
    ]

    /// A context in which every date guard is met and the filing is assisted: only the state and
    /// the actor decide.
    static let permissive = TransitionContext(
        today: d("2030-01-01"), replyBy: d("2026-12-01"), implicitRefusalOn: d("2027-01-25"),
        firstAvailableOn: d("2027-03-01"), assisted: true)

    static let closedStates: Set<DossierState> = [.refused, .delivered, .uncollected, .withdrawn]

    static func expectedResult(_ action: DossierAction, _ state: DossierState, _ actor: DossierActor) -> Result<DossierState, WorkflowError> {
        if closedStates.contains(state) { return .failure(.closed(state)) }
        let row = expected[action]!
        guard row.from.contains(state) else { return .failure(.notAllowedFromState(action, state)) }
        guard row.actors.contains(actor) else { return .failure(.wrongActor(action, actor)) }
        return .success(row.to)
    }

    @Test func theTableCoversEveryAction() {
        #expect(Set(Self.expected.keys) == Set(DossierAction.allCases))
    }

    @Test(arguments: DossierState.allCases, DossierAction.allCases)
    func everyStateActionAndActor(state: DossierState, action: DossierAction) {
        for actor in DossierActor.allCases {
            // given a context that meets every date guard
            // when
            let result = Workflow.apply(action, to: state, by: actor, context: Self.permissive)
            // then
            #expect(result == Self.expectedResult(action, state, actor), "\(action.rawValue) on \(state.rawValue) by \(actor.rawValue)")
        }
    }

    @Test(arguments: DossierState.allCases, DossierActor.allCases)
    func allowedActionsAreExactlyTheTablesRows(state: DossierState, actor: DossierActor) {
        // given the expected table
        let expected = DossierAction.allCases.filter {
            !Self.closedStates.contains(state) && Self.expected[$0]!.from.contains(state) && Self.expected[$0]!.actors.contains(actor)
        }
        // when
        let allowed = Workflow.allowedActions(from: state, for: actor)
        // then: the same actions, in the table's order, and each of them succeeds
        #expect(allowed == expected)
        for action in allowed {
            #expect((try? Workflow.apply(action, to: state, by: actor, context: Self.permissive).get()) != nil)
        }
    }

    @Test func theTransitionListMatchesTheTable() {
        // given the rows of Workflow.transitions
        var rows: Set<Transition> = []
        for (action, row) in Self.expected {
            for from in row.from {
                for actor in row.actors { rows.insert(Transition(action, from: from, to: row.to, by: actor)) }
            }
        }
        // then: no row more, no row less, no duplicate
        #expect(Set(Workflow.transitions) == rows)
        #expect(Workflow.transitions.count == rows.count)
    }

    @Test(arguments: DossierState.allCases, DossierAction.allCases)
    func targetFollowsTheTable(state: DossierState, action: DossierAction) {
        let row = Self.expected[action]!
        #expect(Workflow.target(of: action, from: state) == (row.from.contains(state) ? row.to : nil))
    }

    // MARK: The "Never" paragraph of docs/states.md#transitions

    @Test(arguments: [DossierAction.grant, .refuse])
    func noDecisionFromFiled(action: DossierAction) {
        // given a case whose instruction has not started
        // when an agent decides
        let result = Workflow.apply(action, to: .filed, by: .agent, context: Self.permissive)
        // then
        #expect(result == .failure(.notAllowedFromState(action, .filed)))
    }

    @Test(arguments: DossierState.allCases.filter { ![.documentAvailable, .postponementRequested].contains($0) })
    func noHandOverBeforeAGrantAndAConvocation(state: DossierState) {
        // when an agent hands over a document that was not made available
        let result = Workflow.apply(.handOver, to: state, by: .agent, context: Self.permissive)
        // then: refused, granted included (the document must be made available first)
        #expect(result == (state.isClosed ? .failure(.closed(state)) : .failure(.notAllowedFromState(.handOver, state))))
    }

    @Test(arguments: [DossierState.refused, .delivered, .uncollected, .withdrawn])
    func nothingOnAClosedCase(state: DossierState) {
        #expect(state.isClosed)
        for action in DossierAction.allCases {
            for actor in DossierActor.allCases {
                #expect(Workflow.apply(action, to: state, by: actor, context: Self.permissive) == .failure(.closed(state)))
            }
            #expect(Workflow.target(of: action, from: state) == nil)
        }
        for actor in DossierActor.allCases { #expect(Workflow.allowedActions(from: state, for: actor).isEmpty) }
    }

    @Test func noImplicitRefusalWhileDocumentsAreAwaited() {
        // given a case awaiting documents whose implicit-refusal date has long passed
        let context = TransitionContext(today: d("2030-01-01"), implicitRefusalOn: d("2027-01-25"))
        // when the scheduler runs
        let result = Workflow.apply(.implicitRefusal, to: .awaitingDocuments, by: .scheduler, context: context)
        // then: the clock is stopped (rule 16)
        #expect(result == .failure(.notAllowedFromState(.implicitRefusal, .awaitingDocuments)))
        #expect(!DossierState.awaitingDocuments.clockRuns)
    }

    @Test func implicitRefusalFallsOnceOnly() {
        // given a case already implicitly refused
        // when the scheduler runs again (another instance, another day)
        let again = Workflow.apply(.implicitRefusal, to: .implicitlyRefused, by: .scheduler, context: Self.permissive)
        // then
        #expect(again == .failure(.notAllowedFromState(.implicitRefusal, .implicitlyRefused)))
    }

    @Test(arguments: [(DossierAction.grant, DossierState.granted), (.refuse, .refused)])
    func anAgentMayReplaceAnImplicitRefusal(action: DossierAction, to: DossierState) {
        #expect(!DossierState.implicitlyRefused.isClosed)
        #expect(Workflow.apply(action, to: .implicitlyRefused, by: .agent, context: Self.permissive) == .success(to))
    }

    @Test func anImplicitRefusalCanFallOnACaseNeverExamined() {
        let context = TransitionContext(today: d("2027-01-25"), implicitRefusalOn: d("2027-01-25"))
        #expect(Workflow.apply(.implicitRefusal, to: .filed, by: .scheduler, context: context) == .success(.implicitlyRefused))
    }

    // MARK: Date guards, on both sides of each boundary

    struct DatedCase: CustomTestStringConvertible, Sendable {
        let name: String
        let action: DossierAction
        let state: DossierState
        let actor: DossierActor
        let context: TransitionContext
        let result: Result<DossierState, WorkflowError>
        var testDescription: String { name }
    }

    static let datedCases: [DatedCase] = [
        // resume-instruction: once the reply-by date has passed (today > replyBy)
        .init(name: "resume before the reply-by date", action: .resumeInstruction, state: .awaitingDocuments, actor: .agent,
              context: .init(today: d("2026-11-30"), replyBy: d("2026-12-01")),
              result: .failure(.tooEarly(.resumeInstruction, until: d("2026-12-02")))),
        .init(name: "resume on the reply-by date", action: .resumeInstruction, state: .awaitingDocuments, actor: .agent,
              context: .init(today: d("2026-12-01"), replyBy: d("2026-12-01")),
              result: .failure(.tooEarly(.resumeInstruction, until: d("2026-12-02")))),
        .init(name: "resume the day after the reply-by date", action: .resumeInstruction, state: .awaitingDocuments, actor: .agent,
              context: .init(today: d("2026-12-02"), replyBy: d("2026-12-01")), result: .success(.underInstruction)),
        .init(name: "resume over a year end", action: .resumeInstruction, state: .awaitingDocuments, actor: .agent,
              context: .init(today: d("2027-01-01"), replyBy: d("2026-12-31")), result: .success(.underInstruction)),
        .init(name: "resume without a reply-by date", action: .resumeInstruction, state: .awaitingDocuments, actor: .agent,
              context: .init(today: d("2026-12-02")), result: .failure(.missingDate(.resumeInstruction))),
        .init(name: "the family answers before the reply-by date", action: .answerRequest, state: .awaitingDocuments, actor: .family,
              context: .init(today: d("2026-11-30"), replyBy: d("2026-12-01")), result: .success(.underInstruction)),
        .init(name: "the family answers after the reply-by date", action: .answerRequest, state: .awaitingDocuments, actor: .family,
              context: .init(today: d("2027-02-01"), replyBy: d("2026-12-01")), result: .success(.underInstruction)),
        // implicit-refusal: on or after the date (rule 2)
        .init(name: "implicit refusal the day before (filed)", action: .implicitRefusal, state: .filed, actor: .scheduler,
              context: .init(today: d("2027-01-24"), implicitRefusalOn: d("2027-01-25")),
              result: .failure(.tooEarly(.implicitRefusal, until: d("2027-01-25")))),
        .init(name: "implicit refusal on the date (filed)", action: .implicitRefusal, state: .filed, actor: .scheduler,
              context: .init(today: d("2027-01-25"), implicitRefusalOn: d("2027-01-25")), result: .success(.implicitlyRefused)),
        .init(name: "implicit refusal the day before (under instruction)", action: .implicitRefusal, state: .underInstruction,
              actor: .scheduler, context: .init(today: d("2027-01-24"), implicitRefusalOn: d("2027-01-25")),
              result: .failure(.tooEarly(.implicitRefusal, until: d("2027-01-25")))),
        .init(name: "implicit refusal on the date (under instruction)", action: .implicitRefusal, state: .underInstruction,
              actor: .scheduler, context: .init(today: d("2027-01-25"), implicitRefusalOn: d("2027-01-25")),
              result: .success(.implicitlyRefused)),
        .init(name: "implicit refusal days late", action: .implicitRefusal, state: .underInstruction, actor: .scheduler,
              context: .init(today: d("2027-03-10"), implicitRefusalOn: d("2027-01-25")), result: .success(.implicitlyRefused)),
        .init(name: "implicit refusal without a date", action: .implicitRefusal, state: .filed, actor: .scheduler,
              context: .init(today: d("2027-03-10")), result: .failure(.missingDate(.implicitRefusal))),
        .init(name: "an agent cannot trigger the implicit refusal", action: .implicitRefusal, state: .filed, actor: .agent,
              context: .init(today: d("2027-01-25"), implicitRefusalOn: d("2027-01-25")),
              result: .failure(.wrongActor(.implicitRefusal, .agent))),
        // mark-uncollected: after the last collection day (rule 13, 3 months, clamped)
        .init(name: "uncollected on the last collection day", action: .markUncollected, state: .documentAvailable, actor: .scheduler,
              context: .init(today: d("2027-03-01"), firstAvailableOn: d("2026-12-01")),
              result: .failure(.tooEarly(.markUncollected, until: d("2027-03-02")))),
        .init(name: "uncollected the day after", action: .markUncollected, state: .documentAvailable, actor: .scheduler,
              context: .init(today: d("2027-03-02"), firstAvailableOn: d("2026-12-01")), result: .success(.uncollected)),
        .init(name: "uncollected, clamped month end: last day", action: .markUncollected, state: .postponementRequested,
              actor: .scheduler, context: .init(today: d("2027-02-28"), firstAvailableOn: d("2026-11-30")),
              result: .failure(.tooEarly(.markUncollected, until: d("2027-03-01")))),
        .init(name: "uncollected, clamped month end: the day after", action: .markUncollected, state: .postponementRequested,
              actor: .scheduler, context: .init(today: d("2027-03-01"), firstAvailableOn: d("2026-11-30")),
              result: .success(.uncollected)),
        .init(name: "uncollected a month early", action: .markUncollected, state: .documentAvailable, actor: .scheduler,
              context: .init(today: d("2027-02-01"), firstAvailableOn: d("2026-12-01")),
              result: .failure(.tooEarly(.markUncollected, until: d("2027-03-02")))),
        .init(name: "uncollected without an availability date", action: .markUncollected, state: .documentAvailable,
              actor: .scheduler, context: .init(today: d("2027-03-02")), result: .failure(.missingDate(.markUncollected))),
        .init(name: "hand-over on the last collection day", action: .handOver, state: .documentAvailable, actor: .agent,
              context: .init(today: d("2027-03-01"), firstAvailableOn: d("2026-12-01")), result: .success(.delivered)),
        // file: an agent only for an assisted filing (rule 19)
        .init(name: "the family files", action: .file, state: .draft, actor: .family,
              context: .init(today: d("2026-11-25")), result: .success(.filed)),
        .init(name: "an agent files an assisted filing", action: .file, state: .draft, actor: .agent,
              context: .init(today: d("2026-11-25"), assisted: true), result: .success(.filed)),
        .init(name: "an agent files a filing not marked assisted", action: .file, state: .draft, actor: .agent,
              context: .init(today: d("2026-11-25"), assisted: false), result: .failure(.wrongActor(.file, .agent))),
        .init(name: "the scheduler never files", action: .file, state: .draft, actor: .scheduler,
              context: .init(today: d("2026-11-25"), assisted: true), result: .failure(.wrongActor(.file, .scheduler))),
        // order of the checks: closed, then state, then actor, then dates
        .init(name: "closed wins over a wrong actor", action: .grant, state: .withdrawn, actor: .family,
              context: .init(today: d("2026-11-25")), result: .failure(.closed(.withdrawn))),
        .init(name: "the state wins over the actor", action: .grant, state: .filed, actor: .family,
              context: .init(today: d("2026-11-25")), result: .failure(.notAllowedFromState(.grant, .filed))),
        .init(name: "the actor wins over the date", action: .resumeInstruction, state: .awaitingDocuments, actor: .family,
              context: .init(today: d("2026-11-30"), replyBy: d("2026-12-01")),
              result: .failure(.wrongActor(.resumeInstruction, .family))),
        .init(name: "the state wins over the date", action: .markUncollected, state: .granted, actor: .scheduler,
              context: .init(today: d("2026-11-30"), firstAvailableOn: d("2026-11-29")),
              result: .failure(.notAllowedFromState(.markUncollected, .granted))),
    ]

    @Test(arguments: datedCases)
    func dateGuards(_ c: DatedCase) {
        // when
        let result = Workflow.apply(c.action, to: c.state, by: c.actor, context: c.context)
        // then
        #expect(result == c.result)
    }

    @Test(arguments: DossierAction.allCases.filter { ![.resumeInstruction, .implicitRefusal, .markUncollected].contains($0) })
    func undatedActionsIgnoreTheDates(action: DossierAction) {
        // given a context with no date at all
        let bare = TransitionContext(today: d("2026-11-25"), assisted: true)
        for state in DossierState.allCases {
            for actor in DossierActor.allCases {
                // then the result is the table's
                #expect(Workflow.apply(action, to: state, by: actor, context: bare) == Self.expectedResult(action, state, actor))
            }
        }
    }

    // MARK: A whole life

    @Test func aCaseFromDraftToDelivery() throws {
        // given
        let steps: [(DossierAction, DossierActor, TransitionContext, DossierState)] = [
            (.file, .family, .init(today: d("2026-11-25")), .filed),
            (.startInstruction, .agent, .init(today: d("2026-11-26")), .underInstruction),
            (.requestDocuments, .agent, .init(today: d("2026-11-27")), .awaitingDocuments),
            (.answerRequest, .family, .init(today: d("2026-12-03"), replyBy: d("2026-12-27")), .underInstruction),
            (.grant, .agent, .init(today: d("2027-01-10")), .granted),
            (.makeAvailable, .agent, .init(today: d("2027-01-11")), .documentAvailable),
            (.requestPostponement, .family, .init(today: d("2027-01-12")), .postponementRequested),
            (.declinePostponement, .agent, .init(today: d("2027-01-13")), .documentAvailable),
            (.handOver, .agent, .init(today: d("2027-02-01"), firstAvailableOn: d("2027-01-11")), .delivered),
        ]
        var state = DossierState.draft
        for (action, actor, context, next) in steps {
            // when
            state = try Workflow.apply(action, to: state, by: actor, context: context).get()
            // then
            #expect(state == next)
        }
        #expect(state.isClosed)
    }

    @Test func everyStateIsReachableFromDraft() {
        var reached: Set<DossierState> = [.draft]
        var frontier: [DossierState] = [.draft]
        while let state = frontier.popLast() {
            for row in Workflow.transitions where row.from == state && !reached.contains(row.to) {
                reached.insert(row.to)
                frontier.append(row.to)
            }
        }
        #expect(reached == Set(DossierState.allCases))
    }

    // MARK: State properties

    struct StateFacts: CustomTestStringConvertible, Sendable {
        let state: DossierState
        let code: String
        let step: FamilyStep?
        let closed: Bool
        let decided: Bool
        let clock: Bool
        var testDescription: String { code }
    }

    /// docs/states.md#states-and-the-step-the-family-sees.
    static let facts: [StateFacts] = [
        .init(state: .draft, code: "draft", step: nil, closed: false, decided: false, clock: false),
        .init(state: .filed, code: "filed", step: .filing, closed: false, decided: false, clock: true),
        .init(state: .underInstruction, code: "under-instruction", step: .instruction, closed: false, decided: false, clock: true),
        .init(state: .awaitingDocuments, code: "awaiting-documents", step: .instruction, closed: false, decided: false, clock: false),
        .init(state: .granted, code: "granted", step: .decision, closed: false, decided: true, clock: false),
        .init(state: .refused, code: "refused", step: .decision, closed: true, decided: true, clock: false),
        .init(state: .implicitlyRefused, code: "implicitly-refused", step: .decision, closed: false, decided: true, clock: false),
        .init(state: .documentAvailable, code: "document-available", step: .documentAvailable, closed: false, decided: true, clock: false),
        .init(state: .postponementRequested, code: "postponement-requested", step: .documentAvailable, closed: false,
              decided: true, clock: false),
        .init(state: .delivered, code: "delivered", step: .documentAvailable, closed: true, decided: true, clock: false),
        .init(state: .uncollected, code: "uncollected", step: nil, closed: true, decided: true, clock: false),
        .init(state: .withdrawn, code: "withdrawn", step: nil, closed: true, decided: false, clock: false),
    ]

    @Test func factsCoverEveryStateInOrder() {
        #expect(Self.facts.map(\.state) == DossierState.allCases)
    }

    @Test(arguments: facts)
    func stateFacts(_ f: StateFacts) {
        #expect(f.state.rawValue == f.code)
        #expect(DossierState(rawValue: f.code) == f.state)
        #expect(f.state.familyStep == f.step)
        #expect(f.state.isClosed == f.closed)
        #expect(f.state.isDecided == f.decided)
        #expect(f.state.clockRuns == f.clock)
        #expect(f.state.allowsMessages == (f.state != .draft))
        // the clock runs exactly where the scheduler's implicit refusal can fall
        #expect(f.state.clockRuns == Self.expected[.implicitRefusal]!.from.contains(f.state))
    }

    @Test func stepsAreNumberedOneToFour() {
        #expect(FamilyStep.allCases.map(\.rawValue) == [1, 2, 3, 4])
        #expect(FamilyStep.filing < FamilyStep.documentAvailable)
    }

    @Test func actionAndActorCodes() {
        #expect(DossierAction.allCases.map(\.rawValue) == [
            "file", "withdraw", "start-instruction", "request-documents", "answer-request", "resume-instruction", "grant",
            "refuse", "implicit-refusal", "make-available", "request-postponement", "accept-postponement",
            "decline-postponement", "hand-over", "mark-uncollected",
        ])
        #expect(DossierActor.allCases.map(\.rawValue) == ["family", "agent", "scheduler"])
    }

    @Test func codesRoundTripThroughJSON() throws {
        // given
        struct Row: Codable, Equatable { let state: DossierState; let action: DossierAction; let actor: DossierActor }
        let row = Row(state: .awaitingDocuments, action: .resumeInstruction, actor: .scheduler)
        // when
        let json = try JSONEncoder().encode(row)
        // then
        #expect(String(decoding: json, as: UTF8.self).contains("\"awaiting-documents\""))
        #expect(try JSONDecoder().decode(Row.self, from: json) == row)
    }

    // MARK: Errors and labels

    static let errors: [WorkflowError] = [
        .closed(.withdrawn), .notAllowedFromState(.grant, .filed), .wrongActor(.grant, .family), .wrongActor(.file, .agent),
        .tooEarly(.implicitRefusal, until: d("2027-01-25")), .missingDate(.markUncollected),
    ]

    @Test(arguments: errors)
    func errorsSayWhatIsWrong(_ error: WorkflowError) {
        let fr = error.message(in: .fr), en = error.message(in: .en)
        #expect(!fr.isEmpty && !en.isEmpty && fr != en)
        #expect(error.description.hasPrefix(error.code))
        switch error {
        case .closed: #expect(fr.contains("retirée") && en.contains("withdrawn"))
        case .notAllowedFromState: #expect(fr.contains("Accorder") && fr.contains("Demande déposée") && en.contains("Filed"))
        case .wrongActor(.file, .agent): #expect(fr.contains("dépôt accompagné") && en.contains("assisted"))
        case .wrongActor: #expect(fr.contains("à la famille") && en.contains("the family"))
        case .tooEarly: #expect(fr.contains("2027-01-25") && en.contains("2027-01-25"))
        case .missingDate: #expect(fr.contains("date") && en.contains("date"))
        }
    }

    @Test func errorCodesAreDistinct() {
        let codes = Set(Self.errors.map(\.code))
        #expect(codes == ["closed", "not-allowed-from-state", "wrong-actor", "too-early", "missing-date"])
    }

    @Test func everyLabelIsWrittenInBothLanguages() {
        for language in Language.allCases {
            #expect(Set(DossierState.allCases.map { $0.label(in: language) }).count == DossierState.allCases.count)
            #expect(Set(DossierAction.allCases.map { $0.label(in: language) }).count == DossierAction.allCases.count)
            #expect(Set(FamilyStep.allCases.map { $0.label(in: language) }).count == FamilyStep.allCases.count)
            #expect(Set(DossierActor.allCases.map { $0.label(in: language) }).count == DossierActor.allCases.count)
        }
        #expect(FamilyStep.filing.label(in: .fr) == "Dépôt de la demande")
        #expect(FamilyStep.decision.label(in: .fr) == "Décision prise")
    }
}
