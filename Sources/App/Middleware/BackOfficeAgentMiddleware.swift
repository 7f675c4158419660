import FluentKit
import Foundation
import Hummingbird

/// Loads the signed-in agent for every route of the back office. A session whose agent no longer
/// exists, was disabled or changed their password since the session opened is closed; an agent still on the temporary password can only change it.
struct BackOfficeAgentMiddleware: RouterMiddleware {
    typealias Context = BackOfficeRequestContext
    let database: @Sendable () -> any Database

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let agent = try await Agent.find(context.agentID, on: database()), agent.disabledAt == nil,
              agent.credentialsVersion == context.session.credentialsVersion else {
            context.sessions.clearSession()
            throw Redirect(to: SiteURL.backOfficeLogin.path)
        }
        let signedIn = try SignedInAgent(agent)
        if signedIn.mustChangePassword, request.uri.path != SiteURL.backOfficePassword.path {
            throw Redirect(to: SiteURL.backOfficePassword.path)
        }
        var context = context
        context.agent = signedIn
        return try await next(request, context)
    }
}
