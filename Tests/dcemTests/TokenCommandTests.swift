import Foundation
import Testing

/// Runs the real `dcem token create`, as a script would, on a SQLite file of its own.
@Suite struct TokenCommandTests {
    func run(_ arguments: [String], directory: URL) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = EligibilityCommandTests.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        // Always SQLite here, even in CI's PostgreSQL run: the command must not touch a shared database.
        environment["DATABASE_URL"] = ""
        environment["DCEM_ENV"] = "test"
        environment["DCEM_SQLITE_PATH"] = directory.appendingPathComponent("dcem.sqlite").path
        environment["DCEM_DATA_DIR"] = directory.path
        process.environment = environment
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func anUnknownAddressIsNamedAndExitsTwo() throws {
        // given: a fresh database, no account
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-token-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // when
        let result = try run(["token", "create", "--email", "Personne@Example.fr"], directory: directory)
        // then
        #expect(result.status == 2)
        #expect(result.err.contains("personne@example.fr"))
        #expect(result.out.isEmpty)
    }
}
