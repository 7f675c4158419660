import DCEMRules
import Foundation
import Hummingbird
import NIOCore

/// The request context of the family's JSON API (`/api/v1/dossiers…`): a member authenticated by
/// a personal token in `Authorization: Bearer …`, never by the session cookie. A request that
/// carries only the cookie is refused, so a cross-site page can not act through the API and the
/// API needs no CSRF token.
struct APIRequestContext: ChildRequestContext, RemoteAddressRequestContext {
    typealias ParentContext = AppRequestContext

    var coreContext: CoreRequestContextStorage
    /// Messages follow `Accept-Language` only (set by `BearerAuthMiddleware`): no cookie plays a part in the API.
    var language: DCEMRules.Language
    let remoteAddress: SocketAddress?
    /// The member the token belongs to, set by `BearerAuthMiddleware`.
    var userID: UUID?
    /// Their account row, loaded with the token.
    var account: User?

    init(context: AppRequestContext) throws {
        self.coreContext = context.coreContext
        self.language = .fr
        self.remoteAddress = context.remoteAddress
    }

    /// JSON bodies are small; uploads read their own limit while streaming.
    var maxUploadSize: Int { 64 * 1024 }

    /// The authenticated member; its absence is a broken route setup, answered as a 401.
    func member() throws(APIProblem) -> (id: UUID, user: User) {
        guard let userID, let account else { throw APIProblem.unauthorized(language) }
        return (userID, account)
    }
}
