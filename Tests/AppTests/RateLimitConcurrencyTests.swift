import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import App

/// Rate limits hold when the hits come all at once: the database counts them one by one.
@Suite struct RateLimitConcurrencyTests {
    /// Runs `count` calls of `body` at once; answers their results.
    static func parallel<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) async throws -> T) async throws -> [T] {
        try await withThrowingTaskGroup(of: T.self) { group in
            for index in 0..<count { group.addTask { try await body(index) } }
            var results: [T] = []
            for try await result in group { results.append(result) }
            return results
        }
    }

    @Test func parallelHitsForOneKeyAllowExactlyTheLimit() async throws {
        // The 40 hits queue on one row's lock; under a whole suite's load on PostgreSQL the last
        // may wait longer than the pool's default ten seconds for a connection.
        try await withTestSite(configure: { $0.databasePoolTimeout = .seconds(120) }) { site in
            // given: a limit of 10 in 15 minutes
            let limiter = DatabaseRateLimiter(database: { site.db })
            let rule = RateLimit(name: "test", limit: 10, window: 15 * 60)

            // when: 40 hits for one key arrive at once
            let waits = try await Self.parallel(40) { _ in try await limiter.hit(rule, key: "Someone@Example.fr", now: testNow) }

            // then: exactly 10 pass, the others are told how long to wait
            #expect(waits.filter { $0 == nil }.count == 10)
            #expect(waits.compactMap { $0 }.allSatisfy { $0 > 0 && $0 <= 15 * 60 })
            // another key has its own count
            #expect(try await limiter.hit(rule, key: "other@example.fr", now: testNow) == nil)
        }
    }

    @Test func aWindowThatRanOutStartsAfresh() async throws {
        try await withTestSite { site in
            // given: a key at its limit
            let limiter = DatabaseRateLimiter(database: { site.db })
            let rule = RateLimit(name: "test", limit: 3, window: 60)
            for _ in 0..<3 { #expect(try await limiter.hit(rule, key: "k", now: testNow) == nil) }
            #expect(try await limiter.hit(rule, key: "k", now: testNow.addingTimeInterval(30)) == 30)

            // when: the window has run out
            let later = testNow.addingTimeInterval(60)
            let afterwards = try await Self.parallel(8) { _ in try await limiter.hit(rule, key: "k", now: later) }

            // then: a new window opens, with the whole limit again
            #expect(afterwards.filter { $0 == nil }.count == 3)
            #expect(afterwards.compactMap { $0 }.allSatisfy { $0 == 60 })
        }
    }

    @Test func parallelWrongLoginsForOneAddressAreCheckedAtMostTheLimit() async throws {
        try await withTestSite { site in
            // given: a visitor's login form (an address without an account is checked all the same)
            let browser = site.browser()
            let form = try await browser.get("/compte/connexion")
            let token = form.csrfToken

            // when: 40 wrong passwords for the address arrive at once
            let statuses = try await Self.parallel(40) { _ in
                try await browser.post("/compte/connexion", form: [("email", "target@example.fr"), ("password", "guess guess guess")], csrf: token).status
            }

            // then: at most the limit is checked; every other answer is a 429
            #expect(statuses.filter { $0 == .unprocessableContent }.count <= RateLimit.loginPerAddress.limit)
            // the others refused: 429 by the limit, or 503 when a loaded machine made them wait too long
            #expect(statuses.allSatisfy { [.unprocessableContent, .tooManyRequests, .serviceUnavailable].contains($0) }, "\(statuses.map(\.code))")
        }
    }

    @Test func parallelSignUpsAndResetMailsStayWithinTheirLimits() async throws {
        try await withTestSite { site in
            // given: a member and a visitor's forms
            _ = try await Accounts.member(site, email: "reset@example.fr")
            let browser = site.browser()
            let signUp = try await browser.get("/compte/creer")
            let token = signUp.csrfToken

            // when: one client signs up 40 addresses at once, and asks 10 reset mails for one address at once
            let signUps = try await Self.parallel(40) { index in
                try await browser.post("/compte/creer", form: [("email", "visitor\(index)@example.fr")], csrf: token).status
            }
            let resets = try await Self.parallel(10) { _ in
                try await browser.post("/compte/mot-de-passe-oublie", form: [("email", "reset@example.fr")], csrf: token).status
            }

            // then: the client's limit of sign-ups (the member's own sign-up was the first) and the address's limit of reset mails hold
            let created = try await OutboxMail.query(on: site.db).filter(\.$kind == "account-created").all()
                .filter { $0.recipient.hasPrefix("visitor") }
            // Every answer is a sign-up made (303) or refused: 429 by the limit, or 503 when a loaded
            // machine kept the request waiting for the database longer than the pool allows. Never 500.
            let refused: Set<HTTPResponse.Status> = [.tooManyRequests, .serviceUnavailable]
            #expect(signUps.allSatisfy { $0 == .seeOther || refused.contains($0) }, "\(signUps.map(\.code))")
            #expect(signUps.filter { $0 == .seeOther }.count <= RateLimit.signUpPerIP.limit - 1)
            #expect(created.count == signUps.filter { $0 == .seeOther }.count)
            #expect(resets.allSatisfy { $0 == .seeOther || refused.contains($0) }, "\(resets.map(\.code))")
            #expect(resets.filter { $0 == .seeOther }.count <= RateLimit.resetPerAddress.limit, "\(resets.map(\.code))")
            #expect(try await site.mails(to: "reset@example.fr").filter { $0.kind == "password-reset" }.count <= RateLimit.resetPerAddress.limit)
        }
    }

    @Test func parallelOneTimeCodesOnOnePendingSessionAreCheckedAtMostTheLimit() async throws {
        try await withTestSite { site in
            // given: an agent past the password step
            let created = try await Agents.create(site)
            let browser = site.browser()
            #expect(try await Agents.password(browser, email: created.email, password: created.temporaryPassword).location == "/backoffice/connexion/code")
            let form = try await browser.get("/backoffice/connexion/code")
            let token = form.csrfToken
            let wrong = try await Agents.code(site, email: created.email) == "000000" ? "111111" : "000000"

            // when: 40 wrong codes arrive at once
            let statuses = try await Self.parallel(40) { _ in
                try await browser.post("/backoffice/connexion/code", form: [("code", wrong)], csrf: token).status
            }

            // then: at most the limit is checked against the secret
            #expect(statuses.filter { $0 == .unprocessableContent }.count <= RateLimit.agentCodePerAccount.limit)
            #expect(statuses.allSatisfy { [.unprocessableContent, .tooManyRequests, .serviceUnavailable].contains($0) }, "\(statuses.map(\.code))")
        }
    }
}
