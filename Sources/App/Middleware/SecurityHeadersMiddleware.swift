import Hummingbird

/// Security headers on every response: no inline script or style, no framing, no sniffing.
/// A route that sets its own `Content-Security-Policy` keeps it, and its own `X-Frame-Options`: a
/// stored file's sandbox (`FileResponse`, framed by the site only), and the document review page,
/// the site's policy plus frames from the site itself (docs/pages.md#reviewing-documents).
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// HSTS only makes sense, and is only sent, when the service is served over TLS.
    let strictTransportSecurity: Bool

    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("Referrer-Policy")!] = "same-origin"
        if response.headers[.init("X-Frame-Options")!] == nil { response.headers[.init("X-Frame-Options")!] = "DENY" }
        response.headers[.init("Permissions-Policy")!] = "camera=(), microphone=(), geolocation=()"
        if strictTransportSecurity {
            response.headers[.strictTransportSecurity] = "max-age=63072000; includeSubDomains"
        }
        return response
    }
}
