import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// A supervisor manages their préfecture's agents from the back office (docs/pages.md#agents).
@Suite struct BackOfficeAgentsTests {
    static let supervisorEmail = "chef@interieur.gouv.fr"

    /// The temporary password a page shows once.
    static func shownPassword(_ page: Browser.Page) -> String? {
        guard let range = page.body.range(of: #"<p class="totp-secret">"#) else { return nil }
        return String(page.body[range.upperBound...].prefix { $0 != "<" })
    }

    static func agentID(_ site: TestSite, _ email: String) async throws -> UUID {
        try #require(try await Agent.query(on: site.db).filter(\.$email == email).first()?.requireID())
    }

    @Test func aSupervisorCreatesAnAgentOnceWithThePasswordShownOnceAndEveryBadFieldNamed() async throws {
        try await withTestSite { site in
            // given
            let supervisor = try await Agents.signedIn(site, email: Self.supervisorEmail, role: "supervisor")
            let form = try await supervisor.get("/backoffice/agents/nouveau")
            #expect(form.status == .ok)

            // when: nothing typed, then a bad address, then the real thing twice (a double submit)
            let empty = try await supervisor.post("/backoffice/agents/nouveau", form: [("name", ""), ("email", "")], csrf: form.csrfToken)
            let bad = try await supervisor.post("/backoffice/agents/nouveau", form: [("name", "Claire\nMartin"), ("email", "claire@"), ("role", "chef")],
                                                csrf: form.csrfToken)
            let fields = [("name", "Claire Martin"), ("email", "Claire.Martin@interieur.gouv.fr"), ("role", "agent")]
            let created = try await supervisor.post("/backoffice/agents/nouveau", form: fields, csrf: form.csrfToken)
            let again = try await supervisor.post("/backoffice/agents/nouveau", form: fields, csrf: form.csrfToken)

            // then: each bad field is named, nothing is created for them
            #expect(empty.status == .unprocessableContent)
            for field in ["email", "role"] { #expect(empty.body.contains("href=\"#\(field)\""), "\(field)") }
            #expect(bad.status == .unprocessableContent)
            for field in ["name", "email", "role"] { #expect(bad.body.contains("href=\"#\(field)\""), "\(field)") }
            #expect(bad.body.contains("claire@"))
            // one account, in the supervisor's préfecture, whose password was shown once and works
            #expect(created.status == .ok)
            #expect(created.headers[.cacheControl] == "no-store")
            let password = try #require(Self.shownPassword(created))
            #expect(again.status == .ok)
            #expect(again.body.contains("aucun second compte"))
            #expect(Self.shownPassword(again) == nil)
            let rows = try await Agent.query(on: site.db).filter(\.$email == "claire.martin@interieur.gouv.fr").all()
            #expect(rows.count == 1)
            #expect(rows.first?.prefecture == "75")
            #expect(rows.first?.passwordHash != password)
            let claire = site.browser()
            #expect(try await Agents.password(claire, email: "claire.martin@interieur.gouv.fr", password: password).location == "/backoffice/connexion/code")
            // the list shows her, with her state
            let list = try await supervisor.get("/backoffice/agents")
            #expect(list.body.contains("Claire Martin"))
            #expect(list.body.contains("Première connexion à faire"))
            // a third send, later, is a real duplicate
            #expect(try await supervisor.post("/backoffice/agents/nouveau", form: [("name", "X"), ("email", Self.supervisorEmail), ("role", "agent")],
                                              csrf: form.csrfToken).status == .unprocessableContent)
        }
    }

    @Test func agentsAreRefusedAndAnotherPrefecturesAgentIsNotFound() async throws {
        try await withTestSite { site in
            // given
            let supervisor = try await Agents.signedIn(site, email: Self.supervisorEmail, role: "supervisor")
            let agent = try await Agents.signedIn(site, email: "agent@interieur.gouv.fr")
            _ = try await Agents.create(site, prefecture: "69", email: "agent@rhone.gouv.fr")
            let lyon = try await Self.agentID(site, "agent@rhone.gouv.fr")
            let colleague = try await Self.agentID(site, "agent@interieur.gouv.fr")
            let token = try await supervisor.get("/backoffice/agents").csrfToken
            let agentToken = try await agent.get("/backoffice/dossiers").csrfToken

            // then
            #expect(try await agent.get("/backoffice/agents").status == .forbidden)
            #expect(try await agent.get("/backoffice/agents/nouveau").status == .forbidden)
            #expect(try await agent.post("/backoffice/agents/nouveau", form: [("email", "x@y.fr"), ("role", "supervisor")], csrf: agentToken).status == .forbidden)
            #expect(try await agent.post("/backoffice/agents/\(colleague)/desactiver", form: [], csrf: agentToken).status == .forbidden)
            #expect(!(try await agent.get("/backoffice/dossiers").body.contains("/backoffice/agents")))
            #expect(try await supervisor.post("/backoffice/agents/\(lyon)/desactiver", form: [], csrf: token).status == .notFound)
            #expect(try await supervisor.post("/backoffice/agents/\(UUID())/code", form: [], csrf: token).status == .notFound)
            #expect(try await supervisor.post("/backoffice/agents/\(colleague)/supprimer", form: [], csrf: token).status == .notFound)
            #expect(try await Agent.find(lyon, on: site.db)?.disabledAt == nil)
            let list = try await supervisor.get("/backoffice/agents")
            #expect(!list.body.contains("agent@rhone.gouv.fr"))
            #expect(list.body.contains("agent@interieur.gouv.fr"))
            // without the form's token, nothing happens
            #expect(try await supervisor.post("/backoffice/agents/\(colleague)/desactiver", form: []).status == .forbidden)
            #expect(try await Agent.find(colleague, on: site.db)?.disabledAt == nil)
        }
    }

    @Test func aDisabledAgentIsSignedOutAndCanNotSignInUntilEnabledAgain() async throws {
        try await withTestSite { site in
            // given: the agent is signed in
            let supervisor = try await Agents.signedIn(site, email: Self.supervisorEmail, role: "supervisor")
            let agent = try await Agents.signedIn(site, email: "agent@interieur.gouv.fr")
            #expect(try await agent.get("/backoffice/dossiers").status == .ok)
            let id = try await Self.agentID(site, "agent@interieur.gouv.fr")
            let me = try await Self.agentID(site, Self.supervisorEmail)
            let token = try await supervisor.get("/backoffice/agents").csrfToken

            // when
            let disabled = try await supervisor.post("/backoffice/agents/\(id)/desactiver", form: [], csrf: token)
            let twice = try await supervisor.post("/backoffice/agents/\(id)/desactiver", form: [], csrf: token)
            let myself = try await supervisor.post("/backoffice/agents/\(me)/desactiver", form: [], csrf: token)

            // then: the open session stops, the password no longer opens one
            #expect(disabled.location == "/backoffice/agents?fait=desactive#agent-\(id.uuidString.lowercased())")
            #expect(try await supervisor.get(disabled.location ?? "").body.contains("Compte désactivé"))
            #expect(try await agent.get("/backoffice/dossiers").location == "/backoffice/connexion")
            #expect(try await Agents.password(site.browser(), email: "agent@interieur.gouv.fr", password: Agents.personalPassword).status == .unprocessableContent)
            #expect(twice.status == .conflict)
            #expect(myself.status == .unprocessableContent)
            #expect(try await Agent.find(me, on: site.db)?.disabledAt == nil)
            #expect(try await supervisor.get("/backoffice/agents").status == .ok)

            // when enabled again: a new sign-in works, the old session stays closed
            let enabled = try await supervisor.post("/backoffice/agents/\(id)/reactiver", form: [], csrf: token)
            #expect(enabled.status == .seeOther)
            #expect(try await agent.get("/backoffice/dossiers").location == "/backoffice/connexion")
            let again = site.browser()
            #expect(try await Agents.password(again, email: "agent@interieur.gouv.fr", password: Agents.personalPassword).location == "/backoffice/connexion/code")
        }
    }

    @Test func aResetCodeIsSetUpAgainAndANewTemporaryPasswordIsShownOnce() async throws {
        try await withTestSite { site in
            // given
            let supervisor = try await Agents.signedIn(site, email: Self.supervisorEmail, role: "supervisor")
            let agent = try await Agents.signedIn(site, email: "agent@interieur.gouv.fr")
            let id = try await Self.agentID(site, "agent@interieur.gouv.fr")
            let token = try await supervisor.get("/backoffice/agents").csrfToken

            // when: the code is reset
            let reset = try await supervisor.post("/backoffice/agents/\(id)/code", form: [], csrf: token)

            // then: sessions end; the next sign-in sets up a new secret
            #expect(reset.status == .seeOther)
            let row = try #require(try await Agent.find(id, on: site.db))
            #expect(row.totpSecret == nil && row.totpConfirmedAt == nil)
            #expect(try await agent.get("/backoffice/dossiers").location == "/backoffice/connexion")
            let again = site.browser()
            #expect(try await Agents.password(again, email: "agent@interieur.gouv.fr", password: Agents.personalPassword).location == "/backoffice/connexion/code")
            let setup = try await again.get("/backoffice/connexion/code")
            #expect(setup.body.contains("otpauth://"))
            #expect(try await Agents.sendCode(again, try await Agents.code(site, email: "agent@interieur.gouv.fr")).location == "/backoffice/dossiers")

            // when: a new temporary password
            let password = try await supervisor.post("/backoffice/agents/\(id)/mot-de-passe", form: [], csrf: token)
            let shown = try #require(Self.shownPassword(password))
            #expect(password.headers[.cacheControl] == "no-store")
            #expect(try await again.get("/backoffice/dossiers").location == "/backoffice/connexion")
            #expect(try await Agents.password(site.browser(), email: "agent@interieur.gouv.fr", password: Agents.personalPassword).status == .unprocessableContent)
            let withNew = site.browser()
            #expect(try await Agents.password(withNew, email: "agent@interieur.gouv.fr", password: shown).location == "/backoffice/connexion/code")
            #expect(try await Agent.find(id, on: site.db)?.mustChangePassword == true)
        }
    }

    @Test func managingAgentsLogsNeitherAddressNorNameNorPassword() async throws {
        let records = LogRecords()
        let shown = try await PersonalDataLogTests.withCapturedSite(records) { site -> [String] in
            let supervisor = try await Agents.signedIn(site, email: Self.supervisorEmail, role: "supervisor")
            let form = try await supervisor.get("/backoffice/agents/nouveau")
            let created = try await supervisor.post("/backoffice/agents/nouveau", form: [("name", "Hortense Vasseur-Ndiaye"),
                                                                                        ("email", "hortense.vasseur@interieur.gouv.fr"), ("role", "agent")],
                                                    csrf: form.csrfToken)
            let id = try await Self.agentID(site, "hortense.vasseur@interieur.gouv.fr")
            let password = try await supervisor.post("/backoffice/agents/\(id)/mot-de-passe", form: [], csrf: form.csrfToken)
            #expect(try await supervisor.post("/backoffice/agents/\(id)/desactiver", form: [], csrf: form.csrfToken).status == .seeOther)
            return [try #require(Self.shownPassword(created)), try #require(Self.shownPassword(password))]
        }
        let secrets = shown + ["hortense", "Hortense", "Vasseur", "hortense.vasseur%40interieur.gouv.fr"]
        let lines = records.all.map(\.text)
        #expect(lines.contains { $0.contains("agent account created") })
        #expect(lines.contains { $0.contains("agent account changed") })
        for secret in secrets {
            #expect(!lines.contains { $0.contains(secret) }, "\(secret) in the logs")
        }
    }
}
