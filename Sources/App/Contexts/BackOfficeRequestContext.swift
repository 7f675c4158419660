import DCEMRules
import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore

/// Who is signed in to the back office: what every back-office page may rely on.
struct SignedInAgent: Sendable {
    let id: UUID
    /// The agent's préfecture: every case they see or touch is of this département.
    let prefecture: Departement
    let email: String
    let name: String
    let role: AgentRole
    let mustChangePassword: Bool

    init(_ agent: Agent) throws {
        guard let departement = Departement(code: agent.prefecture) else { throw HTTPError(.forbidden) }
        self.id = try agent.requireID()
        self.prefecture = departement
        self.email = agent.email
        self.name = agent.name
        self.role = agent.agentRole
        self.mustChangePassword = agent.mustChangePassword
    }
}

/// The request context of the back office: an agent who gave their password and a one-time code.
///
/// Built from the public context once the route is matched. Anyone else — an anonymous visitor, a
/// family member, an agent half-way through the login — is sent to the back office's login page.
struct BackOfficeRequestContext: ChildRequestContext, RemoteAddressRequestContext {
    typealias ParentContext = AppRequestContext

    var coreContext: CoreRequestContextStorage
    let sessions: SessionContext<WebSession>
    let language: DCEMRules.Language
    let remoteAddress: SocketAddress?
    /// The agent's id, from the session.
    let agentID: UUID
    /// Loaded by `BackOfficeAgentMiddleware` for every route of the area.
    var agent: SignedInAgent?

    init(context: AppRequestContext) throws {
        guard let session = context.sessions.session, let agentID = session.agentID, session.agentVerified else {
            throw Redirect(to: SiteURL.backOfficeLogin.path)
        }
        self.coreContext = context.coreContext
        self.sessions = context.sessions
        self.language = context.language
        self.remoteAddress = context.remoteAddress
        self.agentID = agentID
    }

    var session: WebSession { sessions.session ?? WebSession(agentID: agentID, agentVerified: true) }

    /// The signed-in agent; its absence is a broken route setup.
    func signedIn() throws -> SignedInAgent {
        guard let agent else { throw HTTPError(.unauthorized) }
        return agent
    }

    var maxUploadSize: Int { 64 * 1024 }
}
