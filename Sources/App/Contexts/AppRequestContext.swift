import DCEMRules
import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore

/// What a visitor's session holds: the CSRF token bound to it, the simulator's answers so far,
/// and, once signed in, the family member's account.
struct WebSession: Codable, Sendable {
    var csrfToken: String
    var simulator: SimulatorAnswers
    /// The signed-in family member.
    var userID: UUID?
    /// Signed in with a temporary password: every page but "choose your password" is closed.
    var mustChangePassword: Bool
    /// A préfecture agent whose password was accepted (back office; never a family member's session).
    var agentID: UUID?
    /// The agent also gave a valid one-time code: only then are the back office's pages open.
    var agentVerified: Bool
    /// Assisted filing (rule 19): the family member a verified agent is filing for at the counter,
    /// and the one draft opened for them. Set only from the back office; a family session never has it.
    var assistedUserID: UUID?
    var assistedDossierID: UUID?

    init(csrfToken: String = CSRF.newToken(), simulator: SimulatorAnswers = .init(), userID: UUID? = nil, mustChangePassword: Bool = false,
         agentID: UUID? = nil, agentVerified: Bool = false) {
        self.csrfToken = csrfToken
        self.simulator = simulator
        self.userID = userID
        self.mustChangePassword = mustChangePassword
        self.agentID = agentID
        self.agentVerified = agentVerified
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        csrfToken = try container.decode(String.self, forKey: .csrfToken)
        simulator = try container.decodeIfPresent(SimulatorAnswers.self, forKey: .simulator) ?? .init()
        userID = try container.decodeIfPresent(UUID.self, forKey: .userID)
        mustChangePassword = try container.decodeIfPresent(Bool.self, forKey: .mustChangePassword) ?? false
        agentID = try container.decodeIfPresent(UUID.self, forKey: .agentID)
        agentVerified = try container.decodeIfPresent(Bool.self, forKey: .agentVerified) ?? false
        assistedUserID = try container.decodeIfPresent(UUID.self, forKey: .assistedUserID)
        assistedDossierID = try container.decodeIfPresent(UUID.self, forKey: .assistedDossierID)
    }

    /// A verified agent filing at the counter: never a family member's session.
    var assistedFiling: (agentID: UUID, userID: UUID, dossierID: UUID)? {
        guard userID == nil, let agentID, agentVerified, let assistedUserID, let assistedDossierID else { return nil }
        return (agentID, assistedUserID, assistedDossierID)
    }
}

/// The request context of the public area (home, information pages, simulator) and of the open API.
struct AppRequestContext: SessionRequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let sessions: SessionContext<WebSession>
    /// The language pages are rendered in, settled by `LanguageMiddleware`.
    var language: DCEMRules.Language = .fr

    /// The peer's address, for rate limits (never logged).
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.sessions = .init()
        self.remoteAddress = source.channel.remoteAddress
    }

    /// Forms are small; uploads (later) get their own limit.
    var maxUploadSize: Int { 64 * 1024 }

    /// The session, created on first use so that a form's CSRF token always has a session to live in.
    func session() -> WebSession {
        if let session = sessions.session { return session }
        let fresh = WebSession()
        sessions.setSession(fresh)
        return fresh
    }

    /// Changes the session's content, creating the session if needed.
    func updateSession(_ change: (inout WebSession) -> Void) {
        var current = session()
        change(&current)
        if !sessions.updateSession(current) {
            sessions.setSession(current)
        }
    }
}
