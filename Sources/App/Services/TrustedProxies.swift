import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IP address, IPv4 kept as IPv4-mapped IPv6 (`::ffff:a.b.c.d`) so that `127.0.0.1` and
/// `::ffff:127.0.0.1` (what a socket listening on `::` reports for an IPv4 peer) are one address.
public struct IPAddress: Sendable, Hashable, CustomStringConvertible {
    /// 16 bytes, network order.
    let bytes: [UInt8]

    /// An IPv4 address in dotted form, or an IPv6 address (brackets and an IPv4 port or a bracketed
    /// IPv6 port allowed, as some proxies write them); nil for anything else (names, zones, junk).
    public init?(_ text: some StringProtocol) {
        var text = String(text).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
        if text.hasPrefix("[") {
            // "[v6]" or "[v6]:port"
            guard let close = text.firstIndex(of: "]") else { return nil }
            let rest = text[text.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && rest.count > 1 && rest.dropFirst().allSatisfy(\.isASCIIDigit)) else { return nil }
            text = String(text[text.index(after: text.startIndex)..<close])
            guard let v6 = Self.v6(text) else { return nil }
            bytes = v6
            return
        }
        if let v4 = Self.v4(text) {
            bytes = v4
        } else if let colon = text.lastIndex(of: ":"), text.filter({ $0 == ":" }).count == 1,
                  text[text.index(after: colon)...].allSatisfy(\.isASCIIDigit), let v4 = Self.v4(String(text[..<colon])) {
            bytes = v4  // "a.b.c.d:port"
        } else if let v6 = Self.v6(text) {
            bytes = v6
        } else {
            return nil
        }
    }

    private static func v4(_ text: String) -> [UInt8]? {
        var address = in_addr()
        guard inet_pton(AF_INET, text, &address) == 1 else { return nil }
        return [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF] + withUnsafeBytes(of: &address) { Array($0) }
    }

    private static func v6(_ text: String) -> [UInt8]? {
        var address = in6_addr()
        guard inet_pton(AF_INET6, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: &address) { Array($0) }
    }

    /// An IPv4 address (or an IPv4-mapped IPv6 one).
    public var isIPv4: Bool { bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF }

    /// The canonical text: dotted for IPv4, RFC 5952 for IPv6 — one key per client for the rate limits.
    public var description: String {
        if isIPv4 { return bytes[12...].map(String.init).joined(separator: ".") }
        var address = in6_addr()
        withUnsafeMutableBytes(of: &address) { $0.copyBytes(from: bytes) }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        guard inet_ntop(AF_INET6, &address, &buffer, socklen_t(buffer.count)) != nil else { return "::" }
        return String(cString: buffer)
    }
}

/// An address and its prefix length: `10.0.0.0/8`, `fd00::/8`, or one address (`/32`, `/128`).
public struct IPNetwork: Sendable, Hashable, CustomStringConvertible {
    let address: IPAddress
    /// In IPv6 bits: an IPv4 prefix counts 96 more.
    let prefix: Int
    public let description: String

    /// Why an entry of `DCEM_TRUSTED_PROXIES` is refused.
    public enum Problem: Error, Equatable {
        case notAnAddress, badPrefix, hostBitsSet
    }

    public static func parse(_ text: String) -> Result<IPNetwork, Problem> {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        // No brackets or ports here: a network is written plainly.
        guard let first = parts.first, !first.contains("["), let address = IPAddress(first),
              first.filter({ $0 == ":" }).count != 1 else { return .failure(.notAnAddress) }
        let width = address.isIPv4 && !first.contains(":") ? 32 : 128
        var prefix = width
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].count <= 3, parts[1].allSatisfy(\.isASCIIDigit), let value = Int(parts[1]),
                  (0...width).contains(value) else { return .failure(.badPrefix) }
            prefix = value
        }
        let bits = prefix + (128 - width)
        guard Self.masked(address.bytes, bits) == address.bytes else { return .failure(.hostBitsSet) }
        return .success(IPNetwork(address: address, prefix: bits, description: text))
    }

    private init(address: IPAddress, prefix: Int, description: String) {
        self.address = address
        self.prefix = prefix
        self.description = description
    }

    public func contains(_ other: IPAddress) -> Bool {
        Self.masked(other.bytes, prefix) == address.bytes
    }

    static func masked(_ bytes: [UInt8], _ bits: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let kept = min(8, max(0, bits - index * 8))
            return kept == 8 ? byte : byte & UInt8(truncatingIfNeeded: 0xFF << (8 - kept))
        }
    }
}

