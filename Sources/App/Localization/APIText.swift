/// The text of API access: the tokens section of the account page, the page showing a new token,
/// and the messages of the family's JSON API.
struct APIText: Sendable {
    let tokensTitle: String
    let tokensLead: String
    /// What a password change does to tokens: they are kept (a program keeps working), so say how to cut one off.
    let tokensKeptOnPasswordChange: String
    let tokensNone: String
    let tokenNameColumn: String
    let tokenPrefixColumn: String
    let tokenCreatedColumn: String
    let tokenLastUsedColumn: String
    let tokenNeverUsed: String
    let tokenNameLabel: String
    let tokenNameHint: String
    let tokenNameMissing: String
    let tokenNameTooLong: @Sendable (_ length: Int) -> String
    let tokenCreateButton: String
    let tokenRevokeButton: String
    let tokenRevoked: String
    let tokenCreatedTitle: String
    let tokenCreatedWarning: String
    let tokenCreatedUsage: String
    let tokenBackToAccount: String

    let unauthorized: String
    let notFound: String
    let notADraft: String
    let conflict: String
    let invalidFields: String
    let bodyTooLarge: @Sendable (_ bytes: Int) -> String
    let fieldTooLarge: @Sendable (_ bytes: Int) -> String
    let expected: @Sendable (_ what: String) -> String
    let unknownMember: String
    let notAsked: String
    let setElsewhere: @Sendable (_ section: String) -> String
    let unsupportedType: String
    let photosComplete: String
    let tooManyRequests: String
    let incomplete: String
    let notFiled: String
    let cannotCopy: String
    let unsupportedMessageType: String
    let idempotencyKeyMalformed: String
    let idempotencyKeyReused: String
    let idempotencyKeyInProgress: String
}
