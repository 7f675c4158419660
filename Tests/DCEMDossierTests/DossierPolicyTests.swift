import DCEMCase
import DCEMRules
import Testing

/// The family's permissions written out again here, state by state, independently of
/// `CasePolicy.familyTable` and of `Workflow.transitions`: the two must agree with this table.
@Suite struct CasePolicyTests {
    /// state → what the family may do (docs/states.md).
    static let expected: [CaseState: Set<FamilyAction>] = [
        .draft: [.editAnswers, .uploadChecklist, .removeFile, .deleteDraft, .file],
        .filed: [.writeMessage, .startSibling, .withdraw],
        .underInstruction: [.writeMessage, .startSibling, .withdraw],
        // sent back for documents: the family corrects or completes the case, by either door
        .awaitingDocuments: [.editAnswers, .uploadChecklist, .uploadRequested, .removeFile, .writeMessage, .startSibling, .withdraw,
                             .answerRequest],
        .granted: [.writeMessage, .startSibling],
        .refused: [.writeMessage, .startSibling],
        .implicitlyRefused: [.writeMessage, .startSibling],
        .documentAvailable: [.writeMessage, .startSibling, .requestPostponement],
        .postponementRequested: [.writeMessage, .startSibling],
        .delivered: [.writeMessage, .startSibling, .renew],
        .uncollected: [.writeMessage, .startSibling],
        .withdrawn: [.writeMessage, .startSibling],
    ]

    @Test func theTableCoversEveryState() {
        #expect(Set(Self.expected.keys) == Set(CaseState.allCases))
        #expect(Set(CasePolicy.familyTable.keys) == Set(CaseState.allCases))
    }

    @Test(arguments: CaseState.allCases, FamilyAction.allCases)
    func everyStateAndFamilyAction(state: CaseState, action: FamilyAction) {
        #expect(CasePolicy.family(action, in: state) == Self.expected[state]!.contains(action), "\(action.rawValue) in \(state.rawValue)")
    }

    /// The family's transitions are the workflow's, never a second copy.
    @Test(arguments: CaseState.allCases)
    func transitionsFollowTheWorkflow(state: CaseState) {
        for action in FamilyAction.allCases {
            guard let transition = action.transition else { continue }
            #expect(CasePolicy.family(action, in: state) == Workflow.allowedActions(from: state, for: .family).contains(transition))
        }
    }

    /// Messages: every state but the draft, as `CaseState.allowsMessages` says.
    @Test(arguments: CaseState.allCases)
    func messagesFollowTheState(state: CaseState) {
        #expect(CasePolicy.family(.writeMessage, in: state) == state.allowsMessages)
        #expect(CasePolicy.agent(.writeMessage, in: state) == state.allowsMessages)
    }

    @Test func removingAFile() {
        let cases: [(CaseState, afterFiling: Bool, may: Bool)] = [
            (.draft, false, true), (.draft, true, true),
            (.awaitingDocuments, false, false), (.awaitingDocuments, true, true),
            (.filed, true, false), (.underInstruction, true, false), (.granted, true, false),
        ]
        for (state, afterFiling, may) in cases {
            #expect(CasePolicy.familyMayRemove(addedAfterFiling: afterFiling, in: state) == may, "\(state.rawValue), after filing: \(afterFiling)")
        }
    }

    @Test func uploadingIntoASlot() {
        let asked = UploadSlot(code: .addressProof)
        let translation = UploadSlot(code: .filiation, translation: true)
        let cases: [(UploadSlot?, inChecklist: Bool, requested: [DocumentCode], CaseState, may: Bool)] = [
            (asked, true, [], .draft, true),
            (asked, false, [], .draft, false),
            (asked, false, [.addressProof], .awaitingDocuments, true),
            (asked, false, [.addressProof], .underInstruction, false),
            (translation, false, [.filiation], .awaitingDocuments, false),
            (translation, true, [], .awaitingDocuments, true),
            (nil, true, [], .filed, false),
        ]
        for (slot, inChecklist, requested, state, may) in cases {
            #expect(CasePolicy.familyMayUpload(into: slot, inChecklist: inChecklist, requested: requested, in: state) == may,
                    "\(slot?.id ?? "photo") in \(state.rawValue)")
        }
    }

    @Test func theSchedulersStates() {
        #expect(CasePolicy.implicitRefusalStates == [.filed, .underInstruction])
        #expect(CasePolicy.uncollectedStates == [.documentAvailable, .postponementRequested])
    }
}
