import Testing
@testable import DCEMRules

/// The collective travel document's machine (docs/states.md#the-collective-travel-document),
/// checked against its table written out again here for every state × action × actor, and each date
/// guard on both sides of its day. The trip: departure 2027-03-16, return 2027-03-20.
@Suite struct CollectiveTravelWorkflowTests {
    /// action → (from, to, actors), from docs/states.md#the-collective-travel-document.
    static let expected: [CollectiveTravelAction: (from: [CollectiveTravelState], to: CollectiveTravelState, actors: Set<CollectiveTravelActor>)] = [
        .file: ([.draft], .filed, [.schoolHead]),
        .withdraw: ([.filed, .underInstruction, .awaitingDocuments, .granted, .documentAvailable], .withdrawn, [.schoolHead]),
        .startInstruction: ([.filed], .underInstruction, [.agent]),
        .requestDocuments: ([.underInstruction], .awaitingDocuments, [.agent]),
        .answerRequest: ([.awaitingDocuments], .underInstruction, [.schoolHead]),
        .resumeInstruction: ([.awaitingDocuments], .underInstruction, [.agent]),
        .grant: ([.underInstruction], .granted, [.agent]),
        .refuse: ([.underInstruction], .refused, [.agent]),
        .makeAvailable: ([.granted], .documentAvailable, [.agent]),
        .handOver: ([.documentAvailable], .handedOver, [.agent]),
        .closeDeparturePassed: ([.filed, .underInstruction, .awaitingDocuments], .closedDeparturePassed, [.scheduler]),
        .markUncollected: ([.granted, .documentAvailable], .uncollected, [.scheduler]),
    ]

    static let closedStates: Set<CollectiveTravelState> = [.refused, .handedOver, .closedDeparturePassed, .uncollected, .withdrawn]

    static func context(today: String, replyBy: String? = "2027-03-05") -> CollectiveTravelContext {
        CollectiveTravelContext(today: d(today), departure: d("2027-03-16"), returnOn: d("2027-03-20"), replyBy: replyBy.map(d))
    }

    /// The date guards are of two kinds: "no later than" (file, grant, make-available, hand-over) and
    /// "from" (resume, close, mark uncollected); no one day meets both. So each action is checked on
    /// a day that meets its own guard.
    static func permissiveDay(for action: CollectiveTravelAction) -> String {
        switch action {
        case .file: return "2027-03-01"
        case .grant, .makeAvailable, .resumeInstruction: return "2027-03-10"
        case .handOver: return "2027-03-18"
        case .closeDeparturePassed: return "2027-03-17"
        case .markUncollected: return "2027-03-21"
        case .withdraw, .startInstruction, .requestDocuments, .answerRequest, .refuse: return "2027-03-10"
        }
    }

    static func expectedResult(_ action: CollectiveTravelAction, _ state: CollectiveTravelState,
                               _ actor: CollectiveTravelActor) -> Result<CollectiveTravelState, CollectiveTravelWorkflowError> {
        if closedStates.contains(state) { return .failure(.closed(state)) }
        let row = expected[action]!
        guard row.from.contains(state) else { return .failure(.notAllowedFromState(action, state)) }
        guard row.actors.contains(actor) else { return .failure(.wrongActor(action, actor)) }
        return .success(row.to)
    }

    @Test func theTableCoversEveryAction() {
        #expect(Set(Self.expected.keys) == Set(CollectiveTravelAction.allCases))
    }

