import FluentKit
import Foundation
import Testing

@testable import App

/// `dcem backup` and `dcem restore` (README.md, "Backups"), through the functions the commands
/// call. SQLite whatever `DATABASE_URL` says: the snapshot is SQLite's; PostgreSQL's is pg_dump's.
@Suite struct BackupTests {
    /// A directory of its own, removed afterwards.
    static func withDirectory<Value>(_ body: (URL) async throws -> Value) async throws -> Value {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-backup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        return try await body(directory)
    }

    /// The service's settings on SQLite under `directory` (base and stored files).
    static func sqlite(_ directory: URL) -> @Sendable (inout AppConfig) -> Void {
        { config in
            config.database = .sqlite(path: directory.appendingPathComponent("dcem.sqlite").path)
            config.dataDirectory = directory.path
            Agents.sleepingMailWorker(&config)
        }
    }

    static func restoredConfig(_ directory: URL) -> AppConfig {
        var config = AppConfig(environment: .test, logLevel: .warning, bcryptCost: 4)
        sqlite(directory)(&config)
        return config
    }

    /// A filed case while the service runs, then a backup: the filing, its files and its history are in the copy.
    static func filedAndBackedUp(_ live: URL, to backup: URL) async throws -> (id: UUID, reference: String, hashes: Set<String>) {
        try await withTestSite(configure: sqlite(live)) { site in
            let browser = try await Accounts.member(site, email: "sauvegarde@example.fr")
            let (path, id) = try await Journey.filed(browser)
            let messages = try await browser.get("\(path)/messages")
            _ = try await browser.upload(try DossierMessagesTests.action(messages), fields: [("body", "Voici le bail.")], fileName: "bail.jpg",
                                         type: "image/jpeg", bytes: Journey.jpeg, csrf: nil)
            let dossier = try #require(try await Dossier.find(id, on: site.db))
            let hashes = try await Backups.referencedFiles(on: site.db)

            // when: the backup is taken while the service is up
            let summary = try await Backups.backup(site.config, to: backup.path)
            #expect(summary.files == hashes.count)
            #expect(summary.database == backup.appendingPathComponent("dcem.sqlite").path)
            // the service goes on working afterwards
            #expect(try await browser.get(path).status == .ok)
            return (id, try #require(dossier.reference), hashes)
        }
    }

    @Test func aBackupTakenWhileServingIsRestoredElsewhereAndReadBack() async throws {
        try await Self.withDirectory { directory in
            // given: a case filed before the backup
            let backup = directory.appendingPathComponent("backup")
            let (id, reference, hashes) = try await Self.filedAndBackedUp(directory.appendingPathComponent("live"), to: backup)
            #expect(hashes.count >= 2)  // the documents' PDF (stored once) and the photos' JPEG
            #expect(Backups.storedNames(under: backup.appendingPathComponent("files")) == hashes.sorted())

            // when: it is restored into a fresh place
            let fresh = directory.appendingPathComponent("fresh")
            let config = Self.restoredConfig(fresh)
            let summary = try await Backups.restore(config, from: backup.path, force: false)

            // then: the case, its files and its history are back, and the history is whole
            #expect(summary.files == hashes.count)
            #expect((summary.events ?? 0) > 0)
            let found = try await Backups.withDatabase(config) { database in
                (try await Dossier.find(id, on: database.db)?.reference, try await Backups.referencedFiles(on: database.db))
            }
            #expect(found.0 == reference)
            #expect(found.1 == hashes)
            let storage = DiskFileStorage(root: fresh.appendingPathComponent("files"))
            for hash in hashes {
                let content = try #require(try await storage.load(sha256: hash))
                #expect(StoredFile.hashing(content).sha256 == hash)
            }
            let audit = try await verifyAuditTrail(config)
            #expect(audit.broken.isEmpty)
            #expect(audit.checkedEvents == summary.events)

            // and a second restore over it is refused without --force, done with it
            await #expect(throws: BackupError.databaseExists(config.databasePathForBackup!)) {
                try await Backups.restore(config, from: backup.path, force: false)
            }
            #expect(try await Backups.restore(config, from: backup.path, force: true).files == hashes.count)
        }
    }

