import DCEMRules
import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore

/// The request context of the family's area (account, applications): a signed-in family member.
///
/// Built from the public context once the route is matched; a visitor who is not signed in never
/// reaches a handler: they are sent to the login page, which brings them back afterwards.
struct FamilyRequestContext: ChildRequestContext, RemoteAddressRequestContext {
    typealias ParentContext = AppRequestContext

    var coreContext: CoreRequestContextStorage
    let sessions: SessionContext<WebSession>
    let language: DCEMRules.Language
    let remoteAddress: SocketAddress?
    /// The signed-in member's id, from the session.
    let userID: UUID
    /// Their account row, loaded by `FamilyAccountMiddleware`.
    var account: User?
    /// Assisted filing (rule 19): the agent filing at the counter for `userID`, from the session;
    /// checked and completed by `FamilyAccountMiddleware` before any handler runs.
    let assistingAgentID: UUID?
    var assisted: AssistedFilingMode?

    init(context: AppRequestContext) throws {
        guard let session = context.sessions.session, let userID = session.userID ?? session.assistedFiling?.userID else {
            throw Redirect(to: SiteURL.login(next: nil).path)
        }
        self.assistingAgentID = session.userID == nil ? session.assistedFiling?.agentID : nil
        self.coreContext = context.coreContext
        self.sessions = context.sessions
        self.language = context.language
        self.remoteAddress = context.remoteAddress
        self.userID = userID
    }

    /// Who acts in the history: the member, or the agent filing for them at the counter.
    var actingParty: ActingParty { assistingAgentID.map { .agent($0) } ?? .family(userID) }

    /// The session: it exists, since the member signed in through it.
    var session: WebSession { sessions.session ?? WebSession(userID: userID) }

    /// The account, loaded for every route of the area; its absence is a broken route setup.
    func user() throws -> User {
        guard let account else { throw HTTPError(.unauthorized) }
        return account
    }

    var maxUploadSize: Int { 64 * 1024 }

    /// Who the header names: the member themself, not an agent filing for them at the counter
    /// (the assisted-filing banner says who that is).
    var member: SignedInMember? {
        guard assistingAgentID == nil, let account else { return nil }
        return SignedInMember(email: account.email, csrf: session.csrfToken)
    }
}

/// "Go there instead": thrown where a handler can not return (a context's initialiser, a check
/// deep in a controller), answered as a 303 by `ErrorPageMiddleware`.
struct Redirect: Error, Sendable {
    let location: String

    init(to location: String) {
        self.location = location
    }

    var response: Response { .seeOther(location) }
}

extension Response {
    /// 303 See Other, not cached: after a form, the browser follows with a GET.
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }
}
