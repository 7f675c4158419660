import DCEMDossier
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

            // when: nonsense first, then real hours: a morning and an afternoon on Monday, a morning on Thursday
            let bad = try await supervisor.post("/backoffice/horaires", form: [("place", ""), ("hours-1", "14:00-12:00"), ("hours-2", "9h-12h"),
                                                                               ("hours-3", "09:00-12:00, 11:00-13:00"),
                                                                               ("slotMinutes", "0"), ("capacity", "x")], csrf: form.csrfToken)
            let savedAfterBad = try await PickupCalendar.query(on: site.db).count()
            let good = try await supervisor.post("/backoffice/horaires", form: [
                ("place", "Préfecture de police, guichet des titres"), ("hours-1", "09:00-12:00, 14:00-16:30"), ("hours-4", "09:00 - 11:00"),
                ("slotMinutes", "20"), ("capacity", "3"),
            ], csrf: form.csrfToken)

            // then
            #expect(bad.status == .unprocessableContent)
            for field in ["place", "hours-1", "hours-2", "hours-3", "slotMinutes", "capacity"] { #expect(bad.body.contains("href=\"#\(field)\""), "\(field)") }
            #expect(bad.body.contains("9h-12h"))
            #expect(savedAfterBad == 0)
            #expect(good.status == .seeOther)
            let calendar = try #require(try await PickupCalendar.query(on: site.db).filter(\.$prefecture == "75").first())
            #expect(calendar.hours == PickupHours(windows: [1: [PickupWindow(opens: 540, closes: 720), PickupWindow(opens: 840, closes: 990)],
                                                            4: [PickupWindow(opens: 540, closes: 660)]], slotMinutes: 20, capacity: 3))
            let saved = try await supervisor.get("/backoffice/horaires")
            #expect(saved.body.contains("guichet des titres"))
            #expect(saved.body.contains("value=\"09:00-12:00, 14:00-16:30\""))
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
            #expect(statistics.body.contains("novembre 2026"))
            #expect(refused.status == .forbidden)
            #expect(refusedHours.status == .forbidden)
            #expect(!(try await agent.get("/backoffice/dossiers").body.contains("/backoffice/statistiques")))
        }
    }
}

/// Convocations and postponements take their slot in the windows of the hours, never on a closed
/// day; the hours page lists the coming bookings and says which fall on a day closed since.
@Suite struct PickupCalendarTests {
    @Test func slotsHonourWindowsAndClosedDaysAndTheHoursPageListsTheBookings() async throws {
        try await withTestSite { site in
            // given: Thursdays 9:00–9:30 and 14:00–14:30, one person per slot; Thursday 26 November closed
            let supervisor = try await Agents.signedIn(site, email: "chef@interieur.gouv.fr", role: "supervisor")
            let form = try await supervisor.get("/backoffice/horaires")
            #expect(try await supervisor.post("/backoffice/horaires", form: [
                ("place", "Préfecture de police, guichet des titres"), ("hours-4", "09:00-09:30, 14:00-14:30"), ("slotMinutes", "30"), ("capacity", "1"),
            ], csrf: form.csrfToken).status == .seeOther)
            let impossible = try await supervisor.post("/backoffice/horaires/jours-fermes", form: [("closed-day", "31"), ("closed-month", "2"),
                                                                                                    ("closed-year", "2027")], csrf: form.csrfToken)
            let past = try await supervisor.post("/backoffice/horaires/jours-fermes", form: [("closed-day", "1"), ("closed-month", "1"),
                                                                                              ("closed-year", "2026")], csrf: form.csrfToken)
            let closed = try await supervisor.post("/backoffice/horaires/jours-fermes", form: [("closed-day", "26"), ("closed-month", "11"),
                                                                                                ("closed-year", "2026"), ("closed-label", "Fermeture")],
                                                   csrf: form.csrfToken)
            #expect(impossible.status == .unprocessableContent)
            #expect(impossible.body.contains("href=\"#closed-day\""))
            #expect(past.status == .unprocessableContent)
            #expect(closed.status == .seeOther)
            #expect(try await PickupClosedDay.query(on: site.db).count() == 1)

            // when: three documents are made available on Wednesday 25 November
            var ids: [UUID] = []
            var browsers: [Browser] = []
            for n in 1...3 {
                let (browser, _, id) = try await DossierCounterTests.granted(site, email: "retrait\(n)@example.fr")
                try await DossierJourneyTests.workflow(site).makeAvailable(id, by: nil)
                ids.append(id)
                browsers.append(browser)
            }

            // then: not on the closed Thursday; the morning, then the afternoon window, then the next week
            func slot(_ id: UUID) async throws -> String {
                let convocation = try #require(try await Dossier.find(id, on: site.db)?.decodedOutcome()?.convocation)
                return "\(convocation.day) \(convocation.time)"
            }
            #expect(try await slot(ids[0]) == "2026-12-03 09:00")
            #expect(try await slot(ids[1]) == "2026-12-03 14:00")
            #expect(try await slot(ids[2]) == "2026-12-10 09:00")

            // the hours page lists the next 14 days' bookings (not 10 December), with their case
            var page = try await supervisor.get("/backoffice/horaires")
            let references = try await ids.asyncMap { try #require(try await Dossier.find($0, on: site.db)?.reference) }
            #expect(page.body.contains(references[0]) && page.body.contains(references[1]))
            #expect(!page.body.contains(references[2]))
            #expect(page.body.contains("26 novembre 2026 — Fermeture"))

            // when 3 December is closed in turn: its bookings are flagged, a postponement goes past it
            _ = try await supervisor.post("/backoffice/horaires/jours-fermes", form: [("closed-day", "3"), ("closed-month", "12"), ("closed-year", "2026")],
                                          csrf: form.csrfToken)
            page = try await supervisor.get("/backoffice/horaires")
            #expect(page.body.contains("2 rendez-vous tombent un jour fermé"))
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.requestPostponement(ids[0], by: try await browsers[0].userID(site), PostponementRequestCommand(
                reason: "voyage scolaire", availableFrom: CivilDate(year: 2026, month: 12, day: 1)!, details: nil))
            try await workflow.acceptPostponement(ids[0], by: nil, from: CivilDate(year: 2026, month: 12, day: 1)!)
            #expect(try await slot(ids[0]) == "2026-12-10 14:00")

            // a closed day opened again takes bookings again
            _ = try await supervisor.post("/backoffice/horaires/jours-fermes/rouvrir", form: [("day", "2026-12-03")], csrf: form.csrfToken)
            #expect(try await PickupClosedDay.query(on: site.db).count() == 1)
            let other = try await Agents.signedIn(site, email: "agent@interieur.gouv.fr")
            #expect(try await other.post("/backoffice/horaires/jours-fermes", form: [("closed-day", "4"), ("closed-month", "12"), ("closed-year", "2026")],
                                         csrf: try await other.get("/backoffice/dossiers").csrfToken).status == .forbidden)
        }
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async throws -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
