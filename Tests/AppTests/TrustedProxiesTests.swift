import Hummingbird
import NIOCore
import Testing

@testable import App

/// `DCEM_TRUSTED_PROXIES` and what is believed from behind them: pure parsing, table-driven.
@Suite struct TrustedProxiesTests {
    /// (network, address, contained)
    static let containment: [(String, String, Bool)] = [
        ("127.0.0.1", "127.0.0.1", true),
        ("127.0.0.1", "127.0.0.2", false),
        ("127.0.0.1/32", "127.0.0.1", true),
        ("127.0.0.1/32", "::ffff:127.0.0.1", true),  // IPv4-mapped IPv6: one address
        ("::ffff:127.0.0.1", "127.0.0.1", true),
        ("10.0.0.0/8", "10.255.3.4", true),
        ("10.0.0.0/8", "11.0.0.0", false),
        ("10.0.0.0/8", "::ffff:10.1.2.3", true),
        ("172.16.0.0/12", "172.31.255.255", true),
        ("172.16.0.0/12", "172.32.0.0", false),
        ("192.168.1.128/25", "192.168.1.200", true),
        ("192.168.1.128/25", "192.168.1.127", false),
        ("0.0.0.0/0", "203.0.113.9", true),  // every IPv4 address
        ("0.0.0.0/0", "2001:db8::1", false),  // but no IPv6 one
        ("::/0", "2001:db8::1", true),  // every address
        ("::/0", "203.0.113.9", true),
        ("fd00::/8", "fd12:3456::1", true),
        ("fd00::/8", "fe80::1", false),
        ("2001:db8::1/128", "2001:db8::1", true),
        ("2001:db8::1/128", "2001:db8::2", false),
        ("2001:db8::/32", "2001:db8:ffff::1", true),
        ("2001:db8::/32", "2001:db9::1", false),
        ("::1", "::1", true),
        ("::1", "127.0.0.1", false),
    ]

    @Test(arguments: containment)
    func networksContainTheirAddresses(network: String, address: String, contained: Bool) throws {
        let parsed = try IPNetwork.parse(network).get()
        let ip = try #require(IPAddress(address))
        #expect(parsed.contains(ip) == contained, "\(network) ∋ \(address)")
    }

    /// (entry, problem)
    static let refused: [(String, IPNetwork.Problem)] = [
        ("proxy.example.fr", .notAnAddress),
        ("10.0.0", .notAnAddress),
        ("256.0.0.1", .notAnAddress),
        ("10.0.0.0/33", .badPrefix),
        ("10.0.0.0/-1", .badPrefix),
        ("10.0.0.0/", .badPrefix),
        ("10.0.0.0/8/8", .badPrefix),
        ("10.0.0.0/ 8", .badPrefix),
        ("fd00::/129", .badPrefix),
        ("10.0.0.1/8", .hostBitsSet),
        ("fd00::1/8", .hostBitsSet),
        ("[::1]", .notAnAddress),
        ("10.0.0.1:80", .notAnAddress),
        ("fe80::1%eth0", .notAnAddress),
    ]

    @Test(arguments: refused)
    func badEntriesAreRefused(entry: String, problem: IPNetwork.Problem) {
        guard case .failure(let found) = IPNetwork.parse(entry) else {
            Issue.record("\(entry) accepted")
            return
        }
        #expect(found == problem, "\(entry)")
    }

