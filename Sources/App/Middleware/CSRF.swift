import Foundation
import Hummingbird

/// Cross-site request forgery protection: a random token bound to the session, sent back with
/// every form as `_csrf`, compared in constant time.
enum CSRF {
    static let fieldName = "_csrf"

    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Hex.encode(bytes)
    }

    /// Compares without leaking, through timing, how many leading characters matched.
    static func matches(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8), b = Array(expected.utf8)
        guard a.count == b.count, !b.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

/// Refuses any state-changing request of the HTML site whose form does not carry the session's
/// CSRF token. The JSON API is exempt: it authenticates with bearer tokens, never cookies.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method), !request.uri.path.hasPrefix("/api/") else {
            return try await next(request, context)
        }
        var request = request
        let sent: String
        if request.headers[.contentType]?.lowercased().hasPrefix("multipart/form-data") == true {
            // An upload streams its body to the handler: its form carries the token in its address.
            sent = request.uri.queryParameters[Substring(CSRF.fieldName)].map(String.init) ?? ""
        } else {
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            sent = FormFields(String(buffer: body))[CSRF.fieldName] ?? ""
        }
        guard let expected = context.sessions.session?.csrfToken, CSRF.matches(sent, expected) else {
            throw HTTPError(.forbidden, message: "csrf")
        }
        return try await next(request, context)
    }
}

/// A decoded `application/x-www-form-urlencoded` body: the last value wins for a repeated name.
struct FormFields: Sendable {
    private(set) var values: [String: String] = [:]

    init(_ body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[name] = value
        }
    }

    /// Values already decoded (the API's JSON answers and the demo seed, read by the same checks as the forms).
    init(values: [String: String]) {
        self.values = values
    }

    /// A request's urlencoded body, read up to `limit` bytes.
    static func read(_ request: Request, limit: Int) async throws -> FormFields {
        var request = request
        return FormFields(String(buffer: try await request.collectBody(upTo: limit)))
    }

    subscript(_ name: String) -> String? { values[name] }

    /// The value with surrounding white space removed; nil when absent or blank.
    func trimmed(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    private static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
