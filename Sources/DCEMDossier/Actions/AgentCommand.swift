import DCEMRules

/// An action of the préfecture on a case, read from its form and checked, ready for the workflow:
/// the back office's pages and a later agent API parse the same fields with the same code. Whether
/// the case's state allows it is the workflow's to say (`Workflow.apply`), not the form's.
public enum AgentCommand: Equatable, Sendable {
    case startInstruction
    case resumeInstruction
    case grant
    case requestDocuments(RequestDocumentsCommand)
    case refuse(RefuseCommand)
    case makeAvailable(MakeAvailableCommand)
    case acceptPostponement(AcceptPostponementCommand)
    case declinePostponement(DeclinePostponementCommand)
    case handOver(HandOverCommand)

    public var action: DossierAction {
        switch self {
        case .startInstruction: .startInstruction
        case .resumeInstruction: .resumeInstruction
        case .grant: .grant
        case .requestDocuments: .requestDocuments
        case .refuse: .refuse
        case .makeAvailable: .makeAvailable
        case .acceptPostponement: .acceptPostponement
        case .declinePostponement: .declinePostponement
        case .handOver: .handOver
        }
    }

    /// The field every action's form carries: the case's version the page showed (a change made
    /// meanwhile makes the action a conflict, docs/states.md).
    public static let versionField = "version"

    /// Reads `action`'s form. `today`: in the préfecture's zone. `firstDocument`: the box a request
    /// for documents with none ticked points to. Nil for an action no agent takes.
    public static func parse(_ action: DossierAction, _ fields: [String: String], today: CivilDate,
                             firstDocument: DocumentCode) -> Result<AgentCommand, ActionFieldErrors>? {
        switch action {
        case .startInstruction: .success(.startInstruction)
        case .resumeInstruction: .success(.resumeInstruction)
        case .grant: .success(.grant)
        case .requestDocuments: RequestDocumentsCommand.parse(fields, today: today, firstDocument: firstDocument).map(AgentCommand.requestDocuments)
        case .refuse: RefuseCommand.parse(fields).map(AgentCommand.refuse)
        case .makeAvailable: MakeAvailableCommand.parse(fields).map(AgentCommand.makeAvailable)
        case .acceptPostponement: AcceptPostponementCommand.parse(fields).map(AgentCommand.acceptPostponement)
        case .declinePostponement: DeclinePostponementCommand.parse(fields).map(AgentCommand.declinePostponement)
        case .handOver: HandOverCommand.parse(fields).map(AgentCommand.handOver)
        case .file, .withdraw, .answerRequest, .requestPostponement, .implicitRefusal, .markUncollected: nil
        }
    }
}

/// Asks the family for documents, with why, by a day after today; the clock stops meanwhile (rule 16).
public struct RequestDocumentsCommand: Equatable, Sendable {
    public let codes: [DocumentCode]
    public let why: String
    public let replyBy: CivilDate

    public init(codes: [DocumentCode], why: String, replyBy: CivilDate) {
        self.codes = codes
        self.why = why
        self.replyBy = replyBy
    }

    public enum Field: String, CaseIterable, Sendable {
        /// One box per document, `code-<document code>`.
        case code
        case why
        /// A day in three inputs, `reply-by-day`, `-month`, `-year`.
        case replyBy = "reply-by"
    }

    public static func codeField(_ code: DocumentCode) -> String { "\(Field.code.rawValue)-\(code.rawValue)" }

    public static func parse(_ fields: [String: String], today: CivilDate, firstDocument: DocumentCode) -> Result<Self, ActionFieldErrors> {
        var form = ActionForm(fields)
        let codes = DocumentCode.allCases.filter { form.isTicked(codeField($0)) }
        if codes.isEmpty { form.fail(codeField(firstDocument), .noneChosen) }
        let why = form.text(Field.why.rawValue, .textArea, limit: ActionForm.maxText, required: true)
        var replyBy = form.day(Field.replyBy.rawValue, required: true)
        // The family needs time to answer: the day must come after today.
        if let day = replyBy, !DocumentRequestRules.acceptsReplyBy(day, today: today) {
            form.fail(Field.replyBy.rawValue + "-day", .invalidDate)
            replyBy = nil
        }
        return form.result(why.flatMap { why in replyBy.map { Self(codes: codes, why: why, replyBy: $0) } })
    }
}

/// Refuses with at least one reason, and the agent's own words if any.
public struct RefuseCommand: Equatable, Sendable {
    public let reasons: [RefusalReason]
    public let text: String?

    public init(reasons: [RefusalReason], text: String?) {
        self.reasons = reasons
        self.text = text
    }

    public enum Field: String, CaseIterable, Sendable {
        /// One box per reason, `reason-<reason code>`.
        case reason
        case text
    }

