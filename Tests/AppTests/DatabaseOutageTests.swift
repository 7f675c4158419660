import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// The database out of reach (PostgreSQL stopped, restarting): the service says it is unavailable
/// for a while and signs no one out (docs/deployment.md#when-postgresql-is-down). Through the real
/// app on each database, the routes' handles made to fail by a switch; scripts/several-machines
/// stops a real PostgreSQL.
@Suite struct DatabaseOutageTests {
    @Test func aSignedInMemberIsToldToComeBackAndStaysSignedIn() async throws {
        let outage = DatabaseOutageSwitch()
        try await withTestSite(dependencies: { $0.databaseOutage = outage }) { site in
            // given: a member signed in, with an API token
            let browser = try await Accounts.member(site)
            let token = try await APIJourney.createToken(browser)
            let api = APIClient(client: site.client, token: token)
            #expect(try await browser.get("/mes-demandes").status == .ok)
            let sessionCookie = try #require(await browser.cookies[WebSession.cookieName])

            // when: the database stops answering
            outage.isDown = true
            let page = try await browser.get("/mes-demandes")
            let english = try await browser.get("/mes-demandes?lang=en")
            let reply = try await api.get("/api/v1/dossiers")

            // then: 503 with Retry-After, a calm page in the reader's language, no way to the login page
            #expect(page.status == .serviceUnavailable)
            #expect(page.headers[.retryAfter] == String(ErrorPageMiddleware.unavailableRetryAfterSeconds))
            #expect(page.location == nil)
            #expect(page.body.contains("Le service est momentanément indisponible"))
            #expect(page.body.contains("quelques minutes"))
            #expect(english.status == .serviceUnavailable && english.body.contains("The service is unavailable for the moment"))
            // the session cookie is neither cleared nor replaced
            #expect(page.headers[values: .setCookie].allSatisfy { !$0.hasPrefix(WebSession.cookieName + "=") })
            #expect(await browser.cookies[WebSession.cookieName] == sessionCookie)
            // and the API answers a JSON problem
            #expect(reply.status == .serviceUnavailable)
            #expect(reply.headers[.retryAfter] != nil)
            #expect(reply.headers[.contentType]?.contains("json") == true)

            // when: the database is back
            outage.isDown = false

            // then: still signed in, on the same session
            let back = try await browser.get("/mes-demandes")
            #expect(back.status == .ok)
            #expect(await browser.cookies[WebSession.cookieName] == sessionCookie)
            #expect(try await api.get("/api/v1/dossiers").status == .ok)
        }
    }

    @Test func anAgentIsNotSentToTheLoginPageEither() async throws {
        let outage = DatabaseOutageSwitch()
        try await withTestSite(dependencies: { $0.databaseOutage = outage }) { site in
            let agent = try await Agents.signedIn(site)
            outage.isDown = true
            let page = try await agent.get("/backoffice/dossiers")
            #expect(page.status == .serviceUnavailable && page.location == nil)
            outage.isDown = false
            #expect(try await agent.get("/backoffice/dossiers").status == .ok)
        }
    }

    @Test func connectionFailuresReadAsUnavailableAndStatementErrorsDoNot() {
        #expect(DatabaseOutage.isUnavailable(DatabaseUnavailable()))
        #expect(!DatabaseOutage.isUnavailable(CancellationError()))
        #expect(!DatabaseOutage.isUnavailable(DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "x"))))
    }
}
