import DCEMRules

extension BackOfficeText {
    static let english = BackOfficeText(
        areaName: "Préfecture back office",
        navigationLabel: "Back office menu",
        queueLink: "Cases",
        signedInAs: { name, service in "\(name) — \(service)" },
        loginTitle: "Sign in to the préfecture back office",
        loginLead: "For préfecture agents only. After your password, you will be asked for a one-time code.",
        setupTitle: "Set up your one-time code",
        setupLead: "Add this account to your authenticator app (FreeOTP, Aegis, Google Authenticator…) by typing the key below, or the otpauth address, then enter the 6-digit code it shows.",
        secretLabel: "Key to type into the app",
        uriLabel: "otpauth address",
        codeTitle: "One-time code",
        codeLead: "Enter the 6-digit code your authenticator app shows.",
        codeLabel: "6-digit code",
        codeHint: "The code changes every 30 seconds; each code works once.",
        codeButton: "Check the code",
        codeInvalid: "This code does not work. Enter the 6 digits your app shows now; a code already used no longer works.",
        queueTitle: "Cases",
        columnReference: "Reference",
        columnChild: "Child",
        columnFiled: "Filed on",
        columnDue: "Decide by",
        columnState: "State",
        sortBy: { column in "Sort by \(column.lowercased())" },
        clockStopped: "stopped (documents requested)",
        dueToday: { day in "today, \(day)" },
        dueLapsed: "time up (implicit refusal)",
        filtersTitle: "Filter the cases",
        stateFilter: "State",
        profileFilter: "Situation",
        groundFilter: "Ground",
        anyValue: "All",
        filedFrom: "Filed from",
        filedTo: "Filed until",
        dueWithin: "Implicit refusal within … days",
        dueWithinHint: "Open cases whose time limit ends within this number of days, or has already passed.",
        waitingForFamily: "Waiting for the family (documents requested)",
        searchLabel: "Search",
        searchHint: "Reference, surname or given name of the child or a parent.",
        applyFilters: "Filter",
        clearFilters: "Clear the filters",
        empty: "No case matches these criteria.",
        previousPage: "Previous page",
        nextPage: "Next page",
        pagination: "Pagination",
        groundShort: { ground in
            switch ground {
            case .parentResidencePermit: "Parent with a residence permit"
            case .eeaParent: "European parent"
            case .eeaStepParent: "European step-parent"
            case .parentNaturalisedFrench: "Parent became French"
            case .visaChildOfFrenchOrAdopted: "Visa child of French national or adoption"
            case .aseBefore16: "In child welfare (ASE) before 16"
            case .internationalProtection: "International protection"
            case .visitorVisaBefore13: "Visitor visa before 13"
            }
        },
        dossierTitle: { reference in "Case \(reference)" },
        dossierPlaceholder: "The examination page of this case is being built.",
        backToQueue: "Back to the cases"
    )
}
