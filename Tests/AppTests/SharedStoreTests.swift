import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing

@testable import App

/// Several instances on one database (docs/file-store.md): migrations under a lock, readiness that
/// tells the truth, a shared folder that must be the same one, filing refused when a file is gone,
/// and `dcem files import`.
@Suite struct SharedStoreTests {
    /// A temporary folder, removed afterwards.
    static func withFolder<Value>(_ body: (URL) async throws -> Value) async throws -> Value {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-shared-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        return try await body(directory)
    }

    /// The store the app of `site` uses (the test's settings with the database's real kind).
    static func files(_ site: TestSite) -> any FileStorage {
        var config = site.config
        config.database = site.database.kind
        return FileStores.make(config, database: { site.database.db })
    }

    // MARK: Migrations

    @Test(.enabled(if: TestDatabase.isPostgres, "the advisory lock is PostgreSQL's"))
    func severalMigratorsOnAnEmptyDatabaseAllSucceed() async throws {
        try await withTestConfig { config in
            // when: five instances migrate the same empty schema at once
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<5 {
                    group.addTask { try await DatabaseService.using(config, logger: quietLogger) { try await $0.migrate() } }
                }
                try await group.waitForAll()
            }
            // then: every migration ran once, and a migrator beside them finds nothing to do
            try await DatabaseService.using(config, logger: quietLogger) { database in
                try await database.migrate()
                let sql = database.db as! any SQLDatabase
                let names = try await sql.raw("SELECT name FROM _fluent_migrations").all().map { try $0.decode(column: "name", as: String.self) }
                #expect(names.count == AllMigrations.list.count)
                #expect(Set(names) == Set(AllMigrations.list.map(\.name)))
            }
        }
    }

    @Test(.enabled(if: TestDatabase.isPostgres, "the advisory lock is PostgreSQL's"))
    func theMigrationLockLetsOneHolderInAtATime() async throws {
        let url = ProcessInfo.processInfo.environment["DATABASE_URL"]!
        let log = Holders()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    try await DatabaseService.withMigrationLock(url: url, schema: "lock_test", logger: quietLogger) {
                        await log.enter()
                        for _ in 0..<20 { await Task.yield() }
                        try await Task.sleep(for: .milliseconds(20))
                        await log.leave()
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(await log.most == 1)
        #expect(await log.entries == 4)
    }

    actor Holders {
        var now = 0, most = 0, entries = 0
        func enter() { now += 1; entries += 1; most = max(most, now) }
        func leave() { now -= 1 }
    }

    // MARK: Readiness

    static func ready(_ client: any TestClientProtocol) async throws -> (status: HTTPResponse.Status, body: String) {
        let response = try await client.execute(uri: "/health/ready", method: .get)
        return (response.status, String(buffer: response.body))
    }

    @Test func readinessAnswers503WithNoSchema() async throws {
        try await withTestApp(configure: { $0.migrateOnStart = false }) { client in
            let (status, body) = try await Self.ready(client)
            #expect(status == .serviceUnavailable)
            #expect(body.contains(#""schema""#))
            #expect(!body.contains("postgres://"))
            // liveness is another matter
            #expect(try await client.execute(uri: "/health/live", method: .get).status == .ok)
        }
    }

    @Test func readinessAnswers503WhenTheSchemaIsBehind() async throws {
        try await withTestAppAndDatabase { client, database in
            // given: the last migration this binary knows is not recorded (an older schema)
            let sql = database.db as! any SQLDatabase
            try await sql.raw("DELETE FROM _fluent_migrations WHERE name = \(bind: AllMigrations.list.last!.name)").run()
            // when
            let (status, body) = try await Self.ready(client)
            // then
            #expect(status == .serviceUnavailable)
            #expect(body == #"{"status":"not ready","missing":["schema"]}"#)
        }
    }

    @Test func readinessAnswers503WhenTheFilesFolderCanNotBeWritten() async throws {
        try await Self.withFolder { directory in
            try await withTestApp(configure: { $0.dataDirectory = directory.path; $0.fileStoreSetting = .folder }) { client in
                // given: the folder is gone and a plain file stands in its place (root ignores modes)
                let files = directory.appendingPathComponent("files")
                try? FileManager.default.removeItem(at: files)
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                #expect(FileManager.default.createFile(atPath: files.path, contents: Data("x".utf8)))
                // then
                let (status, body) = try await Self.ready(client)
                #expect(status == .serviceUnavailable)
                #expect(body == #"{"status":"not ready","missing":["file store"]}"#)
            }
        }
    }

    @Test func readinessProbesTheDatabaseStore() async throws {
        try await withTestAppAndDatabase(configure: { $0.fileStoreSetting = .database }) { client, database in
            // given: its tables are gone
            try await (database.db as! any SQLDatabase).raw("DROP TABLE stored_file_chunks").run()
            #expect(try await Self.ready(client) == (.serviceUnavailable, #"{"status":"not ready","missing":["file store"]}"#))
        }
    }

    // MARK: A shared folder

    @Test(.enabled(if: TestDatabase.isPostgres, "a folder shared by instances on one PostgreSQL"))
    func anInstanceWithAnotherFolderRefusesToStart() async throws {
        try await Self.withFolder { directory in
            try await withTestConfig(configure: { $0.fileStoreSetting = .folder }) { base in
                func start(_ folder: String) async throws {
                    var config = base
                    config.dataDirectory = directory.appendingPathComponent(folder).path
                    let database = try DatabaseService(config: config, logger: quietLogger)
                    var dependencies = AppDependencies(now: { testNow })
                    dependencies.database = database
                    dependencies.passwordHashPool = .standalone
                    do {
                        _ = try await buildApplication(config, dependencies: dependencies)
                    } catch {
                        await database.databases.shutdownAsync()
                        throw error
                    }
                    await database.databases.shutdownAsync()
                }
                // given: the first instance marks its folder
                try await start("shared")
                let marker = try #require(try await FolderMarker.readMarker(directory.appendingPathComponent("shared/files").path))
                // then: another folder is refused, naming it and the marker expected
                do {
                    try await start("other")
                    Issue.record("an instance with another folder started")
                } catch let refused as StartRefused {
                    #expect(refused.description.contains(directory.appendingPathComponent("other/files").path))
                    #expect(refused.description.contains(marker))
                    #expect(refused.description.contains("same shared folder"))
                }
                // a folder marked otherwise too
                let forged = directory.appendingPathComponent("forged/files")
                try FileManager.default.createDirectory(at: forged, withIntermediateDirectories: true)
                try Data("another-id\n".utf8).write(to: forged.appendingPathComponent(FolderMarker.fileName))
                await #expect(throws: StartRefused.self) { try await start("forged") }
                // and the shared one starts again
                try await start("shared")
            }
        }
    }

    // MARK: Filing

    @Test func filingIsRefusedWhenADocumentsFileIsMissing() async throws {
        try await Self.withFolder { directory in
            try await withTestSite(configure: { $0.dataDirectory = directory.path }) { site in
                // given: a complete draft, then one of its files lost from the store
                let family = try await Accounts.member(site, email: "fichier-perdu@example.fr")
                let dossier = try await Journey.complete(family, childSurname: "Perdue")
                let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
                let documents = try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).filter(\.$removedAt == nil).all()
                let lost = try #require(documents.first { $0.slot != "photo" })
                try await Self.files(site).remove(sha256: lost.sha256)

                // when
                let check = try await family.get("\(dossier)/verifier")
                let filed = try await family.post("\(dossier)/deposer", form: [], csrf: check.csrfToken)

                // then: not filed, the documents named on the page (not a 500), still a draft
                #expect(filed.status == .unprocessableContent)
                #expect(filed.body.contains("#slot-\(lost.slot)"))
                #expect(try await Dossier.find(id, on: site.db)?.currentState == .draft)
                #expect(try await Dossier.find(id, on: site.db)?.reference == nil)
            }
        }
    }

    // MARK: Backups

    @Test(.enabled(if: TestDatabase.isPostgres, "pg_dump's business"))
    func aBackupWithTheFilesInPostgresWritesNothingAndNamesAMissingFile() async throws {
        try await Self.withFolder { directory in
            try await withTestSite { site in
                // given: a filed case, its files in the database
                let browser = try await Accounts.member(site, email: "sauvegarde-pg@example.fr")
                _ = try await Journey.filed(browser)
                var config = site.config
                config.database = site.database.kind
                config.postgresSchema = site.database.schema
                let target = directory.appendingPathComponent("backup").path

                // when / then: every referenced file checked there, nothing written
                let summary = try await Backups.backup(config, to: target)
                #expect(summary.filesInDatabase)
                #expect(summary.files == (try await Backups.referencedFiles(on: site.db)).count)
                #expect(!FileManager.default.fileExists(atPath: target))

                // and a file gone is named: the dump would not hold it
                let lost = try #require(try await Backups.referencedFiles(on: site.db).sorted().first)
                try await Self.files(site).remove(sha256: lost)
                await #expect(throws: BackupError.sourceFiles(missing: [lost], damaged: [])) { try await Backups.backup(config, to: target) }
            }
        }
    }

    // MARK: dcem files import

    @Test func importCopiesAFolderIntoTheDatabaseCheckingEveryFile() async throws {
        try await Self.withFolder { directory in
            try await withTestConfig(configure: { $0.dataDirectory = directory.path; $0.fileStoreSetting = .database }) { config in
                // given: a folder with two good files, one whose bytes are not its name, and a temporary file
                let folder = DiskFileStorage(root: Backups.filesDirectory(directory.path))
                let first = try await folder.store(DatabaseFileStorageTests.bytes(3000, seed: 1))
                let second = try await folder.store(DatabaseFileStorageTests.bytes(700_000, seed: 2))
                let damaged = try await folder.store(DatabaseFileStorageTests.bytes(100, seed: 3))
                let damagedPath = try DiskFileStorage.path(for: damaged.sha256, root: folder.root.path)
                try Data("not what the name says".utf8).write(to: URL(fileURLWithPath: damagedPath))
                try Data("x".utf8).write(to: folder.root.appendingPathComponent("tmp/0123abcd"))

                // when
                let summary = try await StoredFilesCommands.importFolder(config)

                // then: the good ones are in the database, the damaged one named and skipped
                #expect(summary.imported == 2)
                #expect(summary.damaged == [damaged.sha256])
                #expect(summary.ignored == 1)
                #expect(summary.bytes == 703_000)
                #expect(summary.line == "files import: 2 imported, 0 already there, 1 damaged and skipped, 703000 bytes written, 1 other entry ignored")
                try await DatabaseService.using(config, logger: quietLogger) { (database) async throws in
                    let store = DatabaseFileStorage(database: { database.db })
                    #expect(try await store.load(sha256: first.sha256) == DatabaseFileStorageTests.bytes(3000, seed: 1))
                    #expect(try await store.load(sha256: second.sha256) == DatabaseFileStorageTests.bytes(700_000, seed: 2))
                    #expect(try await !store.exists(sha256: damaged.sha256))
                }

                // and run again, it only counts them
                let again = try await StoredFilesCommands.importFolder(config)
                #expect(again.imported == 0)
                #expect(again.alreadyThere == 2)
                #expect(again.damaged == [damaged.sha256])

                // and verify reads every stored file back
                let verified = try await StoredFilesCommands.verify(config)
                #expect(verified.checked == 2)
                #expect(verified.damaged.isEmpty)
                #expect(verified.missing.isEmpty)
            }
        }
    }

    @Test func importIsRefusedWhenTheFilesStayInAFolder() async throws {
        try await withTestConfig(configure: { $0.fileStoreSetting = .folder }) { config in
            await #expect(throws: StoredFilesCommands.Refusal.notTheDatabaseStore) { try await StoredFilesCommands.importFolder(config) }
        }
    }
}