/// The proxies whose `X-Forwarded-For`, `X-Forwarded-Proto` and `X-Request-Id` are believed
/// (`DCEM_TRUSTED_PROXIES`: addresses and networks, docs/deployment.md#the-proxy).
public struct TrustedProxies: Sendable, Equatable {
    public let networks: [IPNetwork]

    public static let none = TrustedProxies(networks: [])

    public init(networks: [IPNetwork]) {
        self.networks = networks
    }

    /// Comma-separated entries; every bad one named, with why.
    public static func parse(_ raw: String) -> Result<TrustedProxies, ConfigurationError> {
        var networks: [IPNetwork] = []
        var problems: [String] = []
        for entry in raw.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
            switch IPNetwork.parse(entry) {
            case .success(let network): networks.append(network)
            case .failure(.notAnAddress):
                problems.append("DCEM_TRUSTED_PROXIES: \"\(entry)\" is not an IP address or network (write 10.0.0.5, 10.0.0.0/8 or fd00::/8; no names)")
            case .failure(.badPrefix):
                problems.append("DCEM_TRUSTED_PROXIES: \"\(entry)\" has a prefix length that is not 0–32 (IPv4) or 0–128 (IPv6)")
            case .failure(.hostBitsSet):
                problems.append("DCEM_TRUSTED_PROXIES: \"\(entry)\" has address bits set beyond its prefix (a network is written with them at zero, e.g. 10.0.0.0/8)")
            }
        }
        return problems.isEmpty ? .success(TrustedProxies(networks: networks)) : .failure(ConfigurationError(problems: problems))
    }

    /// Test and code convenience: entries known to be good.
    public init(_ entries: [String]) {
        self.networks = entries.compactMap { try? IPNetwork.parse($0).get() }
    }

    public var isEmpty: Bool { networks.isEmpty }

    public func trusts(_ address: IPAddress) -> Bool {
        networks.contains { $0.contains(address) }
    }

    public func trusts(peer: String?) -> Bool {
        guard let peer, let address = IPAddress(peer) else { return false }
        return trusts(address)
    }

    /// Forwarding entries read at most: a longer chain is not a real one.
    static let mostHops = 32

    /// The client: the peer itself unless it is a trusted proxy; then, walking `X-Forwarded-For`
    /// from the right (each proxy appends the address it saw), the first address that is not a
    /// trusted proxy. Entries left of it were written by the client and are never believed. An
    /// entry that is not an address stops the walk at the trusted hop that wrote it, whose own
    /// address is then the key: junk can not be varied to escape a limit.
    public func client(peer: String?, forwardedFor headers: [String]) -> String {
        guard let peer, let peerAddress = IPAddress(peer) else { return peer ?? "unknown" }
        guard trusts(peerAddress) else { return peerAddress.description }
        let entries = headers.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }.suffix(Self.mostHops)
        var nearest = peerAddress
        for entry in entries.reversed() {
            guard let address = IPAddress(entry) else { return nearest.description }
            guard trusts(address) else { return address.description }
            nearest = address
        }
        // Every hop is a trusted proxy: the left-most one is where the request began.
        return nearest.description
    }

    /// True when a trusted proxy says the client's connection was HTTPS. The nearest proxy's
    /// word (the right-most value) counts; from any other peer the header is ignored.
    public func forwardedHTTPS(peer: String?, forwardedProto headers: [String]) -> Bool {
        guard trusts(peer: peer) else { return false }
        let values = headers.flatMap { $0.split(separator: ",") }
        guard let last = values.last else { return false }
        return last.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }
}

