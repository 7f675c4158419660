import Crypto
import DCEMDossier
import DCEMRules
import Foundation
import Hummingbird
import HummingbirdAuth
import NIOConcurrencyHelpers
import NIOCore

/// What a visitor's session holds: the CSRF token bound to it, the simulator's answers so far,
/// and, once signed in, the family member's account.
struct WebSession: Codable, Sendable {
    static let cookieName = "dcem_session"

    var csrfToken: String
    var simulator: SituationAnswers
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
    /// The signed-in account's (member's or agent's) credentials version when the session was
    /// opened: a password change bumps it and ends every session still on the older one.
    var credentialsVersion: Int
    /// Signed in with a temporary password: which one (`WebSession.stamp`), so that the session
    /// ends once another temporary password or a personal one replaces it.
    var temporaryPasswordStamp: String?

    init(csrfToken: String = CSRF.newToken(), simulator: SituationAnswers = .init(), userID: UUID? = nil, mustChangePassword: Bool = false,
         agentID: UUID? = nil, agentVerified: Bool = false, credentialsVersion: Int = 0, temporaryPasswordStamp: String? = nil) {
        self.csrfToken = csrfToken
        self.simulator = simulator
        self.userID = userID
        self.mustChangePassword = mustChangePassword
        self.agentID = agentID
        self.agentVerified = agentVerified
        self.credentialsVersion = credentialsVersion
        self.temporaryPasswordStamp = temporaryPasswordStamp
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        csrfToken = try container.decode(String.self, forKey: .csrfToken)
        simulator = try container.decodeIfPresent(SituationAnswers.self, forKey: .simulator) ?? .init()
        userID = try container.decodeIfPresent(UUID.self, forKey: .userID)
        mustChangePassword = try container.decodeIfPresent(Bool.self, forKey: .mustChangePassword) ?? false
        agentID = try container.decodeIfPresent(UUID.self, forKey: .agentID)
        agentVerified = try container.decodeIfPresent(Bool.self, forKey: .agentVerified) ?? false
        assistedUserID = try container.decodeIfPresent(UUID.self, forKey: .assistedUserID)
        assistedDossierID = try container.decodeIfPresent(UUID.self, forKey: .assistedDossierID)
        credentialsVersion = try container.decodeIfPresent(Int.self, forKey: .credentialsVersion) ?? 0
        temporaryPasswordStamp = try container.decodeIfPresent(String.self, forKey: .temporaryPasswordStamp)
    }

    /// Names a temporary password's hash without keeping it in the session row.
    static func stamp(_ temporaryPasswordHash: String) -> String {
        Hex.encode(SHA256.hash(data: Data(temporaryPasswordHash.utf8))).prefix(32).description
    }

    /// The member's session still stands: no password change since it opened, and, when it was
    /// opened with a temporary password, that password is still the one in force.
    func standsFor(_ user: User, now: Date) -> Bool {
        guard credentialsVersion == user.credentialsVersion else { return false }
        guard mustChangePassword else { return true }
        guard let hash = user.temporaryPasswordHash, let expires = user.temporaryPasswordExpiresAt, expires > now,
              let temporaryPasswordStamp else { return false }
        return temporaryPasswordStamp == Self.stamp(hash)
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

    /// The form token of a visitor without a session, kept in a signed cookie by `CSRFMiddleware`.
    let anonymousFormToken = AnonymousFormToken()

    /// The CSRF token to put in a form: the session's, or, for a visitor who has no session yet, the
    /// signed cookie's (minted here when absent). Reading it never writes a session row.
    var csrfToken: String {
        sessions.session?.csrfToken ?? anonymousFormToken.current()
    }

    /// The session, created when something must really be kept (the simulator's answers): it takes
    /// over the visitor's cookie token, so forms already open in other tabs still work.
    func session() -> WebSession {
        if let session = sessions.session { return session }
        let fresh = WebSession(csrfToken: anonymousFormToken.current())
        sessions.createSession(fresh)
        return fresh
    }

    /// Changes the session's content, creating the session if needed.
    func updateSession(_ change: (inout WebSession) -> Void) {
        var current = session()
        change(&current)
        if !sessions.updateSession(current) {
            sessions.createSession(current)
        }
    }
}

/// The form token of a visitor who has no session: read from the signed cookie, or minted on the
/// first form shown; shared by the request's contexts, so the middleware can set the cookie after.
final class AnonymousFormToken: Sendable {
    private let state = NIOLockedValueBox<(fromCookie: String?, minted: String?)>((nil, nil))

    /// The token the request's signed cookie carried, checked by `CSRFMiddleware`.
    var fromCookie: String? { state.withLockedValue { $0.fromCookie } }
    /// A token this request minted: the response must set its cookie.
    var minted: String? { state.withLockedValue { $0.minted } }

    func received(_ token: String) {
        state.withLockedValue { $0.fromCookie = token }
    }

    func current() -> String {
        state.withLockedValue { state in
            if let token = state.fromCookie ?? state.minted { return token }
            let token = CSRF.newToken()
            state.minted = token
            return token
        }
    }
}
