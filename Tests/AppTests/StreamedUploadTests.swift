import FluentKit
import Foundation
import Hummingbird
import Testing

@testable import App

/// Uploads go to the app's real store as they arrive (docs/file-store.md): through the pages and
/// the API, on the test database, only a whole file of a kind the service takes is kept, and a
/// refused or cut-short upload leaves nothing behind.
@Suite struct StreamedUploadTests {
    /// The files kept in the app's store.
    static func kept(_ site: TestSite) async throws -> Set<String> {
        // Counted after `unfinished`: a listing also sweeps what unfinished uploads left.
        Set(try await SharedStoreTests.files(site).stored(before: .distantFuture, after: nil, limit: 10_000))
    }

    /// What unfinished uploads left in the app's store: staging rows and chunks, or temporary files.
    static func unfinished(_ site: TestSite) async throws -> Int {
        if let folder = SharedStoreTests.files(site) as? DiskFileStorage {
            return ((try? FileManager.default.contentsOfDirectory(atPath: folder.root.path + "/tmp")) ?? []).count
        }
        return try await IncomingFileTests.staging(on: site.db)
    }

    /// A PDF of about `megabytes` MB that no other test sends.
    static func largePDF(megabytes: Int) -> [UInt8] {
        Array("%PDF-1.4\n".utf8) + (0..<(megabytes * 1_000_000)).map { UInt8(truncatingIfNeeded: $0 &* 13) | 0x20 } + Array("\n%%EOF\n".utf8)
    }

    @Test func aPageKeepsOnlyAWholeFileOfAKindTaken() async throws {
        try await withTestSite { site in
            // given: a draft's documents page
            let browser = try await Accounts.member(site, email: "flux@example.fr")
            let dossier = try await Journey.start(browser)
            try await Journey.fillSections(browser, dossier)
            try await Journey.answerSituation(browser, dossier)
            let action = try #require(Journey.uploadActions(try await browser.get("\(dossier)/pieces")).first)
            let before = try await Self.kept(site)
            let large = Self.largePDF(megabytes: 4)

            // when: a web page named as a PDF, a PDF over 10 MB, then a 4 MB PDF
            let disguised = try await browser.upload(action, fileName: "acte.pdf", type: "application/pdf",
                                                     bytes: Array("<html><script>alert(1)</script>".utf8), csrf: nil)
            let tooLarge = try await browser.upload(action, fileName: "acte.pdf", type: "application/pdf", bytes: Self.largePDF(megabytes: 11), csrf: nil)
            let good = try await browser.upload(action, fileName: "acte.pdf", type: "application/pdf", bytes: large, csrf: nil)

            // then: the first two refused, each naming what is wrong, and nothing of them kept
            #expect(disguised.status == .unprocessableContent && disguised.body.contains("PDF, un JPEG ou un PNG"))
            #expect(tooLarge.status == .unprocessableContent && tooLarge.body.contains("dépasse 10 Mo"))
            #expect(good.status == .seeOther)
            #expect(try await Self.unfinished(site) == 0)
            let stored = StoredFile.hashing(ByteBuffer(bytes: large))
            #expect(try await Self.kept(site) == before.union([stored.sha256]))

            // and the file kept is the one sent, byte for byte, as the family downloads it
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            let row = try #require(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).filter(\.$sha256 == stored.sha256).first())
            #expect(row.size == large.count)
            let download = try await browser.download(SiteURL.dossierFile(id, row.id!).path)
            #expect(download.status == .ok && download.bytes == large)
        }
    }

    @Test func theAPIKeepsNothingOfARefusedUpload() async throws {
        try await withTestSite { site in
            // given
            let api = try await APIJourney.member(site)
            let dossier = try await APIJourney.start(api)
            try await APIJourney.answer(api, dossier)
            let slot = try #require(try await APIJourney.slots(api, dossier).first { $0 != "photo" })
            let before = try await Self.kept(site)

            // when: a page sent as a PDF, a PDF over the limit, and a PDF sent as a photo
            let disguised = try await api.send(.post, "\(dossier)/documents/\(slot)", bytes: Array("<html><script>".utf8), contentType: "application/pdf")
            let big = try await api.send(.post, "\(dossier)/documents/\(slot)", bytes: Self.largePDF(megabytes: 11), contentType: "application/pdf")
            let notAPhoto = try await api.send(.post, "\(dossier)/documents/photo?takenOn=2026-10-01", bytes: Journey.pdf, contentType: "image/jpeg")

            // then: each refused, no row, nothing unfinished left, and only the PDF sent as a photo
            // kept (a PDF is a kind the service takes; no row refers to it, so the sweep takes it)
            #expect(disguised.status == .unprocessableContent && big.status == .contentTooLarge && notAPhoto.status == .unprocessableContent)
            #expect(try await DossierDocument.query(on: site.db).count() == 0)
            #expect(try await Self.unfinished(site) == 0)
            let orphan = StoredFile.hashing(ByteBuffer(bytes: Journey.pdf)).sha256
            #expect(try await Self.kept(site).subtracting(before).subtracting([orphan]).isEmpty)
            var sweep = OrphanFiles(files: SharedStoreTests.files(site), database: { site.db })
            sweep.minimumAge = -60
            _ = try await sweep.sweep()
            #expect(!(try await Self.kept(site).contains(orphan)))
        }
    }
}
