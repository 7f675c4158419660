/// How a refusal is challenged (docs/law.md#appeal): by whom, until when, before which court.
public enum Appeal {
    /// Two months to ask the préfet to reconsider (recours gracieux), the minister (recours
    /// hiérarchique) or the court (recours contentieux). A recours gracieux or hiérarchique made in
    /// time keeps the court's delay open until it is answered.
    public static let months = Parameter(value: 2, basis: LegalReference("CJA R. 421-1 et R. 421-2 ; CRPA L. 411-2"))

    /// After an implicit refusal the family may ask for its reasons within the appeal delay; the
    /// préfecture has this many months to give them, and the court's delay then runs again from
    /// the day they are given.
    public static let reasonsMonths = Parameter(value: 1, basis: LegalReference("CRPA L. 232-4", ruling: 2))

    /// The day the page gives as the last one to appeal: two months after the decision (its date,
    /// or the day silence became a refusal). The law counts from the day the decision was
    /// received, leaves that day out and moves a last day that falls on a weekend or a holiday:
    /// the real last day is never earlier than this one, so nobody misses it by trusting the page.
    public static func lastDay(decidedOn: CivilDate) -> CivilDate {
        decidedOn.adding(months: months.value)
    }
}

/// The tribunal administratif that hears an appeal against a préfet's decision: the one whose
/// area holds the préfecture (CJA R. 312-1), areas as CJA R. 221-3 sets them.
public struct AdministrativeCourt: Hashable, Sendable {
    /// Its official name (CJA R. 221-1: the seat's town, or the overseas territory's name).
    public let name: String

    public static let basis = LegalReference("CJA R. 312-1, R. 221-1 et R. 221-3")

    /// Seat → départements, in the order of CJA R. 221-3, so that the table reads like the article.
    static let areas: [(name: String, departements: [String])] = [
        ("tribunal administratif d’Amiens", ["02", "60", "80"]),
        ("tribunal administratif de Bastia", ["2A", "2B"]),
        ("tribunal administratif de Besançon", ["25", "39", "70", "90"]),
        ("tribunal administratif de Bordeaux", ["24", "33", "47"]),
        ("tribunal administratif de Caen", ["14", "50", "61"]),
        ("tribunal administratif de Cergy-Pontoise", ["92", "95"]),
        ("tribunal administratif de Châlons-en-Champagne", ["08", "10", "51", "52"]),
        ("tribunal administratif de Clermont-Ferrand", ["03", "15", "43", "63"]),
        ("tribunal administratif de Dijon", ["21", "58", "71", "89"]),
        ("tribunal administratif de Grenoble", ["26", "38", "73", "74"]),
        ("tribunal administratif de Lille", ["59", "62"]),
        ("tribunal administratif de Limoges", ["19", "23", "36", "87"]),
        ("tribunal administratif de Lyon", ["01", "07", "42", "69"]),
        ("tribunal administratif de Marseille", ["04", "05", "13"]),
        ("tribunal administratif de Melun", ["77", "94"]),
        ("tribunal administratif de Montpellier", ["11", "34", "66"]),
        ("tribunal administratif de Montreuil", ["93"]),
        ("tribunal administratif de Nancy", ["54", "55", "88"]),
        ("tribunal administratif de Nantes", ["44", "49", "53", "72", "85"]),
        ("tribunal administratif de Nice", ["06"]),
        ("tribunal administratif de Nîmes", ["30", "48", "84"]),
        ("tribunal administratif d’Orléans", ["18", "28", "37", "41", "45"]),
        ("tribunal administratif de Paris", ["75"]),
        ("tribunal administratif de Pau", ["32", "40", "64", "65"]),
        ("tribunal administratif de Poitiers", ["16", "17", "79", "86"]),
        ("tribunal administratif de Rennes", ["22", "29", "35", "56"]),
        ("tribunal administratif de Rouen", ["27", "76"]),
        ("tribunal administratif de Strasbourg", ["57", "67", "68"]),
        ("tribunal administratif de Toulon", ["83"]),
        ("tribunal administratif de Toulouse", ["09", "12", "31", "46", "81", "82"]),
        ("tribunal administratif de Versailles", ["78", "91"]),
        ("tribunal administratif de la Guadeloupe", ["971"]),
        ("tribunal administratif de la Martinique", ["972"]),
        ("tribunal administratif de la Guyane", ["973"]),
        ("tribunal administratif de La Réunion", ["974"]),
        ("tribunal administratif de Mayotte", ["976"]),
    ]

    static let byDepartement: [String: AdministrativeCourt] = Dictionary(uniqueKeysWithValues: areas.flatMap { area in
        area.departements.map { ($0, AdministrativeCourt(name: area.name)) }
    })
}

extension Departement {
    /// The court that hears appeals against this département's préfet (docs/law.md#appeal).
    public var administrativeCourt: AdministrativeCourt {
        // Every département is in the table (AppealTests); Paris's court as a fallback keeps this total.
        AdministrativeCourt.byDepartement[code] ?? AdministrativeCourt(name: "tribunal administratif de Paris")
    }
}