    @Test func theConfigurationNamesEveryBadEntry() {
        let error = #expect(throws: ConfigurationError.self) {
            try AppConfig(environment: ["DCEM_TRUSTED_PROXIES": "10.0.0.5, proxy.local, 10.0.0.0/8, 192.168.0.1/16, ::1/200"])
        }
        let problems = error?.problems ?? []
        #expect(problems.count == 3)
        for entry in ["proxy.local", "192.168.0.1/16", "::1/200"] {
            #expect(problems.contains { $0.contains("DCEM_TRUSTED_PROXIES") && $0.contains("\"\(entry)\"") }, "\(entry) named")
        }
        let good = try? AppConfig(environment: ["DCEM_TRUSTED_PROXIES": " 127.0.0.1 , 10.0.0.0/8,fd00::/8,::1 "])
        #expect(good?.trustedProxies.networks.map(\.description) == ["127.0.0.1", "10.0.0.0/8", "fd00::/8", "::1"])
    }

    static let proxies = TrustedProxies(["127.0.0.1", "10.0.0.0/8", "fd00::/8"])

    /// (peer, X-Forwarded-For values, client)
    static let clients: [(String, [String], String)] = [
        // An untrusted peer: its own address, whatever it writes.
        ("203.0.113.7", ["198.51.100.1"], "203.0.113.7"),
        ("203.0.113.7", [], "203.0.113.7"),
        // A trusted peer without the header: the peer.
        ("127.0.0.1", [], "127.0.0.1"),
        // One hop.
        ("127.0.0.1", ["198.51.100.1"], "198.51.100.1"),
        // Several hops: the right-most untrusted address, whatever the client put on the left.
        ("127.0.0.1", ["1.2.3.4, 198.51.100.1, 10.0.0.9"], "198.51.100.1"),
        ("127.0.0.1", ["1.2.3.4", "198.51.100.1, 10.0.0.9"], "198.51.100.1"),
        ("127.0.0.1", ["10.0.0.1, 198.51.100.1"], "198.51.100.1"),
        // A forged left-most entry never wins, even one naming a trusted proxy.
        ("127.0.0.1", ["127.0.0.1, 198.51.100.1"], "198.51.100.1"),
        // Every hop trusted: the left-most.
        ("127.0.0.1", ["10.0.0.2, 10.0.0.3"], "10.0.0.2"),
        // Junk stops the walk at the trusted hop that passed it on.
        ("127.0.0.1", ["garbage"], "127.0.0.1"),
        ("127.0.0.1", ["198.51.100.1, unknown, 10.0.0.9"], "10.0.0.9"),
        ("127.0.0.1", ["198.51.100.1, , 10.0.0.9"], "10.0.0.9"),
        ("127.0.0.1", ["198.51.100.1,"], "127.0.0.1"),
        // Ports and brackets, and one key per address.
        ("127.0.0.1", ["198.51.100.1:4711"], "198.51.100.1"),
        ("127.0.0.1", ["[2001:db8::1]:4711"], "2001:db8::1"),
        ("127.0.0.1", ["2001:DB8:0:0::1"], "2001:db8::1"),
        ("127.0.0.1", ["::ffff:198.51.100.1"], "198.51.100.1"),
        ("::ffff:127.0.0.1", ["198.51.100.1"], "198.51.100.1"),
        ("fd00::5", ["2001:db8::9"], "2001:db8::9"),
    ]

    @Test(arguments: clients)
    func theClientIsTheRightMostUntrustedAddress(peer: String, forwardedFor: [String], client: String) {
        #expect(Self.proxies.client(peer: peer, forwardedFor: forwardedFor) == client, "\(peer) \(forwardedFor)")
    }

    @Test func withoutTrustedProxiesTheHeaderIsIgnored() {
        #expect(TrustedProxies.none.client(peer: "127.0.0.1", forwardedFor: ["198.51.100.1"]) == "127.0.0.1")
    }

    @Test func aVeryLongChainIsReadOnlyFromItsEnd() {
        let forged = Array(repeating: "10.0.0.1", count: 1000).joined(separator: ",")
        // 1000 trusted-looking hops: only the last 32 are read, all trusted; the left-most of those.
        #expect(Self.proxies.client(peer: "127.0.0.1", forwardedFor: [forged]) == "10.0.0.1")
    }

    @Test func httpsIsBelievedFromATrustedProxyOnly() {
        #expect(Self.proxies.forwardedHTTPS(peer: "127.0.0.1", forwardedProto: ["https"]))
        #expect(Self.proxies.forwardedHTTPS(peer: "127.0.0.1", forwardedProto: ["HTTPS"]))
        #expect(Self.proxies.forwardedHTTPS(peer: "127.0.0.1", forwardedProto: ["http, https"]))
        #expect(!Self.proxies.forwardedHTTPS(peer: "127.0.0.1", forwardedProto: ["https, http"]))
        #expect(!Self.proxies.forwardedHTTPS(peer: "127.0.0.1", forwardedProto: ["http"]))
        #expect(!Self.proxies.forwardedHTTPS(peer: "127.0.0.1", forwardedProto: []))
        #expect(!Self.proxies.forwardedHTTPS(peer: "203.0.113.7", forwardedProto: ["https"]))
        #expect(!Self.proxies.forwardedHTTPS(peer: nil, forwardedProto: ["https"]))
    }

    @Test func requestIDsAreBoundedAndPlain() {
        typealias M = RequestIdentityMiddleware<AppRequestContext>
        #expect(M.wellFormed("3f2a9c1e-0b7d-4e55-9a11-2c3d4e5f6a7b") != nil)
        #expect(M.wellFormed("abc123") != nil)
        #expect(M.wellFormed(String(repeating: "a", count: 128)) != nil)
        #expect(M.wellFormed(String(repeating: "a", count: 129)) == nil)
        #expect(M.wellFormed("") == nil)
        #expect(M.wellFormed("a b") == nil)
        #expect(M.wellFormed("a\nb") == nil)
        #expect(M.wellFormed("a\"b") == nil)
        #expect(M.wellFormed("marie.dupont@example.fr") == nil)
        #expect(M.wellFormed("été") == nil)
    }

    @Test func secureIsAddedToEveryCookieThatLacksIt() {
        var headers = HTTPFields()
        headers.append(.init(name: .setCookie, value: "a=1; Path=/; HttpOnly"))
        headers.append(.init(name: .setCookie, value: "b=2; Path=/; Secure"))
        RequestIdentityMiddleware<AppRequestContext>.secureCookies(&headers)
        #expect(headers[values: .setCookie] == ["a=1; Path=/; HttpOnly; Secure", "b=2; Path=/; Secure"])
    }
}
