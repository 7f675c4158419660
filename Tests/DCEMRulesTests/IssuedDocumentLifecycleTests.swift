import Testing
@testable import DCEMRules

/// The issued DCEM's own machine (docs/states.md#the-issued-document), checked against its table
/// written out again here for every state × action × actor, and its date guards on both sides of
/// each boundary.
@Suite struct IssuedDocumentLifecycleTests {
    /// (action) → (from, to, actors), from docs/states.md#the-issued-document.
    static let expected: [IssuedDocumentAction: (from: [IssuedDocumentState], to: IssuedDocumentState, actors: Set<DossierActor>)] = [
        .expire: ([.valid, .withdrawalPending], .expired, [.scheduler]),
        .lapseAtMajority: ([.valid, .withdrawalPending], .lapsed, [.scheduler]),
        .declareLapse: ([.valid, .withdrawalPending], .lapsed, [.family, .agent]),
        .openWithdrawal: ([.valid], .withdrawalPending, [.agent]),
        .withdraw: ([.withdrawalPending], .withdrawn, [.agent]),
        .closeWithdrawal: ([.withdrawalPending], .valid, [.agent]),
        .reportLost: ([.valid, .withdrawalPending], .reportedLost, [.family, .agent]),
        .reportStolen: ([.valid, .withdrawalPending], .reportedStolen, [.family, .agent]),
        .recordReturn: ([.expired, .lapsed, .withdrawn], .returned, [.agent]),
        .replace: ([.valid, .withdrawalPending, .expired, .reportedLost, .reportedStolen], .replaced, [.agent]),
    ]

    static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// Every date guard met: only the state and the actor decide.
    static let permissive = IssuedDocumentContext(today: d("2035-01-01"), validUntil: d("2031-06-01"), voidAfter: d("2033-07-12"),
                                                  observationsUntil: d("2030-01-15"))

    @Test func theTableCoversEveryAction() {
        #expect(Set(Self.expected.keys) == Set(IssuedDocumentAction.allCases))
    }

    @Test(arguments: IssuedDocumentState.allCases, IssuedDocumentAction.allCases)
    func everyStateActionAndActor(state: IssuedDocumentState, action: IssuedDocumentAction) {
        let row = Self.expected[action]!
        for actor in DossierActor.allCases {
            let expected: Result<IssuedDocumentState, IssuedDocumentError> =
                !row.from.contains(state) ? .failure(.notAllowedFromState(action, state))
                : !row.actors.contains(actor) ? .failure(.wrongActor(action, actor)) : .success(row.to)
            #expect(IssuedDocumentLifecycle.apply(action, to: state, by: actor, context: Self.permissive) == expected,
                    "\(action.rawValue) on \(state.rawValue) by \(actor.rawValue)")
        }
    }

    @Test(arguments: [
        // (action, today, allowed): expiry the day after the last valid day; lapse the day after void-after
        (IssuedDocumentAction.expire, "2031-06-01", false), (.expire, "2031-06-02", true),
        (.lapseAtMajority, "2033-07-12", false), (.lapseAtMajority, "2033-07-13", true),
        // no withdrawal while the family may still present observations (rule 20)
        (.withdraw, "2030-01-15", false), (.withdraw, "2030-01-16", true),
    ])
    func dateGuards(action: IssuedDocumentAction, today: String, allowed: Bool) {
        var context = Self.permissive
        context.today = Self.d(today)
        let from: IssuedDocumentState = action == .withdraw ? .withdrawalPending : .valid
        let actor: DossierActor = action == .withdraw ? .agent : .scheduler
        let result = IssuedDocumentLifecycle.apply(action, to: from, by: actor, context: context)
        if allowed {
            #expect((try? result.get()) != nil, "\(action.rawValue) on \(today)")
        } else {
            guard case .failure(.tooEarly(action, _)) = result else {
                Issue.record("\(action.rawValue) on \(today): \(result)")
                return
            }
        }
    }

    @Test func withdrawalNeedsItsObservationPeriodUnlessTheObservationsAreIn() {
        var context = Self.permissive
        context.observationsUntil = nil
        #expect(IssuedDocumentLifecycle.apply(.withdraw, to: .withdrawalPending, by: .agent, context: context) == .failure(.missingDate(.withdraw)))
        context.observationsUntil = Self.d("2040-01-01")
        context.observationsReceived = true
        #expect(IssuedDocumentLifecycle.apply(.withdraw, to: .withdrawalPending, by: .agent, context: context) == .success(.withdrawn))
    }

    @Test func theObservationPeriodIsFifteenDaysFromTheNotice() {
        #expect(IssuedDocumentLifecycle.observationsUntil(notifiedOn: Self.d("2026-12-20")) == Self.d("2027-01-04"))
    }

    @Test(arguments: [
        // (birth, void after): majority + 2 months, a 29 February birthday kept on 28 February
        ("2015-05-12", "2033-07-12"), ("2008-02-29", "2026-04-28"), ("2012-02-29", "2030-04-28"), ("2009-12-31", "2028-02-29"),
    ])
    func theVoidAfterDateAcrossTheCalendar(birth: String, voidAfter: String) {
        let validity = Validity.compute(issuedOn: Self.d("2024-01-10"), birthDate: Self.d(birth), grounds: GroundSet(.parentResidencePermit), parents: [])
        #expect(validity.voidAfter == Self.d(voidAfter))
    }

    @Test func whichStatesAreInForceAwaitReturnOrAreFinal() {
        #expect(IssuedDocumentState.allCases.filter(\.isInForce) == [.valid, .withdrawalPending])
        #expect(IssuedDocumentState.allCases.filter(\.awaitsReturn) == [.expired, .lapsed, .withdrawn])
        #expect(IssuedDocumentState.allCases.filter(\.isFinal) == [.returned, .replaced])
        // a final state has no move left
        for state in IssuedDocumentState.allCases where state.isFinal {
            #expect(DossierActor.allCases.allSatisfy { IssuedDocumentLifecycle.allowedActions(from: state, for: $0).isEmpty })
        }
    }
}
