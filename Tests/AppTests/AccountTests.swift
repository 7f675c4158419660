import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// Family accounts through the real application: sign-up by mail, passwords, sessions, limits.
@Suite struct AccountTests {
    @Test func signUpMailsATemporaryPasswordThatOnlyOpensThePasswordPage() async throws {
        try await withTestSite { site in
            // given
            let browser = site.browser()
            let form = try await browser.get("/compte/creer")
            // when
            let sent = try await browser.post("/compte/creer", form: [("email", "  Amina@Example.FR ")], csrf: form.csrfToken)
            // then
            #expect(sent.status == .seeOther)
            #expect(sent.location?.hasPrefix("/compte/creer/envoye") == true)
            let mail = try #require(try await site.lastMail(to: "amina@example.fr"))
            #expect(mail.kind == "account-created")
            #expect(mail.language == "fr")
            let password = try #require(Accounts.temporaryPassword(in: mail.body))
            #expect(!(try await User.query(on: site.db).first()?.temporaryPasswordHash ?? "").contains(password))

            // when: the temporary password signs in, but only to choose a personal one
            let login = try await browser.get("/compte/connexion")
            let loggedIn = try await browser.post("/compte/connexion", form: [("email", "amina@example.fr"), ("password", password)], csrf: login.csrfToken)
            #expect(loggedIn.location == "/compte/mot-de-passe")
            let elsewhere = try await browser.get("/mes-demandes")
            #expect(elsewhere.location == "/compte/mot-de-passe")

            // a short password is refused, with the field named
            let change = try await browser.get("/compte/mot-de-passe")
            #expect(!change.body.contains(#"name="current""#))
            let short = try await browser.post("/compte/mot-de-passe", form: [("password", "court"), ("confirm", "court")], csrf: change.csrfToken)
            #expect(short.status == .unprocessableContent)
            #expect(short.body.contains("au moins 12 caractères"))
            #expect(short.body.contains(##"href="#password""##))

            let done = try await browser.post("/compte/mot-de-passe", form: [("password", Accounts.personalPassword), ("confirm", Accounts.personalPassword)],
                                              csrf: change.csrfToken)
            #expect(done.location == "/mes-demandes")
            #expect(try await browser.get("/mes-demandes").status == .ok)

            // then: the temporary password no longer works, the personal one does
            let logout = try await browser.get("/compte")
            _ = try await browser.post("/compte/deconnexion", form: [], csrf: logout.csrfToken)
            let again = try await browser.get("/compte/connexion")
            let old = try await browser.post("/compte/connexion", form: [("email", "amina@example.fr"), ("password", password)], csrf: again.csrfToken)
            #expect(old.status == .unprocessableContent)
            let good = try await browser.post("/compte/connexion", form: [("email", "amina@example.fr"), ("password", Accounts.personalPassword)],
                                              csrf: again.csrfToken)
            #expect(good.location == "/mes-demandes")
        }
    }

    @Test func signingUpTwiceLooksTheSameAndWarnsTheOwner() async throws {
        try await withTestSite { site in
            // given
            _ = try await Accounts.member(site, email: "owner@example.fr")
            let stranger = site.browser()
            let form = try await stranger.get("/compte/creer")
            // when
            let sent = try await stranger.post("/compte/creer", form: [("email", "owner@example.fr")], csrf: form.csrfToken)
            // then
            #expect(sent.status == .seeOther)
            #expect(try await User.query(on: site.db).count() == 1)
            #expect(try await site.lastMail(to: "owner@example.fr", kind: "account-exists") != nil)
            let login = try await stranger.get("/compte/connexion")
            let personal = try await stranger.post("/compte/connexion", form: [("email", "owner@example.fr"), ("password", Accounts.personalPassword)],
                                                   csrf: login.csrfToken)
            #expect(personal.location == "/mes-demandes", "the owner's password still works")
        }
    }

