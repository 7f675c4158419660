import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import App

/// Personal API tokens: created, listed and revoked from the account page, or from the command line.
@Suite struct APITokenTests {
    @Test func aMemberCreatesSeesAndRevokesATokenOnTheAccountPage() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site)
            let before = try await browser.get("/compte")
            #expect(before.body.contains("Jetons d’accès API") && before.body.contains("Vous n’avez aucun jeton."))

            // when
            let created = try await browser.post("/compte/jetons", form: [("tokenName", "cron du soir")], csrf: before.csrfToken)

            // then: shown once, with the warning; stored hashed
            #expect(created.status == .ok)
            #expect(created.body.contains("il ne sera plus jamais affiché"))
            let token = try #require(APIJourney.token(in: created.body))
            #expect(APITokens.looksLikeToken(token))
            let record = try #require(try await APIToken.query(on: site.db).first())
            #expect(record.tokenHash == APITokens.hash(token) && record.tokenHash != token)
            #expect(record.ownerKind == "family" && record.name == "cron du soir")
            let listed = try await browser.get("/compte")
            #expect(listed.body.contains("cron du soir") && listed.body.contains(String(token.prefix(12)) + "…"))
            #expect(!listed.body.contains(token))
            #expect(listed.body.contains("Jamais"))

            // when: it is used, then revoked
            let api = APIClient(client: site.client, token: token)
            #expect(try await api.get("/api/v1/dossiers").status == .ok)
            #expect(try await browser.get("/compte").body.contains("25 novembre 2026</td><td><form"))
            let revoked = try await browser.post("/compte/jetons/\(record.id!.uuidString.lowercased())/revoquer", form: [], csrf: listed.csrfToken)

            // then
            #expect(revoked.status == .seeOther)
            let after = try await browser.get(try #require(revoked.location?.components(separatedBy: "#").first))
            #expect(after.body.contains("Le jeton est révoqué") && !after.body.contains("cron du soir"))
            #expect(try await APIToken.query(on: site.db).first()?.revokedAt != nil)
            #expect(try await api.get("/api/v1/dossiers").status == .unauthorized)
        }
    }

    @Test func theTokenFormsNeedTheCSRFTokenAndANameAndSpeakEnglish() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site)
            let account = try await browser.get("/compte?lang=en")
            #expect(account.body.contains("API tokens"))

            // when
            let forged = try await browser.post("/compte/jetons", form: [("tokenName", "x")], csrf: "forged")
            let unnamed = try await browser.post("/compte/jetons", form: [("tokenName", "  ")], csrf: account.csrfToken)

            // then
            #expect(forged.status == .forbidden)
            #expect(unnamed.status == .unprocessableContent)
            #expect(unnamed.body.contains("Give the token a name") && unnamed.body.contains(##"href="#tokenName""##))
            #expect(try await APIToken.query(on: site.db).count() == 0)
        }
    }

    @Test func aMemberCanNotRevokeAnotherMembersToken() async throws {
        try await withTestSite { site in
            // given
            let owner = try await Accounts.member(site, email: "owner@example.fr")
            let token = try await APIJourney.createToken(owner)
            let stranger = try await Accounts.member(site, email: "stranger@example.fr")
            let page = try await stranger.get("/compte")
            let record = try #require(try await APIToken.query(on: site.db).first())
            // when
            let refused = try await stranger.post("/compte/jetons/\(record.id!.uuidString.lowercased())/revoquer", form: [], csrf: page.csrfToken)
            // then
            #expect(refused.status == .notFound)
            #expect(try await APIClient(client: site.client, token: token).get("/api/v1/dossiers").status == .ok)
        }
    }

    @Test func theCommandLineCreatesATokenForAKnownAddressOnly() async throws {
        try await withTestSite { site in
            // given
            _ = try await Accounts.member(site, email: "famille@example.fr")

            // when: the function behind `dcem token create`
            let token = try await TokenIssuing.create(on: site.db, email: "  Famille@Example.FR ", name: "cron", now: testNow)

            // then
            #expect(try await APIClient(client: site.client, token: token).get("/api/v1/dossiers").status == .ok)
            #expect(try await APIToken.query(on: site.db).first()?.name == "cron")
            await #expect(throws: TokenIssuing.Failure.unknownEmail("personne@example.fr")) {
                try await TokenIssuing.create(on: site.db, email: "personne@example.fr", name: "cron", now: testNow)
            }
            await #expect(throws: TokenIssuing.Failure.self) {
                try await TokenIssuing.create(on: site.db, email: "famille@example.fr", name: " ", now: testNow)
            }
        }
    }
}

