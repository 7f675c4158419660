import DCEMRules

/// The public verification of a DCEM and the printed document's verification block
/// (docs/states.md#verification, docs/pages.md#verification).
struct VerificationText: Sendable {
    // The home page's pointer
    let homeTitle: String
    let homeBody: String
    let homeLink: String

    // The form
    let title: String
    let lead: String
    let numberLabel: String
    let numberHint: String
    let birthDateLegend: String
    let birthDateHint: String
    let codeLabel: String
    let codeHint: String
    let submit: String
    let numberMissing: String
    let numberInvalid: String
    let birthDateMissing: String
    let birthDateInvalid: String
    /// The API's words: an ISO day.
    let apiBirthDateInvalid: String
    let codeInvalid: String
    /// What the page never shows, so that no one expects it.
    let privacyNote: String

    // The answer
    let resultTitle: String
    let validHeading: @Sendable (_ number: String) -> String
    let notValidHeading: @Sendable (_ number: String) -> String
    let noMatchHeading: String
    let noMatchBody: String
    /// Why, in a sentence.
    let reason: @Sendable (VerificationReason) -> String
    let codeCheck: @Sendable (VerificationCodeCheck) -> String
    let validFromLabel: String
    let validUntilLabel: String
    let territoryLabel: String
    let territory: @Sendable (Territory) -> String
    let anotherCheck: String

    // The printed document
    let printTitle: @Sendable (_ number: String) -> String
    let printLead: String
    let birthDateLabel: String
    let printCodeLabel: String
    let printCodeUnavailable: String
    /// Where and how to check the paper: the verification page's address.
    let printVerifyAt: @Sendable (_ address: String) -> String
}
