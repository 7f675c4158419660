import Foundation
import Testing

/// `dcem serve`'s memory under large text parts: a message is 5,000 characters at most, so a text
/// part is read no further than that, whatever the body's limit (32 MB) allows.
@Suite struct ServeMemoryTests {
    @Test func parallelHugeTextPartsLeaveTheServersMemoryBounded() throws {
        // given: a demo family's token, one of its filed cases, and the server's resident memory once warm
        let directory = try DCEMServer.temporaryDirectory("memory")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try ServeShutdownTests.run(["demo"], in: directory).status == 0)
        let issued = try ServeShutdownTests.run(["token", "create", "--email", "famille1@demo.dcem.example"], in: directory)
        let token = try #require(issued.out.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("dcem_") }.map(String.init))
        let server = try DCEMServer(directory: directory)
        defer { server.stop() }
        #expect(server.waitUntilReady())
        let list = try #require(LoopbackHTTP.request(port: server.port, "GET", "/api/v1/dossiers", token: token))
        let dossiers = try #require((try JSONSerialization.jsonObject(with: Data(list.body.utf8)) as? [String: Any])?["dossiers"] as? [[String: Any]])
        let filed = try #require(dossiers.first { ($0["state"] as? String) != "draft" }?["id"] as? String)
        let baseline = try #require(server.memory("VmRSS"))

        // when: eight clients at once each post a message whose text is 31 MB
        let boundary = "dcemmemory"
        let body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n".utf8)
            + [UInt8](repeating: UInt8(ascii: "a"), count: 31 * 1024 * 1024)
            + Array("\r\n--\(boundary)--\r\n".utf8)
        let statuses = Statuses()
        let port = server.port
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            guard let connection = LoopbackHTTP(port: port) else { return statuses.add(nil) }
            connection.send(LoopbackHTTP.head("POST", "/api/v1/dossiers/\(filed)/messages", token: token,
                                              contentType: "multipart/form-data; boundary=\(boundary)", length: body.count)
                .replacingOccurrences(of: "Connection: close\r\n", with: ""))
            connection.send(body)
            statuses.add(connection.readResponse()?.status)
        }

        // then: each is refused on its text, and the server's peak memory stayed within 200 MB of where it was
        #expect(statuses.all == Array(repeating: 422, count: 8), "\(statuses.all)")
        let peak = try #require(server.memory("VmHWM"))
        #expect(peak - baseline < 200 * 1024, "peak \(peak / 1024) MB, baseline \(baseline / 1024) MB")
        #expect(server.process.isRunning)
    }
}

/// The statuses the parallel clients read (nil: no answer).
private final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int?] = []

    func add(_ status: Int?) { lock.withLock { values.append(status) } }
    var all: [Int?] { lock.withLock { values } }
}
