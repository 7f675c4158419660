import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import App

/// Visitors who have answered nothing leave no session row: their form token lives in a signed
/// cookie; the return path after login stays on the site; expired sessions are purged.
@Suite struct AnonymousVisitorTests {
    static let formPages = ["/", "/compte/connexion", "/compte/creer", "/compte/mot-de-passe-oublie", "/backoffice/connexion",
                            "/simulateur", "/simulateur/question/nationalite-enfant"]

    @Test func anonymousPagesWithFormsWriteNoSessionRow() async throws {
        try await withTestSite { site in
            // when: a visitor reads every anonymous page with a form
            let browser = site.browser()
            for path in Self.formPages {
                #expect(try await browser.get(path).status == .ok, "\(path)")
            }
            // then: no row, and the form token is in the signed cookie
            #expect(try await SessionRecord.query(on: site.db).count() == 0)
            #expect(await browser.cookies["dcem_session"] == nil)
            let cookie = try #require(await browser.cookies[CSRFCookie.name])
            let token = try #require(try await browser.get("/compte/connexion").csrfToken)
            #expect(cookie.hasPrefix(token + "."))
        }
    }

    @Test func aFormPostedWithTheCookieTokenWorksWithoutASession() async throws {
        try await withTestSite { site in
            // given
            let browser = site.browser()
            let form = try await browser.get("/compte/connexion")
            // when: a wrong login, then a sign-up, with the cookie's token
            let wrong = try await browser.post("/compte/connexion", form: [("email", "x@example.fr"), ("password", "pas le bon")], csrf: form.csrfToken)
            let signUp = try await browser.post("/compte/creer", form: [("email", "nouveau@example.fr")], csrf: form.csrfToken)
            // then: both are read (not refused as forged), and still no session row
            #expect(wrong.status == .unprocessableContent)
            #expect(signUp.status == .seeOther)
            #expect(try await SessionRecord.query(on: site.db).count() == 0)
        }
    }

    @Test func aForgedOrTamperedTokenIsRefused() async throws {
        try await withTestSite { site in
            let browser = site.browser()
            let form = try await browser.get("/compte/creer")
            let token = try #require(form.csrfToken)
            let cookie = try #require(await browser.cookies[CSRFCookie.name])
            let signature = String(cookie.split(separator: ".")[1])
            let otherToken = CSRF.newToken()
            let cases: [(name: String, cookie: String?, sent: String)] = [
                ("no cookie", nil, token),
                ("token not the cookie's", cookie, otherToken),
                ("cookie signed by someone else", "\(otherToken).\(signature)", otherToken),
                ("signature changed", "\(token).\(String(signature.reversed()))", token),
                ("unsigned cookie", otherToken, otherToken),
            ]
            for forged in cases {
                var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
                if let cookie = forged.cookie { headers[.cookie] = "\(CSRFCookie.name)=\(cookie)" }
                let response = try await site.client.execute(uri: "/compte/creer", method: .post, headers: headers,
                                                             body: ByteBuffer(string: "_csrf=\(forged.sent)&email=forge%40example.fr"))
                #expect(response.status == .forbidden, "\(forged.name)")
            }
            #expect(try await site.mails(to: "forge@example.fr").isEmpty)
        }
    }

    @Test func theFirstAnswerOpensTheSessionWithTheSameToken() async throws {
        try await withTestSite { site in
            // given: a visitor on the first question
            let browser = site.browser()
            let first = try await browser.get("/simulateur/question/nationalite-enfant")
            let token = try #require(first.csrfToken)
            // when: they answer
            let answered = try await browser.post("/simulateur/question/nationalite-enfant", form: [("nationalite-enfant", "other")], csrf: token)
            // then: a session now keeps the answer, and forms opened before still carry a valid token
            #expect(answered.location == "/simulateur/question/titre-de-sejour-enfant")
            #expect(try await SessionRecord.query(on: site.db).count() == 1)
            #expect(try await browser.get("/simulateur/question/titre-de-sejour-enfant").csrfToken == token)
            let restart = try await browser.post("/simulateur/recommencer", form: [], csrf: token)
            #expect(restart.status == .seeOther)
        }
    }

    @Test func expiredSessionsArePurgedInBoundedBatches() async throws {
        // On a database of its own: the app's scheduler would purge beside the test.
        try await withTestDatabase { database in
            // given: 25 expired sessions and one still valid
            let past = Date().addingTimeInterval(-3600)
            for index in 0..<25 {
                try await SessionRecord(id: "expired-\(index)", data: Data("{}".utf8), expiresAt: past).create(on: database.db)
            }
            try await SessionRecord(id: "live", data: Data("{}".utf8), expiresAt: Date().addingTimeInterval(3600)).create(on: database.db)

            // when: a purge of at most two batches of ten
            let bounded = try await DatabasePersistDriver.purgeExpired(now: Date(), batchSize: 10, batches: 2, on: database.db)
            // then: twenty went, five wait for the next pass
            #expect(bounded == 20)
            #expect(try await SessionRecord.query(on: database.db).count() == 6)

            // when: the scheduler's pass
            let scheduler = DossierScheduler(workflow: DossierWorkflow(store: DossierStore(database: { database.db }), publicURL: "http://x", now: { testNow }),
                                          interval: .seconds(60), now: { testNow }, logger: quietLogger)
            #expect(try await scheduler.purgeExpiredSessions() == 5)
            // then: only the live session is left
            #expect(try await SessionRecord.query(on: database.db).all().map { $0.id } == ["live"])
        }
    }

    // MARK: Return path after login

    @Test(arguments: [
        ("/demandes/nouvelle", "/demandes/nouvelle"),
        ("/mes-demandes?onglet=2", "/mes-demandes?onglet=2"),
        ("/", "/"),
        ("/%09/evil.example", nil),
        ("/\t/evil.example", nil),
        ("/\t/x", nil),
        ("//x", nil),
        ("/\\x", nil),
        ("\\\\x", nil),
        ("https://x", nil),
        ("/\r\n/x", nil),
        ("/\n/x", nil),
        ("/x\u{0}y", nil),
        ("/%2F/x", nil),
        ("/%5Cx", nil),
        ("/%252F%252Fx", nil),
        ("/%0D%0A/x", nil),
        ("/ /x", nil),
        ("/x y", nil),
        ("/\u{200B}/x", nil),
        ("x", nil),
        ("", nil),
        ("/javascript:alert(1)", nil),
    ] as [(String, String?)])
    func onlyAPathOfThisSiteIsAReturnPath(candidate: String, kept: String?) {
        #expect(SiteURL.safeReturnPath(candidate) == kept)
    }

    @Test func aTabInTheReturnPathDoesNotLeaveTheSite() async throws {
        try await withTestSite { site in
            _ = try await Accounts.member(site, email: "retour@example.fr")
            let browser = site.browser()
            for suite in ["/%09/evil.example", "/%5C/evil.example", "%2F%2Fevil.example", "/%0A/evil.example"] {
                let form = try await browser.get("/compte/connexion?suite=\(suite)")
                #expect(!form.body.contains("evil.example"), "\(suite)")
                let page = try await browser.post("/compte/connexion?suite=\(suite)",
                                                   form: [("email", "retour@example.fr"), ("password", Accounts.personalPassword)], csrf: form.csrfToken)
                #expect(page.location == "/mes-demandes", "\(suite)")
                let account = try await browser.get("/compte")
                _ = try await browser.post("/compte/deconnexion", form: [], csrf: account.csrfToken)
            }
        }
    }
}
