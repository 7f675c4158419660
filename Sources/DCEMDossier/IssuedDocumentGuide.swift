import DCEMRules

/// The one thing a family should do next with an issued DCEM, shown on "Mes documents" and its
/// page; pure, from the document's state and dates (docs/states.md#the-issued-document).
public enum IssuedDocumentNextStep: Equatable, Sendable {
    /// In force; the renewal opens on that day (nil: the document ends at majority, no renewal).
    case keep(renewFrom: CivilDate?)
    /// In force and within the renewal window (ruling 23).
    case renew
    /// A renewal or replacement draft is started: finish it.
    case finishRenewal
    /// A withdrawal is considered: present observations by that day (rule 20).
    case observe(until: CivilDate)
    /// Expired, lapsed or withdrawn: bring it back to the préfecture (rule 21).
    case giveBack
    /// Lost or stolen: ask for a new one (rule 22).
    case replace
    /// Nothing more to do.
    case nothing

    /// - Parameters:
    ///   - renewalStarted: a draft started from this document's case and not yet filed.
    ///   - observationsIn: the family's observations on the withdrawal are in.
    public static func of(state: IssuedDocumentState, today: CivilDate, validUntil: CivilDate?, birthDate: CivilDate?,
                          observationsUntil: CivilDate?, observationsIn: Bool, renewalStarted: Bool) -> IssuedDocumentNextStep {
        switch state {
        case .withdrawalPending where !observationsIn && observationsUntil.map({ today <= $0 }) == true:
            return .observe(until: observationsUntil!)
        case .valid, .withdrawalPending:
            if renewalStarted { return .finishRenewal }
            guard let validUntil, renewable(validUntil: validUntil, birthDate: birthDate) else { return .keep(renewFrom: nil) }
            let opens = DocumentReminder.renewalOpensOn(validUntil: validUntil)
            return today >= opens ? .renew : .keep(renewFrom: opens)
        case .expired:
            return renewalStarted ? .finishRenewal : .giveBack
        case .lapsed, .withdrawn:
            return .giveBack
        case .reportedLost, .reportedStolen:
            return renewalStarted ? .finishRenewal : .replace
        case .returned, .replaced:
            return .nothing
        }
    }

    /// A DCEM is for minors: one that ends on or after the 18th birthday is not renewed.
    public static func renewable(validUntil: CivilDate, birthDate: CivilDate?) -> Bool {
        guard let birthDate else { return true }
        return validUntil < birthDate.adding(years: Parameters.majorityAge.value)
    }

    /// Whether the family may start (or reopen) the application prefilled from the document now:
    /// the page's button and the route's check. An expired document may still be renewed (a new
    /// application, prefilled), a lost or stolen one replaced.
    public static func mayRenew(state: IssuedDocumentState, _ step: IssuedDocumentNextStep) -> Bool {
        step == .renew || step == .replace || step == .finishRenewal || state == .expired
    }
}
