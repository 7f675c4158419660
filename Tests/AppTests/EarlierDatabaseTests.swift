import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import App

/// A database written by an earlier version of the service still opens: drafts and cases stored
/// then are read, shown and changed by today's code, after its migrations run on start.
///
/// `Fixtures/demo-2026-12-03/` is what `dcem demo` wrote on 3 December 2026 (SQLite and its stored
/// files): a family of the Paris préfecture with a case in every state, agents and supervisors. It
/// is never rewritten: a change that can not read it has to migrate it.
@Suite struct EarlierDatabaseTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/demo-2026-12-03")
    /// A few minutes after the fixture was written.
    static let fixtureNow = Date(timeIntervalSince1970: 1_796_325_900)
    static let familyEmail = "famille1@demo.dcem.example"

    /// The fixture copied where the test may change it (SQLite writes beside its file).
    static func copy() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-earlier-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture, to: directory)
        return directory
    }

    @Test func everyStoredCaseOpensForTheFamilyAndTheAgent() async throws {
        let directory = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await withTestSite(now: Self.fixtureNow, configure: { config in
            // Always the fixture's SQLite file, also when the suite runs on PostgreSQL.
            config.database = .sqlite(path: directory.appendingPathComponent("dcem.sqlite").path)
            config.dataDirectory = directory.path
            config.postgresSchema = nil
        }) { site in
            // given: the family signs in with the demo's password
            let family = site.browser()
            let login = try await family.get("/compte/connexion")
            let signedIn = try await family.post("/compte/connexion", form: [("email", Self.familyEmail), ("password", "demo-famille-2026")],
                                                 csrf: login.csrfToken)
            #expect(signedIn.status == .seeOther)
            let user = try #require(try await User.query(on: site.db).filter(\.$email == Self.familyEmail).first())
            let stored = try await Dossier.query(on: site.db).filter(\.$userID == user.id!).all()
            #expect(stored.count == 11)

            // when: each case is opened
            let list = try await family.get("/mes-demandes")
            #expect(list.status == .ok)
            for dossier in stored {
                let path = "/demandes/\(dossier.id!.uuidString.lowercased())"
                #expect(list.body.contains(path), "listed: \(dossier.state)")
                let page = try await family.get(path)
                // then: it shows, with the child's name and, once filed, its reference
                #expect(page.status == .ok, "\(dossier.state)")
                #expect(page.body.contains(dossier.childName ?? "—"), "\(dossier.state)")
                if let reference = dossier.reference { #expect(page.body.contains(reference), "\(dossier.state)") }
                if dossier.currentState != .draft {
                    #expect(try await family.get("\(path)/accuse-de-reception").status == .ok, "receipt of \(dossier.state)")
                }
            }

            // the draft's pages open with the answers stored then, and a section saved now keeps the others
            let draft = try #require(stored.first { $0.currentState == .draft })
            let draftPath = "/demandes/\(draft.id!.uuidString.lowercased())"
            let before = try await family.get("\(draftPath)/verifier")
            #expect(before.status == .ok)
            for section in ["enfant", "parents", "demandeur", "adresse", "pieces", "photos"] {
                #expect(try await family.get("\(draftPath)/\(section)").status == .ok, "\(section)")
            }
            let phone = try await family.get("\(draftPath)/demandeur")
            #expect(try await family.post("\(draftPath)/demandeur", form: [("phone", "06 11 22 33 44")], csrf: phone.csrfToken).status == .seeOther)
            let after = try await family.get("\(draftPath)/verifier")
            #expect(after.body.contains("06 11 22 33 44"))
            #expect(after.body.contains("Yasmine"))

            // the préfecture's agent opens every case of the préfecture
            let agent = site.browser()
            _ = try await Agents.password(agent, email: "agent.75@demo.dcem.example", password: "demo-agent-2026")
            let coded = try await Agents.sendCode(agent, try await Agents.code(site, email: "agent.75@demo.dcem.example", at: Self.fixtureNow))
            #expect(coded.status == .seeOther)
            let queue = try await agent.get("/backoffice/dossiers?etat=tous")
            #expect(queue.status == .ok)
            for dossier in stored where dossier.currentState != .draft {
                let page = try await agent.get("/backoffice/dossiers/\(dossier.id!.uuidString.lowercased())")
                #expect(page.status == .ok, "\(dossier.state)")
                #expect(page.body.contains(dossier.reference ?? "—"), "\(dossier.state)")
            }

            // and the history stored then still verifies
            #expect(try await EventChain.verify(on: site.db).isEmpty)
        }
    }
}
