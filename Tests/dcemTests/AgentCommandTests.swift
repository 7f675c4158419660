import Foundation
import Testing

/// `dcem agent create`, run as an administrator would, on a SQLite file of its own.
@Suite struct AgentCommandTests {
    func run(_ arguments: [String], database: URL) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = EligibilityCommandTests.executable
        process.arguments = arguments
        process.environment = ["DCEM_ENV": "test", "DCEM_SQLITE_PATH": database.path, "DCEM_DATA_DIR": database.deletingLastPathComponent().path,
                               "DCEM_BCRYPT_COST": "4", "LOG_LEVEL": "error"]
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func createsAnAgentOnceAndNamesTheMistakes() throws {
        // given: an empty database
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-agent-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("dcem.sqlite")

        // when
        let created = try run(["agent", "create", "--prefecture", "75", "--email", "Agent@Interieur.gouv.fr", "--role", "supervisor"], database: database)
        let duplicate = try run(["agent", "create", "--prefecture", "13", "--email", "agent@interieur.gouv.fr"], database: database)
        let unknown = try run(["agent", "create", "--prefecture", "20", "--email", "autre@interieur.gouv.fr"], database: database)

        // then: the temporary password is printed once; mistakes exit 2 with a message
        #expect(created.status == 0)
        #expect(created.out.contains("supervisor agent@interieur.gouv.fr for Préfecture de police (75)"))
        let password = created.out.split(separator: "\n").first { $0.hasPrefix("Temporary password: ") }
        #expect(password?.dropFirst("Temporary password: ".count).count == 14)
        #expect(duplicate.status == 2)
        #expect(duplicate.err.contains("already exists"))
        #expect(unknown.status == 2)
        #expect(unknown.err.contains("unknown département code \"20\""))
    }
}
