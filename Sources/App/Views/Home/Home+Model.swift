import DCEMRules

/// The facts the home page states, taken from the rules as of today so that they stay true
/// when a dated parameter changes.
struct HomeModel: Sendable {
    let feeEUR: Int
    let implicitRefusalMonths: Int
}
