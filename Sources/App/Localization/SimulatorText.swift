import DCEMDossier
import DCEMRules

/// Which parent a question is about: its position and how many parents are declared, so the
/// text can say "the parent" (one) or "the first / second parent" (two).
struct ParentRef: Sendable, Equatable {
    let index: Int
    let count: Int
}

/// The text of a question answered by one of several choices.
struct ChoiceQuestionText<Value: Sendable>: Sendable {
    /// The question, as the page's `<h1>` (inside the legend).
    let title: String
    let hint: String?
    let label: @Sendable (Value) -> String
    let choiceHint: @Sendable (Value) -> String?
    /// Shown when nothing was chosen: says what to do.
    let missing: String

    init(title: String, hint: String? = nil, label: @escaping @Sendable (Value) -> String,
         choiceHint: @escaping @Sendable (Value) -> String? = { _ in nil }, missing: String) {
        self.title = title
        self.hint = hint
        self.label = label
        self.choiceHint = choiceHint
        self.missing = missing
    }
}

/// The text of a question answered by a date.
struct DateQuestionText: Sendable {
    let title: String
    let hint: String
    /// What the date is, as a noun phrase used inside error messages ("la date de naissance de l'enfant").
    let subject: String
    /// An example of a plausible answer, "27 3 2016".
    let example: String
}

/// The simulator's text, one complete instance per language (`SimulatorText+fr.swift`,
/// `SimulatorText+en.swift`).
struct SimulatorText: Sendable {
    // MARK: Start page
    let startTitle: String
    let startLead: String
    let startAsksTitle: String
    let startAsks: [String]
    let startTime: String
    let startPrivacy: String
    let startButton: String

    // MARK: Shared pieces
    let yes: String
    let no: String
    let dontKnow: String
    let day: String
    let month: String
    let year: String
    let monthNames: [String]
    /// "27 novembre 2026".
    let formatDate: @Sendable (_ day: Int, _ monthName: String, _ year: Int) -> String
    let selectPlaceholder: String
    let restartButton: String
    let restartHint: String

    // MARK: Date errors (how to fix, never "invalid")
    let dateMissing: @Sendable (_ subject: String, _ example: String) -> String
    let dateMissingPart: @Sendable (_ subject: String, _ part: DatePart) -> String
    let dateYearDigits: @Sendable (_ subject: String, _ example: String) -> String
    let dateNotReal: @Sendable (_ subject: String, _ example: String) -> String
    let dateInFuture: @Sendable (_ subject: String) -> String
    let dateBeforeBirth: @Sendable (_ subject: String) -> String
    let dateTooOld: @Sendable (_ subject: String, _ example: String) -> String

    // MARK: Questions
    let childNationality: ChoiceQuestionText<ChildNationalityAnswer>
    let childPermit: ChoiceQuestionText<YesNo>
    let childBirth: DateQuestionText
    let childResidence: ChoiceQuestionText<YesNo>
    let departementTitle: String
    let departementHint: String
    let departementMissing: String
    let departementOption: @Sendable (_ code: String, _ name: String) -> String
    let parentCount: ChoiceQuestionText<Int>
    let parentNationality: @Sendable (ParentRef) -> ChoiceQuestionText<ParentNationalityAnswer>
    let parentLivesInFrance: @Sendable (ParentRef) -> ChoiceQuestionText<YesNo>
    let parentSince: @Sendable (ParentRef) -> DateQuestionText
    let parentPermit: @Sendable (ParentRef) -> ChoiceQuestionText<PermitAnswer>
    /// Values are `ShortPermitMention` raw values and `SituationAnswers.otherMention`.
    let parentMention: @Sendable (ParentRef) -> ChoiceQuestionText<String>
    let parentExpiry: @Sendable (ParentRef) -> DateQuestionText
    let parentReceipt: @Sendable (ParentRef) -> ChoiceQuestionText<YesNo>
    let parentReceiptExpiry: @Sendable (ParentRef) -> DateQuestionText
    let stepParent: ChoiceQuestionText<YesNo>
    let stepParentSince: DateQuestionText
    let applicant: ChoiceQuestionText<ApplicantAnswer>
    let applicantParent: ChoiceQuestionText<Int>
    let applicantNationality: ChoiceQuestionText<YesNo>
    let protection: ChoiceQuestionText<ProtectionAnswer>
    let ase: ChoiceQuestionText<YesNo>
    let aseDate: DateQuestionText
    let arrival: ChoiceQuestionText<ArrivalAnswer>
    let arrivalDate: DateQuestionText
    let arrivalRegular: ChoiceQuestionText<RegularAnswer>

    // MARK: Result page
    let outcomeEligible: String
    let outcomeNotEligible: String
    let outcomeNotConcerned: String
    let resultNotice: String
    let groundsTitle: String
    let groundsIntro: String
    let legalBasis: @Sendable (_ citation: String) -> String
    let documentsTitle: String
    let documentsIntro: String
    let documentsTranslation: String
    let documentsPrint: String
    let documentWhy: @Sendable (_ why: String) -> String
    let feeTitle: String
    let feeAmount: @Sendable (_ amountEUR: Int) -> String
    let feeExempt: String
    let feeExemptBecause: @Sendable (_ ground: String) -> String
    let validityTitle: String
    let validityIssued: @Sendable (_ date: String) -> String
    let validityExpires: @Sendable (_ date: String) -> String
    let validityVoidAfter: @Sendable (_ date: String) -> String
    let validityShortPermit: @Sendable (_ date: String) -> String
    let territoryMayotteTitle: String
    let delayTitle: String
    let delayBody: @Sendable (_ months: Int, _ date: String) -> String
    let delayAfter: String
    let whereToApply: @Sendable (_ service: String, _ departement: String) -> String
    let applyTitle: String
    let applyBody: String
    let applyButton: String
    let reasonsTitle: String
    let missingTitle: String
    let missingIntro: String
    let useInsteadTitle: String
    let adultAdvice: String
    let notResidentAdvice: String
    let noGroundAdvice: String
    let protectionUnknownAdvice: String
    let arrivalUnknownAdvice: String
    let regularUnknownAdvice: String
    let answersTitle: String
    let change: String
    /// Visually hidden after "Modifier": which answer the link changes.
    let changeWhat: @Sendable (_ question: String) -> String
}
