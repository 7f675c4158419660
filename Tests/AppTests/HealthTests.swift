import HummingbirdTesting
import Testing

@testable import App

@Suite struct HealthTests {
    @Test func liveAndReadyAnswerOnAMigratedDatabase() async throws {
        try await withTestApp { client in
            // when
            let live = try await client.execute(uri: "/health/live", method: .get)
            let ready = try await client.execute(uri: "/health/ready", method: .get)
            // then
            #expect(live.status == .ok)
            #expect(ready.status == .ok)
            #expect(String(buffer: ready.body).contains("ready"))
        }
    }

    @Test func plaintextBaselineNeedsNoSession() async throws {
        try await withTestApp { client in
            let response = try await client.execute(uri: "/plaintext", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == "Hello, World!")
            #expect(response.headers[values: .setCookie].isEmpty)
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        try await withTestApp { client in
            for path in ["/", "/health/live", "/no-such-page", "/api/openapi.json"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true, "\(path)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src") == false, "\(path): no script source at all")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(path)")
                #expect(response.headers[.init("Referrer-Policy")!] != nil, "\(path)")
                #expect(response.headers[.strictTransportSecurity] == nil, "\(path): HSTS only over TLS in production")
            }
        }
    }
}
