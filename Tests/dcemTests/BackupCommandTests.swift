import Foundation
import Testing

/// `dcem backup` and `dcem restore`, run as an administrator would: the demo's cases and files
/// backed up, restored elsewhere, their histories whole; a tampered backup refused.
@Suite struct BackupCommandTests {
    func run(_ arguments: [String], in place: URL) throws -> (status: Int32, out: String, err: String) {
        // Development: the demo seed runs nowhere else.
        try DCEMProcess.run(arguments, environment: [
            "DCEM_ENV": "development", "DCEM_SQLITE_PATH": place.appendingPathComponent("dcem.sqlite").path,
            "DCEM_DATA_DIR": place.path, "DCEM_BCRYPT_COST": "4", "LOG_LEVEL": "error",
        ])
    }

    @Test func theDemoIsBackedUpRestoredElsewhereAndATamperedBackupIsRefused() throws {
        // given: the demo's cases, with their stored files
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-backup-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let live = directory.appendingPathComponent("live"), fresh = directory.appendingPathComponent("fresh")
        let backup = directory.appendingPathComponent("backup")
        #expect(try run(["demo"], in: live).status == 0)

        // when: backed up, then restored into a fresh place
        let saved = try run(["backup", backup.path], in: live)
        let again = try run(["backup", backup.path], in: live)
        let restored = try run(["restore", backup.path], in: fresh)
        let audit = try run(["audit", "verify"], in: fresh)
        let over = try run(["restore", backup.path], in: fresh)

        // then
        #expect(saved.status == 0, "\(saved.err)")
        #expect(saved.out.contains("Database snapshot: \(backup.path)/dcem.sqlite"))
        #expect(FileManager.default.fileExists(atPath: backup.appendingPathComponent("dcem.sqlite").path))
        #expect(again.status == 1)
        #expect(again.err.contains("is not an empty directory"))
        #expect(restored.status == 0, "\(restored.err)")
        #expect(restored.out.contains("checked and in place"))
        #expect(audit.status == 0, "\(audit.out)")
        #expect(audit.out.contains("every case's history is whole"))
        #expect(over.status == 1)
        #expect(over.err.contains("--force"))

        // when: one stored file of the backup is altered
        let files = backup.appendingPathComponent("files")
        let walker = try #require(FileManager.default.enumerator(at: files, includingPropertiesForKeys: nil))
        let victim = try #require(walker.compactMap { $0 as? URL }.first { $0.lastPathComponent.count == 64 })
        var bytes = try Data(contentsOf: victim)
        bytes[0] ^= 0xFF
        try bytes.write(to: victim)
        let tampered = try run(["restore", "--force", backup.path], in: fresh)

        // then: refused, naming the file
        #expect(tampered.status == 1)
        #expect(tampered.err.contains(victim.lastPathComponent))
        #expect(try run(["audit", "verify"], in: fresh).status == 0)
    }
}