    @Test func wrongPasswordAndUnknownAddressGetTheSameAnswer() async throws {
        try await withTestSite { site in
            // given
            _ = try await Accounts.member(site, email: "known@example.fr")
            let browser = site.browser()
            let form = try await browser.get("/compte/connexion")
            // when
            let wrong = try await browser.post("/compte/connexion", form: [("email", "known@example.fr"), ("password", "not the password")], csrf: form.csrfToken)
            let unknown = try await browser.post("/compte/connexion", form: [("email", "nobody@example.fr"), ("password", "not the password")], csrf: form.csrfToken)
            let empty = try await browser.post("/compte/connexion", form: [("email", ""), ("password", "")], csrf: form.csrfToken)
            // then
            #expect(wrong.status == .unprocessableContent)
            #expect(unknown.status == .unprocessableContent)
            #expect(wrong.body.replacingOccurrences(of: "known", with: "nobody") == unknown.body)
            #expect(empty.body.contains(##"href="#email""##) && empty.body.contains(##"href="#password""##))
        }
    }

    @Test func loginRotatesTheSessionAndLogoutEndsItOnTheServer() async throws {
        try await withTestSite { site in
            // given: a visitor with a session before signing in (an answer to the simulator opens one)
            let browser = try await Accounts.member(site, email: "rotate@example.fr")
            let page = try await browser.get("/compte")
            _ = try await browser.post("/compte/deconnexion", form: [], csrf: page.csrfToken)
            let question = try await browser.get("/simulateur/question/nationalite-enfant")
            _ = try await browser.post("/simulateur/question/nationalite-enfant", form: [("nationalite-enfant", "other")], csrf: question.csrfToken)
            let form = try await browser.get("/compte/connexion")
            let before = await browser.cookies["dcem_session"]
            // when
            _ = try await browser.post("/compte/connexion", form: [("email", "rotate@example.fr"), ("password", Accounts.personalPassword)], csrf: form.csrfToken)
            let after = await browser.cookies["dcem_session"]
            // then
            #expect(before != nil && after != nil && before != after)
            #expect(try await site.client.execute(uri: "/mes-demandes", method: .get, headers: [.cookie: "dcem_session=\(before!)"]).status == .seeOther)

            // when: signing out
            let account = try await browser.get("/compte")
            _ = try await browser.post("/compte/deconnexion", form: [], csrf: account.csrfToken)
            // then: the old cookie, replayed, opens nothing
            let replay = try await site.client.execute(uri: "/mes-demandes", method: .get, headers: [.cookie: "dcem_session=\(after!)"])
            #expect(replay.status == .seeOther)
            #expect(replay.headers[.location]?.hasPrefix("/compte/connexion") == true)
        }
    }

    @Test func familyPagesSendAnonymousVisitorsToLoginAndBack() async throws {
        try await withTestSite { site in
            // when
            let page = try await site.browser().get("/mes-demandes")
            // then: to sign in, and back to the page asked after
            #expect(page.status == .seeOther)
            #expect(page.location == "/compte/connexion?suite=/mes-demandes")
            let login = try await site.browser().get("/compte/connexion?suite=/demandes/nouvelle")
            #expect(login.body.contains(#"action="/compte/connexion?suite=/demandes/nouvelle""#))
            let offsite = try await site.browser().get("/compte/connexion?suite=//evil.example/x")
            #expect(!offsite.body.contains("evil.example"))
        }
    }

    @Test func loginIsThrottledPerAddressWithRetryAfter() async throws {
        try await withTestSite { site in
            // given
            let browser = site.browser()
            let form = try await browser.get("/compte/connexion")
            // when
            var statuses: [Int] = []
            for _ in 0..<(RateLimit.loginPerAddress.limit + 1) {
                let page = try await browser.post("/compte/connexion", form: [("email", "target@example.fr"), ("password", "guess guess guess")], csrf: form.csrfToken)
                statuses.append(page.status.code)
                if page.status == .tooManyRequests {
                    #expect(Int(page.headers[.retryAfter] ?? "") ?? 0 > 0)
                }
            }
            // then
            #expect(statuses.dropLast().allSatisfy { $0 == 422 })
            #expect(statuses.last == 429)
        }
    }

