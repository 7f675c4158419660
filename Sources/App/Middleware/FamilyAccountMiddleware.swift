import FluentKit
import Hummingbird

/// Loads the signed-in member's account for every route of the family's area. A session whose
/// account no longer exists is closed; a member signed in with a temporary password can only
/// choose their own.
struct FamilyAccountMiddleware: RouterMiddleware {
    typealias Context = FamilyRequestContext
    let database: @Sendable () -> any Database

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let user = try await User.find(context.userID, on: database()) else {
            context.sessions.clearSession()
            throw Redirect(to: SiteURL.login(next: nil).path)
        }
        if context.session.mustChangePassword, request.uri.path != SiteURL.changePassword.path {
            throw Redirect(to: SiteURL.changePassword.path)
        }
        var context = context
        context.account = user
        return try await next(request, context)
    }
}
