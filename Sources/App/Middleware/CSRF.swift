import Crypto
import FluentKit
import Foundation
import Hummingbird
import NIOConcurrencyHelpers

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

/// The form token of a visitor who has no session yet, in a cookie signed with HMAC-SHA256: a
/// form can be shown and checked without writing a session row for every anonymous page. The key
/// is in the database (`server_secrets`, created by a migration), so every instance accepts the
/// cookies of the others; it is read once and kept.
struct CSRFCookie: Sendable {
    static let name = "dcem_csrf"
    let database: @Sendable () -> any Database
    let secure: Bool
    private let cachedKey = NIOLockedValueBox<SymmetricKey?>(nil)

    init(database: @escaping @Sendable () -> any Database, secure: Bool) {
        self.database = database
        self.secure = secure
    }

    func key() async throws -> SymmetricKey {
        if let key = cachedKey.withLockedValue({ $0 }) { return key }
        let db = database()
        if try await ServerSecret.find(ServerSecret.csrfCookieKey, on: db) == nil {
            // Only when the migration's row was removed by hand; another instance may add it at the same moment.
            try? await ServerSecret(name: ServerSecret.csrfCookieKey, value: CSRF.newToken()).create(on: db)
        }
        guard let secret = try await ServerSecret.find(ServerSecret.csrfCookieKey, on: db) else { throw HTTPError(.internalServerError) }
        let key = SymmetricKey(data: Data(secret.value.utf8))
        cachedKey.withLockedValue { $0 = key }
        return key
    }

    /// `token.signature`, both hex.
    func value(for token: String) async throws -> String {
        token + "." + Hex.encode(HMAC<SHA256>.authenticationCode(for: Data("csrf-cookie:\(token)".utf8), using: try await key()))
    }

    /// The token a cookie carries when its signature is this service's; nil for anything else.
    func token(in value: String) async throws -> String? {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].utf8.count == 64, parts[0].utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
        let token = String(parts[0])
        return CSRF.matches(value, try await self.value(for: token)) ? token : nil
    }

    func cookie(_ value: String) -> Cookie {
        Cookie(name: Self.name, value: value, maxAge: 12 * 3600, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }
}

/// Refuses any state-changing request of the HTML site whose form does not carry the CSRF token:
/// the session's when the visitor has one, else the one of their signed cookie. The JSON API is
/// exempt: it authenticates with bearer tokens, never cookies.
extension CSRF {
    /// The refusal's reason when the visitor's session has ended (`ErrorPageView.signedOut`).
    static let signedOut = "signed-out"
}

struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let cookie: CSRFCookie

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let value = request.cookies[CSRFCookie.name]?.value, let token = try await cookie.token(in: value) {
            context.anonymousFormToken.received(token)
        }
        guard ![.get, .head, .options].contains(request.method), !request.uri.path.hasPrefix("/api/") else {
            return try await withCookie(next(request, context), context)
        }
        var request = request
        let sent: String
        if request.headers[.contentType]?.lowercased().hasPrefix("multipart/form-data") == true {
            // An upload streams its body to the handler: its form carries the token in its address.
            sent = request.uri.queryParameters[Substring(CSRF.fieldName)].map(String.init) ?? ""
        } else {
            // Read up to the bounded form's limit, then kept within what handlers read: a value pasted
            // far over its field's length reaches the field's own check instead of failing the body.
            let body = BoundedFormBody.bounded(try await request.collectBody(upTo: BoundedFormBody.readLimit), keep: context.maxUploadSize)
            request.body = .init(buffer: body)
            sent = FormFields(String(buffer: body))[CSRF.fieldName] ?? ""
        }
        // A session's own token when there is a session: a cookie planted by someone else can not stand in for it.
        guard let expected = context.sessions.session?.csrfToken ?? context.anonymousFormToken.fromCookie, CSRF.matches(sent, expected) else {
            // A session cookie that leads to no session: the visitor was signed out (the session
            // ended or expired), which the page says as such rather than blaming the form.
            let signedOut = request.cookies[WebSession.cookieName] != nil && context.sessions.session == nil
            throw HTTPError(.forbidden, message: signedOut ? CSRF.signedOut : "csrf")
        }
        return try await withCookie(next(request, context), context)
    }

    /// Sets the signed cookie when the page minted a token for a visitor without a session.
    private func withCookie(_ response: Response, _ context: Context) async throws -> Response {
        guard let minted = context.anonymousFormToken.minted else { return response }
        var response = response
        response.setCookie(cookie.cookie(try await cookie.value(for: minted)))
        return response
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
        return spaced.removingPercentEncoding ?? lenientlyDecoded(spaced)
    }

    /// A value whose escapes do not make valid UTF-8 (a long value cut inside a character,
    /// `BoundedFormBody`): decoded anyway, the broken character replaced, never shown as "%C3".
    private static func lenientlyDecoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "\u{FFFD}"))
    }
}
