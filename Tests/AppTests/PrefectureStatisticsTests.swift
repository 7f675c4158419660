import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

@Suite struct PrefectureStatisticsTests {
    @Test(arguments: [
        ([Int](), 50, nil),
        ([7], 50, 7),
        ([1, 2, 3, 4], 50, 2),
        ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9),
        ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10),
    ] as [([Int], Int, Int?)])
    func nearestRankPercentile(values: [Int], p: Int, expected: Int?) {
        #expect(PrefectureStatistics.percentile(values, p) == expected)
    }

    @Test func countsAndDelaysOfOnePrefectureOnly() async throws {
        try await withTestSite { site in
            // given: three Paris cases filed on 25 November 2026 — one granted on 5 December, one left to
            // implicit refusal, one still filed — and a draft, which does not count
            let browser = try await Accounts.member(site, email: "stats@example.fr")
            var ids: [UUID] = []
            for name in ["Un", "Deux", "Trois"] { ids.append(try await Journey.filed(browser, childSurname: name).id) }
            _ = try await Journey.start(browser)
            let decisionDay = testNow.addingTimeInterval(10 * 86400)
            try await DossierJourneyTests.workflow(site).startInstruction(ids[0], by: nil)
            try await DossierJourneyTests.workflow(site, at: decisionDay).grant(ids[0], by: nil)
            try await DossierJourneyTests.workflow(site).withdraw(ids[2], by: try browser.userID(site))
            _ = try await DossierSchedulerTests.scheduler(site, on: CivilDate(year: 2027, month: 1, day: 25)!).runOnce()

            // when
            let paris = try await PrefectureStatistics.load(prefecture: "75", on: site.db)
            let lyon = try await PrefectureStatistics.load(prefecture: "69", on: site.db)

            // then
            #expect(paris.perState == [.granted: 1, .implicitlyRefused: 1, .withdrawn: 1])
            #expect(paris.months == [.init(month: "2026-11", filed: 3, decided: 0), .init(month: "2026-12", filed: 0, decided: 1),
                                     .init(month: "2027-01", filed: 0, decided: 0, implicit: 1)])
            // the implicit refusal's 61 days of silence are not a decision time
            #expect(paris.decisionDaysMedian == 10)
            #expect(paris.decisionDaysP90 == 10)
            #expect(paris.implicitRefusals == 1)
            #expect(lyon.perState.isEmpty)
            #expect(lyon.decisionDaysMedian == nil)
        }
    }

    @Test func aFigureShownTwiceIsTheSameNumber() async throws {
        try await withTestSite { site in
            // given: four Paris cases filed on 25 November 2026 — one granted on 5 December, one refused
            // on 15 December, two left to silence (implicit refusal on 25 January 2027), one of which is
            // then granted explicitly on 1 February
            let browser = try await Accounts.member(site, email: "accord@example.fr")
            var ids: [UUID] = []
            for name in ["Un", "Deux", "Trois", "Quatre"] { ids.append(try await Journey.filed(browser, childSurname: name).id) }
            let day = { (days: Double) in testNow.addingTimeInterval(days * 86400) }
            try await DossierJourneyTests.workflow(site).startInstruction(ids[0], by: nil)
            try await DossierJourneyTests.workflow(site, at: day(10)).grant(ids[0], by: nil)
            try await DossierJourneyTests.workflow(site).startInstruction(ids[1], by: nil)
            try await DossierJourneyTests.workflow(site, at: day(20)).refuse(ids[1], by: nil, reasons: [.residence], text: nil)
            _ = try await DossierSchedulerTests.scheduler(site, on: CivilDate(year: 2027, month: 1, day: 25)!).runOnce()
            try await DossierJourneyTests.workflow(site, at: day(68)).grant(ids[2], by: nil)

            // when
            let figures = try await PrefectureStatistics.load(prefecture: "75", on: site.db)
            let supervisor = try await Agents.signedIn(site, email: "chef@interieur.gouv.fr", role: "supervisor")
            let page = try await supervisor.get("/backoffice/statistiques").body

            // then: the implicit refusals are the state's row, the months' column and the line
            #expect(figures.perState == [.granted: 2, .refused: 1, .implicitlyRefused: 1])
            #expect(figures.implicitRefusals == 1)
            #expect(figures.months.map(\.implicit).reduce(0, +) == figures.implicitRefusals)
            #expect(figures.explicitDecisions == 3 && figures.granted == 2 && figures.refused == 1)
            #expect(figures.months.map(\.decided).reduce(0, +) == figures.explicitDecisions)
            #expect(figures.months.map(\.filed).reduce(0, +) == figures.filed)
            #expect(figures.perState.values.reduce(0, +) == figures.filed)
            #expect(figures.decidedAfterImplicit == 1)
            #expect(figures.undated == 0)
            // delays of the explicit decisions only: 10, 20 and 68 days
            #expect(figures.decisionDaysMedian == 20)
            #expect(figures.decisionDaysP90 == 68)
            #expect(page.contains("<dt>Refus implicite</dt><dd>1</dd>"))
            #expect(page.contains("Refus implicites restés sans décision explicite : 1"))
            #expect(page.contains("Décisions explicites : 3 (2 accordées, 1 refusée)"))
            #expect(page.contains("4 dossiers déposés en tout"))
            #expect(page.contains("<th scope=\"row\">Total</th><td>4</td><td>3</td><td>1</td>"))
            #expect(page.contains("Médiane : 20 jours"))
        }
    }

    @Test func casesWithoutTheirDaysAreCountedOnceAndSaidSo() {
        let filed = CivilDate(year: 2026, month: 11, day: 2)!
        let figures = PrefectureStatistics.figures([
            .init(id: UUID(), state: .delivered, filedOn: filed, decidedOn: nil),
            .init(id: UUID(), state: .implicitlyRefused, filedOn: nil, decidedOn: filed),
            .init(id: UUID(), state: .granted, filedOn: filed, decidedOn: filed.adding(days: 5)),
        ], implicitlyRefusedBefore: [])
        #expect(figures.undated == 2)
        #expect(figures.filed == 3 && figures.explicitDecisions == 2 && figures.implicitRefusals == 1)
        #expect(figures.months == [.init(month: "2026-11", filed: 1, decided: 1)])
        #expect(figures.decisionDaysMedian == 5)
    }
}
