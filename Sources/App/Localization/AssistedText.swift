/// Assisted filing at the counter (rule 19): the back office's counter page, the banner on the
/// family's pages while an agent files there, and giving the family its access afterwards.
struct AssistedText: Sendable {
    let title: String
    let lead: String
    let emailLabel: String
    let emailHint: String
    let emailInvalid: String
    let startButton: String
    let queueLink: String
    let inProgress: @Sendable (_ family: String?) -> String
    let resumeLink: String
    let endButton: String
    /// The counter's drafts left paused, any agent of the préfecture may take one up again.
    let pausedTitle: String
    let pausedLine: @Sendable (_ family: String, _ started: String) -> String
    let resumeButton: String
    /// The cases filed at the counter lately, with the préfecture the address sent them to.
    let filedTitle: @Sendable (_ days: Int) -> String
    let filedLine: @Sendable (_ reference: String, _ family: String, _ filed: String, _ prefecture: String) -> String
    let unnamed: String
    /// After filing at the counter: print the family's records, then leave counter mode.
    let filedPrint: String
    /// The banner on the family's pages: who the agent files for.
    let banner: @Sendable (_ family: String?) -> String
    let bannerLabel: String
    let backOfficeLink: String
    /// On the case page.
    let assistedLine: String
    let accessTitle: String
    let accessLead: @Sendable (_ hours: Int) -> String
    let accessEmailLabel: String
    let accessButton: String
    let accessTo: @Sendable (_ email: String) -> String
    let accessSent: @Sendable (_ email: String) -> String
    let accessEmailMissing: String
    let accessEmailTaken: String
    let accessNotNeeded: String
}
