import DCEMDossier
import FluentKit
import Foundation
import HummingbirdTesting
import NIOCore
import Testing

@testable import App

/// Two tabs, a double click, several files sent at once: every write to one draft either holds or
/// answers a clear 409, never a 500, and no stored file is left that no row refers to.
@Suite struct DraftConcurrencyTests {
    static let childForm: [(String, String)] = [
        ("surname", "Benali"), ("givenNames", "Yasmine"), ("sex", "F"), ("birthPlace", "Casablanca"), ("birthCountry", "Maroc"),
        ("nationality", "marocaine"), ("passportNumber", "AB123456"),
    ]

    /// A data folder of the test's own, so that the files on disk can be counted on either database.
    static func ownFiles(_ directory: URL) -> (inout AppConfig) -> Void {
        { $0.dataDirectory = directory.path; $0.fileStoreSetting = .folder }
    }

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("dcem-files-\(UUID().uuidString)")
    }

    /// The hashes of the files stored under `data/files`.
    static func storedHashes(_ data: URL) -> Set<String> {
        Set(Backups.storedNames(under: data.appendingPathComponent("files")).filter(StoredFile.isValidHash))
    }

    static func referencedHashes(_ site: TestSite) async throws -> Set<String> {
        try await Backups.referencedFiles(on: site.db)
    }

    /// A JPEG made distinct by a comment segment: `n` different files.
    static func jpeg(_ n: Int) -> [UInt8] {
        let text = Array("photo \(n)".utf8)
        return [0xFF, 0xD8, 0xFF, 0xFE, 0x00, UInt8(text.count + 2)] + text + Array(Journey.jpeg.dropFirst(2))
    }

    static func pdf(_ n: Int) -> [UInt8] {
        Journey.pdf + Array("\n% \(n)\n".utf8)
    }

    @Test func parallelSavesOfOneSectionAnswerSuccessOrConflictNeverAServerError() async throws {
        try await withTestSite { site in
            // given: a draft open in a browser
            let browser = try await Accounts.member(site, email: "onglets@example.fr")
            let dossier = try await Journey.start(browser)
            let token = try await browser.get("\(dossier)/enfant").csrfToken

            // when: the same section is saved 12 times at once, each with its own given names
            let statuses = try await RateLimitConcurrencyTests.parallel(12) { index in
                let form = Self.childForm.map { $0.0 == "givenNames" ? ($0.0, "Yasmine \(index)") : $0 }
                return try await browser.post("\(dossier)/enfant", form: form, csrf: token).status
            }

            // then: each is saved or told of the conflict; the draft holds one of the saved versions
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .conflict }, "\(statuses.map(\.code))")
            #expect(statuses.contains(.seeOther))
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            let saved = try #require(try await Dossier.find(id, on: site.db)).decodedAnswers()
            #expect(saved.child?.givenNames.hasPrefix("Yasmine ") == true)
        }
    }

    @Test func parallelSavesOfDifferentSectionsAllHold() async throws {
        try await withTestSite { site in
            // given: a draft open in several tabs
            let browser = try await Accounts.member(site, email: "sections@example.fr")
            let dossier = try await Journey.start(browser)
            let token = try await browser.get("\(dossier)/enfant").csrfToken
            let forms: [(String, [(String, String)])] = [
                ("enfant", Self.childForm),
                ("parents", [("parent1-surname", "Benali"), ("parent1-givenNames", "Karim"), ("parent1-nationality", "marocaine"), ("second", "no")]),
                ("demandeur", [("phone", "06 12 34 56 78")]),
                ("adresse", [("line1", "12 rue des Lilas"), ("line2", ""), ("postalCode", "75011"), ("city", "Paris")]),
            ]

            // when: each tab saves its section at the same moment
            let statuses = try await RateLimitConcurrencyTests.parallel(forms.count) { index in
                try await browser.post("\(dossier)/\(forms[index].0)", form: forms[index].1, csrf: token).status
            }

            // then: no save undoes another
            #expect(statuses.allSatisfy { $0 == .seeOther }, "\(statuses.map(\.code))")
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            let answers = try #require(try await Dossier.find(id, on: site.db)).decodedAnswers()
            #expect(answers.child?.surname == "Benali")
            #expect(answers.parents.first?.givenNames == "Karim")
            #expect(answers.applicant?.phone == "06 12 34 56 78")
            #expect(answers.address?.city == "Paris")
        }
    }

    @Test func parallelUploadsToDifferentSlotsAreAllKept() async throws {
        let data = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        try await withTestSite(configure: Self.ownFiles(data)) { site in
            // given: a draft whose checklist asks for several documents
            let browser = try await Accounts.member(site, email: "pieces@example.fr")
            let dossier = try await Journey.start(browser)
            try await Journey.fillSections(browser, dossier)
            try await Journey.answerSituation(browser, dossier)
            var page = try await browser.get("\(dossier)/pieces")
            for code in UploadSlot.civilStatus.map(\.rawValue).sorted() where page.body.contains("\(dossier)/pieces/\(code)/langue") {
                _ = try await browser.post("\(dossier)/pieces/\(code)/langue", form: [("language-\(code)", "other")], csrf: page.csrfToken)
            }
            page = try await browser.get("\(dossier)/pieces")
            let actions = Array(Journey.uploadActions(page).prefix(8))
            #expect(actions.count >= 4)

            // when: a different file goes into each slot at the same moment
            let answers = try await RateLimitConcurrencyTests.parallel(actions.count) { index in
                let sent = try await browser.upload(actions[index], fileName: "scan\(index).pdf", type: "application/pdf", bytes: Self.pdf(index), csrf: nil)
                return (index, sent.status)
            }

            // then: none fails; every file accepted is in the draft, and every stored file is referenced
            #expect(answers.allSatisfy { $0.1 == .seeOther || $0.1 == .conflict }, "\(answers.map(\.1.code))")
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            let documents = try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).filter(\.$removedAt == nil).all()
            for (index, status) in answers where status == .seeOther {
                let hash = StoredFile.hashing(ByteBuffer(bytes: Self.pdf(index))).sha256
                #expect(documents.contains { $0.sha256 == hash }, "upload \(index)")
            }
            #expect(Self.storedHashes(data) == (try await Self.referencedHashes(site)))
        }
    }

    @Test func photosRefusedBecauseTheOthersWereFirstAreSweptAndTheKeptOnesStay() async throws {
        let data = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        try await withTestSite(configure: Self.ownFiles(data)) { site in
            // given: a draft without photos
            let browser = try await Accounts.member(site, email: "photos@example.fr")
            let dossier = try await Journey.start(browser)
            let action = try #require(Journey.uploadActions(try await browser.get("\(dossier)/photos")).first)

            // when: six different photos are sent at once, for two places
            let statuses = try await RateLimitConcurrencyTests.parallel(6) { index in
                try await browser.upload(action, fields: [("taken-day", "1"), ("taken-month", "10"), ("taken-year", "2026")],
                                         fileName: "photo\(index).jpg", type: "image/jpeg", bytes: Self.jpeg(index), csrf: nil).status
            }

            // then: two are kept, the others refused without a server error; the refused files,
            // streamed to the store before their rows were refused, go with the sweep of unreferenced
            // files, and the kept ones stay
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .conflict }, "\(statuses.map(\.code))")
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            let photos = try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).filter(\.$slot == photoSlot).all()
            #expect(photos.count == DossierChecklist.photoCount)
            let files = DiskFileStorage(root: data.appendingPathComponent("files"))
            var sweep = OrphanFiles(files: files, database: { site.db })
            sweep.minimumAge = -60
            _ = try await sweep.sweep()
            #expect(Self.storedHashes(data) == Set(photos.map(\.sha256)))
            for photo in photos { #expect(try await files.exists(sha256: photo.sha256)) }
        }
    }

    @Test func theSweepRemovesOldUnreferencedFilesOnly() async throws {
        let data = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        try await withTestSite(configure: Self.ownFiles(data)) { site in
            // given: a referenced photo, an orphan from two hours ago, one from a minute ago, and an
            // unfinished store's temporary file from two hours ago
            let browser = try await Accounts.member(site, email: "balayage@example.fr")
            let dossier = try await Journey.start(browser)
            let action = try #require(Journey.uploadActions(try await browser.get("\(dossier)/photos")).first)
            _ = try await browser.upload(action, fields: [("taken-day", "1"), ("taken-month", "10"), ("taken-year", "2026")],
                                         fileName: "photo.jpg", type: "image/jpeg", bytes: Self.jpeg(1), csrf: nil)
            let root = data.appendingPathComponent("files")
            let files = DiskFileStorage(root: root)
            let referenced = StoredFile.hashing(ByteBuffer(bytes: Self.jpeg(1))).sha256
            let old = try await files.store(ByteBuffer(bytes: Self.pdf(1)))
            let young = try await files.store(ByteBuffer(bytes: Self.pdf(2)))
            let twoHoursAgo = Date().addingTimeInterval(-7200)
            let temporary = root.appendingPathComponent("tmp/unfinished").path
            #expect(FileManager.default.createFile(atPath: temporary, contents: Data("x".utf8)))
            for path in [try DiskFileStorage.path(for: referenced, root: root.path), try DiskFileStorage.path(for: old.sha256, root: root.path), temporary] {
                try FileManager.default.setAttributes([.modificationDate: twoHoursAgo], ofItemAtPath: path)
            }

            // when: the sweep runs, in passes of one file
            var orphans = OrphanFiles(files: files, database: { site.db })
            orphans.batchSize = 1
            var removed = 0
            var after: String? = nil
            for _ in 0..<5 {
                let sweep = try await orphans.sweep(after: after)
                removed += sweep.removed
                after = sweep.resumeAfter
            }

            // then
            #expect(removed == 1)
            #expect(Self.storedHashes(data) == [referenced, young.sha256])
            #expect(!FileManager.default.fileExists(atPath: temporary))
        }
    }
}
