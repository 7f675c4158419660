import Hummingbird
import NIOCore

/// The address a request comes from, for rate limits only (never logged): the peer's, or behind
/// trusted proxies the right-most untrusted address of `X-Forwarded-For` (`TrustedProxies.client`,
/// docs/deployment.md#the-proxy).
enum ClientAddress {
    static let forwardedFor = HTTPFields.Element.Name("X-Forwarded-For")!
    static let forwardedProto = HTTPFields.Element.Name("X-Forwarded-Proto")!

    static func of(_ request: Request, peer: SocketAddress?, trustedProxies: TrustedProxies) -> String {
        trustedProxies.client(peer: peer?.ipAddress, forwardedFor: request.headers[values: forwardedFor])
    }

    /// The client reached the service over HTTPS, as a trusted proxy says.
    static func isHTTPS(_ request: Request, peer: SocketAddress?, trustedProxies: TrustedProxies) -> Bool {
        trustedProxies.forwardedHTTPS(peer: peer?.ipAddress, forwardedProto: request.headers[values: forwardedProto])
    }
}
