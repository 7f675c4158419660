import DCEMRules

/// The facts the home page states, taken from the rules as of today so that they stay true
/// when a dated parameter changes: no figure is typed in the page's text.
struct HomeModel: Sendable {
    let feeEUR: Int
    let implicitRefusalMonths: Int
    /// Minors only: the DCEM is for children under this age, and never runs past this birthday.
    let majorityAge: Int
    /// "Established in France for more than N months" (the European parent's ground).
    let establishedMonths: Int
    let aseAge: Int
    let visitorVisaAge: Int
    let validityYears: Int
    let shortPermitFloorYears: Int
    let voidMonthsAfterMajority: Int

    /// The figures in force on `day` (the home page passes today).
    init(on day: CivilDate) {
        feeEUR = Parameters.fee.value(on: day)
        implicitRefusalMonths = Parameters.implicitRefusalMonths.value(on: day)
        majorityAge = Parameters.majorityAge.value
        establishedMonths = Parameters.establishedMonths.value
        aseAge = Parameters.aseAge.value
        visitorVisaAge = Parameters.visitorVisaAge.value
        validityYears = Parameters.validityYears.value
        shortPermitFloorYears = Parameters.shortPermitFloorYears.value
        voidMonthsAfterMajority = Parameters.voidMonthsAfterMajority.value
    }

    init(feeEUR: Int, implicitRefusalMonths: Int, majorityAge: Int, establishedMonths: Int, aseAge: Int, visitorVisaAge: Int,
         validityYears: Int, shortPermitFloorYears: Int, voidMonthsAfterMajority: Int) {
        self.feeEUR = feeEUR
        self.implicitRefusalMonths = implicitRefusalMonths
        self.majorityAge = majorityAge
        self.establishedMonths = establishedMonths
        self.aseAge = aseAge
        self.visitorVisaAge = visitorVisaAge
        self.validityYears = validityYears
        self.shortPermitFloorYears = shortPermitFloorYears
        self.voidMonthsAfterMajority = voidMonthsAfterMajority
    }
}
