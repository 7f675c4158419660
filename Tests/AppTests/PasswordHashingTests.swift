import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// Bcrypt on its own bounded threads, and logins that cost the same whatever the address.
@Suite struct PasswordHashingTests {
    /// Holds every thread of `pool` until the returned closure is called.
    static func holdBusy(_ pool: PasswordHashPool) async throws -> @Sendable () async throws -> Void {
        let gate = DispatchSemaphore(value: 0)
        let held = Task { try await pool.run { gate.wait() } }
        while pool.admitted < pool.threads { try await Task.sleep(for: .milliseconds(5)) }
        return {
            for _ in 0..<pool.threads { gate.signal() }
            try await held.value
        }
    }

    @Test func aBurstOfLoginsIsAnswered503AtOnceWhileOtherPagesStillAnswer() async throws {
        // given: password threads of one thread and one waiting place, held busy, and a member
        let pool = PasswordHashPool(threads: 1, queue: 1)
        try await withTestSite(dependencies: { $0.passwordHashPool = pool }) { site in
            _ = try await Accounts.member(site, email: "burst@example.fr")
            let browser = site.browser()
            let form = try await browser.get("/compte/connexion")
            let csrf = try #require(form.csrfToken)
            let release = try await Self.holdBusy(pool)

            // when: nine wrong passwords at once (with the member's own login, the address's limit of ten)
            let logins = 9
            try await withThrowingTaskGroup(of: Browser.Page.self) { group in
                for _ in 0..<logins {
                    group.addTask {
                        try await browser.post("/compte/connexion", form: [("email", "burst@example.fr"), ("password", "pas le bon mot de passe")], csrf: csrf)
                    }
                }
                // then: all but the one that found the waiting place are answered at once, with a page and Retry-After
                for _ in 0..<(logins - 1) {
                    let page = try #require(try await group.next())
                    #expect(page.status == .serviceUnavailable)
                    #expect(Int(page.headers[.retryAfter] ?? "") ?? 0 > 0)
                    #expect(page.body.contains("Trop de connexions en même temps"))
                }
                // and the database's pages answer while every password thread is taken
                #expect(try await site.client.execute(uri: "/health/ready", method: .get).status == .ok)
                #expect(try await site.browser().get("/compte/creer").status == .ok)

                try await release()
                let waited = try #require(try await group.next())
                #expect(waited.status == .unprocessableContent)
            }
        }
        try await pool.shutdown()
    }

    @Test func theQueueIsConfigurableAndBounded() throws {
        #expect(try AppConfig(environment: ["DCEM_PASSWORD_HASH_QUEUE": "3"]).passwordHashQueue == 3)
        #expect(try AppConfig(environment: [:]).passwordHashQueue == 16)
        for wrong in ["-1", "10001", "many"] {
            let error = #expect(throws: ConfigurationError.self) { try AppConfig(environment: ["DCEM_PASSWORD_HASH_QUEUE": wrong]) }
            #expect(error?.problems.joined().contains("DCEM_PASSWORD_HASH_QUEUE") == true, "\(wrong)")
        }
        #expect(AppConfig.keys.contains { $0.name == "DCEM_PASSWORD_HASH_QUEUE" })
    }

    /// The Bcrypt work one request did, by cost.
    static func work(_ pool: PasswordHashPool, _ request: () async throws -> Void) async throws -> (verified: [Int: Int], hashed: [Int: Int]) {
        let verified = pool.verificationsByCost, hashed = pool.hashesByCost
        try await request()
        func difference(_ after: [Int: Int], _ before: [Int: Int]) -> [Int: Int] {
            after.reduce(into: [:]) { result, entry in
                let change = entry.value - (before[entry.key] ?? 0)
                if change != 0 { result[entry.key] = change }
            }
        }
        return (difference(pool.verificationsByCost, verified), difference(pool.hashesByCost, hashed))
    }

