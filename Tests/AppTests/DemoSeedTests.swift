import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

@Suite struct DemoSeedTests {
    static func seed(_ site: TestSite) -> DemoSeed {
        let database = site.database
        return DemoSeed(database: { database.db }, files: InMemoryFileStorage(), hasher: PasswordHasher(cost: 4),
                        publicURL: site.config.publicURL, now: { testNow })
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

    @Test func theSeedRefusesToRunOutsideDevelopment() async throws {
        await #expect(throws: DemoRefused.self) { _ = try await seedDemo(AppConfig(environment: .production)) }
    }
}
