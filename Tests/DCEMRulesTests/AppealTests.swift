import Testing
@testable import DCEMRules

@Suite struct AppealTests {
    // Two months after the decision, the same day of the month, or that month's last day.
    @Test(arguments: [("2026-12-03", "2027-02-03"), ("2026-12-31", "2027-02-28"), ("2027-12-31", "2028-02-29"), ("2026-01-15", "2026-03-15")])
    func theLastDayToAppealIsTwoMonthsAfterTheDecision(decided: String, last: String) {
        #expect(Appeal.lastDay(decidedOn: d(decided)) == d(last))
    }

    // CJA R. 221-3, a few areas read off the article, including those that moved in 2015
    // (Seine-Saint-Denis to Montreuil, Var to Toulon, Gard, Lozère and Vaucluse to Nîmes).
    @Test(arguments: [("75", "tribunal administratif de Paris"), ("92", "tribunal administratif de Cergy-Pontoise"),
                      ("93", "tribunal administratif de Montreuil"), ("94", "tribunal administratif de Melun"),
                      ("83", "tribunal administratif de Toulon"), ("84", "tribunal administratif de Nîmes"),
                      ("30", "tribunal administratif de Nîmes"), ("06", "tribunal administratif de Nice"),
                      ("2A", "tribunal administratif de Bastia"), ("90", "tribunal administratif de Besançon"),
                      ("45", "tribunal administratif d’Orléans"), ("976", "tribunal administratif de Mayotte"),
                      ("974", "tribunal administratif de La Réunion"), ("27", "tribunal administratif de Rouen")])
    func theCourtIsTheOneWhoseAreaHoldsThePrefecture(departement: String, court: String) {
        #expect(Departement(code: departement)?.administrativeCourt.name == court)
    }

    @Test func everyDepartementIsInExactlyOneCourtsArea() {
        let listed = AdministrativeCourt.areas.flatMap(\.departements)
        #expect(listed.count == Set(listed).count, "a département in two areas")
        #expect(Set(listed) == Set(Departement.all.map(\.code)), "a département with no court, or a code that is no département")
    }
}
