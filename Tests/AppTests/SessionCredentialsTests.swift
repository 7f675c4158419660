import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// A password change ends the account's other sessions (families and agents); a session opened
/// with a temporary password lasts only while that password is the one in force.
@Suite struct SessionCredentialsTests {
    static func signIn(_ site: TestSite, email: String, password: String) async throws -> Browser {
        let browser = site.browser()
        let form = try await browser.get("/compte/connexion")
        _ = try await browser.post("/compte/connexion", form: [("email", email), ("password", password)], csrf: form.csrfToken)
        return browser
    }

    static func resetMail(_ site: TestSite, email: String) async throws -> String {
        let visitor = site.browser()
        let form = try await visitor.get("/compte/mot-de-passe-oublie")
        _ = try await visitor.post("/compte/mot-de-passe-oublie", form: [("email", email)], csrf: form.csrfToken)
        let mail = try #require(try await site.lastMail(to: email, kind: "password-reset"))
        return try #require(Accounts.temporaryPassword(in: mail.body))
    }

    @Test func aFamilyPasswordChangeSignsTheOtherSessionsOut() async throws {
        try await withTestSite { site in
            // given: a member signed in on two devices
            let phone = try await Accounts.member(site, email: "deux@example.fr")
            let laptop = try await Self.signIn(site, email: "deux@example.fr", password: Accounts.personalPassword)
            #expect(try await laptop.get("/mes-demandes").status == .ok)

            // when: they change their password on the phone
            let form = try await phone.get("/compte/mot-de-passe")
            let changed = try await phone.post("/compte/mot-de-passe", form: [("current", Accounts.personalPassword), ("password", "une toute autre phrase"),
                                                                            ("confirm", "une toute autre phrase")], csrf: form.csrfToken)

            // then: the phone stays signed in, the laptop is signed out
            #expect(changed.location == "/compte?enregistre=1")
            #expect(try await phone.get("/mes-demandes").status == .ok)
            #expect(try await laptop.get("/mes-demandes").location == "/compte/connexion?suite=/mes-demandes")
            #expect(try await laptop.get("/compte").location == "/compte/connexion?suite=/compte")
        }
    }

    @Test func afterAResetASecondSessionOnTheSameTemporaryPasswordCanNotSetAnother() async throws {
        try await withTestSite { site in
            // given: a reset, and two sessions opened with the mailed temporary password
            _ = try await Accounts.member(site, email: "reset@example.fr")
            let temporary = try await Self.resetMail(site, email: "reset@example.fr")
            let owner = try await Self.signIn(site, email: "reset@example.fr", password: temporary)
            let other = try await Self.signIn(site, email: "reset@example.fr", password: temporary)
            let otherForm = try await other.get("/compte/mot-de-passe")
            #expect(otherForm.status == .ok)

            // when: the owner chooses their password, then the other session tries to choose one
            let ownerForm = try await owner.get("/compte/mot-de-passe")
            let chosen = try await owner.post("/compte/mot-de-passe", form: [("password", "la phrase du titulaire"), ("confirm", "la phrase du titulaire")],
                                              csrf: ownerForm.csrfToken)
            let late = try await other.post("/compte/mot-de-passe", form: [("password", "la phrase de l’autre"), ("confirm", "la phrase de l’autre")],
                                            csrf: otherForm.csrfToken)

            // then: the owner is in; the other session was signed out and set nothing
            #expect(chosen.location == "/mes-demandes", "\(chosen.status) \(chosen.body.prefix(3000))")
            #expect(try await owner.get("/mes-demandes").status == .ok)
            #expect(late.status == .seeOther && late.location?.hasPrefix("/compte/connexion") == true)
            #expect(try await other.get("/mes-demandes").location == "/compte/connexion?suite=/mes-demandes")
            let check = site.browser()
            let login = try await check.get("/compte/connexion")
            let theirs = try await check.post("/compte/connexion", form: [("email", "reset@example.fr"), ("password", "la phrase de l’autre")], csrf: login.csrfToken)
            #expect(theirs.status == .unprocessableContent)
            let owners = try await check.post("/compte/connexion", form: [("email", "reset@example.fr"), ("password", "la phrase du titulaire")], csrf: login.csrfToken)
            #expect(owners.location == "/mes-demandes")
        }
    }

    @Test func aSessionOnATemporaryPasswordEndsWhenANewerOneIsSent() async throws {
        try await withTestSite { site in
            // given: a session opened with a first temporary password
            _ = try await Accounts.member(site, email: "twice@example.fr")
            let first = try await Self.resetMail(site, email: "twice@example.fr")
            let session = try await Self.signIn(site, email: "twice@example.fr", password: first)
            #expect(try await session.get("/compte/mot-de-passe").status == .ok)

            // when: another reset replaces it
            _ = try await Self.resetMail(site, email: "twice@example.fr")

            // then: the first one's session can no longer choose a password; the personal password still works
            #expect(try await session.get("/compte/mot-de-passe").location == "/compte/connexion?suite=/compte/mot-de-passe")
            let owner = try await Self.signIn(site, email: "twice@example.fr", password: Accounts.personalPassword)
            #expect(try await owner.get("/mes-demandes").status == .ok)
        }
    }

