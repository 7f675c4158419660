import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import App

/// Behind a reverse proxy, through the real app on a real socket (the peer is 127.0.0.1):
/// what is believed from a trusted proxy, and ignored from anyone else (docs/deployment.md#the-proxy).
@Suite struct ProxyRouteTests {
    /// The application served on a loopback port, `trusted` as its proxies.
    static func withLiveApp<Value: Sendable>(trusted: [String], instance: String = "test-a", logger: Logger? = nil,
                                             _ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await withTestConfig(configure: { config in
            config.port = 0
            config.trustedProxies = TrustedProxies(trusted)
            config.instanceName = instance
            if logger != nil { config.logLevel = .info }
        }) { config in
            var dependencies = AppDependencies(now: { testNow })
            dependencies.logger = logger
            let app = try await buildApplication(config, dependencies: dependencies)
            return try await app.test(.live, body)
        }
    }

    static let forwardedFor = HTTPFields.Element.Name("X-Forwarded-For")!
    static let forwardedProto = HTTPFields.Element.Name("X-Forwarded-Proto")!
    static let requestID = HTTPFields.Element.Name("X-Request-Id")!
    static let instance = HTTPFields.Element.Name("X-DCEM-Instance")!

    /// The language switch sets a cookie: is it `Secure`?
    static func languageCookie(_ client: any TestClientProtocol, proto: String?) async throws -> (cookie: String, hsts: String?) {
        var headers = HTTPFields()
        if let proto { headers[forwardedProto] = proto }
        let response = try await client.execute(uri: "/?lang=en", method: .get, headers: headers, body: nil)
        let cookie = response.headers[values: .setCookie].first { $0.hasPrefix(LanguageMiddleware.cookieName + "=") } ?? ""
        return (cookie, response.headers[.strictTransportSecurity])
    }

    @Test func httpsFromATrustedProxyMakesCookiesSecure() async throws {
        try await Self.withLiveApp(trusted: ["127.0.0.1"]) { client in
            let https = try await Self.languageCookie(client, proto: "https")
            #expect(https.cookie.contains("; Secure"))
            #expect(https.hsts?.contains("max-age=") == true)
            let http = try await Self.languageCookie(client, proto: "http")
            #expect(!http.cookie.isEmpty && !http.cookie.contains("Secure"))
            #expect(http.hsts == nil)
            let none = try await Self.languageCookie(client, proto: nil)
            #expect(!none.cookie.contains("Secure"))
        }
    }

    @Test func httpsFromAnUntrustedPeerIsIgnored() async throws {
        try await Self.withLiveApp(trusted: ["10.0.0.0/8"]) { client in
            let https = try await Self.languageCookie(client, proto: "https")
            #expect(!https.cookie.isEmpty && !https.cookie.contains("Secure"))
            #expect(https.hsts == nil)
        }
    }

    @Test func theSessionCookieIsSecureBehindAnHTTPSProxy() async throws {
        try await Self.withLiveApp(trusted: ["127.0.0.1"]) { client in
            // A visitor's form token, kept in a cookie.
            let form = try await client.execute(uri: "/compte/creer", method: .get, headers: [Self.forwardedProto: "https"], body: nil)
            let cookies = form.headers[values: .setCookie]
            #expect(!cookies.isEmpty)
            #expect(cookies.allSatisfy { $0.contains("; Secure") }, "\(cookies)")
        }
    }

    @Test func aTrustedProxysRequestIDIsKeptAndEveryOtherIsMadeHere() async throws {
        try await Self.withLiveApp(trusted: ["127.0.0.1"], instance: "dcem-a") { client in
            func id(_ sent: String?, _ uri: String = "/health/live") async throws -> (String?, String?) {
                var headers = HTTPFields()
                if let sent { headers[Self.requestID] = sent }
                let response = try await client.execute(uri: uri, method: .get, headers: headers, body: nil)
                return (response.headers[Self.requestID], response.headers[Self.instance])
            }
            let kept = try await id("0f8e2b1c-proxy-42")
            #expect(kept.0 == "0f8e2b1c-proxy-42")
            #expect(kept.1 == "dcem-a")
            for bad in [String(repeating: "x", count: 129), "a b", "<script>", "nom@example.fr"] {
                let made = try await id(bad)
                #expect(made.0 != bad && made.0.flatMap { UUID(uuidString: $0) } != nil, "\(bad.prefix(10))")
            }
            let fresh = try await id(nil)
            #expect(fresh.0.flatMap { UUID(uuidString: $0) } != nil)
            // Every answer carries one: a missing page and the API's errors too.
            #expect(try await id("abc", "/no-such-page").0 == "abc")
            #expect(try await id("abc", "/api/v1/dossiers").0 == "abc")
        }
        try await Self.withLiveApp(trusted: []) { client in
            let response = try await client.execute(uri: "/health/live", method: .get, headers: [Self.requestID: "from-anyone"], body: nil)
            #expect(response.headers[Self.requestID] != "from-anyone")
            #expect(response.headers[Self.requestID].flatMap { UUID(uuidString: $0) } != nil)
        }
    }

    @Test func eachRequestIsLoggedWithItsIDAndTheInstance() async throws {
        let records = LogRecords()
        try await Self.withLiveApp(trusted: ["127.0.0.1"], instance: "dcem-b", logger: records.logger(level: .info)) { client in
            _ = try await client.execute(uri: "/compte/connexion?email=marie.dupont@example.fr", method: .get,
                                         headers: [Self.requestID: "req-77"], body: nil)
        }
        let line = try #require(records.all.first { $0.message == "request" && $0.metadata["request_id"] == "req-77" })
        #expect(line.metadata["instance"] == "dcem-b")
        #expect(line.metadata["method"] == "GET")
        #expect(line.metadata["status"] == "200")
        #expect(line.metadata["route"] == "/compte/connexion")
        #expect(!line.text.contains("marie.dupont"), "no query, no personal data")
        // Every line the instance wrote names it.
        #expect(records.all.allSatisfy { $0.metadata["instance"] == "dcem-b" })
    }

    /// The verification's limit per client (the public check of a DCEM).
    static func verify(_ client: any TestClientProtocol, from forwarded: String) async -> HTTPResponse.Status {
        (try? await client.execute(uri: SiteURL.apiVerification.path, method: .post,
                                 headers: [.contentType: "application/json", Self.forwardedFor: forwarded],
                                 body: ByteBuffer(string: DocumentVerificationTests.ask()))).map(\.status) ?? .internalServerError
    }

    @Test func eachClientBehindTheProxyHasItsOwnLimit() async throws {
        try await Self.withLiveApp(trusted: ["127.0.0.1"]) { client in
            for _ in 1...RateLimit.verificationPerClient.limit {
                #expect(await Self.verify(client, from: "198.51.100.1") == .ok)
            }
            #expect(await Self.verify(client, from: "198.51.100.1") == .tooManyRequests)
            // A forged left-most entry changes nothing: the proxy's own entry is the client.
            #expect(await Self.verify(client, from: "203.0.113.50, 198.51.100.1") == .tooManyRequests)
            // Another client is not limited by the first.
            #expect(await Self.verify(client, from: "198.51.100.2") == .ok)
        }
    }

    @Test func fromAnUntrustedPeerTheForwardedAddressIsIgnored() async throws {
        try await Self.withLiveApp(trusted: []) { client in
            for index in 1...RateLimit.verificationPerClient.limit {
                #expect(await Self.verify(client, from: "198.51.100.\(index)") == .ok)
            }
            // Every "client" was the peer itself.
            #expect(await Self.verify(client, from: "198.51.100.200") == .tooManyRequests)
        }
    }
}
