extension AssistedText {
    static let english = AssistedText(
        title: "Filing at the counter",
        lead: "For a family who cannot file online (rule 19, CESEDA R. 431-2): fill in the family’s pages with them, scan their documents at the counter, then file. The application is recorded as filed at the counter.",
        emailLabel: "The family’s e-mail address (optional)",
        emailHint: "If an account already has this address, the application is attached to it. Without an address, you can give the family access later.",
        emailInvalid: "Enter a valid e-mail address, like name@example.com, or leave the field empty",
        startButton: "Start filing at the counter",
        queueLink: "File an application at the counter for a family",
        inProgress: { family in "A filing at the counter is in progress" + (family.map { " for \($0)" } ?? "") + "." },
        resumeLink: "Resume the filing in progress",
        endButton: "Leave counter mode",
        banner: { family in "Filing at the counter for " + (family ?? "a family without an online account") },
        bannerLabel: "Filing at the counter",
        backOfficeLink: "Back to the back office",
        assistedLine: "Application filed at the counter by an agent (rule 19).",
        accessTitle: "Give the family access",
        accessLead: { hours in "The family gets a temporary password by e-mail (valid \(hours) hours) to follow the application online." },
        accessEmailLabel: "The family’s e-mail address",
        accessButton: "Send the access",
        accessTo: { email in "Send the access to \(email)" },
        accessSent: { email in "A temporary password was sent to \(email)." },
        accessEmailMissing: "Enter the family’s e-mail address",
        accessEmailTaken: "Another account already has this address: enter another one",
        accessNotNeeded: "The family already chose its password: they sign in as usual."
    )
}