    @Test func anAgentsPasswordChangeSignsTheirOtherSessionsOut() async throws {
        try await withTestSite { site in
            // given: a new agent's temporary password used in two browsers (codes of two steps: each works once)
            let created = try await Agents.create(site)
            let first = site.browser()
            _ = try await Agents.password(first, email: created.email, password: created.temporaryPassword)
            #expect(try await Agents.sendCode(first, try await Agents.code(site, email: created.email, stepsBack: 1)).location == "/backoffice/mot-de-passe")
            let second = site.browser()
            _ = try await Agents.password(second, email: created.email, password: created.temporaryPassword)
            #expect(try await Agents.sendCode(second, try await Agents.code(site, email: created.email)).location == "/backoffice/mot-de-passe")
            let secondForm = try await second.get("/backoffice/mot-de-passe")

            // when: the first chooses the password, then the second tries to choose another
            let form = try await first.get("/backoffice/mot-de-passe")
            let chosen = try await first.post("/backoffice/mot-de-passe", form: [("password", Agents.personalPassword), ("confirm", Agents.personalPassword)],
                                              csrf: form.csrfToken)
            let late = try await second.post("/backoffice/mot-de-passe", form: [("password", "une autre phrase d’agent"), ("confirm", "une autre phrase d’agent")],
                                             csrf: secondForm.csrfToken)

            // then: the first is in, the second is signed out and changed nothing
            #expect(chosen.location == "/backoffice/dossiers")
            #expect(try await first.get("/backoffice/dossiers").status == .ok)
            #expect(late.location == "/backoffice/connexion")
            #expect(try await second.get("/backoffice/dossiers").location == "/backoffice/connexion")
            let agent = try #require(try await Agent.find(created.id, on: site.db))
            #expect(try await PasswordHasher(cost: 4).verify(Agents.personalPassword, against: agent.passwordHash))

            // given: a later session in a third browser (the used code steps forgotten, as after time passing)
            agent.totpLastStep = nil
            try await agent.update(on: site.db)
            let third = site.browser()
            _ = try await Agents.password(third, email: created.email, password: Agents.personalPassword)
            #expect(try await Agents.sendCode(third, try await Agents.code(site, email: created.email)).location == "/backoffice/dossiers")

            // when: the first changes the password again
            let again = try await first.get("/backoffice/mot-de-passe")
            let changed = try await first.post("/backoffice/mot-de-passe", form: [("current", Agents.personalPassword), ("password", "encore une autre phrase"),
                                                                                ("confirm", "encore une autre phrase")], csrf: again.csrfToken)
            // then: the third is signed out, the first stays
            #expect(changed.location == "/backoffice/dossiers")
            #expect(try await third.get("/backoffice/dossiers").location == "/backoffice/connexion")
            #expect(try await first.get("/backoffice/dossiers").status == .ok)
        }
    }

    @Test func theAccountPageSaysWhatAPasswordChangeDoesToTokens() async throws {
        try await withTestSite { site in
            let browser = try await Accounts.member(site, email: "jetons@example.fr")
            #expect(try await browser.get("/compte").body.contains("ne révoque pas vos jetons"))
            #expect(try await browser.get("/compte?lang=en").body.contains("does not revoke your tokens"))
        }
    }

    @Test func aNewPasswordLongerThanBcryptReadsIsRefusedWithTheFieldNamed() async throws {
        try await withTestSite { site in
            // given: a member on the password page, which states the limit
            let browser = try await Accounts.member(site, email: "long@example.fr")
            let form = try await browser.get("/compte/mot-de-passe")
            #expect(form.body.contains("au plus 72 octets"))
            // when: 37 accented letters, 74 bytes in UTF-8
            let long = String(repeating: "é", count: 37)
            let refused = try await browser.post("/compte/mot-de-passe", form: [("current", Accounts.personalPassword), ("password", long), ("confirm", long)],
                                                 csrf: form.csrfToken)
            // then
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Le nouveau mot de passe dépasse 72 octets"))
            #expect(refused.body.contains(##"href="#password""##))
            let exact = String(repeating: "é", count: 36)
            let accepted = try await browser.post("/compte/mot-de-passe", form: [("current", Accounts.personalPassword), ("password", exact), ("confirm", exact)],
                                                  csrf: form.csrfToken)
            #expect(accepted.status == .seeOther)

            // and the back office refuses it too
            let agent = try await Agents.signedIn(site)
            let agentForm = try await agent.get("/backoffice/mot-de-passe?lang=en")
            #expect(agentForm.body.contains("at most 72 bytes"))
            let agentRefused = try await agent.post("/backoffice/mot-de-passe", form: [("current", Agents.personalPassword), ("password", long), ("confirm", long)],
                                                    csrf: agentForm.csrfToken)
            #expect(agentRefused.status == .unprocessableContent)
            #expect(agentRefused.body.contains("The new password is longer than 72 bytes"))
        }
    }
}
