import DCEMRules

extension SupervisionText {
    static let english = SupervisionText(
        agentsLink: "Agents",
        agentsTitle: "The préfecture’s agents",
        agentsLead: "The accounts that open your préfecture’s back office. A disabled account can no longer sign in, and its open sessions end at once.",
        newAgentLink: "Create an agent account",
        newAgentTitle: "Create an agent account",
        newAgentLead: "A temporary password is shown once after the account is created. At their first sign-in, the agent sets up their one-time code, then chooses their password.",
        nameLabel: "Display name",
        nameHint: "As colleagues and the cases’ history show it, for example Claire Martin",
        emailLabel: "Work e-mail address",
        emailHint: "It is their sign-in name",
        roleLegend: "Role",
        roleName: { role in
            switch role {
            case .agent: "Agent"
            case .supervisor: "Supervisor"
            }
        },
        roleHint: { role in
            switch role {
            case .agent: "Examines cases and receives families at the counter"
            case .supervisor: "Can also manage agents and pick-up hours, and see the statistics"
            }
        },
        createButton: "Create the account",
        codeLabel: "One-time code: ",
        active: "Active",
        disabled: "Disabled",
        awaitingFirstLogin: "First sign-in to do",
        codeSet: "set up",
        codeNotSet: "to set up at the next sign-in",
        you: "(you)",
        actionLabel: { action in
            switch action {
            case .disable: "Disable"
            case .enable: "Enable again"
            case .resetCode: "Reset the one-time code"
            case .resetPassword: "Give a temporary password"
            }
        },
        actionDone: { action in
            switch action {
            case .disable: "Account disabled: the agent can no longer sign in and their open sessions are closed."
            case .enable: "Account enabled again: the agent can sign in."
            case .resetCode: "One-time code reset: the agent sets it up again at their next sign-in; their open sessions are closed."
            case .resetPassword: "Temporary password given."
            }
        },
        createdTitle: "Account created",
        createdLead: { name, email, role in "\(name) (\(email)), \(role)." },
        temporaryPasswordLabel: "Temporary password",
        temporaryPasswordOnce: "It is shown only once and kept nowhere in clear: give it to the agent in person or another safe way. It is good for one sign-in, after which the agent chooses their own.",
        passwordResetTitle: "New temporary password",
        passwordResetLead: { name, email in "For \(name) (\(email)). Their open sessions are closed; at their next sign-in they choose their password." },
        justCreatedTitle: "This account was just created",
        justCreatedLead: { email in "The account \(email) was created by an earlier sending of this form; no second account was created. If you did not note its temporary password, give it a new one from the agents’ list." },
        nameInvalid: "Write the name on one line, without invisible characters",
        emailMissing: "Enter the agent’s e-mail address",
        emailInvalid: "Enter a valid e-mail address, for example firstname.lastname@interieur.gouv.fr",
        emailTaken: "An agent account already exists with this e-mail address",
        roleMissing: "Choose the agent’s role",
        notYourself: "You cannot change your own account here: your password is changed from the link with your name, at the top of the page.",
        changedMeanwhile: "This account changed in the meantime (another supervisor, or the agent signing in). Nothing was changed: read the list again, then retry.",
        backToAgents: "Back to the agents’ list",

        hoursLegend: "Opening windows of each day",
        hoursHint: "One or more windows separated by a comma, for example 09:00-12:00, 14:00-16:30. Leave a day empty when the counter is closed.",
        dayHoursLabel: { day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][max(0, min(6, day - 1))] },
        hoursProblem: { problem in
            let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            switch problem {
            case .noOpenDay: return "Enter the opening windows of at least one day"
            case .day(let weekday, let window):
                let day = days[max(0, min(6, weekday - 1))]
                switch window {
                case .unreadable: return "\(day): write the windows as 09:00-12:00, separated by a comma"
                case .endsBeforeStart(let w): return "\(day): the window \(w) must end after it starts"
                case .overlap(let a, let b): return "\(day): the windows \(a) and \(b) overlap"
                case .shorterThanSlot(let w): return "\(day): the window \(w) is shorter than one slot"
                }
            case .slotMinutes: return "Enter a slot length between 5 and 240 minutes"
            case .capacity: return "Enter a number of people between 1 and 100"
            }
        },
        saveHours: "Save the hours",
        closedDaysTitle: "Closed days",
        closedDaysLead: "Bank holidays, exceptional closures: no slot is offered on them, whatever the weekday.",
        closedDaysNone: "No closed day to come.",
        closedDayLegend: "Closed day",
        closedDayReason: "Reason (optional)",
        closedDayReasonHint: "For supervisors only, for example Christmas",
        closedDayAdd: "Add this closed day",
        closedDayRemove: { day in "Open \(day) again" },
        closedDayAdded: "Closed day added: no new appointment will be given on it.",
        closedDayRemoved: "Day opened again: appointments can be given on it again.",
        closedDayInvalid: "Enter a real date, for example 25 12 2026",
        closedDayPast: "Enter a date from today on",
        closedDayTooFar: { last in "Enter a date no later than \(last)" },
        closedDayReasonInvalid: "Write the reason on one line, without invisible characters, in 100 characters at most",
        appointmentsTitle: { days in "Appointments of the next \(days) days" },
        appointmentsLead: "The booked pick-ups, in the counter’s order.",
        appointmentsNone: "No appointment booked.",
        dayColumn: "Day",
        timeColumn: "Time",
        caseColumn: "Case",
        childColumn: "Child",
        bookedOnClosedDay: "Closed day",
        bookedOnClosedDays: { count in
            count == 1 ? "1 appointment falls on a closed day: offer the family another slot (postponement) or open the day again."
                : "\(count) appointments fall on a closed day: offer the families another slot (postponement) or open the day again."
        },

        totalFiled: { count in count == 1 ? "1 case filed in all" : "\(count) cases filed in all" },
        decisionsTitle: "Decisions",
        explicitDecisions: { count, granted, refused in "Explicit decisions: \(count) (\(granted) granted, \(refused) refused)" },
        implicitRefusals: { count in "Implicit refusals left without an explicit decision: \(count)" },
        decidedAfterImplicit: { count in "Of which explicit decisions taken after an implicit refusal: \(count)" },
        delayLead: "Implicit refusals do not count: the préfecture’s silence is not a decision.",
        median: { days in "Median: " + (days.map { $0 == 1 ? "1 day" : "\($0) days" } ?? "no explicit decision yet") },
        p90: { days in days.map { "90% of explicit decisions within \($0 == 1 ? "1 day" : "\($0) days")" } ?? "90% of explicit decisions: —" },
        undated: { count in "\(count) case(s) without a recorded filing or decision date: counted in the states, but neither in the months nor in the times." },
        uncollected: { count in "Documents not collected (destroyed): \(count)" },
        monthName: { year, month in
            let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            return "\(names[max(0, min(11, month - 1))]) \(year)"
        },
        explicitColumn: "Explicit decisions",
        implicitColumn: "Implicit refusals",
        totalRow: "Total"
    )
}
