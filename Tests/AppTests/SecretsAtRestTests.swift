import FluentKit
import Foundation
import NIOCore
import Testing

@testable import App

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What stays on disk holds no secret another local user could read: delivered mails lose their
/// temporary password, the database and the uploads are the service user's alone.
@Suite struct SecretsAtRestTests {
    @Test func aDeliveredSignUpMailKeepsNoTemporaryPassword() async throws {
        try await withTestSite { site in
            // given: a sign-up, a reset for another member, and an ordinary notification in the outbox
            let browser = site.browser()
            let form = try await browser.get("/compte/creer")
            _ = try await browser.post("/compte/creer", form: [("email", "secret@example.fr")], csrf: form.csrfToken)
            let queued = try #require(try await site.lastMail(to: "secret@example.fr", kind: "account-created"))
            let password = try #require(Accounts.temporaryPassword(in: queued.body))
            #expect(queued.carriesSecret)
            try await Outbox.enqueue(MailOutboxTests.mail, on: site.db, now: testNow)

            // when: the worker delivers them
            let transport = RecordingMailTransport()
            let worker = MailWorker(database: { site.db }, transport: transport, interval: .seconds(2), now: { testNow }, logger: quietLogger)
            #expect(await worker.deliverDue(now: testNow) == 2)

            // then: the recipient got the password; the row keeps who, why and when, not the text
            #expect(await transport.sent.contains { $0.mail.body.contains(password) })
            let delivered = try #require(try await site.lastMail(to: "secret@example.fr", kind: "account-created"))
            #expect(delivered.status == .sent)
            #expect(!delivered.body.contains(password) && delivered.body.isEmpty)
            #expect(delivered.subject == queued.subject)
            let ordinary = try #require(try await site.lastMail(to: MailOutboxTests.mail.recipient))
            #expect(ordinary.body == MailOutboxTests.mail.body && !ordinary.carriesSecret)
        }
    }

    @Test func aResetMailThatFailedForGoodKeepsNoTemporaryPassword() async throws {
        try await withTestDatabase { database in
            // given: a reset mail the transport never takes
            var mail = MailOutboxTests.mail
            mail.kind = "password-reset"
            mail.body = "Votre mot de passe temporaire : abcd-efgh-jkmn"
            try await Outbox.enqueue(mail, on: database.db, now: testNow)
            let worker = MailOutboxTests.worker(database, RecordingMailTransport(failures: 1000))

            // when: every attempt fails
            var now = testNow
            for _ in 1...MailWorker.maxAttempts {
                _ = await worker.deliverDue(now: now)
                now = now.addingTimeInterval(2 * 24 * 3600)
            }

            // then
            let row = try #require(try await OutboxMail.query(on: database.db).first())
            #expect(row.status == .failed && row.carriesSecret)
            #expect(!row.body.contains("abcd-efgh-jkmn"))
        }
    }

    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o777
    }

    @Test func aFreshDatabaseFileAndDataFolderAreTheServiceUsersAlone() async throws {
        // given: a data folder that does not exist yet (SQLite whatever the test database: modes are SQLite's matter)
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-modes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let data = base.appendingPathComponent("var").path
        let path = (data as NSString).appendingPathComponent("dcem.sqlite")
        let config = AppConfig(environment: .test, database: .sqlite(path: path), dataDirectory: data)

        // when: the service creates and migrates the base, writes to it, and stores an upload
        try await DatabaseService.using(config, logger: quietLogger) { database in
            try await database.migrate()
            try await Outbox.enqueue(MailOutboxTests.mail, on: database.db, now: testNow)
            #expect(try await OutboxMail.query(on: database.db).count() == 1)
            // then, while it is open: the journal files too
            #expect(Self.mode(path + "-wal") == 0o600)
            #expect(Self.mode(path + "-shm") == 0o600)
        }
        let storage = DiskFileStorage(root: URL(fileURLWithPath: data).appendingPathComponent("files"))
        let stored = try await storage.store(ByteBuffer(string: "%PDF-1.4 une pièce"))

        // then
        #expect(Self.mode(data) == 0o700)
        #expect(Self.mode(path) == 0o600)
        let file = try DiskFileStorage.path(for: stored.sha256, root: data + "/files")
        #expect(Self.mode(file) == 0o600)
        var folder = (file as NSString).deletingLastPathComponent
        while folder.count > data.count {
            #expect(Self.mode(folder) == 0o700, "\(folder)")
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    @Test func aDatabaseFileLeftReadableIsClosedAtStart() async throws {
        // given: a base an earlier version left world-readable
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-modes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let path = base.appendingPathComponent("dcem.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o644]))

        // when: the service opens it
        try await DatabaseService.using(AppConfig(environment: .test, database: .sqlite(path: path)), logger: quietLogger) { database in
            try await database.migrate()
        }

        // then
        #expect(Self.mode(path) == 0o600)
    }
}