    public static func reasonField(_ reason: RefusalReason) -> String { "\(Field.reason.rawValue)-\(reason.rawValue)" }

    public static func parse(_ fields: [String: String]) -> Result<Self, ActionFieldErrors> {
        var form = ActionForm(fields)
        let reasons = RefusalReason.allCases.filter { form.isTicked(reasonField($0)) }
        if reasons.isEmpty { form.fail(reasonField(RefusalReason.allCases[0]), .noneChosen) }
        let text = form.text(Field.text.rawValue, .textArea, limit: ActionForm.maxText, required: false)
        return form.result(Self(reasons: reasons, text: text))
    }
}

/// The document is ready: the first free pick-up slot from `from` (tomorrow when not given).
public struct MakeAvailableCommand: Equatable, Sendable {
    public let from: CivilDate?

    public init(from: CivilDate?) { self.from = from }

    public enum Field: String, CaseIterable, Sendable {
        case from
    }

    public static func parse(_ fields: [String: String]) -> Result<Self, ActionFieldErrors> {
        var form = ActionForm(fields)
        let from = form.day(Field.from.rawValue, required: false)
        return form.result(Self(from: from))
    }
}

/// Another slot, from one of the days the family proposed.
public struct AcceptPostponementCommand: Equatable, Sendable {
    public let from: CivilDate

    public init(from: CivilDate) { self.from = from }

    public enum Field: String, CaseIterable, Sendable {
        case from
    }

    public static func parse(_ fields: [String: String]) -> Result<Self, ActionFieldErrors> {
        var form = ActionForm(fields)
        let from = form.day(Field.from.rawValue, required: true)
        return form.result(from.map(Self.init(from:)))
    }
}

/// The first slot stands; the reason is shown to the family.
public struct DeclinePostponementCommand: Equatable, Sendable {
    public let reason: String

    public init(reason: String) { self.reason = reason }

    public enum Field: String, CaseIterable, Sendable {
        case reason = "decline-reason"
    }

    public static func parse(_ fields: [String: String]) -> Result<Self, ActionFieldErrors> {
        var form = ActionForm(fields)
        let reason = form.text(Field.reason.rawValue, .textArea, limit: ActionForm.maxText, required: true)
        return form.result(reason.map(Self.init(reason:)))
    }
}

/// The counter: who is there and the timbre fiscal. Whether the timbre covers the fee in force is
/// the workflow's to check (it knows the fee on the hand-over day).
public struct HandOverCommand: Equatable, Sendable {
    public let applicantPresent: Bool
    public let childPresent: Bool
    public let timbreNumber: String?
    public let timbreAmountEUR: Int?

    public init(applicantPresent: Bool, childPresent: Bool, timbreNumber: String?, timbreAmountEUR: Int?) {
        self.applicantPresent = applicantPresent
        self.childPresent = childPresent
        self.timbreNumber = timbreNumber
        self.timbreAmountEUR = timbreAmountEUR
    }

    public enum Field: String, CaseIterable, Sendable {
        case applicantPresent = "present-applicant"
        case childPresent = "present-child"
        case timbreNumber = "timbre-number"
        case timbreAmount = "timbre-amount"
    }

    /// The boxes of "who is there", `present-<value>`.
    public static let presentPrefix = "present"
    public static let presentValues = (applicant: "applicant", child: "child")

    /// An amount in whole euros as an agent types it: "50", "50,00", "50.00", "50 €". Cents other
    /// than zero, or anything else, are not an amount a timbre for a fee in whole euros can have.
    public static func euros(_ typed: String) -> Int? {
        var text = typed.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "EUR", with: "")
        text = text.filter { !$0.isWhitespace }
        let parts = text.split(separator: text.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 6, whole.allSatisfy(\.isASCII), let euros = Int(whole), euros >= 0 else {
            return nil
        }
        if parts.count == 2 {
            guard parts[1].count == 2, parts[1] == "00" else { return nil }
        }
        return euros
    }

    public static func parse(_ fields: [String: String]) -> Result<Self, ActionFieldErrors> {
        var form = ActionForm(fields)
        var amount: Int?
        if let typed = form.trimmed(Field.timbreAmount.rawValue) {
            amount = Self.euros(typed)
            if amount == nil { form.fail(Field.timbreAmount.rawValue, .notANumber) }
        }
        let number = form.text(Field.timbreNumber.rawValue, .singleLine, limit: ActionForm.maxLine, required: false)
        return form.result(Self(applicantPresent: form.isTicked(Field.applicantPresent.rawValue), childPresent: form.isTicked(Field.childPresent.rawValue),
                                timbreNumber: number, timbreAmountEUR: amount))
    }
}
