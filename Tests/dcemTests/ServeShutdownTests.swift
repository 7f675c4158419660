import Foundation
import Testing

/// `dcem serve` told to stop with SIGTERM, as a process manager does: it stops accepting, finishes
/// the request in flight, and exits 0.
@Suite struct ServeShutdownTests {
    /// A 1×1 baseline JPEG: a fresh draft's one slot before any answer is the photo.
    static let jpeg: [UInt8] = [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
        0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00,
        0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00,
        0x00,
        0xFF, 0xD9,
    ]

    static func environment(_ directory: URL) -> [String: String] {
        ["DCEM_ENV": "development", "DCEM_SQLITE_PATH": directory.appendingPathComponent("dcem.sqlite").path, "DCEM_DATA_DIR": directory.path,
         "DCEM_BCRYPT_COST": "4", "LOG_LEVEL": "error", "DCEM_RATE_LIMITS": "off", "DCEM_MAIL_INTERVAL_SECONDS": "3600",
         "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    }

    /// Runs a `dcem` command to its end and returns its standard output.
    static func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, out: String) {
        let result = try DCEMProcess.run(arguments, environment: environment(directory))
        return (result.status, result.out)
    }

    static func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return condition()
    }

    @Test func sigtermFinishesTheRequestInFlightStopsAcceptingAndExitsZero() throws {
        // given: a demo family's token and a server on a free port
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-shutdown-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try Self.run(["demo"], in: directory).status == 0)
        let issued = try Self.run(["token", "create", "--email", "famille1@demo.dcem.example"], in: directory)
        let token = try #require(issued.out.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("dcem_") }.map(String.init))
        let port = LoopbackHTTP.freePort()
        let server = Process()
        server.executableURL = EligibilityCommandTests.executable
        server.arguments = ["serve", "--port", "\(port)"]
        server.environment = Self.environment(directory)
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { kill(server.processIdentifier, SIGKILL) } }
        #expect(Self.waitUntil(seconds: 120) { LoopbackHTTP.request(port: port, "GET", "/health/ready")?.status == 200 })

        // and a draft
        let started = try #require(LoopbackHTTP.request(port: port, "POST", "/api/v1/dossiers", token: token, contentType: "application/json",
                                                         body: Array(#"{"profile":"non-eu-parent-permit","role":"parent"}"#.utf8)))
        #expect(started.status == 201, "\(started.body)")
        let dossier = try #require(started.headers.split(separator: "\r\n").first { $0.lowercased().hasPrefix("location:") }?
            .dropFirst("location:".count).trimmingCharacters(in: .whitespaces))
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])

        // when: an upload has sent its head and half its file…
        let upload = try #require(LoopbackHTTP(port: port))
        upload.send(LoopbackHTTP.head("POST", "\(dossier)/documents/photo?takenOn=\(today)", token: token, contentType: "image/jpeg",
                                      length: Self.jpeg.count))
        upload.send(Array(Self.jpeg.prefix(Self.jpeg.count / 2)))
        // (the server reads what is on the socket long before this; the wait only makes it certain)
        Thread.sleep(forTimeInterval: 2)
        // …and the server is told to stop
        kill(server.processIdentifier, SIGTERM)

        // then: it no longer accepts connections, but the upload in flight completes
        #expect(Self.waitUntil(seconds: 60) { LoopbackHTTP(port: port) == nil }, "still accepting after SIGTERM")
        upload.send(Array(Self.jpeg.dropFirst(Self.jpeg.count / 2)))
        let answer = LoopbackHTTP.parse(upload.readToEnd())
        #expect(answer?.status == 201, "\(answer?.body ?? "no answer")")
        #expect(Self.waitUntil(seconds: 120) { !server.isRunning }, "still running after SIGTERM")
        #expect(server.terminationReason == .exit && server.terminationStatus == 0)
        // and the file is stored
        let files = FileManager.default.enumerator(at: directory.appendingPathComponent("files"), includingPropertiesForKeys: nil)?
            .allObjects.compactMap { $0 as? URL } ?? []
        #expect(files.contains { !$0.hasDirectoryPath && (try? Data(contentsOf: $0)) == Data(Self.jpeg) })
    }
}
