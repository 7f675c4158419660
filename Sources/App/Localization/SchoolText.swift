/// The schools' pages: a member registers as a school's head; the préfecture approves
/// (docs/pages.md#schools).
struct SchoolText: Sendable {
    let areaLink: String
    let areaTitle: String
    let areaLead: String
    let claimsTitle: String
    let state: @Sendable (_ code: String) -> String
    let pendingLine: @Sendable (_ departement: String) -> String
    let approvedLine: String
    let refusedLine: @Sendable (_ reason: String) -> String
    let registerTitle: String
    let registerAnother: String
    let registerLead: String
    let uaiLabel: String
    let uaiHint: String
    let schoolNameLabel: String
    let schoolNameHint: String
    let headNameLabel: String
    let headNameHint: String
    let confirmLegend: String
    let confirmLabel: String
    let registerButton: String
    let registered: String
    let schoolNameMissing: String
    let headNameMissing: String
    let confirmMissing: String
    let mailDecisionSubject: @Sendable (_ approved: Bool) -> String
    let mailDecision: @Sendable (_ school: String, _ approved: Bool, _ link: String) -> String
    // The back office
    let deskLink: String
    let deskTitle: String
    let deskLead: String
    let deskPending: String
    let deskNonePending: String
    let deskDecided: String
    let deskClaim: @Sendable (_ head: String, _ email: String, _ day: String) -> String
    let approveButton: String
    let refuseReasonLabel: String
    let refuseButton: String
    let reasonMissing: String
    let decided: String
    let alreadyDecided: String
}
