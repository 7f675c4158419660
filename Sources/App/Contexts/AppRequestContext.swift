import DCEMRules
import Foundation
import Hummingbird
import HummingbirdAuth

/// What a visitor's session holds: the CSRF token bound to it, and the simulator's answers so far.
struct WebSession: Codable, Sendable {
    var csrfToken: String
    var simulator: SimulatorAnswers

    init(csrfToken: String = CSRF.newToken(), simulator: SimulatorAnswers = .init()) {
        self.csrfToken = csrfToken
        self.simulator = simulator
    }
}

/// The request context of the public area (home, information pages, simulator) and of the open API.
struct AppRequestContext: SessionRequestContext {
    var coreContext: CoreRequestContextStorage
    let sessions: SessionContext<WebSession>
    /// The language pages are rendered in, settled by `LanguageMiddleware`.
    var language: DCEMRules.Language = .fr

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.sessions = .init()
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
