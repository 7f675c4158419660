import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// The supervisors' pick-up hours and statistics; agents are refused.
@Suite struct BackOfficeSupervisionTests {
    @Test func aSupervisorSetsThePickUpHoursAndEveryBadFieldIsNamed() async throws {
        try await withTestSite { site in
            // given
            let supervisor = try await Agents.signedIn(site, email: "chef@interieur.gouv.fr", role: "supervisor")
            let form = try await supervisor.get("/backoffice/horaires")
            #expect(form.status == .ok)

            // when: nonsense first, then real hours
            let bad = try await supervisor.post("/backoffice/horaires", form: [("place", ""), ("opens", "14:00"), ("closes", "9h"),
                                                                               ("slotMinutes", "0"), ("capacity", "x")], csrf: form.csrfToken)
            let savedAfterBad = try await PickupCalendar.query(on: site.db).count()
            let good = try await supervisor.post("/backoffice/horaires", form: [
                ("place", "Préfecture de police, guichet des titres"), ("day-1", "on"), ("day-4", "on"),
                ("opens", "09:00"), ("closes", "11:00"), ("slotMinutes", "20"), ("capacity", "3"),
            ], csrf: form.csrfToken)

            // then
            #expect(bad.status == .unprocessableContent)
            for field in ["place", "day-1", "closes", "slotMinutes", "capacity"] { #expect(bad.body.contains("href=\"#\(field)\""), "\(field)") }
            #expect(savedAfterBad == 0)
            #expect(good.status == .seeOther)
            let calendar = try #require(try await PickupCalendar.query(on: site.db).filter(\.$prefecture == "75").first())
            #expect(calendar.hours == PickupHours(weekdays: [1, 4], opens: 540, closes: 660, slotMinutes: 20, capacity: 3))
            #expect(try await supervisor.get("/backoffice/horaires").body.contains("guichet des titres"))
        }
    }

    @Test func statisticsForSupervisorsOnly() async throws {
        try await withTestSite { site in
            // given: one filed case in Paris
            let family = try await Accounts.member(site, email: "chiffres@example.fr")
            _ = try await Journey.filed(family)
            let supervisor = try await Agents.signedIn(site, email: "chef@interieur.gouv.fr", role: "supervisor")
            let agent = try await Agents.signedIn(site, email: "agent@interieur.gouv.fr")

            // when
            let statistics = try await supervisor.get("/backoffice/statistiques")
            let refused = try await agent.get("/backoffice/statistiques")
            let refusedHours = try await agent.get("/backoffice/horaires")

            // then
            #expect(statistics.status == .ok)
            #expect(statistics.body.contains("2026-11"))
            #expect(refused.status == .forbidden)
            #expect(refusedHours.status == .forbidden)
            #expect(!(try await agent.get("/backoffice/dossiers").body.contains("/backoffice/statistiques")))
        }
    }
}