    @Test func rateLimitsCanBeTurnedOffForBenchmarks() async throws {
        try await withTestSite(configure: { $0.rateLimits = false }) { site in
            let browser = site.browser()
            let form = try await browser.get("/compte/connexion")
            for _ in 0..<(RateLimit.loginPerAddress.limit + 2) {
                let page = try await browser.post("/compte/connexion", form: [("email", "target@example.fr"), ("password", "guess guess guess")], csrf: form.csrfToken)
                #expect(page.status == .unprocessableContent)
            }
        }
    }

    @Test func forgottenPasswordSendsATemporaryOneAndKeepsTheOldOne() async throws {
        try await withTestSite { site in
            // given
            _ = try await Accounts.member(site, email: "forgot@example.fr")
            let browser = site.browser()
            let form = try await browser.get("/compte/mot-de-passe-oublie")
            // when
            let sent = try await browser.post("/compte/mot-de-passe-oublie", form: [("email", "forgot@example.fr")], csrf: form.csrfToken)
            let unknown = try await browser.post("/compte/mot-de-passe-oublie", form: [("email", "ghost@example.fr")], csrf: form.csrfToken)
            // then
            #expect(sent.status == .seeOther && unknown.status == .seeOther)
            #expect(try await site.mails(to: "ghost@example.fr").isEmpty)
            let mail = try #require(try await site.lastMail(to: "forgot@example.fr", kind: "password-reset"))
            let temporary = try #require(Accounts.temporaryPassword(in: mail.body))
            let login = try await browser.get("/compte/connexion")
            let withTemporary = try await browser.post("/compte/connexion", form: [("email", "forgot@example.fr"), ("password", temporary)], csrf: login.csrfToken)
            #expect(withTemporary.location == "/compte/mot-de-passe")
            let other = site.browser()
            let otherLogin = try await other.get("/compte/connexion")
            let withOld = try await other.post("/compte/connexion", form: [("email", "forgot@example.fr"), ("password", Accounts.personalPassword)],
                                               csrf: otherLogin.csrfToken)
            #expect(withOld.location == "/mes-demandes")
        }
    }

    @Test func profileKeepsAForeignerNumberOfTenDigitsOnly() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site, email: "profile@example.fr")
            let page = try await browser.get("/compte")
            // when
            let bad = try await browser.post("/compte", form: [("foreignerNumber", "12345")], csrf: page.csrfToken)
            let good = try await browser.post("/compte", form: [("foreignerNumber", "01234 56789")], csrf: page.csrfToken)
            // then
            #expect(bad.status == .unprocessableContent)
            #expect(bad.body.contains(#"value="12345""#))
            #expect(good.status == .seeOther)
            #expect(try await User.query(on: site.db).filter(\.$email == "profile@example.fr").first()?.foreignerNumber == "0123456789")
        }
    }

    @Test func aFormWithoutTheSessionTokenIsRefused() async throws {
        try await withTestSite { site in
            let browser = try await Accounts.member(site, email: "csrf@example.fr")
            _ = try await browser.get("/compte")
            let forged = try await browser.post("/compte", form: [("foreignerNumber", "0123456789")], csrf: "forged")
            #expect(forged.status == .forbidden)
            #expect(try await User.query(on: site.db).first()?.foreignerNumber == nil)
        }
    }

    @Test(arguments: ["a\u{200B}mina@example.fr", "amina@exa\u{202E}mple.fr", "amina@exam\u{FEFF}ple.fr", "amina@example.fr\u{0}"])
    func anAddressWithAnInvisibleCharacterIsRefusedNamingTheField(_ typed: String) async throws {
        try await withTestSite { site in
            let browser = site.browser()
            let form = try await browser.get("/compte/creer")
            let sent = try await browser.post("/compte/creer", form: [("email", typed)], csrf: form.csrfToken)
            #expect(sent.status == .unprocessableContent)
            #expect(sent.body.contains(##"href="#email""##))
            #expect(sent.body.contains("caractère invisible"))
            #expect(try await User.query(on: site.db).count() == 0)
        }
    }
}