/// Bearer authentication of the family's API.
@Suite struct APIAuthenticationTests {
    @Test func theAPIRefusesAMissingAMalformedAnUnknownOrARevokedToken() async throws {
        try await withTestSite { site in
            // given
            let api = try await APIJourney.member(site)
            let revoked = try await TokenIssuing.create(on: site.db, email: "famille@example.fr", name: "old", now: testNow)
            try await APIToken.query(on: site.db).filter(\.$name == "old").set(\.$revokedAt, to: testNow).update()

            // when
            let none = try await APIClient(client: site.client, token: nil).get("/api/v1/dossiers")
            let malformed = try await APIClient(client: site.client, token: nil).send(.get, "/api/v1/dossiers", headers: [.authorization: "Basic Zm9vOmJhcg=="])
            let unknown = try await APIClient(client: site.client, token: APITokens.generate()).get("/api/v1/dossiers")
            let old = try await APIClient(client: site.client, token: revoked).get("/api/v1/dossiers")

            // then
            for reply in [none, malformed, unknown, old] {
                #expect(reply.status == .unauthorized)
                #expect(reply.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                #expect(reply.errorField == "Authorization")
                #expect(reply.headers[.contentType]?.hasPrefix("application/json") == true)
            }
            #expect(unknown.headers[.wwwAuthenticate]?.contains("invalid_token") == true)
            #expect(try await api.get("/api/v1/dossiers").status == .ok)
        }
    }

    @Test func lastUseIsNotedAtMostOnceAMinute() async throws {
        try await withTestSite { site in
            // given
            let api = try await APIJourney.member(site)
            // when
            _ = try await api.get("/api/v1/dossiers")
            let first = try #require(try await APIToken.query(on: site.db).first()?.lastUsedAt)
            try await APIToken.query(on: site.db).set(\.$lastUsedAt, to: first.addingTimeInterval(-30)).update()
            _ = try await api.get("/api/v1/dossiers")
            // then: 30 s ago is recent enough not to write again
            let second = try #require(try await APIToken.query(on: site.db).first()?.lastUsedAt)
            #expect(abs(second.timeIntervalSince(first.addingTimeInterval(-30))) < 1)
            #expect(abs(first.timeIntervalSince(testNow)) < 1)
        }
    }

    @Test func theSessionCookieNeverStandsInForATokenNorSkipsTheCSRFCheck() async throws {
        try await withTestSite { site in
            // given: a signed-in browser, no token
            let browser = try await Accounts.member(site)

            // when: a cross-site form posts to the API, and to a site form through an /api/ detour
            let viaAPI = try await browser.post("/api/v1/dossiers", form: [("profile", "non-eu-parent-permit"), ("role", "parent")])
            let detour = try await browser.post("/api/../compte/jetons", form: [("tokenName", "volé")])
            let encoded = try await browser.post("/api/%2E%2E/compte/jetons", form: [("tokenName", "volé")])

            // then
            #expect(viaAPI.status == .unauthorized)
            #expect(detour.status != .ok && encoded.status != .ok)
            #expect(try await Dossier.query(on: site.db).count() == 0)
            #expect(try await APIToken.query(on: site.db).count() == 0)
        }
    }
}
