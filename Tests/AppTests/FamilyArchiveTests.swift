import DCEMRules
import FluentKit
import Foundation
import Testing
import ZIPFoundation

@testable import App

/// The family's archive (docs/pages.md#the-familys-archive): one ZIP of everything the account
/// holds, its own cases only, linked from the account page, rate-limited.
@Suite struct FamilyArchiveTests {
    /// The archive's entries, by path, with their bytes.
    static func entries(_ bytes: [UInt8]) throws -> [String: Data] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var entries: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            entries[entry.path] = data
        }
        return entries
    }

    @Test func theArchiveHoldsTheFamilysAnswersAndFilesAndNothingOfAnotherFamily() async throws {
        try await withTestSite { site in
            // given: a family with a filed case and a message, and another family with its own case
            let family = try await Accounts.member(site, email: "archive@example.fr")
            let (dossier, id) = try await Journey.filed(family, childSurname: "Archivée")
            let record = try #require(try await Dossier.find(id, on: site.db))
            try await DossierMessagesTests.messages(site).post(to: record, by: .agent(nil), body: "Une question sur le rendez-vous", attachment: nil)
            let other = try await Accounts.member(site, email: "autre-famille@example.fr")
            _ = try await Journey.filed(other, childSurname: "Étrangère")
            let reference = try #require(try await Dossier.find(id, on: site.db)?.reference)

            // when: the family follows the link on its account page
            let account = try await family.get("/compte")
            #expect(account.body.contains(#"href="/compte/archive""#))
            let download = try await family.download("/compte/archive")

            // then: a ZIP with the account, the case's answers, the same bytes as the upload, the history, the message
            #expect(download.status == .ok)
            #expect(download.headers[.contentType] == "application/zip")
            #expect(download.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            let entries = try Self.entries(download.bytes)
            let text = { (path: String) in String(decoding: entries[path] ?? Data(), as: UTF8.self) }
            #expect(text("compte.json").contains("archive@example.fr"))
            #expect(text("demandes/\(reference)/reponses.json").contains("Archivée"))
            #expect(text("demandes/\(reference)/demande.json").contains(reference))
            #expect(text("demandes/\(reference)/historique.json").contains("\"file\""))
            #expect(text("demandes/\(reference)/messages.json").contains("Une question sur le rendez-vous"))
            let pieces = entries.filter { $0.key.hasPrefix("demandes/\(reference)/pieces/") }
            #expect(!pieces.isEmpty)
            #expect(pieces.values.contains(Data(Journey.pdf)))
            // nothing of the other family's case, whatever the entry
            for (path, data) in entries {
                #expect(!path.contains("..") && !path.hasPrefix("/"))
                let content = String(decoding: data, as: UTF8.self)
                #expect(!content.contains("Étrangère") && !content.contains("autre-famille@example.fr"), "\(path)")
            }
            #expect(Set(entries.keys.compactMap { $0.split(separator: "/").dropFirst().first.map(String.init) }) == [reference])
        }
    }

    @Test func oneCasesArchiveHoldsThatCaseOnlyAndAnotherFamilyFindsNothing() async throws {
        try await withTestSite { site in
            // given: a family with a filed case and a draft, and another family
            let family = try await Accounts.member(site, email: "deux-demandes@example.fr")
            let (dossier, id) = try await Journey.filed(family, childSurname: "Première")
            _ = try await Journey.start(family)
            let reference = try #require(try await Dossier.find(id, on: site.db)?.reference)
            let other = try await Accounts.member(site, email: "indiscrete@example.fr")

            // when: the case page's link is followed, by the family and by the other one
            let page = try await family.get(dossier)
            #expect(page.body.contains(#"href="\#(dossier)/archive""#))
            let own = try await family.download("\(dossier)/archive")
            let foreign = try await other.download("\(dossier)/archive")

            // then: that case alone for its family; 404 for the other, as for any case not theirs
            #expect(own.status == .ok)
            let folders = Set(try Self.entries(own.bytes).keys.compactMap { $0.split(separator: "/").dropFirst().first.map(String.init) })
            #expect(folders == [reference])
            #expect(foreign.status == .notFound)
            #expect(try await family.download("/demandes/\(UUID().uuidString.lowercased())/archive").status == .notFound)
        }
    }

    @Test func theArchiveNeedsASignedInFamilyAndIsRateLimited() async throws {
        try await withTestSite { site in
            let stranger = site.browser()
            let anonymous = try await stranger.download("/compte/archive")
            #expect(anonymous.status == .seeOther)

            let family = try await Accounts.member(site, email: "pressee@example.fr")
            var statuses: [Int] = []
            for _ in 0..<(RateLimit.archivesPerUser.limit + 1) { statuses.append(try await family.download("/compte/archive").status.code) }
            #expect(statuses.dropLast().allSatisfy { $0 == 200 })
            #expect(statuses.last == 429)
        }
    }
}
