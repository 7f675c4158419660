import DCEMRules
import Hummingbird

/// Settles the page language: `?lang=` (the switch link, remembered in a cookie), then the cookie,
/// then the browser's `Accept-Language`, then French.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "dcem_lang"
    let secureCookies: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let requested = request.uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) }
        if let requested {
            context.language = requested
        } else if let remembered = request.cookies[Self.cookieName].flatMap({ Language(rawValue: $0.value) }) {
            context.language = remembered
        } else {
            context.language = Self.preferred(from: request.headers[.acceptLanguage])
        }
        var response = try await next(request, context)
        if let requested {
            response.setCookie(.init(name: Self.cookieName, value: requested.rawValue, maxAge: 365 * 24 * 3600, path: "/", secure: secureCookies, httpOnly: true, sameSite: .lax))
        }
        return response
    }

    /// The first supported language in the header's order (quality values are rarely out of order).
    static func preferred(from header: String?) -> Language {
        guard let header else { return .fr }
        for part in header.split(separator: ",") {
            let tag = part.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            let primary = String(tag.prefix { $0 != "-" })
            if let language = Language(rawValue: primary) { return language }
        }
        return .fr
    }
}
