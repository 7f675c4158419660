/// Which part of ruling 3 fixed the expiry date (the simulator shows it).
public enum ValidityBranch: String, CaseIterable, Sendable {
    /// Issue date + 5 years (also when a short permit runs beyond 5 years).
    case fiveYears = "five-years"
    /// Short-permit reduction: the latest expiry among the parents' valid permits.
    case shortPermit = "short-permit"
    /// Short-permit reduction, raised to issue date + 1 year.
    case oneYearFloor = "one-year-floor"
    /// Capped at the 18th birthday (wins over the one-year floor).
    case eighteenthBirthday = "eighteenth-birthday"
}

/// The validity of a DCEM (ruling 3).
public struct Validity: Hashable, Sendable {
    public let issuedOn: CivilDate
    public let expiresOn: CivilDate
    /// The document is void two months after the 18th birthday in any case.
    public let voidAfter: CivilDate
    public let branch: ValidityBranch
    /// The short-permit reduction applied (only ground `parent-residence-permit` and a parent
    /// holds a short permit), whatever the branch that ended up fixing the date.
    public let shortPermitReduction: Bool
    /// The latest expiry among the parents' valid permits, when the reduction applied.
    public let latestParentPermitExpiry: CivilDate?
    /// The 18th birthday.
    public let eighteenthBirthday: CivilDate

    public static let basis = LegalReference(
        "CESEDA L. 414-4 à L. 414-9 ; " + LegalReference.law2018 + " ; CESEDA D. 414-4", ruling: 3,
        sources: [.ministryPressRelease2022, .refugeesInfo2022, .servicePublic2022, .migrantsRights2022])

    /// Ruling 3, exactly:
    /// - normally D + 5 years;
    /// - when the only ground is `parent-residence-permit` and a parent holds a short permit
    ///   (valid on D), the latest expiry among all valid permits of both parents, clamped to
    ///   [D + 1 year, D + 5 years];
    /// - never after the 18th birthday B (this cap wins over the floor);
    /// - void after B + 2 months.
    /// Ruling 11: with several grounds the most favourable applies, i.e. no reduction.
    public static func compute(issuedOn d: CivilDate, birthDate: CivilDate, grounds: GroundSet, parents: [Parent]) -> Validity {
        let b = birthDate.adding(years: Parameters.majorityAge.value)
        let max = d.adding(years: Parameters.validityYears.value)
        var expires = max
        var branch = ValidityBranch.fiveYears
        var reduced = false
        var latest: CivilDate?

        if grounds == GroundSet(.parentResidencePermit) {
            var anyShort = false
            for p in parents {
                guard let permit = p.residencePermit, permit.isValid(on: d) else { continue }
                if permit.isShort { anyShort = true }
                // A permit valid only through its renewal receipt counts with its own (past)
                // expiry date: the floor then applies.
                if latest.map({ permit.expires > $0 }) ?? true { latest = permit.expires }
            }
            if anyShort, let last = latest {
                reduced = true
                let floor = d.adding(years: Parameters.shortPermitFloorYears.value)
                if last < floor { expires = floor; branch = .oneYearFloor }
                else if last > max { expires = max; branch = .fiveYears }
                else { expires = last; branch = .shortPermit }
            }
        }
        if b < expires { expires = b; branch = .eighteenthBirthday }
        return Validity(issuedOn: d, expiresOn: expires,
                        voidAfter: b.adding(months: Parameters.voidMonthsAfterMajority.value),
                        branch: branch, shortPermitReduction: reduced,
                        latestParentPermitExpiry: reduced ? latest : nil, eighteenthBirthday: b)
    }
}
