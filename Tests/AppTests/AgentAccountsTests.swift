import DCEMRules
import FluentKit
import Foundation
import Testing

@testable import App

/// The function behind `dcem agent create`.
@Suite struct AgentAccountsTests {
    static let hasher = PasswordHasher(cost: 4)

    @Test func createsAnAgentWithATemporaryPassword() async throws {
        try await withTestDatabase { database in
            // when
            let created = try await AgentAccounts.create(prefecture: "2a", email: " Chef@Corse-du-Sud.gouv.fr", name: nil, role: "supervisor",
                                                         hasher: Self.hasher, now: testNow, on: database.db)

            // then: stored lower-cased, the département code as the directory writes it, the password hashed
            let agent = try #require(try await Agent.find(created.id, on: database.db))
            #expect(agent.email == "chef@corse-du-sud.gouv.fr")
            #expect(agent.prefecture == "2A")
            #expect(agent.agentRole == .supervisor)
            #expect(agent.name == "chef")
            #expect(agent.mustChangePassword)
            #expect(agent.totpSecret == nil && agent.totpConfirmedAt == nil)
            #expect(agent.passwordHash != created.temporaryPassword)
            #expect(try await Self.hasher.verify(created.temporaryPassword, against: agent.passwordHash))
            #expect(created.serviceName == "Préfecture de la Corse-du-Sud")
        }
    }

    @Test func refusesDuplicatesUnknownPrefecturesRolesAndAddresses() async throws {
        try await withTestDatabase { database in
            // given: an agent
            _ = try await AgentAccounts.create(prefecture: "75", email: "agent@prefecture.fr", name: "A", role: "agent",
                                               hasher: Self.hasher, now: testNow, on: database.db)

            // when / then: each mistake is named, and nothing more is created
            await #expect(throws: AgentCreationError.duplicate("agent@prefecture.fr")) {
                try await AgentAccounts.create(prefecture: "13", email: "AGENT@prefecture.fr", name: nil, role: "agent",
                                               hasher: Self.hasher, now: testNow, on: database.db)
            }
            await #expect(throws: AgentCreationError.unknownPrefecture("20")) {
                try await AgentAccounts.create(prefecture: "20", email: "b@prefecture.fr", name: nil, role: "agent",
                                               hasher: Self.hasher, now: testNow, on: database.db)
            }
            await #expect(throws: AgentCreationError.unknownRole("admin")) {
                try await AgentAccounts.create(prefecture: "13", email: "b@prefecture.fr", name: nil, role: "admin",
                                               hasher: Self.hasher, now: testNow, on: database.db)
            }
            await #expect(throws: AgentCreationError.invalidEmail("pas une adresse")) {
                try await AgentAccounts.create(prefecture: "13", email: "pas une adresse", name: nil, role: "agent",
                                               hasher: Self.hasher, now: testNow, on: database.db)
            }
            #expect(try await Agent.query(on: database.db).count() == 1)
        }
    }

    @Test func theCommandLineDisablesAnAgentWhoseSessionsEndAndEnablesThemAgain() async throws {
        try await withTestSite { site in
            // given: an agent signed in to the back office
            let email = "partant@interieur.gouv.fr"
            let browser = try await Agents.signedIn(site, email: email)
            #expect(try await browser.get("/backoffice/dossiers").status == .ok)

            // when: `dcem agent disable`, typed carelessly, then again, and for an address nobody has
            let disabled = try await AgentAccounts.set(disabled: true, email: " Partant@Interieur.gouv.fr ", now: testNow, on: site.db)
            let twice = try await AgentAccounts.set(disabled: true, email: email, now: testNow, on: site.db)
            let nobody = try await AgentAccounts.set(disabled: true, email: "personne@interieur.gouv.fr", now: testNow, on: site.db)

            // then: their open session ends at its next request, and their password no longer signs in
            #expect(disabled == .done && twice == .already && nobody == .notFound)
            let after = try await browser.get("/backoffice/dossiers")
            #expect(after.status == .seeOther && after.location == SiteURL.backOfficeLogin.path)
            #expect(try await Agents.password(site.browser(), email: email, password: Agents.personalPassword).location != "/backoffice/connexion/code")

            // and `dcem agent enable` lets them sign in anew (the ended session stays ended)
            #expect(try await AgentAccounts.set(disabled: false, email: email, now: testNow, on: site.db) == .done)
            #expect(try await AgentAccounts.set(disabled: false, email: email, now: testNow, on: site.db) == .already)
            #expect(try await browser.get("/backoffice/dossiers").location == SiteURL.backOfficeLogin.path)
            #expect(try await Agents.password(site.browser(), email: email, password: Agents.personalPassword).location == "/backoffice/connexion/code")
        }
    }
}
