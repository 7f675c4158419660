// Who may do what with a collective travel request, beyond its transitions
// (docs/states.md#the-collective-travel-document).
import DCEMDossier
import DCEMRules
import Testing

@Suite struct CollectiveTravelPolicyTests {
    @Test(arguments: CollectiveTravelState.allCases)
    func theHeadsActionsPerState(state: CollectiveTravelState) {
        let expected: [CollectiveTravelState: [SchoolHeadAction]] = [
            .draft: [.editTrip, .editPupils, .uploadPupilDocument, .deleteDraft, .file],
            .filed: [.writeMessage, .withdraw],
            .underInstruction: [.writeMessage, .withdraw],
            .awaitingDocuments: [.uploadPupilDocument, .writeMessage, .withdraw, .answerRequest],
            .granted: [.writeMessage, .withdraw],
            .refused: [.writeMessage],
            .documentAvailable: [.writeMessage, .printDocument, .withdraw],
            .handedOver: [.writeMessage, .printDocument],
            .closedDeparturePassed: [.writeMessage],
            .uncollected: [.writeMessage],
            .withdrawn: [.writeMessage],
        ]
        #expect(CollectiveTravelPolicy.schoolHeadActions(in: state) == expected[state])
    }

    @Test(arguments: CollectiveTravelState.allCases)
    func theAgentJudgesPupilsOnlyWhileExamining(state: CollectiveTravelState) {
        #expect(CollectiveTravelPolicy.agent(.judgePupils, in: state) == (state == .underInstruction))
        #expect(CollectiveTravelPolicy.agent(.writeMessage, in: state) == (state != .draft))
    }

    @Test func theAgentIsOfferedOnlyWhatTheDayAllows() {
        let context = { (today: String) in
            CollectiveTravelContext(today: CivilDate(iso: today)!, departure: CivilDate(iso: "2027-03-16")!,
                                    returnOn: CivilDate(iso: "2027-03-20")!, replyBy: CivilDate(iso: "2027-03-05")!)
        }
        #expect(CollectiveTravelPolicy.agentTransitions(in: .underInstruction, context: context("2027-03-16")) == [.requestDocuments, .grant, .refuse])
        #expect(CollectiveTravelPolicy.agentTransitions(in: .underInstruction, context: context("2027-03-17")) == [.requestDocuments, .refuse])
        #expect(CollectiveTravelPolicy.agentTransitions(in: .awaitingDocuments, context: context("2027-03-05")).isEmpty)
        #expect(CollectiveTravelPolicy.agentTransitions(in: .awaitingDocuments, context: context("2027-03-06")) == [.resumeInstruction])
    }

    @Test func theSchedulersStatesAndTheDaysLeft() {
        #expect(CollectiveTravelPolicy.closeDeparturePassedStates == [.filed, .underInstruction, .awaitingDocuments])
        #expect(CollectiveTravelPolicy.uncollectedStates == [.granted, .documentAvailable])
        let departure = CivilDate(iso: "2027-03-16")!
        #expect(CollectiveTravelPolicy.daysUntilDeparture(departure, today: CivilDate(iso: "2027-03-01")!) == 15)
        #expect(CollectiveTravelPolicy.daysUntilDeparture(departure, today: CivilDate(iso: "2027-03-17")!) == -1)
    }
}
