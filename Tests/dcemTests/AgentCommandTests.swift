import Foundation
import Testing

/// `dcem agent create`, run as an administrator would, on a SQLite file of its own.
@Suite struct AgentCommandTests {
    func run(_ arguments: [String], database: URL) throws -> (status: Int32, out: String, err: String) {
        try DCEMProcess.run(arguments, environment: [
            "DCEM_ENV": "test", "DCEM_SQLITE_PATH": database.path, "DCEM_DATA_DIR": database.deletingLastPathComponent().path,
            "DCEM_BCRYPT_COST": "4", "LOG_LEVEL": "error",
        ])
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
