import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

@Suite struct DemoSeedTests {
    static func seed(_ site: TestSite, now: Date = testNow) -> DemoSeed {
        let database = site.database
        return DemoSeed(database: { database.db }, files: InMemoryFileStorage(), hasher: PasswordHasher(cost: 4),
                        publicURL: site.config.publicURL, now: { now })
    }

    @Test func casesInEveryStateOnceAndAFamilyCanSignIn() async throws {
        try await withTestSite { site in
            // when: seeded twice
            let logins = try await Self.seed(site).run()
            let again = try await Self.seed(site).run()

            // then: the same logins, the cases once, one per state the family side shows
            #expect(logins == again)
            let states = Set(try await Dossier.query(on: site.db).filter(\.$departement == "75").all().map(\.currentState))
            #expect(states == [.draft, .filed, .underInstruction, .awaitingDocuments, .granted, .refused, .implicitlyRefused,
                               .documentAvailable, .postponementRequested, .delivered, .withdrawn])
            #expect(try await Dossier.query(on: site.db).filter(\.$departement == "69").count() == 1)
            #expect(try await IssuedDocument.query(on: site.db).count() == 1)
            let family = try #require(logins.first { $0.role == "family" })
            let browser = site.browser()
            let form = try await browser.get("/compte/connexion")
            let signedIn = try await browser.post("/compte/connexion", form: [("email", family.email), ("password", family.password)], csrf: form.csrfToken)
            #expect(signedIn.status == .seeOther)
            #expect(try await browser.get("/mes-demandes").body.contains("Yasmine Benali"))

            // and a demo agent signs in with the printed password and a code from the printed key
            let agentLogin = try #require(logins.first { $0.role == "agent" && $0.prefecture == "75" })
            let agent = site.browser()
            let afterPassword = try await Agents.password(agent, email: agentLogin.email, password: agentLogin.password)
            #expect(afterPassword.location == "/backoffice/connexion/code")
            let key = try #require(agentLogin.codeKey)
            let code = String(format: "%06d", AgentTOTP.code(secret: key, step: AgentTOTP.step(at: testNow)))
            #expect(try await Agents.sendCode(agent, code).location == "/backoffice/dossiers")
            #expect(try await agent.get("/backoffice/dossiers").body.contains("DCEM-75-"))
        }
    }

    @Test(arguments: ["2026-12-04T22:05:00Z", "2026-12-04T23:30:00Z", "2026-12-05T00:30:00Z", "2026-07-01T21:59:00Z", "2026-03-30T22:30:00Z"])
    func theImplicitlyRefusedCaseIsSeededAtAnyHour(instant: String) async throws {
        // given: late evenings whose day two months earlier had another summer time in Paris (the
        // seed once failed between 23:00 and midnight there, filing its case a day too late)
        let now = try #require(ISO8601DateFormatter().date(from: instant))
        try await withTestSite(now: now) { site in
            // when
            _ = try await Self.seed(site, now: now).run()

            // then: refused today, in Paris
            let refused = try #require(try await Dossier.query(on: site.db).filter(\.$departement == "75").all()
                .first { $0.currentState == .implicitlyRefused })
            #expect(refused.decidedOn == Departement.paris.today(at: now).iso)
        }
    }

    @Test func theSeedRefusesToRunOutsideDevelopment() async throws {
        await #expect(throws: DemoRefused.self) { _ = try await seedDemo(AppConfig(environment: .production)) }
    }
}
