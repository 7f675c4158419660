import DCEMRules
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import App

/// Assisted filing (docs/law.md#rule-19): an agent files at the counter for a family who cannot
/// file online, through the family's own pages; the case is assisted, the filing is the agent's,
/// and the family can be given its access later. Counter mode reaches nothing else.
@Suite struct AssistedFilingTests {
    /// Starts a filing at the counter; answers the draft's address (`/demandes/<id>`) and id.
    static func startAtCounter(_ agent: Browser, email: String = "", sourceLocation: SourceLocation = #_sourceLocation) async throws -> (path: String, id: UUID) {
        let form = try await agent.get("/backoffice/guichet")
        #expect(form.status == .ok, sourceLocation: sourceLocation)
        let started = try await agent.post("/backoffice/guichet", form: [("document", "dcem"), ("profile", "non-eu-parent-permit"),
                                                                          ("role", "parent"), ("email", email)], csrf: form.csrfToken)
        #expect(started.status == .seeOther, sourceLocation: sourceLocation)
        let path = try #require(started.location, sourceLocation: sourceLocation)
        let id = try #require(UUID(uuidString: String(path.split(separator: "/").last ?? "")), sourceLocation: sourceLocation)
        return (path, id)
    }

    @Test func anAgentFilesAtTheCounterThroughTheFamilysPagesThenGivesTheFamilyAccess() async throws {
        try await withTestSite { site in
            // given: a Paris agent signed in, starting a filing at the counter for a family without an address
            let agent = try await Agents.signedIn(site)
            let agentRow = try #require(try await Agent.query(on: site.db).filter(\.$email == "agent@interieur.gouv.fr").first())
            let (path, id) = try await Self.startAtCounter(agent)

            // when: the agent fills it through the family's own pages, documents scanned at the counter, and files it
            let taskList = try await agent.get(path)
            #expect(taskList.status == .ok)
            #expect(taskList.body.contains("Dépôt au guichet pour une famille sans compte en ligne"))
            #expect(taskList.body.contains("href=\"/backoffice/guichet\""))
            try await Journey.fillSections(agent, path)
            try await Journey.answerSituation(agent, path)
            try await Journey.uploadDocuments(agent, path)
            try await Journey.uploadPhotos(agent, path)
            let check = try await agent.get("\(path)/verifier")
            #expect(check.body.contains("Dépôt au guichet pour Yasmine Benali"))
            let filed = try await agent.post("\(path)/deposer", form: [], csrf: check.csrfToken)

            // then: the page after filing, still at the counter: the reference, the family's records to
            // print, and the way out, which leads to the case in the back office
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            #expect(filed.status == .seeOther)
            #expect(filed.location == "\(path)/confirmation")
            let confirmation = try await agent.get("\(path)/confirmation")
            #expect(confirmation.body.contains("Dépôt au guichet pour Yasmine Benali"))
            #expect(confirmation.body.contains("Imprimez pour la famille l’accusé de réception et le formulaire cerfa"))
            #expect(confirmation.body.contains(#"action="/backoffice/guichet/terminer""#))
            #expect(try await agent.get("\(path)/accuse-de-reception").status == .ok)
            #expect(try await agent.get("\(path)/cerfa").status == .ok)
            #expect(try await agent.get(path).location == dossierURL)
            #expect(try await agent.post("/backoffice/guichet/terminer", form: [], csrf: confirmation.csrfToken).location == dossierURL)
            let dossier = try #require(try await Dossier.find(id, on: site.db))
            #expect(dossier.assisted)
            #expect(dossier.currentState == .filed)
            let reference = try #require(dossier.reference)
            #expect(dossier.implicitRefusalOn != nil)
            let filing = try #require(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).filter(\.$action == "file").first())
            #expect(filing.actor == "agent")
            #expect(filing.actorID == agentRow.id)
            let created = try #require(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).filter(\.$action == "created").first())
            #expect(created.actor == "agent")
            // every answer and file typed at the counter is the agent's in the history
            let typed = try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).filter(\.$action ~~ ["answers-saved", "document-added"]).all()
            #expect(!typed.isEmpty)
            #expect(typed.allSatisfy { $0.actor == "agent" && $0.actorID == agentRow.id })
            #expect(try await agent.get("/backoffice/dossiers").body.contains(reference))
            let user = try #require(try await User.find(dossier.userID, on: site.db))
            #expect(AssistedFiling.isPlaceholder(user.email))
            #expect(user.passwordHash == nil)
            #expect(try await site.mails(to: user.email).isEmpty)
            // counter mode has ended: the family's pages are closed to the agent again
            #expect(try await agent.get(path).location?.hasPrefix("/compte/connexion") == true)

            // when: the agent gives the family access with its new address
            let dossierPage = try await agent.get(dossierURL)
            #expect(dossierPage.body.contains("action=\"\(dossierURL)/acces-famille\""))
            #expect(!dossierPage.body.contains(user.email))
            let missing = try await agent.post("\(dossierURL)/acces-famille", form: [("email", "")], csrf: dossierPage.csrfToken)
            #expect(missing.status == .unprocessableContent)
            let given = try await agent.post("\(dossierURL)/acces-famille", form: [("email", "Famille.Guichet@example.fr")], csrf: dossierPage.csrfToken)

            // then: a temporary password is mailed as at sign-up; the family signs in and sees its case
            #expect(given.status == .seeOther)
            let mail = try #require(try await site.lastMail(to: "famille.guichet@example.fr", kind: "account-created"))
            let password = try #require(Accounts.temporaryPassword(in: mail.body))
            let family = site.browser()
            let login = try await family.get("/compte/connexion")
            let signedIn = try await family.post("/compte/connexion", form: [("email", "famille.guichet@example.fr"), ("password", password)],
                                                 csrf: login.csrfToken)
            #expect(signedIn.location == "/compte/mot-de-passe")
            let change = try await family.get("/compte/mot-de-passe")
            _ = try await family.post("/compte/mot-de-passe", form: [("password", Accounts.personalPassword), ("confirm", Accounts.personalPassword)],
                                      csrf: change.csrfToken)
            #expect(try await family.get("/mes-demandes").body.contains(reference))
            #expect(try await family.get(path).status == .ok)
            #expect(try await agent.get(dossierURL).body.contains("Accès en ligne envoyé à la famille"))
            // once the family chose its password, the form is gone
            #expect(!(try await agent.get(dossierURL).body.contains("acces-famille\"")))
        }
    }

    @Test func counterModeReachesOnlyItsOwnDraftAndNoFamilyOrOtherPrefectureGetsIn() async throws {
        try await withTestSite { site in
            // given: a member with a draft of their own, a Paris agent filing at the counter for a known address,
            // and an agent of the Bouches-du-Rhône
            let member = try await Accounts.member(site, email: "membre@example.fr")
            let own = try await Journey.start(member)
            let paris = try await Agents.signedIn(site)
            let (path, id) = try await Self.startAtCounter(paris, email: "membre@example.fr")
            let marseille = try await Agents.signedIn(site, prefecture: "13", email: "agent13@interieur.gouv.fr")

            // then: the draft is attached to the member's account and marked assisted
            let dossier = try #require(try await Dossier.find(id, on: site.db))
            let memberRow = try #require(try await User.query(on: site.db).filter(\.$email == "membre@example.fr").first())
            #expect(dossier.userID == memberRow.id)
            #expect(dossier.assisted)
            #expect(try await paris.get(path).body.contains("Dépôt au guichet pour membre@example.fr"))

            // counter mode never reaches the member's other pages, their own draft, nor any other page of the area
            #expect(try await paris.get(own).status == .notFound)
            #expect(try await paris.get("/mes-demandes").status == .notFound)
            #expect(try await paris.get("/compte").status == .notFound)
            #expect(try await paris.get("/demandes/nouvelle").status == .notFound)

            // an agent of another préfecture: without counter mode, no family page; with their own, not this draft
            #expect(try await marseille.get(path).location?.hasPrefix("/compte/connexion") == true)
            let (marseillePath, _) = try await Self.startAtCounter(marseille)
            #expect(try await marseille.get(marseillePath).status == .ok)
            #expect(try await marseille.get(path).status == .notFound)
            let marseilleRow = try #require(try await Agent.query(on: site.db).filter(\.$email == "agent13@interieur.gouv.fr").first())
            await #expect(throws: HTTPError.self) {
                _ = try await AssistedFiling.admit(method: .get, path: path, agentID: marseilleRow.id!, credentialsVersion: marseilleRow.credentialsVersion, userID: memberRow.id!, dossierID: id,
                                                   user: memberRow, on: site.db)
            }

            // a family member can not start counter mode, and another family never sees the draft
            let other = try await Accounts.member(site, email: "autre@example.fr")
            let token = try #require(try await other.get("/demandes/nouvelle").csrfToken)
            #expect(try await other.get("/backoffice/guichet").location == "/backoffice/connexion")
            let refused = try await other.post("/backoffice/guichet", form: [("document", "dcem"), ("profile", "non-eu-parent-permit"),
                                                                              ("role", "parent")], csrf: token)
            #expect(refused.location == "/backoffice/connexion")
            #expect(try await other.get(path).status == .notFound)
            #expect(try await Dossier.query(on: site.db).filter(\.$assisted == true).count() == 2)

            // leaving counter mode closes the family's pages to the agent
            let counter = try await paris.get("/backoffice/guichet")
            #expect(counter.body.contains(path))
            #expect(try await paris.post("/backoffice/guichet/terminer", form: [], csrf: counter.csrfToken).location == "/backoffice/guichet")
            #expect(try await paris.get(path).location?.hasPrefix("/compte/connexion") == true)
        }
    }

    @Test func aDraftSetAsideAtTheCounterIsFoundAgainAndACaseSentElsewhereKeepsItsReference() async throws {
        try await withTestSite { site in
            // given: a Paris agent starts a filing, names the child, then leaves counter mode
            let agent = try await Agents.signedIn(site)
            let (path, id) = try await Self.startAtCounter(agent)
            try await Journey.fillSections(agent, path, childSurname: "Diallo", postalCode: "69003", city: "Lyon")
            let counter = try await agent.get("/backoffice/guichet")
            _ = try await agent.post("/backoffice/guichet/terminer", form: [], csrf: counter.csrfToken)

            // when: a colleague of the préfecture opens the counter page
            let colleague = try await Agents.signedIn(site, email: "collegue@interieur.gouv.fr")
            let page = try await colleague.get("/backoffice/guichet")

            // then: the draft is listed, and taking it up opens its pages to the colleague
            #expect(page.body.contains("Dépôts au guichet mis de côté"))
            #expect(page.body.contains("Yasmine Diallo — commencé le 25 novembre 2026"))
            let resume = "/backoffice/guichet/\(id.uuidString.lowercased())/reprendre"
            #expect(page.body.contains(#"action="\#(resume)""#))
            #expect(try await colleague.post(resume, form: [], csrf: page.csrfToken).location == path)
            #expect(try await colleague.get(path).body.contains("Dépôt au guichet pour"))
            // an agent of another préfecture finds nothing to take up
            let lyon = try await Agents.signedIn(site, prefecture: "69", email: "agent.lyon@interieur.gouv.fr")
            #expect(try await lyon.post(resume, form: [], csrf: try await lyon.get("/backoffice/guichet").csrfToken).status == .notFound)

            // when: the colleague files it; the address is in the Rhône
            try await Journey.answerSituation(colleague, path)
            try await Journey.uploadDocuments(colleague, path)
            try await Journey.uploadPhotos(colleague, path)
            let check = try await colleague.get("\(path)/verifier")
            #expect(try await colleague.post("\(path)/deposer", form: [], csrf: check.csrfToken).location == "\(path)/confirmation")
            let reference = try #require(try await Dossier.find(id, on: site.db)?.reference)

            // then: the page after filing names the reference and the Rhône's préfecture; leaving counter
            // mode leads to the counter page, which lists the case with its reference and where it went
            let confirmation = try await colleague.get("\(path)/confirmation")
            #expect(confirmation.body.contains(reference) && confirmation.body.contains("Rhône"))
            #expect(try await colleague.post("/backoffice/guichet/terminer", form: [], csrf: confirmation.csrfToken).location == "/backoffice/guichet")
            let listed = try await colleague.get("/backoffice/guichet")
            #expect(listed.body.contains(reference) && listed.body.contains("Rhône"))
            #expect(!listed.body.contains(#"action="\#(resume)""#))
        }
    }

    @Test func aFamilyWithAnAddressGetsTheAcknowledgementAndItsAccessAtThatAddress() async throws {
        try await withTestSite { site in
            // given: a filing at the counter for a family with an address but no account yet
            let agent = try await Agents.signedIn(site)
            let (path, id) = try await Self.startAtCounter(agent, email: "nouvelle@example.fr")
            let user = try #require(try await User.query(on: site.db).filter(\.$email == "nouvelle@example.fr").first())
            #expect(user.passwordHash == nil && user.temporaryPasswordHash == nil)
            #expect(try await site.mails(to: "nouvelle@example.fr").isEmpty)

            // when: the agent fills and files it
            try await Journey.fillSections(agent, path)
            try await Journey.answerSituation(agent, path)
            try await Journey.uploadDocuments(agent, path)
            try await Journey.uploadPhotos(agent, path)
            let check = try await agent.get("\(path)/verifier")
            #expect(try await agent.post("\(path)/deposer", form: [], csrf: check.csrfToken).status == .seeOther)

            // then: the acknowledgement goes to the family, as online; access is sent to that address, no field asked
            let reference = try #require(try await Dossier.find(id, on: site.db)?.reference)
            #expect(try await site.lastMail(to: "nouvelle@example.fr", kind: "case-filed")?.subject.contains(reference) == true)
            let dossierURL = "/backoffice/dossiers/\(id.uuidString.lowercased())"
            let dossierPage = try await agent.get(dossierURL)
            #expect(dossierPage.body.contains("Envoyer l’accès à nouvelle@example.fr"))
            #expect(!dossierPage.body.contains("name=\"email\""))
            #expect(try await agent.post("\(dossierURL)/acces-famille", form: [], csrf: dossierPage.csrfToken).status == .seeOther)
            #expect(try await site.lastMail(to: "nouvelle@example.fr", kind: "account-created") != nil)
        }
    }

    @Test func theCounterPageChecksTheSameChoicesAsTheFamilysStartPage() async throws {
        try await withTestSite { site in
            // given: a signed-in agent
            let agent = try await Agents.signedIn(site)
            let form = try await agent.get("/backoffice/guichet")
            #expect(form.body.contains("name=\"profile\""))

            // when: the agent sends no profile and a malformed address
            let sent = try await agent.post("/backoffice/guichet", form: [("document", "dcem"), ("role", "parent"), ("email", "pas-une-adresse")],
                                            csrf: form.csrfToken)

            // then: both are named, nothing is created; a form without its token is refused
            #expect(sent.status == .unprocessableContent)
            #expect(sent.body.contains("href=\"#profile\""))
            #expect(sent.body.contains("href=\"#email\""))
            #expect(try await Dossier.query(on: site.db).count() == 0)
            let forged = try await agent.post("/backoffice/guichet", form: [("document", "dcem"), ("profile", "non-eu-parent-permit"), ("role", "parent")])
            #expect(forged.status == .forbidden)
            #expect(try await Dossier.query(on: site.db).count() == 0)
            // the page speaks English too
            #expect(try await agent.get("/backoffice/guichet?lang=en").body.contains("Filing at the counter"))
        }
    }
}
