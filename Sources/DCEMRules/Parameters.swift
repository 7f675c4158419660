/// A value that changed over time, with the source of each era.
///
/// Why dated: the 2018 page gives 45 € and 4 months, the 2022 sources 50 € and 2 months;
/// docs/law.md (rulings 1 and 2) keeps the older values for dates up to 2019-02-28, the eve of
/// decree n° 2019-151 coming into force.
public struct DatedParameter<Value: Hashable & Sendable>: Hashable, Sendable {
    public struct Era: Hashable, Sendable {
        /// Last day of the era; nil for the era in force now.
        public let until: CivilDate?
        public let value: Value
        public let basis: LegalReference
    }

    /// Eras in chronological order; the last one has `until == nil`.
    public let eras: [Era]

    /// The era in force on `date`.
    @inlinable public func era(on date: CivilDate) -> Era {
        for era in eras {
            guard let until = era.until else { return era }
            if date <= until { return era }
        }
        return eras[eras.count - 1]
    }

    @inlinable public func value(on date: CivilDate) -> Value { era(on: date).value }
}

/// A fixed figure of the rules, with its source.
public struct Parameter<Value: Hashable & Sendable>: Hashable, Sendable {
    public let value: Value
    public let basis: LegalReference
}

/// Every figure the rules use, in one place, each with its source.
public enum Parameters {
    /// Last day the 2018 figures apply (decree n° 2019-151 in force on 2019-03-01).
    public static let lastDayOf2018Figures = CivilDate(unchecked: 2019, 2, 28)

    /// Ruling 1: fee in EUR, paid in timbres fiscaux at hand-over and at each renewal.
    public static let fee = DatedParameter<Int>(eras: [
        .init(until: lastDayOf2018Figures, value: 45,
              basis: LegalReference("CESEDA L. 311-13 (numérotation de 2018)", ruling: 1, sources: [.prefecture2018])),
        .init(until: nil, value: 50,
              basis: LegalReference("Taxe au profit de l'OFII (CESEDA)", ruling: 1,
                                    sources: [.refugeesInfo2022, .servicePublic2022, .migrantsRights2022])),
    ])

    /// Ruling 1: no fee for a child of an EEA or Swiss (or French) parent or step-parent.
    public static let feeExemption = LegalReference(
        "Circulaire du 12 janvier 2012, fiche 7", ruling: 1, sources: [.prefecture2018, .servicePublic2022])

    /// Ruling 2: months of silence after which the application is refused.
    public static let implicitRefusalMonths = DatedParameter<Int>(eras: [
        .init(until: lastDayOf2018Figures, value: 4,
              basis: LegalReference("Décret n° 2014-1292 du 23 octobre 2014", ruling: 2, sources: [.prefecture2018])),
        .init(until: nil, value: 2,
              basis: LegalReference("Décret n° 2014-1292 du 23 octobre 2014", ruling: 2,
                                    sources: [.refugeesInfo2022, .servicePublic2022])),
    ])

    /// Ruling 16: the delay runs again in full from the day the missing documents are provided.
    public static let clockRestart = LegalReference("CRPA L. 114-5", ruling: 16)

    /// Ruling 17: what the acknowledgement of receipt states.
    public static let acknowledgement = LegalReference("CRPA L. 112-3 et R. 112-5", ruling: 17)

    /// Ruling 3: normal validity in years.
    public static let validityYears = Parameter(value: 5, basis: LegalReference(
        "CESEDA L. 414-4 à L. 414-9", ruling: 3,
        sources: [.ministryPressRelease2022, .refugeesInfo2022, .servicePublic2022, .migrantsRights2022]))

    /// Ruling 3: floor of the short-permit reduction, in years.
    public static let shortPermitFloorYears = Parameter(value: 1, basis: LegalReference(
        LegalReference.law2018, ruling: 3, sources: [.refugeesInfo2022, .servicePublic2022, .migrantsRights2022]))

    /// Ruling 3: the 13-and-over rule, valid until the 18th birthday (also: who is a minor).
    public static let majorityAge = Parameter(value: 18, basis: LegalReference(
        "CESEDA L. 414-4", ruling: 3, sources: [.refugeesInfo2022, .servicePublic2022]))

    /// Ruling 3: the document is void this many months after the 18th birthday.
    public static let voidMonthsAfterMajority = Parameter(value: 2, basis: LegalReference(
        "CESEDA D. 414-4", ruling: 3, sources: [.prefecture2018, .migrantsRights2022]))

    /// Ruling 20: the days the legal representative has to present observations on a withdrawal,
    /// from the notice. The texts (CRPA L. 121-1, L. 122-1) give no period: the service's choice,
    /// written on the notice.
    public static let withdrawalObservationDays = Parameter(value: 15, basis: LegalReference(
        "CRPA L. 121-1 et L. 122-1 ; durée : règle du produit", ruling: 20))

