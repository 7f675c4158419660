import Hummingbird
import NIOCore

/// The address a request comes from, for rate limits only (never logged). Behind a trusted proxy
/// the last address of `X-Forwarded-For` is the client's (docs/architecture.md#environments).
enum ClientAddress {
    static func of(_ request: Request, peer: SocketAddress?, trustedProxies: [String]) -> String {
        let peerIP = peer?.ipAddress ?? "unknown"
        guard trustedProxies.contains(peerIP),
              let forwarded = request.headers[.init("X-Forwarded-For")!]?.split(separator: ",").last else { return peerIP }
        return forwarded.trimmingCharacters(in: .whitespaces)
    }
}
