import DCEMDossier
import DCEMRules
import Testing

@Suite struct AgentCommandTests {
    let today = CivilDate(year: 2026, month: 12, day: 3)!

    func request(_ fields: [String: String]) -> Result<AgentCommand, ActionFieldErrors>? {
        AgentCommand.parse(.requestDocuments, fields, today: today, firstDocument: .addressProof)
    }

    @Test func aRequestForDocumentsIsReadFromItsFields() throws {
        let fields = [RequestDocumentsCommand.codeField(.addressProof): "on", "why": "  Trop ancien  ",
                      "reply-by-day": "20", "reply-by-month": "12", "reply-by-year": "2026"]
        let command = try request(fields)?.get()
        #expect(command == .requestDocuments(RequestDocumentsCommand(codes: [.addressProof], why: "Trop ancien",
                                                                     replyBy: CivilDate(year: 2026, month: 12, day: 20)!)))
        #expect(command?.action == .requestDocuments)
    }

    @Test func everyWrongFieldOfARequestIsNamed() {
        guard case .failure(let failure)? = request(["why": "", "reply-by-day": "3", "reply-by-month": "12", "reply-by-year": "2026"]) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.errors == [
            ActionFieldError(field: "code-address-proof", problem: .noneChosen),
            ActionFieldError(field: "why", problem: .missing),
            // today is no day to answer by
            ActionFieldError(field: "reply-by-day", problem: .invalidDate),
        ])
    }

    @Test func aTextTooLongIsAnErrorNotCut() {
        let long = String(repeating: "a", count: ActionForm.maxText + 1)
        let declined = AgentCommand.parse(.declinePostponement, ["decline-reason": long], today: today, firstDocument: .addressProof)
        #expect(declined == .failure(ActionFieldErrors([ActionFieldError(field: "decline-reason", problem: .tooLong(max: ActionForm.maxText))])))
        let refused = AgentCommand.parse(.refuse, ["reason-residence": "on", "text": long], today: today, firstDocument: .addressProof)
        #expect(refused == .failure(ActionFieldErrors([ActionFieldError(field: "text", problem: .tooLong(max: ActionForm.maxText))])))
        let exact = String(repeating: "a", count: ActionForm.maxText)
        let kept = AgentCommand.parse(.declinePostponement, ["decline-reason": exact], today: today, firstDocument: .addressProof)
        #expect(kept == .success(.declinePostponement(DeclinePostponementCommand(reason: exact))))
    }

    @Test func aRefusalNeedsAReasonAndKeepsItsCodes() {
        let none = AgentCommand.parse(.refuse, [:], today: today, firstDocument: .addressProof)
        #expect(none == .failure(ActionFieldErrors([ActionFieldError(field: "reason-no-ground", problem: .noneChosen)])))
        let two = AgentCommand.parse(.refuse, ["reason-standing": "on", "reason-residence": "on", "text": " "], today: today, firstDocument: .addressProof)
        #expect(two == .success(.refuse(RefuseCommand(reasons: [.residence, .standing], text: nil))))
    }

    @Test func controlCharactersAreRefusedWithTheFieldNamed() {
        let forged = AgentCommand.parse(.handOver, ["timbre-number": "12\u{202E}34", "timbre-amount": "vingt"], today: today, firstDocument: .addressProof)
        #expect(forged == .failure(ActionFieldErrors([
            ActionFieldError(field: "timbre-amount", problem: .notANumber),
            ActionFieldError(field: "timbre-number", problem: .controlCharacters(inTextArea: false)),
        ])))
    }

    // The timbre's amount as agents type it; cents other than zero are no amount a whole-euro fee takes.
    @Test(arguments: [("50", 50), ("50,00", 50), ("50.00", 50), ("50 €", 50), ("50,00 €", 50), (" 45 ", 45), ("1 000", 1000),
                      ("50,5", nil), ("50,50", nil), ("50.001", nil), ("", nil), ("vingt", nil), ("-50", nil), ("5O", nil), ("٥٠", nil)] as [(String, Int?)])
    func timbreAmounts(typed: String, euros: Int?) {
        #expect(HandOverCommand.euros(typed) == euros, "\(typed)")
    }

    // The timbre is of the fee's amount, neither less nor more.
    @Test(arguments: [(45, HandOverProblem?.some(.amountMismatch(dueEUR: 50))), (50, nil), (500, .amountMismatch(dueEUR: 50))])
    func theTimbreIsOfTheAmountDue(amount: Int, problem: HandOverProblem?) {
        let fee = Fee.due(grounds: GroundSet(.parentResidencePermit), on: CivilDate(year: 2026, month: 12, day: 10)!)
        #expect(HandOver.problem(applicantPresent: true, childPresent: true, timbreNumber: "N1", timbreAmountEUR: amount, fee: fee) == problem)
    }

    @Test func theCounterAndTheSlotsAreReadFromTheirFields() {
        let counter = AgentCommand.parse(.handOver, ["present-applicant": "on", "present-child": "on", "timbre-number": "N1", "timbre-amount": "45"],
                                         today: today, firstDocument: .addressProof)
        #expect(counter == .success(.handOver(HandOverCommand(applicantPresent: true, childPresent: true, timbreNumber: "N1", timbreAmountEUR: 45))))
        #expect("\(HandOverCommand.presentPrefix)-\(HandOverCommand.presentValues.applicant)" == HandOverCommand.Field.applicantPresent.rawValue)
        #expect("\(HandOverCommand.presentPrefix)-\(HandOverCommand.presentValues.child)" == HandOverCommand.Field.childPresent.rawValue)
        #expect(AgentCommand.parse(.makeAvailable, [:], today: today, firstDocument: .addressProof) == .success(.makeAvailable(MakeAvailableCommand(from: nil))))
        #expect(AgentCommand.parse(.acceptPostponement, ["from-day": "31", "from-month": "2", "from-year": "2027"], today: today, firstDocument: .addressProof)
                == .failure(ActionFieldErrors([ActionFieldError(field: "from-day", problem: .invalidDate)])))
    }

    @Test func onlyTheAgentsActionsHaveACommand() {
        // Filing at the counter is an agent's too, through its own door (the assisted filing), not a case page's form.
        for action in DossierAction.allCases where action != .file {
            let agents = DossierState.allCases.contains { Workflow.allowedActions(from: $0, for: .agent).contains(action) }
            #expect((AgentCommand.parse(action, [:], today: today, firstDocument: .addressProof) != nil) == agents, "\(action)")
        }
    }
}
