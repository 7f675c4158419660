import AsyncKit
import Hummingbird
import Logging
import TypedHTML

/// Turns every error into a clear answer: an HTML page for the site, a JSON error for the API.
/// Unexpected errors become a 500 whose log line names the error's type only (no personal data).
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    /// When to come back after a pool timeout: long enough for a burst to drain.
    static let busyRetryAfterSeconds = 5
    /// When to come back while the database is unreachable: a restart or a fail-over takes minutes.
    static let unavailableRetryAfterSeconds = 120

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let redirect as Redirect {
            // Sent to sign in from a page (a mail's link, a session that ended): back to that page after.
            if redirect.location == SiteURL.login(next: nil).path, request.method == .get,
               let here = SiteURL.safeReturnPath(request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")) {
                return Redirect(to: SiteURL.login(next: here).path).response
            }
            return redirect.response
        } catch is PasswordHashingBusy {
            return try Self.comeBack(after: PasswordHashingBusy.retryAfterSeconds, request, context, page: ErrorPageView.hashingBusy)
        } catch is ConnectionPoolTimeoutError {
            // No database connection came free in time: the service is overloaded, not broken
            // (docs/architecture.md#overload).
            context.logger.warning("database connection pool timeout")
            return try Self.comeBack(after: Self.busyRetryAfterSeconds, request, context, page: ErrorPageView.busy)
        } catch let error where DatabaseOutage.isUnavailable(error) {
            // The database is out of reach: a calm 503, and the session cookie left as it is
            // (docs/deployment.md#when-postgresql-is-down).
            context.logger.warning("database unavailable", metadata: ["type": "\(String(reflecting: type(of: error)))"])
            return try Self.comeBack(after: Self.unavailableRetryAfterSeconds, request, context, page: ErrorPageView.unavailable)
        } catch let error as UnreadableAnswers {
            // The case's id and where decoding failed; never the answers, which hold personal data.
            context.logger.error("stored answers unreadable", metadata: [
                "dossier": "\(error.dossier?.uuidString.lowercased() ?? "")", "schemaVersion": "\(error.schemaVersion.map(String.init) ?? "")",
                "reason": "\(error.reason)",
            ])
            let text = context.language.catalog.errors
            if request.uri.path.hasPrefix("/api/") {
                return APIError.response(status: .internalServerError, field: nil, message: text.unreadableDossierBody)
            }
            let page = PageContext(language: context.language, path: request.uri.path)
            return try HTMLPage(status: .internalServerError, html: ErrorPageView.unreadableDossier(page))
                .response(from: request, context: context)
        } catch {
            let status: HTTPResponse.Status
            var message: String? = nil
            if let httpError = error as? any HTTPResponseError {
                status = httpError.status
                message = (error as? HTTPError)?.body
            } else {
                status = .internalServerError
                context.logger.error("unhandled error", metadata: ["type": "\(String(reflecting: type(of: error)))"])
            }
            if request.uri.path.hasPrefix("/api/") {
                return APIError.response(status: status, field: nil, message: status.reasonPhrase)
            }
            let page = PageContext(language: context.language, path: request.uri.path)
            if message == CSRF.signedOut {
                // Sign in again, then back to the page the form was on (its address, as a GET).
                let login = request.uri.path.hasPrefix("/backoffice") ? SiteURL.backOfficeLogin.path
                    : SiteURL.login(next: SiteURL.safeReturnPath(request.uri.path)).path
                return try HTMLPage(status: status, html: ErrorPageView.signedOut(page, login: login)).response(from: request, context: context)
            }
            return try HTMLPage(status: status, html: ErrorPageView.render(page, status: status, csrf: message == "csrf"))
                .response(from: request, context: context)
        }
    }

    /// 503 with Retry-After: the API's JSON error, or the page that says when to come back.
    private static func comeBack(after seconds: Int, _ request: Request, _ context: Context,
                                 page: (PageContext, Int) -> RenderedHTML) throws -> Response {
        var response = try request.uri.path.hasPrefix("/api/")
            ? APIError.response(status: .serviceUnavailable, field: nil, message: HTTPResponse.Status.serviceUnavailable.reasonPhrase)
            : HTMLPage(status: .serviceUnavailable, html: page(PageContext(language: context.language, path: request.uri.path), seconds))
                .response(from: request, context: context)
        response.headers[.retryAfter] = String(seconds)
        return response
    }
}
