import HummingbirdTesting
import Testing

@testable import App

@Suite struct SimulatorStartTests {
    @Test func aFirstVisitToTheStartPageStoresNoSession() async throws {
        try await withTestApp { client in
            // when
            let response = try await client.execute(uri: SiteURL.simulatorStart.path, method: .get)
            // then
            #expect(response.status == .ok)
            #expect(response.headers[values: .setCookie].allSatisfy { !$0.hasPrefix("dcem_session=") })
            #expect(!String(buffer: response.body).contains(SiteURL.simulatorRestart.path), "nothing to start again")
        }
    }

    @Test func withAnswersTheStartPageOffersToStartAgain() async throws {
        try await withTestApp { client in
            // given a visitor who answered the first question
            let browser = Browser(client)
            let question = try await browser.get("/simulateur/question/nationalite-enfant")
            let csrf = try #require(question.csrfToken)
            _ = try await browser.post("/simulateur/question/nationalite-enfant", form: [("nationalite-enfant", "other")], csrf: csrf)
            // when
            let start = try await browser.get(SiteURL.simulatorStart.path)
            // then
            #expect(start.body.contains(#"action="\#(SiteURL.simulatorRestart.path)""#))
            #expect(start.csrfToken == csrf)
        }
    }
}
