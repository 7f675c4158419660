import Foundation
import Testing

@testable import App

/// "My applications", as a page and through the API: each dossier of the member with what is listed.
@Suite struct DossierListingTests {
    @Test func aFiledCaseAndADraftAreListedWithTheirStateReferenceAndChild() async throws {
        try await withTestSite { site in
            // given: a filed case and an empty draft of one member, and another member's draft
            let browser = try await Accounts.member(site)
            let api = APIClient(client: site.client, token: try await APIJourney.createToken(browser))
            let filed = try await APIJourney.start(api)
            try await APIJourney.answer(api, filed)
            try await APIJourney.upload(api, filed)
            let filing = try await api.send(.post, "\(filed)/file")
            #expect(filing.status == .ok, "\(filing.body)")
            let reference = try #require(filing.json["reference"] as? String)
            let draft = try await APIJourney.start(api)
            let stranger = try await APIJourney.member(site, email: "autre@example.fr")
            let strangers = try await APIJourney.start(stranger)
            // when
            let listed = try await api.get("/api/v1/dossiers")
            // then: the API lists both, each with its own facts, and nothing of the other member
            #expect(listed.status == .ok)
            let items = try #require(listed.json["dossiers"] as? [[String: Any]])
            let byID = Dictionary(uniqueKeysWithValues: items.map { ($0["id"] as? String ?? "", $0) })
            #expect(byID.count == 2)
            let filedItem = try #require(byID[String(filed.split(separator: "/").last!)])
            #expect(filedItem["state"] as? String == "filed")
            #expect(filedItem["reference"] as? String == reference)
            #expect(filedItem["childName"] as? String == "Yasmine Benali")
            #expect(filedItem["filedOn"] as? String == "2026-11-25")
            #expect((filedItem["version"] as? Int ?? 0) > 1)
            let draftItem = try #require(byID[String(draft.split(separator: "/").last!)])
            #expect(draftItem["state"] as? String == "draft")
            #expect(draftItem["reference"] == nil || draftItem["reference"] is NSNull)
            #expect(draftItem["childName"] == nil || draftItem["childName"] is NSNull)
            #expect(byID[String(strangers.split(separator: "/").last!)] == nil)

            // and the page says the same
            let mine = try await browser.get("/mes-demandes")
            #expect(mine.status == .ok)
            #expect(mine.body.contains("Yasmine Benali"))
            #expect(mine.body.contains(reference))
            #expect(mine.body.contains("Enfant (nom à compléter)"))
            #expect(mine.body.contains(#"href="/demandes/\#(draft.split(separator: "/").last!)""#))
            #expect(!mine.body.contains(String(strangers.split(separator: "/").last!)))
        }
    }
}
