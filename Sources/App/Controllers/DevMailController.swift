import FluentKit
import Foundation
import Hummingbird
import NIOCore

/// `/dev/mail` and `/dev/mail/:id`: the outbox as the `log` transport keeps it. Registered in
/// development only (docs/architecture.md#environments): elsewhere these addresses are 404. Even in
/// development they answer only a peer on this machine: development listens on loopback only,
/// and should a proxy or a tunnel bring another peer, the mails (temporary passwords among them)
/// stay out of its reach.
struct DevMailController {
    let database: DatabaseService
    /// The page stays readable however long the outbox grows.
    static let listLimit = 200

    func register(on router: Router<AppRequestContext>) {
        router.get(SiteURL.devMail.route) { request, context in
            guard Self.allows(context.remoteAddress) else { throw HTTPError(.notFound) }
            let rows = try await OutboxMail.query(on: database.db).sort(\.$createdAt, .descending).limit(Self.listLimit).all()
            let page = PageContext(language: context.language, path: SiteURL.devMail.path)
            return HTMLPage(html: DevMailView.list(page, mails: rows.compactMap(DevMailItem.init)))
        }
        router.get(SiteURL.devMailMessage(.key).route) { request, context in
            guard Self.allows(context.remoteAddress), let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
                  let row = try await OutboxMail.find(id, on: database.db), let mail = DevMailItem(row) else {
                throw HTTPError(.notFound)
            }
            let page = PageContext(language: context.language, path: SiteURL.devMailMessage(id).path)
            return HTMLPage(html: DevMailView.message(page, mail: mail))
        }
    }

    /// A loopback peer; no address at all is a request made inside the process (route tests),
    /// never one from a socket, which always has one.
    static func allows(_ peer: SocketAddress?) -> Bool {
        guard let peer else { return true }
        guard let ip = peer.ipAddress else { return false }
        return AppConfig.isLoopback(ip)
    }
}
