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
                                     .init(month: "2027-01", filed: 0, decided: 1)])
            #expect(paris.decisionDaysMedian == 10)
            #expect(paris.decisionDaysP90 == 61)
            #expect(paris.implicitRefusals == 1)
            #expect(lyon.perState.isEmpty)
            #expect(lyon.decisionDaysMedian == nil)
        }
    }
}
