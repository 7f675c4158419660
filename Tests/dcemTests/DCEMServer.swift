import Foundation
import Testing

/// A `dcem serve` process of a test's own on a free port, its output kept in files to be read
/// while it runs; killed when the test is done with it.
final class DCEMServer {
    let process = Process()
    let port: Int
    let directory: URL
    private let outURL: URL
    private let errURL: URL

    /// Starts `dcem serve` on a fresh SQLite database under `directory` with `ServeShutdownTests`'
    /// environment, changed by `settings` (a nil value removes the variable).
    init(directory: URL, settings: [String: String?] = [:], arguments: [String] = []) throws {
        self.directory = directory
        port = LoopbackHTTP.freePort()
        outURL = directory.appendingPathComponent("serve-\(port).out")
        errURL = directory.appendingPathComponent("serve-\(port).err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        var environment = ServeShutdownTests.environment(directory)
        for (key, value) in settings { environment[key] = value }
        process.executableURL = EligibilityCommandTests.executable
        process.arguments = ["serve", "--port", "\(port)"] + arguments
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
    }

    deinit { stop() }

    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    var out: String { (try? String(contentsOf: outURL, encoding: .utf8)) ?? "" }
    var err: String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }

    /// Waits (within a generous bound) for `/health/ready` to answer 200.
    func waitUntilReady() -> Bool {
        ServeShutdownTests.waitUntil(seconds: 120) { LoopbackHTTP.request(port: port, "GET", "/health/ready")?.status == 200 }
    }

    /// A line of `/proc/<pid>/status` in kB (`VmRSS`, `VmHWM`).
    func memory(_ key: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("\(key):") }
        return line.flatMap { Int($0.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "") }
    }

    /// A temporary directory for one test, removed by the caller.
    static func temporaryDirectory(_ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
