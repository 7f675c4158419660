import Foundation
import Hummingbird
import Logging

/// The first middleware every request meets (docs/deployment.md#the-proxy):
/// - its id: `X-Request-Id` from a trusted proxy when well-formed, made here otherwise; it goes in
///   the request's logger (every line logged for the request carries it) and back on the answer;
/// - the instance that answered, in `X-DCEM-Instance`;
/// - HTTPS as a trusted proxy reports it (`X-Forwarded-Proto: https`): every cookie set then carries
///   `Secure`, and HSTS is sent, as in production;
/// - one log line per request: method, route pattern (never the address itself, which may hold an
///   id), status and duration — no personal data.
struct RequestIdentityMiddleware<Context: RequestContext & RemoteAddressRequestContext>: RouterMiddleware {
    typealias Field = HTTPFields.Element
    let trustedProxies: TrustedProxies
    let instance: String
    /// `Secure` cookies and HSTS whatever the proxies say (production sits behind TLS).
    let alwaysHTTPS: Bool

    static var requestID: Field.Name { Field.Name("X-Request-Id")! }
    static var instanceHeader: Field.Name { Field.Name("X-DCEM-Instance")! }
    static var hsts: String { "max-age=63072000; includeSubDomains" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let peer = context.remoteAddress?.ipAddress
        let trusted = trustedProxies.trusts(peer: peer)
        let id = (trusted ? request.headers[Self.requestID].flatMap(Self.wellFormed) : nil) ?? Self.newID()
        let https = alwaysHTTPS || (trusted && ClientAddress.isHTTPS(request, peer: context.remoteAddress, trustedProxies: trustedProxies))
        var context = context
        context.logger[metadataKey: "request_id"] = .string(id)
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            logLine(request, context, status: (error as? any HTTPResponseError)?.status.code ?? 500, since: started)
            throw error
        }
        response.headers[Self.requestID] = id
        response.headers[Self.instanceHeader] = instance
        if https {
            Self.secureCookies(&response.headers)
            response.headers[.strictTransportSecurity] = Self.hsts
        }
        logLine(request, context, status: response.status.code, since: started)
        return response
    }

    private func logLine(_ request: Request, _ context: Context, status: Int, since started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        context.logger.info("request", metadata: [
            "method": .string(request.method.rawValue), "route": .string(context.endpointPath ?? "-"),
            "status": .stringConvertible(status), "ms": .stringConvertible(milliseconds),
        ])
    }

    /// 1 to 128 characters of letters, digits and `-`, `_`, `.`, `:`, `/`, `+`, `=`: a UUID, a
    /// hexadecimal or base64 id — nothing that could break a log line or hide text in it.
    static func wellFormed(_ value: String) -> String? {
        guard (1...128).contains(value.utf8.count),
              value.utf8.allSatisfy({ byte in
                  (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || "-_.:/+=".utf8.contains(byte)
              }) else { return nil }
        return value
    }

    static func newID() -> String {
        UUID().uuidString.lowercased()
    }

    /// Adds `Secure` to every `Set-Cookie` that lacks it.
    static func secureCookies(_ headers: inout HTTPFields) {
        let cookies = headers[values: .setCookie]
        guard !cookies.isEmpty else { return }
        headers[values: .setCookie] = cookies.map { cookie in
            let attributes = cookie.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            return attributes.contains("secure") ? cookie : cookie + "; Secure"
        }
    }
}
