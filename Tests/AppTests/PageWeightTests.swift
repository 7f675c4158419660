import DCEMRules
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// Every page's weight, HTML plus the one stylesheet as sent (no JavaScript), at most 30 KB
/// (docs/pages.md#weight).
@Suite struct PageWeightTests {
    static let limit = 30 * 1024

    @Test func theMainPagesOfBothSidesStayUnder30KB() async throws {
        try await withTestSite { site in
            // given: a filed case, a draft, an agent
            let family = try await Accounts.member(site, email: "poids@example.fr")
            let (filed, id) = try await Journey.filed(family)
            let draft = try await Journey.start(family)
            let agent = try await Agents.signedIn(site)
            // The stylesheet as a browser receives it: gzipped (every browser accepts it).
            let css = try await site.client.execute(uri: "/static/site.css", method: .get, headers: [.acceptEncoding: "gzip"]).body.readableBytes

            // when
            var weights: [String: Int] = [:]
            for path in ["/", "/simulateur", "/compte/creer", "/compte/connexion"] {
                weights[path] = try await site.browser().get(path).body.utf8.count
            }
            for path in ["/mes-demandes", draft, "\(draft)/enfant", filed, "\(filed)/messages", "\(filed)/accuse-de-reception", "\(filed)/cerfa"] {
                weights[path] = try await family.get(path).body.utf8.count
            }
            for path in ["/backoffice/dossiers", "/backoffice/dossiers/\(id.uuidString.lowercased())"] {
                weights[path] = try await agent.get(path).body.utf8.count
            }

            // then
            for (path, html) in weights.sorted(by: { $0.key < $1.key }) {
                #expect(html > 500, "\(path) has a page")
                #expect(html + css <= Self.limit, "\(path): \(html) + \(css) bytes")
            }
        }
    }
}
