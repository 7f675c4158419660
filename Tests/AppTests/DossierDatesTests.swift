import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// The days a family reads on its case page: in the préfecture's zone, and every change of the
/// implicit-refusal date with its reason (CRPA L. 114-5).
@Suite struct DossierDatesTests {
    static let fr = Catalog.of(.fr).simulator
    static let en = Catalog.of(.en).simulator

    @Test func anOverseasCaseDatesItsHistoryInThePrefecturesZone() async throws {
        try await withTestSite { site in
            // given: a case filed in Guadeloupe, whose instruction starts at 02:00 UTC on 26 November
            // (22:00 on the 25th in Guadeloupe, 03:00 on the 26th in Paris)
            let browser = try await Accounts.member(site, email: "guadeloupe@example.fr")
            let dossier = try await Journey.complete(browser, postalCode: "97110", city: "Pointe-à-Pitre")
            let check = try await browser.get("\(dossier)/verifier")
            #expect(try await browser.post("\(dossier)/deposer", form: [], csrf: check.csrfToken).status == .seeOther)
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            #expect(try await Dossier.find(id, on: site.db)?.departement == "971")
            let night = Date(timeIntervalSince1970: 1_795_658_400)
            try await DossierJourneyTests.workflow(site, at: night).startInstruction(id, by: nil)

            // when
            let page = try await browser.get(dossier)

            // then: the previous day, as the back office shows it
            let guadeloupeDay = Self.fr.format(CivilDate(year: 2026, month: 11, day: 25)!)
            let parisDay = Self.fr.format(CivilDate(year: 2026, month: 11, day: 26)!)
            #expect(page.body.contains("\(guadeloupeDay) — "))
            #expect(!page.body.contains(parisDay))
        }
    }

    @Test func everyChangeOfTheImplicitRefusalDateIsShownWithItsReason() async throws {
        try await withTestSite { site in
            // given: filed on 25 November 2026; documents asked on 1 December; sent on 10 December
            let browser = try await Accounts.member(site, email: "delai@example.fr")
            let (dossier, id) = try await Journey.filed(browser)
            let userID = try #require(try await Dossier.find(id, on: site.db)).userID
            let december1 = Date(timeIntervalSince1970: 1_795_597_200 + 6 * 86_400)
            let december10 = Date(timeIntervalSince1970: 1_795_597_200 + 15 * 86_400)
            try await DossierJourneyTests.workflow(site).startInstruction(id, by: nil)
            try await DossierJourneyTests.workflow(site, at: december1)
                .requestDocuments(id, by: nil, codes: [.addressProof], why: "illisible", replyBy: CivilDate(year: 2026, month: 12, day: 20)!)
            let waiting = try await browser.get(dossier)
            try await Journey.sendRequested(site, id, codes: [.addressProof], at: december10)
            try await DossierJourneyTests.workflow(site, at: december10).answerRequest(id, by: userID)

            // when
            let french = try await browser.get(dossier)
            let english = try await browser.get("\(dossier)?lang=en")

            // then
            func f(_ y: Int, _ m: Int, _ d: Int) -> String { Self.fr.format(CivilDate(year: y, month: m, day: d)!) }
            func e(_ y: Int, _ m: Int, _ d: Int) -> String { Self.en.format(CivilDate(year: y, month: m, day: d)!) }
            #expect(waiting.body.contains("\(f(2026, 12, 1)) : la préfecture a demandé des pièces. Le délai est suspendu jusqu’à ce que vous les envoyiez (à envoyer avant le \(f(2026, 12, 20)))."))
            #expect(french.body.contains("La date de réponse de la préfecture"))
            #expect(french.body.contains("\(f(2026, 11, 25)) : demande déposée. Sans réponse de la préfecture le \(f(2027, 1, 25)), la demande sera refusée implicitement."))
            #expect(french.body.contains("\(f(2026, 12, 1)) : la préfecture a demandé des pièces."))
            #expect(french.body.contains("\(f(2026, 12, 10)) : vous avez envoyé les pièces demandées. Le délai repart en entier à partir de ce jour : nouvelle date le \(f(2027, 2, 10))."))
            #expect(english.body.contains("\(e(2026, 11, 25)): application filed. If the préfecture has not answered by \(e(2027, 1, 25)), the application will be implicitly refused."))
            #expect(english.body.contains("\(e(2026, 12, 1)): the préfecture asked for documents. The delay is on hold until you send them (send them by \(e(2026, 12, 20)))."))
            #expect(english.body.contains("\(e(2026, 12, 10)): you sent the documents asked for. The full delay starts again from that day: new date \(e(2027, 2, 10))."))
            #expect(english.body.contains("Legal basis: CRPA L. 114-5."))

            // and the API says the same, as codes and ISO days
            let api = APIClient(client: site.client, token: try await APIJourney.createToken(browser))
            let shown = try await api.get("/api/v1/dossiers/\(id.uuidString.lowercased())")
            let changes = try #require(shown.json["implicitRefusalChanges"] as? [[String: String]], "\(shown.body)")
            #expect(changes == [
                ["reason": "filed", "on": "2026-11-25", "implicitRefusalOn": "2027-01-25"],
                ["reason": "documents-requested", "on": "2026-12-01", "replyBy": "2026-12-20"],
                ["reason": "documents-provided", "on": "2026-12-10", "implicitRefusalOn": "2027-02-10"],
            ])
        }
    }

    @Test func theChangesAreReadFromTheHistoryInOrder() {
        // given: a resumed instruction, then a refusal, in Mayotte's zone (UTC+3)
        let id = UUID()
        let base = Date(timeIntervalSince1970: 1_795_597_200)
        let events = [
            DossierEvent(dossierID: id, at: base.addingTimeInterval(86_400 * 40), actor: .agent, actorID: nil, kind: .action(.refuse)),
            DossierEvent(dossierID: id, at: base, actor: .family, actorID: nil, kind: .action(.file),
                         details: [.filedOn: "2026-11-25", .implicitRefusalOn: "2027-01-25"]),
            DossierEvent(dossierID: id, at: base.addingTimeInterval(86_400 * 30 + 21 * 3600 + 60), actor: .agent, actorID: nil,
                         kind: .action(.resumeInstruction), details: [.implicitRefusalOn: "2027-02-26"]),
            DossierEvent(dossierID: id, at: base.addingTimeInterval(3600), actor: .agent, actorID: nil, kind: .action(.startInstruction)),
        ]
        let changes = ImplicitRefusalChanges.of(events, in: .mayotte)
        #expect(changes.map(\.reason) == [.filed, .instructionResumed, .refused])
        #expect(changes[1].on == CivilDate(year: 2026, month: 12, day: 26)!, "09:00 UTC + 30 days 21:01 is the next day in Mayotte")
        #expect(changes[1].implicitRefusalOn == CivilDate(year: 2027, month: 2, day: 26)!)
        #expect(changes[2].implicitRefusalOn == nil)
    }
}
