import DCEMRules
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import App

/// A stored file is never a page of the site: whoever fetches it (family, agent, API), it comes
/// sandboxed with no source allowed, under the disposition its route intends, never sniffed.
@Suite struct StoredFileHeadersTests {
    @Test func everyStoredFileRouteSendsTheSandboxPolicyTheIntendedDispositionAndNoSniffing() async throws {
        try await withTestSite(configure: AuthorizationMatrixTests.configure) { site in
            // given: a filed case with a document and a message carrying a PDF, its owner, a token and a Paris agent
            let fixture = try await MatrixFixture.make(site)
            let owner = try #require(fixture.roles[.owner])
            let agent = try #require(fixture.roles[.agent])
            let api = APIClient(client: site.client, token: owner.token)
            let dossier = MatrixFixture.id(fixture.caseID), file = MatrixFixture.id(fixture.documentID)
            let message = MatrixFixture.id(fixture.messageID)

            // when: each route that serves a stored file is fetched by the one allowed to
            let family = try await owner.browser.get("/demandes/\(dossier)/fichiers/\(file)")
            let familyAttachment = try await owner.browser.get("/demandes/\(dossier)/messages/\(message)/piece-jointe")
            let apiAttachment = try await api.get("/api/v1/dossiers/\(dossier)/messages/\(message)/attachment")
            let inline = try await agent.browser.get("/backoffice/dossiers/\(dossier)/fichiers/\(file)")
            let agentAttachment = try await agent.browser.get("/backoffice/dossiers/\(dossier)/messages/\(message)/piece-jointe")
            let served: [(route: String, disposition: String, status: HTTPResponse.Status, headers: HTTPFields)] = [
                ("family download", "attachment", family.status, family.headers),
                ("family message attachment", "attachment", familyAttachment.status, familyAttachment.headers),
                ("API message attachment", "attachment", apiAttachment.status, apiAttachment.headers),
                ("agent's inline view", "inline", inline.status, inline.headers),
                ("agent's message attachment", "attachment", agentAttachment.status, agentAttachment.headers),
            ]

            // then: exactly the sandbox policy, the route's disposition, and no sniffing, on every one
            for answer in served {
                #expect(answer.status == .ok, "\(answer.route)")
                // framed by the site's own review page only (docs/pages.md#reviewing-documents)
                #expect(answer.headers[values: .contentSecurityPolicy] == ["sandbox; default-src 'none'; frame-ancestors 'self'"], "\(answer.route)")
                #expect(answer.headers[values: .init("X-Frame-Options")!] == ["SAMEORIGIN"], "\(answer.route)")
                #expect(answer.headers[.contentDisposition]?.hasPrefix("\(answer.disposition); filename=\"") == true, "\(answer.route)")
                #expect(answer.headers[values: .xContentTypeOptions] == ["nosniff"], "\(answer.route)")
            }
        }
    }

    @Test func pagesKeepTheSiteWidePolicy() async throws {
        try await withTestApp { client in
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.headers[values: .contentSecurityPolicy] == [SecurityHeadersMiddleware<AppRequestContext>.contentSecurityPolicy])
        }
    }
}
