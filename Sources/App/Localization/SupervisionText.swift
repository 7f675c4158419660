import DCEMRules

/// The supervisors' pages (docs/pages.md#supervision): the préfecture's agents, the pick-up hours'
/// windows, closed days and bookings, and the statistics' figures.
struct SupervisionText: Sendable {
    // The agents (docs/pages.md#agents).
    let agentsLink: String
    let agentsTitle: String
    let agentsLead: String
    let newAgentLink: String
    let newAgentTitle: String
    let newAgentLead: String
    let nameLabel: String
    let nameHint: String
    let emailLabel: String
    let emailHint: String
    let roleLegend: String
    let roleName: @Sendable (AgentRole) -> String
    let roleHint: @Sendable (AgentRole) -> String
    let createButton: String
    let codeLabel: String
    let active: String
    let disabled: String
    /// Still on the temporary password.
    let awaitingFirstLogin: String
    let codeSet: String
    let codeNotSet: String
    let you: String
    let actionLabel: @Sendable (AgentAccountAction) -> String
    /// What the action did, shown at the top of the list.
    let actionDone: @Sendable (AgentAccountAction) -> String
    let createdTitle: String
    let createdLead: @Sendable (_ name: String, _ email: String, _ role: String) -> String
    let temporaryPasswordLabel: String
    let temporaryPasswordOnce: String
    let passwordResetTitle: String
    let passwordResetLead: @Sendable (_ name: String, _ email: String) -> String
    /// A second "create" of the same address moments later (a double submit).
    let justCreatedTitle: String
    let justCreatedLead: @Sendable (_ email: String) -> String
    let nameInvalid: String
    let emailMissing: String
    let emailInvalid: String
    let emailTaken: String
    let roleMissing: String
    let notYourself: String
    let changedMeanwhile: String
    let backToAgents: String

    // The pick-up hours' windows and closed days.
    let hoursLegend: String
    let hoursHint: String
    /// A weekday's field: "Lundi".
    let dayHoursLabel: @Sendable (_ weekday: Int) -> String
    let hoursProblem: @Sendable (PickupHours.Problem) -> String
    let saveHours: String
    let closedDaysTitle: String
    let closedDaysLead: String
    let closedDaysNone: String
    let closedDayLegend: String
    let closedDayReason: String
    let closedDayReasonHint: String
    let closedDayAdd: String
    let closedDayRemove: @Sendable (_ day: String) -> String
    let closedDayAdded: String
    let closedDayRemoved: String
    let closedDayInvalid: String
    let closedDayPast: String
    let closedDayTooFar: @Sendable (_ lastDay: String) -> String
    let closedDayReasonInvalid: String
    let appointmentsTitle: @Sendable (_ days: Int) -> String
    let appointmentsLead: String
    let appointmentsNone: String
    let dayColumn: String
    let timeColumn: String
    let caseColumn: String
    let childColumn: String
    /// A booking on a day since closed: the family must be given another slot.
    let bookedOnClosedDay: String
    let bookedOnClosedDays: @Sendable (_ count: Int) -> String

    // The statistics.
    let totalFiled: @Sendable (_ count: Int) -> String
    let decisionsTitle: String
    let explicitDecisions: @Sendable (_ count: Int, _ granted: Int, _ refused: Int) -> String
    let implicitRefusals: @Sendable (_ count: Int) -> String
    let decidedAfterImplicit: @Sendable (_ count: Int) -> String
    let delayLead: String
    let median: @Sendable (_ days: Int?) -> String
    let p90: @Sendable (_ days: Int?) -> String
    let undated: @Sendable (_ count: Int) -> String
    let uncollected: @Sendable (_ count: Int) -> String
    let monthName: @Sendable (_ year: Int, _ month: Int) -> String
    let explicitColumn: String
    let implicitColumn: String
    let totalRow: String
}
