/// The account pages' text (sign-up, login, passwords, profile) and the account mails.
struct AccountText: Sendable {
    let accountLink: String
    let logoutButton: String
    let emailLabel: String
    let emailHint: String
    let emailMissing: String
    let emailInvalid: String
    /// The address holds a character no one sees (zero-width, bidi mark), usually pasted with it.
    let emailHiddenCharacter: String
    let passwordLabel: String

    let signUpTitle: String
    let signUpLead: String
    let signUpButton: String
    let signUpHaveAccount: String
    let signUpSentTitle: String
    let signUpSentBody: @Sendable (_ email: String, _ hours: Int) -> String
    let signUpSentNext: String

    let loginTitle: String
    let loginLead: String
    let loginButton: String
    let loginFailed: String
    let loginNoAccount: String
    let forgotLink: String
    let passwordMissing: String

    let forgotTitle: String
    let forgotLead: String
    let forgotButton: String
    let forgotSentTitle: String
    let forgotSentBody: @Sendable (_ email: String, _ hours: Int) -> String

    let changeTitle: String
    let changeForcedLead: String
    let currentPasswordLabel: String
    let currentPasswordWrong: String
    let newPasswordLabel: String
    let newPasswordHint: @Sendable (_ length: Int, _ maximumBytes: Int) -> String
    let newPasswordTooShort: @Sendable (_ length: Int) -> String
    /// Bcrypt reads 72 bytes: a longer password is refused rather than silently cut.
    let newPasswordTooLong: @Sendable (_ maximumBytes: Int) -> String
    let confirmPasswordLabel: String
    let confirmPasswordMismatch: String
    let changeButton: String
    let passwordChanged: String

    let profileTitle: String
    let profileEmail: String
    let foreignerNumberLabel: String
    let foreignerNumberHint: String
    let foreignerNumberInvalid: String
    let profileSave: String
    let profileSaved: String
    let changePasswordLink: String

    let tooManyTitle: String
    let tooManyBody: @Sendable (_ minutes: Int) -> String

    let mailAccountCreatedSubject: String
    let mailAccountCreatedBody: @Sendable (_ password: String, _ loginURL: String, _ hours: Int) -> String
    let mailAccountExistsSubject: String
    let mailAccountExistsBody: @Sendable (_ forgotURL: String) -> String
    let mailResetSubject: String
    let mailResetBody: @Sendable (_ password: String, _ loginURL: String, _ hours: Int) -> String
    let mailSignature: String
    /// The account page's section on the family's data (docs/pages.md#the-familys-archive).
    let dataTitle: String
    let dataArchiveBody: String
    let dataArchiveLink: String
    /// Ruling 24 in one sentence: how long drafts and cases are kept.
    let dataRetention: String
}
