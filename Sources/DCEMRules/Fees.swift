/// The fee of an eligible case (ruling 1).
public struct Fee: Hashable, Sendable {
    /// What the family pays: 0 when exempt.
    public let amountEUR: Int
    public let exempt: Bool
    /// The ground that makes it free (`eea-parent` first, then `eea-step-parent`).
    public let exemptBecause: Ground?
    /// The fee in force on the day, before any exemption (45 until 2019-02-28, then 50).
    public let feeInForceEUR: Int
    /// The exemption's basis when exempt, else the fee's.
    public let legalBasis: LegalReference

    /// Ruling 1: 50 EUR (45 until 2019-02-28) paid in timbres fiscaux, none when `eea-parent` or
    /// `eea-step-parent` applies. With several grounds the family gets the most favourable
    /// (ruling 11): any exempting ground makes it free.
    public static func due(grounds: GroundSet, on date: CivilDate) -> Fee {
        let era = Parameters.fee.era(on: date)
        let exemptBy: Ground? = grounds.contains(.eeaParent) ? .eeaParent
            : grounds.contains(.eeaStepParent) ? .eeaStepParent : nil
        if let exemptBy {
            return Fee(amountEUR: 0, exempt: true, exemptBecause: exemptBy, feeInForceEUR: era.value,
                       legalBasis: Parameters.feeExemption)
        }
        return Fee(amountEUR: era.value, exempt: false, exemptBecause: nil, feeInForceEUR: era.value, legalBasis: era.basis)
    }
}
