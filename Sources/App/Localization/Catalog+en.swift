extension Catalog {
    static let english = Catalog(
        layout: LayoutText(
            serviceName: "DCEM online",
            serviceTagline: "Travel document for foreign minors",
            skipLink: "Skip to content",
            navigationLabel: "Main menu",
            homeLink: "Home",
            simulatorLink: "Check eligibility",
            applicationsLink: "My applications",
            switchLanguageLabel: "Français",
            footerNote: "Information and application service. If in doubt, the préfecture of your département has the final word.",
            backLink: "Back",
            continueButton: "Continue",
            errorSummaryTitle: "There is a problem",
            errorTitlePrefix: "Error: ",
            printHint: "To keep this page, print it or save it as a PDF from your browser’s menu: only the useful content is printed."
        ),
        home: HomeText(
            title: "The travel document for foreign minors (DCEM)",
            lead: "A foreign child who lives in France can travel and come back without a visa with a DCEM. Answer a few questions to check whether your child can get one and which papers to prepare.",
            whatTitle: "What is the DCEM for?",
            whatBody: [
                "A foreign child under 18 living in France does not need a residence permit. But to come back to France after a trip, the child needs a document showing that they live here lawfully: the DCEM.",
                "With a DCEM, the child comes back to France, or crosses the external border of the Schengen area, without a visa. The child always travels with a valid passport as well.",
            ],
            whoTitle: "Who can get one?",
            whoBody: "A minor who lives in France, in one of these situations:",
            whoList: [
                "one parent holds a residence permit (carte de séjour or carte de résident);",
                "one parent is French or a citizen of a European country (European Union, Iceland, Liechtenstein, Norway, Switzerland) and has lived in France for more than 3 months, or the child’s step-parent is European;",
                "one parent has become French;",
                "the child is a refugee or has subsidiary protection;",
                "the child was placed with child welfare services (ASE) by their 16th birthday;",
                "the child came in with a long-stay visa as the child of a French citizen or as an adopted child;",
                "the child came in before turning 13 with a long-stay visitor visa and has lived in France since.",
            ],
            notConcernedTitle: "Who does not need one?",
            notConcernedBody: "A child who is French (even with another nationality), a citizen of a European country or Switzerland, or who already holds their own residence permit. They travel with their identity card, passport or residence permit.",
            costTitle: "How much does it cost?",
            costBody: { amount in "€\(amount) in tax stamps (timbres fiscaux), handed over when you collect the document, and again at each renewal." },
            costExemption: "It is free when a parent or the step-parent of the child is French or a citizen of a European country or Switzerland.",
            durationTitle: "How long is it valid?",
            durationBody: [
                "Usually 5 years, but never beyond the child’s 18th birthday.",
                "If a parent holds a short residence permit (student, visitor, trainee…), the DCEM may be shorter: until the end of the parent’s permit that expires last, but at least 1 year.",
                "It is no longer valid 2 months after the 18th birthday, or once the child gets a residence permit or becomes French.",
            ],
            delayTitle: "How long does it take?",
            delayBody: { months in "The préfecture has \(months) months to answer. Without an answer after \(months) months, the application is refused: you can then challenge that refusal." },
            startSimulator: "Check eligibility for a DCEM",
            sourcesNote: "Sources: CESEDA articles L. 414-4 to L. 414-9 and D. 414-1 to D. 414-4; decree n° 2014-1292; service-public.fr and refugies.info sheets (2022)."
        ),
        errors: ErrorText(
            notFoundTitle: "Page not found",
            notFoundBody: "This address does not match any page. Check it, or start again from the home page.",
            forbiddenTitle: "Action refused",
            expiredFormBody: "This form has expired or did not come from this site. Go back, reload the page and send it again: your saved answers are kept.",
            badRequestTitle: "Incorrect request",
            badRequestBody: "What was sent could not be read. Go back and try again.",
            serverErrorTitle: "The service has a problem",
            serverErrorBody: "Nothing you have already saved is lost. Try again in a few minutes.",
            backHome: "Back to the home page"
        ),
        simulator: .english,
        account: .english,
        api: .english,
        dossier: .english,
        devMail: .english,
        backOffice: .english,
        caseDesk: .english,
        assisted: .english
    )
}
