import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `dcem serve` under clients that hold connections: idle, trickling a head or a body, or more of
/// them than it serves. Timeouts are short here; the sockets' own read timeouts only bound a test
/// that would otherwise hang.
@Suite(.serialized) struct ServeConnectionTests {
    static let shortTimeouts: [String: String?] = [
        "DCEM_IDLE_TIMEOUT_SECONDS": "1", "DCEM_HEADER_TIMEOUT_SECONDS": "1", "DCEM_BODY_TIMEOUT_SECONDS": "1",
    ]

    @Test func anIdleConnectionIsClosedAfterTheIdleTimeout() throws {
        // given
        let directory = try DCEMServer.temporaryDirectory("idle")
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try DCEMServer(directory: directory, settings: Self.shortTimeouts)
        defer { server.stop() }
        #expect(server.waitUntilReady())

        // when: a connection that sends nothing, and one that stays after its answer
        let idle = try #require(LoopbackHTTP(port: server.port, timeoutSeconds: 60))
        let kept = try #require(LoopbackHTTP(port: server.port, timeoutSeconds: 60))
        kept.send("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let answer = kept.readResponse()

        // then: both are closed by the server
        #expect(answer?.status == 200)
        #expect(idle.waitForClose(), "idle connection still open")
        #expect(kept.waitForClose(), "kept-alive connection still open")
    }

    @Test func aHeadThatStopsHalfWayIsClosed() throws {
        // given: a long idle timeout, so only the header timeout can close it
        let directory = try DCEMServer.temporaryDirectory("header")
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try DCEMServer(directory: directory, settings: ["DCEM_IDLE_TIMEOUT_SECONDS": "3600", "DCEM_HEADER_TIMEOUT_SECONDS": "1"])
        defer { server.stop() }
        #expect(server.waitUntilReady())

        // when: half a request line, then nothing
        let slow = try #require(LoopbackHTTP(port: server.port, timeoutSeconds: 60))
        slow.send("GET /health/ready HT")

        // then
        #expect(slow.waitForClose(), "half a head kept open")
    }

    @Test func aBodyThatStopsHalfWayIsClosed() throws {
        // given: long idle and header timeouts, so only the body timeout can close it
        let directory = try DCEMServer.temporaryDirectory("body")
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try DCEMServer(directory: directory, settings: [
            "DCEM_IDLE_TIMEOUT_SECONDS": "3600", "DCEM_HEADER_TIMEOUT_SECONDS": "300", "DCEM_BODY_TIMEOUT_SECONDS": "1",
        ])
        defer { server.stop() }
        #expect(server.waitUntilReady())

        // when: a request announcing 1,000 bytes sends ten, then nothing
        let slow = try #require(LoopbackHTTP(port: server.port, timeoutSeconds: 60))
        slow.send(LoopbackHTTP.head("POST", "/api/v1/eligibility", token: nil, contentType: "application/json", length: 1000))
        slow.send("{\"child\":{")

        // then
        #expect(slow.waitForClose(), "half a body kept open")
    }

    @Test func connectionsBeyondTheCapAreAnswered503AndNormalServiceResumesOnceTheyAreGone() throws {
        // given: a server that serves 20 connections at once, and 30 held open doing nothing
        let directory = try DCEMServer.temporaryDirectory("cap")
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try DCEMServer(directory: directory, settings: [
            "DCEM_MAX_CONNECTIONS": "20", "DCEM_IDLE_TIMEOUT_SECONDS": "3600", "DCEM_HEADER_TIMEOUT_SECONDS": "300",
        ])
        defer { server.stop() }
        #expect(server.waitUntilReady())
        var held = (0..<30).compactMap { _ in LoopbackHTTP(port: server.port, timeoutSeconds: 60) }
        #expect(held.count == 30)

        // when: each asks for a page, then one more connection does
        for connection in held { connection.send("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") }
        let answers = held.map { $0.readResponse() }
        let extra = LoopbackHTTP.request(port: server.port, "GET", "/health/live")

        // then: every one is answered at once: at most 20 served, the others refused politely with when to come back
        #expect(answers.allSatisfy { $0?.status == 200 || $0?.status == 503 }, "\(answers.map { $0?.status })")
        #expect(answers.filter { $0?.status == 200 }.count <= 20)
        #expect(answers.filter { $0?.status == 503 }.count >= 10)
        for refused in answers.compactMap({ $0 }) where refused.status == 503 {
            #expect(refused.headers.lowercased().contains("retry-after: 5"))
            #expect(refused.body.contains("réessayez") && refused.body.contains("try again"))
        }
        let answer = try #require(extra, "no answer beyond the cap")
        #expect(answer.status == 503 || answer.status == 200, "\(answer.headers)")

        // and once the held connections are gone, requests are served again
        held.removeAll()
        #expect(ServeShutdownTests.waitUntil(seconds: 60) { LoopbackHTTP.request(port: server.port, "GET", "/health/live")?.status == 200 })
        #expect(server.process.isRunning)
    }
}
