import Foundation
import Testing

/// Runs the real `dcem token create`, as a script would, on a SQLite file of its own.
@Suite struct TokenCommandTests {
    func run(_ arguments: [String], directory: URL) throws -> (status: Int32, out: String, err: String) {
        var environment = ProcessInfo.processInfo.environment
        // Always SQLite here, even in CI's PostgreSQL run: the command must not touch a shared database.
        environment["DATABASE_URL"] = ""
        environment["DCEM_ENV"] = "test"
        environment["DCEM_SQLITE_PATH"] = directory.appendingPathComponent("dcem.sqlite").path
        environment["DCEM_DATA_DIR"] = directory.path
        return try DCEMProcess.run(arguments, environment: environment)
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