    /// With the files in the database (docs/file-store.md#backups), the snapshot holds them: no
    /// `files/` is written, and the restored base serves them.
    @Test func withTheFilesInTheDatabaseTheSnapshotHoldsThem() async throws {
        try await Self.withDirectory { directory in
            // given: a case filed with the files in the database, then backed up
            let live = directory.appendingPathComponent("live"), backup = directory.appendingPathComponent("backup")
            let inDatabase: @Sendable (inout AppConfig) -> Void = { config in
                Self.sqlite(live)(&config)
                config.fileStoreSetting = .database
            }
            let (hashes, summary) = try await withTestSite(configure: inDatabase) { site in
                let browser = try await Accounts.member(site, email: "sauvegarde-base@example.fr")
                _ = try await Journey.filed(browser)
                var config = site.config
                config.database = site.database.kind
                return (try await Backups.referencedFiles(on: site.db), try await Backups.backup(config, to: backup.path))
            }
            #expect(summary.filesInDatabase)
            #expect(summary.files == hashes.count)
            #expect(!FileManager.default.fileExists(atPath: backup.appendingPathComponent("files").path))
            #expect(!FileManager.default.fileExists(atPath: live.appendingPathComponent("files").path))

            // when: restored into a fresh place, the files still in the database
            let fresh = directory.appendingPathComponent("fresh")
            var config = Self.restoredConfig(fresh)
            config.fileStoreSetting = .database
            let restored = try await Backups.restore(config, from: backup.path, force: false)

            // then: every referenced file is back, whole
            #expect((restored.events ?? 0) > 0)
            try await Backups.withDatabase(config) { database in
                let store = DatabaseFileStorage(database: { database.db })
                for hash in hashes {
                    let content = try #require(try await store.load(sha256: hash))
                    #expect(StoredFile.hashing(content).sha256 == hash)
                }
            }
            #expect(try await StoredFilesCommands.verify(config).missing.isEmpty)
        }
    }

    @Test func aTamperedFileInTheBackupIsRefusedAndNothingIsRestored() async throws {
        try await Self.withDirectory { directory in
            // given: a backup whose stored file was altered
            let backup = directory.appendingPathComponent("backup")
            let (_, _, hashes) = try await Self.filedAndBackedUp(directory.appendingPathComponent("live"), to: backup)
            let victim = try #require(hashes.sorted().first)
            let file = backup.appendingPathComponent("files/\(victim.prefix(2))/\(victim.dropFirst(2).prefix(2))/\(victim)")
            var bytes = try Data(contentsOf: file)
            bytes[bytes.count / 2] ^= 0xFF
            try bytes.write(to: file)

            // when
            let fresh = directory.appendingPathComponent("fresh")
            let config = Self.restoredConfig(fresh)
            let refusal = await #expect(throws: BackupError.self) { try await Backups.restore(config, from: backup.path, force: false) }

            // then: the file is named, and no database nor file was put in place
            #expect(refusal == .backupFiles(missing: [], damaged: [victim]))
            #expect(refusal?.description.contains(victim) == true)
            #expect(!FileManager.default.fileExists(atPath: config.databasePathForBackup!))
            #expect(!FileManager.default.fileExists(atPath: config.databasePathForBackup! + ".restoring"))
            #expect(Backups.storedNames(under: fresh.appendingPathComponent("files")).isEmpty)

            // and a missing file is refused the same way
            try bytes.write(to: file.deletingLastPathComponent().appendingPathComponent("not-a-hash"))
            try FileManager.default.removeItem(at: file)
            let missing = await #expect(throws: BackupError.self) { try await Backups.restore(config, from: backup.path, force: false) }
            #expect(missing == .backupFiles(missing: [victim], damaged: ["not-a-hash"]))
        }
    }

    @Test func aBackupIsWrittenOnlyIntoANewOrEmptyDirectory() async throws {
        try await Self.withDirectory { directory in
            // given: a directory holding something
            let target = directory.appendingPathComponent("occupied")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: target.appendingPathComponent("keep.txt"))
            let live = directory.appendingPathComponent("live")

            // when / then: refused, the file left alone; a missing base is named
            try await withTestSite(configure: Self.sqlite(live)) { site in
                await #expect(throws: BackupError.targetNotEmpty(target.path)) { try await Backups.backup(site.config, to: target.path) }
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["keep.txt"])
            let nowhere = Self.restoredConfig(directory.appendingPathComponent("nowhere"))
            await #expect(throws: BackupError.noDatabase(nowhere.databasePathForBackup!)) {
                try await Backups.backup(nowhere, to: directory.appendingPathComponent("new").path)
            }
            await #expect(throws: BackupError.notABackup(target.path)) { try await Backups.restore(nowhere, from: target.path, force: false) }
        }
    }
}
