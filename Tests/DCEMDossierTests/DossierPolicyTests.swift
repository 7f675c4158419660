import DCEMDossier
import DCEMRules
import Testing

/// The family's permissions written out again here, state by state, independently of
/// `DossierPolicy.familyTable` and of `Workflow.transitions`: the two must agree with this table.
@Suite struct DossierPolicyTests {
    /// state → what the family may do (docs/states.md).
    static let expected: [DossierState: Set<FamilyAction>] = [
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
        #expect(Set(Self.expected.keys) == Set(DossierState.allCases))
        #expect(Set(DossierPolicy.familyTable.keys) == Set(DossierState.allCases))
    }

    @Test(arguments: DossierState.allCases, FamilyAction.allCases)
    func everyStateAndFamilyAction(state: DossierState, action: FamilyAction) {
        #expect(DossierPolicy.family(action, in: state) == Self.expected[state]!.contains(action), "\(action.rawValue) in \(state.rawValue)")
    }

    /// The family's turn: only where the family has something to do that the case waits for, and
    /// each turn is an action the family may take there.
    @Test(arguments: DossierState.allCases)
    func theFamilysTurn(state: DossierState) {
        let expected: [DossierState: FamilyTurn] = [.draft: .finishDraft, .awaitingDocuments: .answerRequest, .documentAvailable: .collect]
        #expect(DossierPolicy.familyTurn(in: state) == expected[state], "\(state.rawValue)")
        switch DossierPolicy.familyTurn(in: state) {
        case .finishDraft?: #expect(DossierPolicy.family(.file, in: state) || DossierPolicy.family(.editAnswers, in: state))
        case .answerRequest?: #expect(DossierPolicy.family(.answerRequest, in: state))
        case .collect?: #expect(DossierPolicy.family(.requestPostponement, in: state))
        case nil: break
        }
    }

    /// The family's transitions are the workflow's, never a second copy.
    @Test(arguments: DossierState.allCases)
    func transitionsFollowTheWorkflow(state: DossierState) {
        for action in FamilyAction.allCases {
            guard let transition = action.transition else { continue }
            #expect(DossierPolicy.family(action, in: state) == Workflow.allowedActions(from: state, for: .family).contains(transition))
        }
    }

    /// Messages: every state but the draft, as `DossierState.allowsMessages` says.
    @Test(arguments: DossierState.allCases)
    func messagesFollowTheState(state: DossierState) {
        #expect(DossierPolicy.family(.writeMessage, in: state) == state.allowsMessages)
        #expect(DossierPolicy.agent(.writeMessage, in: state) == state.allowsMessages)
    }

    @Test func removingAFile() {
        let cases: [(DossierState, afterFiling: Bool, may: Bool)] = [
            (.draft, false, true), (.draft, true, true),
            (.awaitingDocuments, false, false), (.awaitingDocuments, true, true),
            (.filed, true, false), (.underInstruction, true, false), (.granted, true, false),
        ]
        for (state, afterFiling, may) in cases {
            #expect(DossierPolicy.familyMayRemove(addedAfterFiling: afterFiling, in: state) == may, "\(state.rawValue), after filing: \(afterFiling)")
        }
    }

    @Test func uploadingIntoASlot() {
        let asked = UploadSlot(code: .addressProof)
        let translation = UploadSlot(code: .filiation, translation: true)
        let cases: [(UploadSlot?, inChecklist: Bool, requested: [DocumentCode], DossierState, may: Bool)] = [
            (asked, true, [], .draft, true),
            (asked, false, [], .draft, false),
            (asked, false, [.addressProof], .awaitingDocuments, true),
            (asked, false, [.addressProof], .underInstruction, false),
            (translation, false, [.filiation], .awaitingDocuments, false),
            (translation, true, [], .awaitingDocuments, true),
            (nil, true, [], .filed, false),
        ]
        for (slot, inChecklist, requested, state, may) in cases {
            #expect(DossierPolicy.familyMayUpload(into: slot, inChecklist: inChecklist, requested: requested, in: state) == may,
                    "\(slot?.id ?? "photo") in \(state.rawValue)")
        }
    }

    @Test func theSchedulersStates() {
        #expect(DossierPolicy.implicitRefusalStates == [.filed, .underInstruction])
        #expect(DossierPolicy.uncollectedStates == [.documentAvailable, .postponementRequested])
    }
}
