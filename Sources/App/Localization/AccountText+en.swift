extension AccountText {
    static let english = AccountText(
        accountLink: "My account",
        logoutButton: "Sign out",
        emailLabel: "Email address",
        emailHint: "We will write to you at this address at each step of the application.",
        emailMissing: "Enter your email address",
        emailInvalid: "Enter a full email address, like name@example.com",
        emailHiddenCharacter: "The address holds an invisible character, often copied along with it: type it again by hand",
        passwordLabel: "Password",
        signUpTitle: "Create an account",
        signUpLead: "With an account you fill in the application at your own pace, upload your documents and follow the case until you collect the document.",
        signUpButton: "Create my account",
        signUpHaveAccount: "Already have an account? Sign in.",
        signUpSentTitle: "Check your email",
        signUpSentBody: { email, hours in "If \(email) is correct, we have just sent it an email with a temporary password, valid for \(hours) hours." },
        signUpSentNext: "Sign in with this temporary password: you will then choose your own. Remember to look in your spam folder.",
        loginTitle: "Sign in",
        loginLead: "Sign in to go back to your application or follow your case.",
        loginButton: "Sign in",
        loginFailed: "The email address or the password does not match. Check them, or ask for a new password.",
        loginNoAccount: "No account yet? Create one.",
        forgotLink: "Forgotten password",
        passwordMissing: "Enter your password",
        forgotTitle: "Forgotten password",
        forgotLead: "Enter your account's address: we will send a temporary password to it. Your current password keeps working until you change it.",
        forgotButton: "Get a temporary password",
        forgotSentTitle: "Check your email",
        forgotSentBody: { email, hours in "If there is an account for \(email), we have sent a temporary password to it. It is valid for \(hours) hours." },
        changeTitle: "Choose your password",
        changeForcedLead: "You signed in with a temporary password. Choose your own now to go on.",
        currentPasswordLabel: "Current password",
        currentPasswordWrong: "The current password does not match. Enter the one you sign in with.",
        newPasswordLabel: "New password",
        newPasswordHint: { n, max in "At least \(n) characters and at most \(max) bytes (\(max) letters without accents; an accented letter counts as 2, an emoji as 4). A sentence you remember easily works well." },
        newPasswordTooShort: { n in "Choose a password of at least \(n) characters" },
        newPasswordTooLong: { max in "The new password is longer than \(max) bytes: beyond that it would not be checked in full. Shorten it (an accented letter counts as 2 bytes, an emoji as 4)" },
        confirmPasswordLabel: "Confirm the new password",
        confirmPasswordMismatch: "The two passwords are not the same. Enter the same one in both fields.",
        changeButton: "Save the password",
        passwordChanged: "Your password is saved.",
        profileTitle: "My account",
        profileEmail: "Account email address",
        foreignerNumberLabel: "Foreigner number (optional)",
        foreignerNumberHint: "The 10 digits on your residence permit or receipt. Leave it empty if you have none.",
        foreignerNumberInvalid: "The foreigner number has 10 digits, like 0123456789",
        profileSave: "Save",
        profileSaved: "Your details are saved.",
        changePasswordLink: "Change my password",
        tooManyTitle: "Too many attempts",
        tooManyBody: { m in "To protect accounts, this action is blocked for a while. Try again in \(m) minute\(m > 1 ? "s" : "")." },
        mailAccountCreatedSubject: "Your DCEM online account",
        mailAccountCreatedBody: { password, url, hours in
            """
            Hello,

            Your account has been created. Here is your temporary password, valid for \(hours) hours:

                \(password)

            Sign in here: \(url)
            You will then choose your own password.

            If you did not ask for this account, ignore this message.
            """
        },
        mailAccountExistsSubject: "You already have a DCEM online account",
        mailAccountExistsBody: { url in
            """
            Hello,

            Someone asked to create an account with this address, but you already have one.
            If you forgot your password, ask for a new one here: \(url)

            If it was not you, ignore this message: your account has not changed.
            """
        },
        mailResetSubject: "Your temporary password",
        mailResetBody: { password, url, hours in
            """
            Hello,

            Here is a temporary password, valid for \(hours) hours:

                \(password)

            Sign in here: \(url)
            You will then choose a new password. Your current password keeps working until then.

            If you did not ask for anything, ignore this message.
            """
        },
        mailSignature: "— DCEM online (automatic message, please do not reply)",
        dataTitle: "Your data",
        dataArchiveBody: "Download, as one ZIP file, everything you gave the service: your account, each application's answers, the documents you sent, the messages, the history and the documents issued.",
        dataArchiveLink: "Download my data (ZIP)",
        dataRetention: "A draft left unchanged for 6 months is deleted, after a warning email 30 days before. A finished application is kept for 5 years after the decision or the end of the document's validity, then erased."
    )
}
