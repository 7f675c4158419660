import DCEMRules

extension VerificationText {
    static let english = VerificationText(
        homeTitle: "Check a DCEM",
        homeBody: "A carrier, an administration or an employer can check that a DCEM shown to them is valid, with its number and the child’s date of birth.",
        homeLink: "Check a DCEM",
        title: "Check a DCEM",
        lead: "Enter the document’s number and the date of birth of the child who holds it. The answer says whether the document is valid, and if not, why.",
        numberLabel: "DCEM number",
        numberHint: "It is at the top of the document, for example D07526000001.",
        birthDateLegend: "Holder’s date of birth",
        birthDateHint: "For example 12 5 2015.",
        codeLabel: "Verification code (optional)",
        codeHint: "It is at the bottom of the printed document. When given, it is checked too.",
        submit: "Check",
        numberMissing: "Enter the DCEM number.",
        numberInvalid: "A DCEM number has letters and digits only, for example D07526000001.",
        birthDateMissing: "Enter the holder’s date of birth.",
        birthDateInvalid: "The date of birth must be a real date, for example 12 5 2015.",
        apiBirthDateInvalid: "birthDate must be an ISO date that exists, YYYY-MM-DD (for example 2015-05-12).",
        codeInvalid: "The verification code may only hold letters, digits and signs, without spaces, and at most 200 characters.",
        privacyNote: "This check shows neither the holder’s name, nor their application, nor anything but the document’s validity, its dates and its territory.",
        resultTitle: "Result of the check",
        validHeading: { "DCEM no. \($0) is valid" },
        notValidHeading: { "DCEM no. \($0) is not valid" },
        noMatchHeading: "No document matches",
        noMatchBody: "No DCEM matches this number and this date of birth. Check what was typed; if the document shown does carry these details, it is not valid.",
        reason: { reason in
            switch reason {
            case .valid: "The document is in force: it lets its holder come back without a visa to the territory shown."
            case .noMatch: "No document matches."
            case .notYetValid: "Its validity has not started yet."
            case .expired: "It has expired: the end of its validity has passed."
            case .lapsed: "It has lapsed: it is no longer a travel document."
            case .withdrawn: "It was withdrawn by the préfecture."
            case .reportedLost: "It was reported lost."
            case .reportedStolen: "It was reported stolen."
            case .returned: "It was given back to the préfecture."
            case .replaced: "It was replaced by another DCEM."
            case .staleCode: "This paper’s verification code was made for an earlier state of the document: this paper is no longer the one in force."
            case .invalidCode: "The verification code does not match this document: the paper may have been altered or the code mistyped."
            }
        },
        codeCheck: { check in
            switch check {
            case .matches: "The verification code is the préfecture’s own for this document."
            case .stale: "The verification code was made for an earlier state of the document."
            case .invalid: "The verification code does not match this document."
            }
        },
        validFromLabel: "Valid from",
        validUntilLabel: "Valid until",
        territoryLabel: "Territory",
        territory: { territory in
            switch territory {
            case .all: "Return to France without a visa"
            case .mayotteOnly: "Return to Mayotte only"
            }
        },
        anotherCheck: "Check another document",
        printTitle: { "Travel document for a foreign minor (DCEM) no. \($0)" },
        printLead: "Document handed over by the préfecture. Its validity can be checked online.",
        birthDateLabel: "Date of birth",
        printCodeLabel: "Verification code",
        printCodeUnavailable: "No code: the file lacks the date of birth or the end of validity. Ask the préfecture.",
        printVerifyAt: { "To check this document: \($0), with its number, the holder’s date of birth and this code." }
    )
}
