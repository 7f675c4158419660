import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A bare HTTP/1.1 client on a loopback socket, so a test can hold a request half sent while the
/// server is told to stop (URLSession can not).
final class LoopbackHTTP {
    let fd: Int32

    /// Connects to 127.0.0.1:`port`; nil when nothing accepts there.
    init?(port: Int, timeoutSeconds: Int = 120) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); return nil }
        self.fd = fd
    }

    deinit { close(fd) }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { return }
            offset += written
        }
    }

    func send(_ text: String) { send(Array(text.utf8)) }

    /// Everything the server sends until it closes the connection (or the read times out).
    func readToEnd() -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received.append(contentsOf: buffer[..<count])
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Waits for the server to close the connection, dropping whatever it sends: true once it is
    /// closed (or reset), false if the socket's read timeout passes first.
    func waitForClose() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 { continue }
            if count == 0 { return true }
            return errno == ECONNRESET || errno == EPIPE
        }
    }

    /// One response read whole by its `Content-Length`, leaving the connection open; nil when the
    /// connection ends or the read times out first.
    func readResponse() -> (status: Int, headers: String, body: String)? {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            if let response = Self.parse(String(decoding: received, as: UTF8.self)) {
                let length = response.headers.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
                if response.body.utf8.count >= length { return response }
            }
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            received.append(contentsOf: buffer[..<count])
        }
    }

    /// One whole request on a connection of its own (`Connection: close`); nil when refused.
    static func request(port: Int, _ method: String, _ path: String, token: String? = nil, contentType: String? = nil,
                        body: [UInt8] = []) -> (status: Int, headers: String, body: String)? {
        guard let connection = LoopbackHTTP(port: port) else { return nil }
        connection.send(head(method, path, token: token, contentType: contentType, length: body.count) )
        connection.send(body)
        return parse(connection.readToEnd())
    }

    static func head(_ method: String, _ path: String, token: String?, contentType: String?, length: Int) -> String {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: \(length)\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        return head + "\r\n"
    }

    static func parse(_ response: String) -> (status: Int, headers: String, body: String)? {
        guard let split = response.range(of: "\r\n\r\n") else { return nil }
        let headers = String(response[..<split.lowerBound])
        let status = headers.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return (status, headers, String(response[split.upperBound...]))
    }

    /// A port nothing listens on now.
    static func freePort() -> Int {
        let (fd, port) = boundSocket()
        close(fd)
        return port
    }

    /// A socket bound to a port of 127.0.0.1 the system chose, and that port; the caller closes it.
    static func boundSocket() -> (fd: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }
}
