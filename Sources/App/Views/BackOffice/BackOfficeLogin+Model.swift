/// The password step: the address as typed, and what was wrong.
struct BackOfficeLoginModel: Sendable {
    let email: String
    let errors: [FieldError]
    let emailError: FieldError?
    let passwordError: FieldError?

    init(email: String, errors: [FieldError]) {
        self.email = email
        self.errors = errors
        emailError = errors.first { $0.fieldID == "email" }
        passwordError = errors.first { $0.fieldID == "password" }
    }
}

/// The one-time code step; at first login, the secret to enter in an authenticator app.
struct BackOfficeCodeModel: Sendable {
    struct Setup: Sendable {
        /// In base32 groups, to be typed.
        let secret: String
        /// The otpauth address, for apps that read one.
        let uri: String
    }

    let setup: Setup?
    let error: FieldError?
}

/// Choosing one's own password; `forced` while still on the temporary one, so the current one is not asked again.
struct BackOfficePasswordModel: Sendable {
    let forced: Bool
    let errors: [FieldError]
    let currentError: FieldError?
    let passwordError: FieldError?
    let confirmError: FieldError?

    init(forced: Bool, errors: [FieldError]) {
        self.forced = forced
        self.errors = errors
        currentError = errors.first { $0.fieldID == "current" }
        passwordError = errors.first { $0.fieldID == "password" }
        confirmError = errors.first { $0.fieldID == "confirm" }
    }
}
