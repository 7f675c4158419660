import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// The back office's sign-in: password, one-time code set up at first login, own password, logout;
/// and the doors it keeps shut.
@Suite struct BackOfficeLoginTests {
    @Test func firstLoginSetsUpTheCodeThenOpensTheQueue() async throws {
        try await withTestSite { site in
            // given: an agent just created, with their temporary password
            let created = try await Agents.create(site)
            let browser = site.browser()
            _ = try await browser.get("/backoffice/connexion")
            let anonymousSession = await browser.cookies["dcem_session"]

            // when: they give their password
            let afterPassword = try await Agents.password(browser, email: "Agent@Interieur.gouv.fr ", password: created.temporaryPassword)

            // then: a new session, and the set-up page shows the key in base32 groups and the otpauth address
            #expect(afterPassword.location == "/backoffice/connexion/code")
            #expect(await browser.cookies["dcem_session"] != anonymousSession)
            let setup = try await browser.get("/backoffice/connexion/code")
            let agent = try #require(try await Agent.query(on: site.db).filter(\.$email == "agent@interieur.gouv.fr").first())
            let secret = try #require(agent.totpSecret)
            #expect(setup.body.contains(AgentTOTP.groupedBase32(secret)))
            #expect(setup.body.contains("otpauth://totp/DCEM:agent@interieur.gouv.fr?secret=\(AgentTOTP.base32(Array(secret.utf8)))&amp;issuer=DCEM"))
            #expect(try await browser.get("/backoffice/dossiers").location == "/backoffice/connexion")

            // when: they type the code their app shows
            let afterCode = try await Agents.sendCode(browser, try await Agents.code(site, email: created.email))

            // then: the temporary password must be replaced before anything else
            #expect(afterCode.location == "/backoffice/mot-de-passe")
            #expect(try await browser.get("/backoffice/dossiers").location == "/backoffice/mot-de-passe")
            let form = try await browser.get("/backoffice/mot-de-passe")
            let changed = try await browser.post("/backoffice/mot-de-passe", form: [("password", Agents.personalPassword), ("confirm", Agents.personalPassword)],
                                                 csrf: form.csrfToken)
            #expect(changed.location == "/backoffice/dossiers")
            let queue = try await browser.get("/backoffice/dossiers")
            #expect(queue.status == .ok)
            #expect(queue.body.contains("Préfecture de police"))
            #expect(try await browser.get("/backoffice").location == "/backoffice/dossiers")
            let stored = try #require(try await Agent.find(agent.id, on: site.db))
            #expect(stored.totpConfirmedAt != nil)
            #expect(stored.mustChangePassword == false)
        }
    }

    @Test func laterLoginsAskTheCodeWithoutShowingTheKey() async throws {
        try await withTestSite { site in
            // given: an agent who set up their code
            let browser = try await Agents.signedIn(site)
            let logout = try await browser.get("/backoffice/dossiers")
            _ = try await browser.post("/backoffice/deconnexion", form: [], csrf: logout.csrfToken)
            #expect(try await browser.get("/backoffice/dossiers").location == "/backoffice/connexion")

            // when: they sign in again
            let secret = try #require(try await Agent.query(on: site.db).first()?.totpSecret)
            _ = try await Agents.password(browser, email: "agent@interieur.gouv.fr", password: Agents.personalPassword)
            let page = try await browser.get("/backoffice/connexion/code")

            // then: the code page does not show the key again
            #expect(page.status == .ok)
            #expect(!page.body.contains(AgentTOTP.groupedBase32(secret)))
            #expect(!page.body.contains("otpauth://"))
            #expect(page.body.contains("Entrez le code à 6 chiffres"))
        }
    }

    @Test func aWrongCodeIsRefused() async throws {
        try await withTestSite { site in
            // given: an agent past the password step
            let created = try await Agents.create(site)
            let browser = site.browser()
            _ = try await Agents.password(browser, email: created.email, password: created.temporaryPassword)
            let right = try await Agents.code(site, email: created.email)
            let wrong = String(format: "%06d", (Int(right)! + 1) % 1_000_000)

            // when: they type a code their app does not show
            let page = try await Agents.sendCode(browser, wrong)

            // then: refused with a message, and the back office stays shut
            #expect(page.status == .unprocessableContent)
            #expect(page.body.contains("Ce code ne convient pas"))
            #expect(try await browser.get("/backoffice/dossiers").location == "/backoffice/connexion")
            #expect(try await Agent.query(on: site.db).first()?.totpConfirmedAt == nil)
        }
    }

