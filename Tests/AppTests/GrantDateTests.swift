import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Testing

@testable import App

/// A grant judges eligibility on the filing date and computes the validity on the decision date
/// (docs/law.md#which-day-counts); no DCEM is ever written without an end date.
@Suite struct GrantDateTests {
    /// `days` after the test clock (25 November 2026).
    static func workflow(_ site: TestSite, daysLater days: Double) -> DossierWorkflow {
        DossierJourneyTests.workflow(site, at: testNow.addingTimeInterval(days * 86400))
    }

    @Test func aGroundThatLapsedAfterTheFilingStillGivesAnEndDate() async throws {
        try await withTestSite { site in
            // given: a case filed on 25 November 2026 on the parent's resident card, valid until 1 January 2030
            let browser = try await Accounts.member(site, email: "echeance@example.fr")
            let (_, id) = try await Journey.filed(browser)
            try await DossierJourneyTests.workflow(site).startInstruction(id, by: nil)

            // when: the préfecture grants on 1 February 2030, the card expired meanwhile
            try await Self.workflow(site, daysLater: 1164).grant(id, by: nil, dcemNumber: "DCEM0000002")

            // then: the validity runs from the decision, capped at the 18th birthday (12 May 2033)
            let record = try #require(try await Dossier.find(id, on: site.db))
            let outcome = try #require(record.decodedOutcome())
            #expect(record.currentState == .granted)
            #expect(outcome.validFrom == "2030-02-01")
            #expect(outcome.validUntil == "2033-05-12")
            #expect(outcome.territory == Territory.all.rawValue)
        }
    }

    @Test func noDCEMForAChildOfAgeOnTheDecisionDay() async throws {
        try await withTestSite { site in
            // given: the same case, the child born on 12 May 2015
            let browser = try await Accounts.member(site, email: "majeur@example.fr")
            let (_, id) = try await Journey.filed(browser)
            try await DossierJourneyTests.workflow(site).startInstruction(id, by: nil)

            // when: an agent tries to grant on 1 June 2033, after the 18th birthday
            await #expect(throws: DossierError.grant(.expiresBeforeIssue(expiresOn: CivilDate(year: 2033, month: 5, day: 12)!))) {
                try await Self.workflow(site, daysLater: 2380).grant(id, by: nil, dcemNumber: "DCEM0000003")
            }

            // then: nothing changed
            let record = try #require(try await Dossier.find(id, on: site.db))
            #expect(record.currentState == .underInstruction)
            #expect(record.decodedOutcome()?.validUntil == nil)
        }
    }
}