    @Test(arguments: CollectiveTravelState.allCases, CollectiveTravelAction.allCases)
    func everyStateActionAndActor(state: CollectiveTravelState, action: CollectiveTravelAction) {
        let context = Self.context(today: Self.permissiveDay(for: action))
        for actor in CollectiveTravelActor.allCases {
            #expect(CollectiveTravelWorkflow.apply(action, to: state, by: actor, context: context) == Self.expectedResult(action, state, actor),
                    "\(action.rawValue) on \(state.rawValue) by \(actor.rawValue)")
        }
    }

    @Test(arguments: CollectiveTravelState.allCases, CollectiveTravelActor.allCases)
    func allowedActionsAreExactlyTheTablesRows(state: CollectiveTravelState, actor: CollectiveTravelActor) {
        let expected = CollectiveTravelAction.allCases.filter {
            !Self.closedStates.contains(state) && Self.expected[$0]!.from.contains(state) && Self.expected[$0]!.actors.contains(actor)
        }
        #expect(CollectiveTravelWorkflow.allowedActions(from: state, for: actor) == expected)
    }

    @Test func theTransitionListMatchesTheTable() {
        var rows: Set<CollectiveTravelTransition> = []
        for (action, row) in Self.expected {
            for from in row.from { for actor in row.actors { rows.insert(.init(action, from: from, to: row.to, by: actor)) } }
        }
        #expect(Set(CollectiveTravelWorkflow.transitions) == rows)
        #expect(CollectiveTravelWorkflow.transitions.count == rows.count)
    }

    @Test(arguments: [
        // (action, from, actor, today, allowed or the error's day)
        // filing: no later than 15 days before departure (2027-03-01)
        (CollectiveTravelAction.file, CollectiveTravelState.draft, CollectiveTravelActor.schoolHead, "2027-03-01", true),
        (.file, .draft, .schoolHead, "2027-03-02", false),
        // no grant after the departure day; the departure day itself still
        (.grant, .underInstruction, .agent, "2027-03-16", true),
        (.grant, .underInstruction, .agent, "2027-03-17", false),
        (.makeAvailable, .granted, .agent, "2027-03-16", true),
        (.makeAvailable, .granted, .agent, "2027-03-17", false),
        // hand-over up to the return day
        (.handOver, .documentAvailable, .agent, "2027-03-20", true),
        (.handOver, .documentAvailable, .agent, "2027-03-21", false),
        // resume once the reply-by date (2027-03-05) has passed
        (.resumeInstruction, .awaitingDocuments, .agent, "2027-03-05", false),
        (.resumeInstruction, .awaitingDocuments, .agent, "2027-03-06", true),
        // the scheduler closes an undecided trip the day after departure
        (.closeDeparturePassed, .filed, .scheduler, "2027-03-16", false),
        (.closeDeparturePassed, .filed, .scheduler, "2027-03-17", true),
        (.closeDeparturePassed, .awaitingDocuments, .scheduler, "2027-03-16", false),
        (.closeDeparturePassed, .awaitingDocuments, .scheduler, "2027-03-17", true),
        // and a document never collected the day after the return
        (.markUncollected, .documentAvailable, .scheduler, "2027-03-20", false),
        (.markUncollected, .documentAvailable, .scheduler, "2027-03-21", true),
    ])
    func dateGuards(action: CollectiveTravelAction, from: CollectiveTravelState, actor: CollectiveTravelActor, today: String, allowed: Bool) {
        let result = CollectiveTravelWorkflow.apply(action, to: from, by: actor, context: Self.context(today: today))
        if allowed {
            #expect(result == .success(Self.expected[action]!.to), "\(action.rawValue) on \(today)")
            return
        }
        switch result {
        case .failure(.tooLate(action, let last)): #expect(last == d(today).adding(days: -1))
        case .failure(.tooEarly(action, let first)): #expect(first == d(today).adding(days: 1))
        default: Issue.record("\(action.rawValue) on \(today): \(result)")
        }
    }

    @Test func resumingNeedsAReplyByDate() {
        #expect(CollectiveTravelWorkflow.apply(.resumeInstruction, to: .awaitingDocuments, by: .agent,
                                               context: Self.context(today: "2027-03-10", replyBy: nil)) == .failure(.missingDate(.resumeInstruction)))
    }

    @Test func statesClosedUndecidedAndTheirStep() {
        #expect(Set(CollectiveTravelState.allCases.filter(\.isClosed)) == Self.closedStates)
        #expect(CollectiveTravelState.allCases.filter(\.isUndecided) == [.filed, .underInstruction, .awaitingDocuments])
        #expect(CollectiveTravelState.allCases.compactMap(\.schoolStep).count == 7)
        #expect(CollectiveTravelState.closedDeparturePassed.schoolStep == nil)
        #expect(CollectiveTravelState.handedOver.schoolStep == .documentAvailable)
        for state in Self.closedStates {
            #expect(CollectiveTravelActor.allCases.allSatisfy { CollectiveTravelWorkflow.allowedActions(from: state, for: $0).isEmpty })
        }
    }

    @Test func labels() {
        LabelsTests.check(CollectiveTravelState.self)
        LabelsTests.check(CollectiveTravelAction.self)
        LabelsTests.check(CollectiveTravelActor.self)
        LabelsTests.check(SchoolCode.Problem.self)
    }
}