    @Test func aCodeWorksOnceAndTheStepBeforeIsAccepted() async throws {
        try await withTestSite { site in
            // given: an agent who confirms their set-up with the previous step's code (typed as the app changed it)
            let created = try await Agents.create(site)
            let first = site.browser()
            _ = try await Agents.password(first, email: created.email, password: created.temporaryPassword)
            let previous = try await Agents.code(site, email: created.email, stepsBack: 1)
            #expect(try await Agents.sendCode(first, previous).location == "/backoffice/mot-de-passe")

            // when: the same code is sent again from another browser, then the current step's code
            let second = site.browser()
            _ = try await Agents.password(second, email: created.email, password: created.temporaryPassword)
            let reused = try await Agents.sendCode(second, previous)
            let current = try await Agents.sendCode(second, try await Agents.code(site, email: created.email))

            // then: the reused code is refused, the newer one accepted, and it can not be used a third time
            #expect(reused.status == .unprocessableContent)
            #expect(current.location == "/backoffice/mot-de-passe")
            let third = site.browser()
            _ = try await Agents.password(third, email: created.email, password: created.temporaryPassword)
            #expect(try await Agents.sendCode(third, try await Agents.code(site, email: created.email)).status == .unprocessableContent)
        }
    }

    @Test func aWrongPasswordIsRefusedAndRateLimited() async throws {
        try await withTestSite { site in
            // given: an agent
            let created = try await Agents.create(site)
            let browser = site.browser()

            // when: someone tries passwords
            let first = try await Agents.password(browser, email: created.email, password: "pas le bon mot de passe")
            var last = first
            for _ in 0..<10 { last = try await Agents.password(browser, email: created.email, password: "pas le bon mot de passe") }

            // then: each is refused without a session, and the family login's limit applies
            #expect(first.status == .unprocessableContent)
            #expect(first.body.contains("ne correspond pas"))
            #expect(last.status == .tooManyRequests)
            #expect(try await browser.get("/backoffice/connexion/code").location == "/backoffice/connexion")
        }
    }

    @Test func anonymousVisitorsAndFamilyMembersAreSentToTheBackOfficeLogin() async throws {
        try await withTestSite { site in
            // given: a family member with a filed case, and an anonymous visitor
            let caseID = try await Journey.filed(site, email: "famille@example.fr", childSurname: "Benali")
            let member = site.browser()
            let login = try await member.get("/compte/connexion")
            _ = try await member.post("/compte/connexion", form: [("email", "famille@example.fr"), ("password", Accounts.personalPassword)],
                                      csrf: login.csrfToken)
            #expect(try await member.get("/mes-demandes").status == .ok)
            let anonymous = site.browser()

            for browser in [anonymous, member] {
                // when: they call back-office routes
                let paths = ["/backoffice", "/backoffice/dossiers", "/backoffice/dossiers/\(caseID.uuidString.lowercased())",
                             "/backoffice/mot-de-passe", "/backoffice/connexion/code"]
                for path in paths {
                    let page = try await browser.get(path)
                    // then: none opens; each leads to the back office's login
                    #expect(page.status == .seeOther, "\(path)")
                    #expect(page.location == "/backoffice/connexion", "\(path)")
                }
            }
            // an agent half-way (password given, no code) is not in either
            let created = try await Agents.create(site)
            let halfway = site.browser()
            _ = try await Agents.password(halfway, email: created.email, password: created.temporaryPassword)
            #expect(try await halfway.get("/backoffice/dossiers").location == "/backoffice/connexion")
        }
    }

    @Test func aDisabledAgentIsSignedOut() async throws {
        try await withTestSite { site in
            // given: a signed-in agent
            let browser = try await Agents.signedIn(site)
            #expect(try await browser.get("/backoffice/dossiers").status == .ok)

            // when: their account is disabled
            let agent = try #require(try await Agent.query(on: site.db).first())
            agent.disabledAt = testNow
            try await agent.update(on: site.db)

            // then: the next page sends them to the login
            #expect(try await browser.get("/backoffice/dossiers").location == "/backoffice/connexion")
        }
    }
}
