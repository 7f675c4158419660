import FluentKit
import Foundation
import Hummingbird

/// Loads the signed-in member's account for every route of the family's area. A session whose
/// account no longer exists, or whose password changed since it opened, is closed; a member signed
/// in with a temporary password can only choose their own, while that password is still in force.
struct FamilyAccountMiddleware: RouterMiddleware {
    typealias Context = FamilyRequestContext
    let database: @Sendable () -> any Database
    let now: @Sendable () -> Date

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let agentID = context.assistingAgentID, let dossierID = context.session.assistedDossierID {
            // An agent filing at the counter (rule 19): the one assisted draft, nothing else of the area.
            // The agent's own credentials version is checked by `admit`: the session is the agent's, not the family's.
            guard let user = try await User.find(context.userID, on: database()) else { throw HTTPError(.notFound) }
            var context = context
            context.account = user
            context.assisted = try await AssistedFiling.admit(method: request.method, path: request.uri.path, agentID: agentID,
                                                              credentialsVersion: context.session.credentialsVersion, userID: context.userID,
                                                              dossierID: dossierID, user: user, on: database())
            return try await next(request, context)
        }
        guard let user = try await User.find(context.userID, on: database()), context.session.standsFor(user, now: now()) else {
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