    /// Ruling 23: renewal reminders, this many months before the validity ends, in this order.
    /// The sources are silent: the service's choice. The first also opens the renewal on the
    /// family's page ("renew from 4 months before the end").
    public static let renewalReminderMonths = Parameter(value: [4, 1], basis: LegalReference("Règle du produit", ruling: 23))

    /// Ruling 23: the majority reminder, this many months before the 18th birthday.
    public static let majorityReminderMonths = Parameter(value: 3, basis: LegalReference("Règle du produit", ruling: 23))

    /// Ruling 23: a renewal started and left unfiled is recalled this many days after it was last
    /// touched. The sources are silent and the ruling names no figure: the service's choice (two
    /// weeks, long enough not to nag a family gathering documents).
    public static let renewalDraftReminderDays = Parameter(value: 14, basis: LegalReference("Règle du produit", ruling: 23))

    /// Ruling 6: "established in France for more than 3 months".
    public static let establishedMonths = Parameter(value: 3, basis: LegalReference(
        LegalReference.ceseda4144, ruling: 6, sources: [.refugeesInfo2022, .servicePublic2022]))

    /// Ruling 7: entrusted to the ASE on or before this birthday.
    public static let aseAge = Parameter(value: 16, basis: LegalReference(
        LegalReference.ceseda4144, ruling: 7, sources: [.refugeesInfo2022, .servicePublic2022, .migrantsRights2022]))

    /// Ruling 8: long-stay visitor visa entry before this birthday.
    public static let visitorVisaAge = Parameter(value: 13, basis: LegalReference(
        LegalReference.ceseda4144, ruling: 8, sources: [.refugeesInfo2022, .servicePublic2022, .migrantsRights2022]))

    /// Ruling 9: in Mayotte, regular entry before this birthday.
    public static let mayotteEntryAge = Parameter(value: 13, basis: LegalReference(
        LegalReference.law2018, ruling: 9, sources: [.servicePublic2022, .migrantsRights2022]))

    /// Ruling 12: the collective travel document is asked at least this many days before departure.
    public static let collectiveTravelLeadDays = Parameter(value: 15, basis: LegalReference(
        "Décision 94/795/JAI du Conseil du 30 novembre 1994", ruling: 12, sources: [.migrantsRights2022]))

    /// Ruling 13: a document not collected within this many months is destroyed.
    public static let uncollectedMonths = Parameter(value: 3, basis: LegalReference(
        "Règle du produit (par analogie avec les titres d'identité)", ruling: 13, sources: [.servicePublic2022]))

    /// Ruling 14: photos taken on or after the filing date minus this many months.
    public static let photoMaxAgeMonths = Parameter(value: 6, basis: LegalReference(
        "Règle du produit", ruling: 14, sources: [.refugeesInfo2022]))

    /// Ruling 24: a draft nobody touched for this many months is deleted. The texts are silent;
    /// the GDPR (art. 5.1 e) asks for a stated limit: the service's choice.
    public static let draftRetentionMonths = Parameter(value: 6, basis: LegalReference(
        "RGPD art. 5.1 e) ; durée : choix du service", ruling: 24))

    /// Ruling 24: the family is told this many days before its untouched draft is deleted.
    public static let draftDeletionNoticeDays = Parameter(value: 30, basis: LegalReference(
        "RGPD art. 5.1 e) et 13.2 a) ; durée : choix du service", ruling: 24))

    /// Ruling 24: a decided case, its files and messages are kept this many years after the later
    /// of its decision and the end of its document's validity, then purged. The service's choice.
    public static let caseRetentionYears = Parameter(value: 5, basis: LegalReference(
        "RGPD art. 5.1 e) ; durée : choix du service", ruling: 24))

    /// Ruling 24: a mail that has left the queue (sent, or given up) is kept this many days, long
    /// enough to answer "was I written to?", then deleted: its text names the child and the case.
    public static let sentMailRetentionDays = Parameter(value: 30, basis: LegalReference(
        "RGPD art. 5.1 c) et e) ; durée : choix du service", ruling: 24))
}

/// The dated figures an evaluation used, so pages can say "2 mois" or "50 €".
public struct AppliedParameters: Hashable, Sendable {
    /// The fee in force on the evaluation day (before any exemption).
    public let feeEUR: Int
    public let feeBasis: LegalReference
    /// Months of silence before the implicit refusal.
    public let implicitRefusalMonths: Int
    public let implicitRefusalBasis: LegalReference

    public init(on date: CivilDate) {
        let fee = Parameters.fee.era(on: date)
        let delay = Parameters.implicitRefusalMonths.era(on: date)
        feeEUR = fee.value
        feeBasis = fee.basis
        implicitRefusalMonths = delay.value
        implicitRefusalBasis = delay.basis
    }
}