    @Test func aFamilyLoginDoesTheSameWorkWhetherOrNotTheAddressHasAnAccount() async throws {
        let pool = PasswordHashPool(threads: 1, queue: 100)
        try await withTestSite(configure: { $0.bcryptCost = 5 }, dependencies: { $0.passwordHashPool = pool }) { site in
            // given: a member with a personal password, one with a temporary password pending beside it, one never signed in
            _ = try await Accounts.member(site, email: "known@example.fr")
            _ = try await Accounts.member(site, email: "reset@example.fr")
            let visitor = site.browser()
            let forgot = try await visitor.get("/compte/mot-de-passe-oublie")
            _ = try await visitor.post("/compte/mot-de-passe-oublie", form: [("email", "reset@example.fr")], csrf: forgot.csrfToken)
            let signUp = try await visitor.get("/compte/creer")
            _ = try await visitor.post("/compte/creer", form: [("email", "new@example.fr")], csrf: signUp.csrfToken)
            let login = try await visitor.get("/compte/connexion")

            // when: a wrong password is tried for each, and for an address without an account
            var work: [String: [Int: Int]] = [:]
            for email in ["nobody@example.fr", "known@example.fr", "reset@example.fr", "new@example.fr"] {
                work[email] = try await Self.work(pool) {
                    let page = try await visitor.post("/compte/connexion", form: [("email", email), ("password", "pas le bon mot de passe")],
                                                      csrf: login.csrfToken)
                    #expect(page.status == .unprocessableContent)
                }.verified
            }
            // then: two checks at the configured cost each time
            for (email, verified) in work { #expect(verified == [5: 2], "\(email)") }
        }
        try await pool.shutdown()
    }

    @Test func forgottenPasswordAndSignUpDoTheSameWorkWhateverTheAddress() async throws {
        let pool = PasswordHashPool(threads: 1, queue: 100)
        try await withTestSite(configure: { $0.bcryptCost = 5 }, dependencies: { $0.passwordHashPool = pool }) { site in
            _ = try await Accounts.member(site, email: "known@example.fr")
            let visitor = site.browser()
            let forgot = try await visitor.get("/compte/mot-de-passe-oublie")
            let signUp = try await visitor.get("/compte/creer")
            for email in ["known@example.fr", "ghost@example.fr"] {
                let reset = try await Self.work(pool) {
                    _ = try await visitor.post("/compte/mot-de-passe-oublie", form: [("email", email)], csrf: forgot.csrfToken)
                }
                #expect(reset.verified.isEmpty && reset.hashed == [5: 1], "\(email)")
            }
            for email in ["known@example.fr", "other@example.fr"] {
                let created = try await Self.work(pool) {
                    _ = try await visitor.post("/compte/creer", form: [("email", email)], csrf: signUp.csrfToken)
                }
                #expect(created.verified.isEmpty && created.hashed == [5: 1], "\(email)")
            }
        }
        try await pool.shutdown()
    }

    @Test func anAgentLoginDoesTheSameWorkWhetherOrNotTheAddressHasAnAccount() async throws {
        let pool = PasswordHashPool(threads: 1, queue: 100)
        try await withTestSite(configure: { $0.bcryptCost = 5 }, dependencies: { $0.passwordHashPool = pool }) { site in
            // given: an agent, and a disabled one, made at the configured cost
            for email in ["agent@interieur.gouv.fr", "parti@interieur.gouv.fr"] {
                _ = try await AgentAccounts.create(prefecture: "75", email: email, name: nil, role: "agent",
                                                   hasher: PasswordHasher(cost: 5), now: testNow, on: site.db)
            }
            let gone = try #require(try await Agent.query(on: site.db).filter(\.$email == "parti@interieur.gouv.fr").first())
            gone.disabledAt = testNow
            try await gone.update(on: site.db)
            let browser = site.browser()

            for email in ["personne@interieur.gouv.fr", "agent@interieur.gouv.fr", "parti@interieur.gouv.fr"] {
                // when
                let work = try await Self.work(pool) {
                    let page = try await Agents.password(browser, email: email, password: "pas le bon mot de passe")
                    #expect(page.status == .unprocessableContent)
                }
                // then: one check at the configured cost each time
                #expect(work.verified == [5: 1], "\(email)")
            }
        }
        try await pool.shutdown()
    }
}
