import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import App

/// Who may use what (docs/architecture.md#tests): every route the router serves × every role,
/// against what the table below says. A route the table does not name fails the test, so a new
/// route can not ship without someone deciding who may use it.
@Suite struct AuthorizationMatrixTests {
    // MARK: Rows: who gets what, by family of routes

    /// One expectation per role; the switch makes a new role a compile error until each family of
    /// routes says what it gets.
    static func row(_ expectation: (Role) -> Outcome) -> [Role: Outcome] {
        Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, expectation($0)) })
    }

    /// Open to anyone, signed in or not.
    static func open(_ outcome: Outcome) -> [Role: Outcome] { row { _ in outcome } }

    /// Open to anyone; a signed-in agent is sent on (the login steps of the back office).
    static func backOfficeEntry(_ others: Outcome, agents: Outcome) -> [Role: Outcome] {
        row { role in
            switch role {
            case .anonymous, .owner, .otherFamily, .otherSchoolHead: others
            case .agent, .agentElsewhere, .supervisor: agents
            }
        }
    }

    /// The family's own area, nothing of the case in the address: any member; others to the family login.
    static func member(_ outcome: Outcome) -> [Role: Outcome] {
        row { role in
            switch role {
            case .owner, .otherFamily, .otherSchoolHead: outcome
            case .anonymous, .agent, .agentElsewhere, .supervisor: .familyLogin
            }
        }
    }

    /// A page of the owner's case: 404 to another member (never a hint that it exists), the login
    /// page to anyone not signed in as a member — agents included.
    static func ownCase(_ owner: Outcome) -> [Role: Outcome] {
        row { role in
            switch role {
            case .owner: owner
            case .otherFamily, .otherSchoolHead: .notFound
            case .anonymous, .agent, .agentElsewhere, .supervisor: .familyLogin
            }
        }
    }

    /// The family's API: a member's token, never a cookie; another member's case is a 404.
    static func api(owner: Outcome, otherFamily: Outcome) -> [Role: Outcome] {
        row { role in
            switch role {
            case .owner: owner
            case .otherFamily, .otherSchoolHead: otherFamily
            case .anonymous, .agent, .agentElsewhere, .supervisor: .unauthorized
            }
        }
    }

    static func apiCase(_ owner: Outcome) -> [Role: Outcome] { api(owner: owner, otherFamily: .notFound) }

    /// The back office: agents; families and visitors to its login page.
    static func backOffice(agent: Outcome, elsewhere: Outcome, supervisor: Outcome) -> [Role: Outcome] {
        row { role in
            switch role {
            case .agent: agent
            case .agentElsewhere: elsewhere
            case .supervisor: supervisor
            case .anonymous, .owner, .otherFamily, .otherSchoolHead: .backOfficeLogin
            }
        }
    }

    static func agents(_ outcome: Outcome) -> [Role: Outcome] { backOffice(agent: outcome, elsewhere: outcome, supervisor: outcome) }

    /// A case of the Paris préfecture: Paris agents; 404 to another préfecture's.
    static func parisCase(_ outcome: Outcome) -> [Role: Outcome] { backOffice(agent: outcome, elsewhere: .notFound, supervisor: outcome) }

    /// The préfecture's settings and figures: supervisors; 403 to a plain agent.
    static func supervisors(_ outcome: Outcome) -> [Role: Outcome] { backOffice(agent: .forbidden, elsewhere: .forbidden, supervisor: outcome) }

    // MARK: The table: "METHOD /pattern" → what each role gets

    static let expected: [String: [Role: Outcome]] = [
        // Public pages and the eligibility API.
        "GET /": open(.ok),
        "GET /aide": open(.ok),
        "GET /accessibilite": open(.ok),
        "GET /mentions-legales": open(.ok),
        "GET /donnees-personnelles": open(.ok),
        "GET /static/site.css": open(.ok),
        "GET /plaintext": open(.ok),
        "GET /health/live": open(.ok),
        "GET /health/ready": open(.ok),
        "GET /simulateur": open(.ok),
        "GET /simulateur/question/:question": open(.ok),
        "POST /simulateur/question/:question": open(.allowed),
        "GET /simulateur/resultat": open(.allowed),
        "POST /simulateur/recommencer": open(.allowed),
        "POST /api/v1/eligibility": open(.ok),
        // The public verification of a DCEM: anyone, signed in or not (an empty form is a 422).
        "GET /verifier": open(.ok),
        "POST /verifier": open(.allowed),
        "POST /api/v1/verification": open(.ok),
        "GET /api/openapi.json": open(.ok),
        // Development only (the matrix runs in development to see every route): the outbox, to anyone.
        "GET /dev/mail": open(.ok),
        "GET /dev/mail/:id": open(.ok),

        // Accounts: the public steps, then the member's own.
        "GET /compte/creer": open(.ok),
        "POST /compte/creer": open(.allowed),
        "GET /compte/creer/envoye": open(.ok),
        "GET /compte/connexion": open(.ok),
        "POST /compte/connexion": open(.allowed),
        "POST /compte/deconnexion": open(.redirect),
        "GET /compte/mot-de-passe-oublie": open(.ok),
        "POST /compte/mot-de-passe-oublie": open(.allowed),
        "GET /compte/mot-de-passe-oublie/envoye": open(.ok),
        "GET /compte/mot-de-passe": member(.ok),
        "POST /compte/mot-de-passe": member(.allowed),
        "GET /compte": member(.ok),
        // The archive holds the signed-in member's own cases only (FamilyArchiveTests).
        "GET /compte/archive": member(.ok),
        "GET /demandes/:dossier/archive": ownCase(.ok),
        "POST /compte": member(.allowed),
        "POST /compte/jetons": member(.allowed),
        // Another member's token id is not theirs to revoke.
        "POST /compte/jetons/:token/revoquer": row { role in
            switch role {
            case .owner: .allowed
            case .otherFamily, .otherSchoolHead: .notFound
            case .anonymous, .agent, .agentElsewhere, .supervisor: .familyLogin
            }
        },

        // The family's applications.
        "GET /mes-demandes": member(.ok),
        "GET /demandes/nouvelle": member(.ok),
        "POST /demandes/nouvelle": member(.allowed),
        "GET /demandes/:dossier": ownCase(.ok),
        "GET /demandes/:dossier/enfant": ownCase(.allowed),
        "POST /demandes/:dossier/enfant": ownCase(.allowed),
        "GET /demandes/:dossier/parents": ownCase(.allowed),
        "POST /demandes/:dossier/parents": ownCase(.allowed),
        "GET /demandes/:dossier/demandeur": ownCase(.allowed),
        "POST /demandes/:dossier/demandeur": ownCase(.allowed),
        "GET /demandes/:dossier/adresse": ownCase(.allowed),
        "POST /demandes/:dossier/adresse": ownCase(.allowed),
        "GET /demandes/:dossier/situation": ownCase(.allowed),
        "GET /demandes/:dossier/situation/:question": ownCase(.allowed),
        "POST /demandes/:dossier/situation/:question": ownCase(.allowed),
        "GET /demandes/:dossier/verifier": ownCase(.allowed),
        "POST /demandes/:dossier/deposer": ownCase(.allowed),
        "GET /demandes/:dossier/confirmation": ownCase(.ok),
        "GET /demandes/:dossier/accuse-de-reception": ownCase(.ok),
        "GET /demandes/:dossier/cerfa": ownCase(.ok),
        "GET /demandes/:dossier/retirer": ownCase(.ok),
        "POST /demandes/:dossier/retirer": ownCase(.allowed),
        "POST /demandes/:dossier/renouveler": ownCase(.allowed),
        "POST /demandes/:dossier/autre-enfant": ownCase(.allowed),
        "POST /demandes/:dossier/reponse": ownCase(.allowed),
        "GET /demandes/:dossier/report": ownCase(.allowed),
        "POST /demandes/:dossier/report": ownCase(.allowed),
        "GET /demandes/:dossier/convocation": ownCase(.allowed),
        "GET /demandes/:dossier/decision": ownCase(.allowed),
        "GET /demandes/:dossier/supprimer": ownCase(.allowed),
        "POST /demandes/:dossier/supprimer": ownCase(.allowed),
        "GET /demandes/:dossier/pieces": ownCase(.allowed),
        "POST /demandes/:dossier/pieces/:slot": ownCase(.allowed),
        "POST /demandes/:dossier/pieces/:slot/langue": ownCase(.allowed),
        "GET /demandes/:dossier/photos": ownCase(.allowed),
        "POST /demandes/:dossier/photos": ownCase(.allowed),
        "GET /demandes/:dossier/fichiers/:file": ownCase(.ok),
        "POST /demandes/:dossier/fichiers/:file/supprimer": ownCase(.allowed),
        "GET /demandes/:dossier/messages": ownCase(.ok),
        "POST /demandes/:dossier/messages": ownCase(.allowed),
        "GET /demandes/:dossier/messages/:message/piece-jointe": ownCase(.ok),
        // The family's issued DCEM, printable.
        "GET /mes-documents/:document/imprimer": ownCase(.ok),

        // The family's API.
        "GET /api/v1/dossiers": api(owner: .ok, otherFamily: .ok),
        "POST /api/v1/dossiers": api(owner: .allowed, otherFamily: .allowed),
        "GET /api/v1/dossiers/:dossier": apiCase(.ok),
        "PUT /api/v1/dossiers/:dossier/answers/:section": apiCase(.allowed),
        "POST /api/v1/dossiers/:dossier/documents/:target": apiCase(.allowed),
        "DELETE /api/v1/dossiers/:dossier/documents/:target": apiCase(.allowed),
        "POST /api/v1/dossiers/:dossier/file": apiCase(.allowed),
        "POST /api/v1/dossiers/:dossier/withdraw": apiCase(.allowed),
        "GET /api/v1/dossiers/:dossier/messages": apiCase(.ok),
        "POST /api/v1/dossiers/:dossier/messages": apiCase(.allowed),
        "GET /api/v1/dossiers/:dossier/messages/:message/attachment": apiCase(.ok),
        "POST /api/v1/dossiers/:dossier/answer": apiCase(.allowed),
        "POST /api/v1/dossiers/:dossier/postponement": apiCase(.allowed),
        "POST /api/v1/dossiers/:dossier/renewal": apiCase(.allowed),
        "POST /api/v1/dossiers/:dossier/sibling": apiCase(.allowed),

        // The back office's login steps: open, a signed-in agent is sent on to the queue.
        "GET /backoffice": backOfficeEntry(.backOfficeLogin, agents: .redirect),
        "GET /backoffice/connexion": open(.ok),
        "POST /backoffice/connexion": open(.allowed),
        "GET /backoffice/connexion/code": backOfficeEntry(.backOfficeLogin, agents: .redirect),
        "POST /backoffice/connexion/code": backOfficeEntry(.backOfficeLogin, agents: .redirect),
        "POST /backoffice/deconnexion": open(.backOfficeLogin),

        // The back office proper.
        "GET /backoffice/mot-de-passe": agents(.ok),
        "POST /backoffice/mot-de-passe": agents(.allowed),
        "GET /backoffice/dossiers": agents(.ok),
        "GET /backoffice/dossiers/:dossier": parisCase(.ok),
        "GET /backoffice/dossiers/:dossier/fichiers/:file": parisCase(.ok),
        "GET /backoffice/dossiers/:dossier/fichiers/:file/examen": parisCase(.ok),
        "POST /backoffice/dossiers/:dossier/fichiers/:file/avis": parisCase(.allowed),
        "POST /backoffice/dossiers/:dossier/messages": parisCase(.allowed),
        "GET /backoffice/dossiers/:dossier/messages/:message/piece-jointe": parisCase(.ok),
        "POST /backoffice/dossiers/:dossier/actions/:action": parisCase(.allowed),
        "POST /backoffice/dossiers/:dossier/attribution": parisCase(.allowed),
        "POST /backoffice/dossiers/:dossier/acces-famille": parisCase(.allowed),
        // Who looked at the case: the préfecture's supervisors (a plain agent anywhere gets 403 first).
        "GET /backoffice/dossiers/:dossier/consultations": supervisors(.ok),
        "GET /backoffice/horaires": supervisors(.ok),
        "POST /backoffice/horaires": supervisors(.allowed),
        "GET /backoffice/statistiques": supervisors(.ok),
        "POST /backoffice/horaires/jours-fermes": supervisors(.allowed),
        "POST /backoffice/horaires/jours-fermes/rouvrir": supervisors(.allowed),
        // Another préfecture's agent would be 404 to the supervisor (BackOfficeAgentsTests).
        "GET /backoffice/agents": supervisors(.ok),
        "GET /backoffice/agents/nouveau": supervisors(.ok),
        "POST /backoffice/agents/nouveau": supervisors(.allowed),
        "POST /backoffice/agents/:agent/:action": supervisors(.allowed),
        "GET /backoffice/guichet": agents(.ok),
        "POST /backoffice/guichet": agents(.allowed),
        "POST /backoffice/guichet/terminer": agents(.allowed),
        "POST /backoffice/guichet/:dossier/reprendre": parisCase(.allowed),

        // The DCEMs handed over: the family's own, and the issuing préfecture's.
        "GET /api/v1/issued-documents": api(owner: .ok, otherFamily: .ok),
        "GET /api/v1/issued-documents/:document": apiCase(.ok),
        "GET /etablissement": member(.ok),
        // A school trip: its head's own (the owner heads an approved Paris school in the fixture).
        // Starting one names a school: the matrix sends none, which no member heads (404).
        "POST /etablissement/voyages": member(.notFound),
        "GET /etablissement/voyages/:trip": ownCase(.ok),
        "POST /etablissement/voyages/:trip/voyage": ownCase(.allowed),
        "POST /etablissement/voyages/:trip/eleves": ownCase(.allowed),
        "POST /etablissement/voyages/:trip/eleves/:pupil/retirer": ownCase(.allowed),
        "POST /etablissement/voyages/:trip/import": ownCase(.allowed),
        "POST /etablissement/voyages/:trip/deposer": ownCase(.allowed),
        // Without the confirmation box: a 422 that deletes nothing.
        "POST /etablissement/voyages/:trip/supprimer": ownCase(.allowed),
        "GET /etablissement/voyages/:trip/attestation": ownCase(.ok),
        // A pupil's documents: the page, an upload per kind, the head's download (the fixture's file is the pupil's identity document).
        "GET /etablissement/voyages/:trip/eleves/:pupil": ownCase(.ok),
        "POST /etablissement/voyages/:trip/eleves/:pupil/pieces/:kind": ownCase(.allowed),
        "GET /etablissement/voyages/:trip/fichiers/:file": ownCase(.ok),
        "GET /etablissement/modele-eleves.csv": member(.ok),
        // After filing (a second trip of the owner's, its document available): the head's moves,
        // messages and printed document; the préfecture's side to the Paris agents only.
        "POST /etablissement/voyages/:trip/actions/:action": ownCase(.allowed),
        "POST /etablissement/voyages/:trip/messages": ownCase(.allowed),
        "GET /etablissement/voyages/:trip/document": ownCase(.ok),
        "GET /backoffice/voyages": agents(.ok),
        "GET /backoffice/voyages/:trip": parisCase(.ok),
        "GET /backoffice/voyages/:trip/pieces/:piece": parisCase(.ok),
        "POST /backoffice/voyages/:trip/eleves/:pupil/verdict": parisCase(.allowed),
        "POST /backoffice/voyages/:trip/actions/:action": parisCase(.allowed),
        "POST /backoffice/voyages/:trip/messages": parisCase(.allowed),
        "GET /backoffice/voyages/:trip/document": parisCase(.ok),
        "POST /etablissement": member(.allowed),
        // Another département's claim would be 404 to the supervisor (SchoolAccountTests).
        "GET /backoffice/etablissements": supervisors(.ok),
        "POST /backoffice/etablissements/:head/:decision": supervisors(.allowed),
        "GET /mes-documents": member(.ok),
        "GET /mes-documents/:document": ownCase(.ok),
        "GET /mes-documents/:document/fichiers/:file": ownCase(.ok),
        "GET /mes-documents/:document/recu-restitution": ownCase(.ok),
        // The fixture's document is not withdrawn: no decision to print, to its owner either.
        "GET /mes-documents/:document/decision-de-retrait": ownCase(.notFound),
        "GET /backoffice/documents/:document/decision-de-retrait": parisCase(.notFound),
        "POST /mes-documents/:document/caducite": ownCase(.allowed),
        "POST /mes-documents/:document/perte-ou-vol": ownCase(.allowed),
        "POST /mes-documents/:document/observations": ownCase(.allowed),
        "POST /mes-documents/:document/renouveler": ownCase(.allowed),
        "GET /backoffice/documents/:document": parisCase(.ok),
        "GET /backoffice/documents/:document/fichiers/:file": parisCase(.ok),
        "GET /backoffice/documents/:document/recu-restitution": parisCase(.ok),
        "POST /backoffice/documents/:document/actions/:action": parisCase(.allowed),
    ]

    // MARK: The router's routes

    /// "METHOD /path/:parameter", whichever way the router spells its parameters (`{name}` or `:name`).
    static func key(_ method: HTTPRequest.Method, _ path: String) -> String {
        "\(method.rawValue) \(pattern(path))"
    }

    static func pattern(_ path: String) -> String {
        absolute(path).split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? ":" + part.dropFirst().dropLast() : String(part)
        }.joined(separator: "/")
    }

    /// Development: the environment with the most routes (`/dev/mail` exists nowhere else).
    static let configure: @Sendable (inout AppConfig) -> Void = { config in
        config.environment = .development
        Agents.sleepingMailWorker(&config)
    }

    /// Reads first, then writes; logging out last, since it ends the role's session.
    static func order(_ a: (method: HTTPRequest.Method, path: String), _ b: (method: HTTPRequest.Method, path: String)) -> Bool {
        func rank(_ route: (method: HTTPRequest.Method, path: String)) -> Int {
            route.path.hasSuffix("/deconnexion") ? 2 : route.method == .get ? 0 : 1
        }
        return (rank(a), key(a.method, a.path)) < (rank(b), key(b.method, b.path))
    }

    // MARK: Tests

    @Test func everyRouteOfTheRouterHasARowForEveryRole() async throws {
        try await withTestSite(configure: Self.configure) { site in
            // given: the router the service runs
            let router = try buildRouter(config: site.config, database: site.database, dependencies: .init())
            let served = Set(router.routes.map { Self.key($0.method, $0.path.description) })

            // then: the table names exactly those routes, each for every role
            let missing = served.subtracting(Self.expected.keys).sorted()
            let extra = Set(Self.expected.keys).subtracting(served).sorted()
            #expect(missing.isEmpty, "routes served without a row in the matrix: \(missing)")
            #expect(extra.isEmpty, "rows for routes the router does not serve: \(extra)")
            #expect(served.count >= 100)
            for (route, row) in Self.expected {
                #expect(Set(row.keys) == Set(Role.allCases), "\(route)")
            }
        }
    }

    @Test func everyRoleGetsWhatTheMatrixSaysAndARefusalChangesNothing() async throws {
        try await withTestSite(configure: Self.configure) { site in
            // given: one set of fixtures, every role signed in
            let fixture = try await MatrixFixture.make(site)
            let router = try buildRouter(config: site.config, database: site.database, dependencies: .init())
            let routes = router.routes.map { (method: $0.method, path: Self.pattern($0.path.description)) }.sorted(by: Self.order)
            var mismatches: [String] = []
            var checked = 0
            var credentials = fixture.roles
            var loggedOut: Set<Role> = []

            for route in routes {
                let key = Self.key(route.method, route.path)
                guard let row = Self.expected[key] else { continue }  // named by the test above
                checked += 1
                // Refusals first: they meet the case as it was before anyone let through changed it.
                let roles = Role.allCases.sorted { (row[$0]?.refuses == true ? 0 : 1, $0.rawValue) < (row[$1]?.refuses == true ? 0 : 1, $1.rawValue) }
                for role in roles {
                    guard let expected = row[role] else { continue }
                    let checksWrites = expected.refuses && route.method != .get
                    let before = checksWrites ? try await StoredFacts.snapshot(site.db) : []

                    if loggedOut.contains(role) {
                        credentials[role] = try await fixture.signIn(role)
                        loggedOut.remove(role)
                    }

                    // when
                    let reply = try await fixture.send(route.method, route.path, with: try #require(credentials[role]))
                    if route.path.hasSuffix("/deconnexion") { loggedOut.insert(role) }

                    // then
                    if !expected.accepts(reply.status, location: reply.location) {
                        mismatches.append("\(key) as \(role): expected \(expected), got \(reply.status.code)\(reply.location.map { " → \($0)" } ?? "")")
                    }
                    if expected.refuses {
                        for secret in fixture.secrets where reply.body.contains(secret) {
                            mismatches.append("\(key) as \(role): the refusal shows \(secret)")
                        }
                    }
                    if checksWrites {
                        let after = try await StoredFacts.snapshot(site.db)
                        if after != before {
                            mismatches.append("\(key) as \(role): refused, yet stored facts changed:\n\(StoredFacts.difference(before, after))")
                        }
                    }
                }
            }
            #expect(checked >= 100, "every route of the table was tried")
            #expect(mismatches.isEmpty, Comment(rawValue: "\n" + mismatches.joined(separator: "\n")))
        }
    }

    @Test func anotherPrefecturesQueueDoesNotListTheCase() async throws {
        try await withTestSite(configure: Self.configure) { site in
            // given
            let fixture = try await MatrixFixture.make(site)
            // when: both search for the child's name
            let lyon = try await fixture.send(.get, "/backoffice/dossiers?q=\(MatrixFixture.surname)", as: .agentElsewhere)
            let paris = try await fixture.send(.get, "/backoffice/dossiers?q=\(MatrixFixture.surname)", as: .agent)
            // then (the search box echoes the name typed: the case's reference and address are what must not show)
            let reference = fixture.secrets[0], link = SiteURL.backOfficeDossier(fixture.caseID).path
            #expect(lyon.status == .ok && paris.status == .ok)
            #expect(!lyon.body.contains(reference) && !lyon.body.contains(link))
            #expect(paris.body.contains(reference) && paris.body.contains(link))
        }
    }

    /// The matrix fills each route with ids that belong together; here a route names the role's
    /// own case with a file or message of someone else's: still 404, and nothing changes.
    @Test func aFileOrMessageOfAnotherCaseIsNotReachedThroughOnesOwn() async throws {
        try await withTestSite(configure: Self.configure) { site in
            // given: the other family's case in Lyon, with a message carrying a file
            let fixture = try await MatrixFixture.make(site)
            let other = try #require(fixture.roles[.otherFamily]).browser
            let lyonPath = try await Journey.complete(other, childSurname: "Villeurbanne", postalCode: "69001", city: "Lyon")
            let check = try await other.get("\(lyonPath)/verifier")
            #expect(try await other.post("\(lyonPath)/deposer", form: [], csrf: check.csrfToken).status == .seeOther)
            let lyonID = try #require(UUID(uuidString: String(lyonPath.split(separator: "/").last!)))
            let messages = try await other.get("\(lyonPath)/messages")
            #expect(try await other.upload(try DossierMessagesTests.action(messages), fields: [("body", "Bail.")], fileName: "bail.pdf",
                                           type: "application/pdf", bytes: Journey.pdf, csrf: nil).status == .seeOther)
            let lyonDocument = try #require(try await DossierDocument.query(on: site.db).filter(\.$dossierID == lyonID).first()).requireID()
            let lyonMessage = try #require(try await DossierMessage.query(on: site.db).filter(\.$dossierID == lyonID).first()).requireID()
            let own = MatrixFixture.id(fixture.caseID), file = MatrixFixture.id(lyonDocument), message = MatrixFixture.id(lyonMessage)
            let lyonAgent = try #require(fixture.roles[.agentElsewhere]).browser
            #expect(try await lyonAgent.get(SiteURL.backOfficeDossier(lyonID).path).status == .ok)

            // when / then: the owner and a Paris agent, through the Paris case
            let before = try await StoredFacts.snapshot(site.db)
            let owner = try #require(fixture.roles[.owner])
            let agent = try #require(fixture.roles[.agent])
            let api = APIClient(client: site.client, token: owner.token)
            #expect(try await owner.browser.get("/demandes/\(own)/fichiers/\(file)").status == .notFound)
            #expect(try await owner.browser.get("/demandes/\(own)/messages/\(message)/piece-jointe").status == .notFound)
            #expect(try await api.get("/api/v1/dossiers/\(own)/messages/\(message)/attachment").status == .notFound)
            #expect(try await api.send(.delete, "/api/v1/dossiers/\(own)/documents/\(file)").status != .noContent)
            #expect(try await agent.browser.get("/backoffice/dossiers/\(own)/fichiers/\(file)").status == .notFound)
            #expect(try await agent.browser.get("/backoffice/dossiers/\(own)/messages/\(message)/piece-jointe").status == .notFound)
            let verdict = try await agent.browser.post("/backoffice/dossiers/\(own)/fichiers/\(file)/avis", form: [("verdict-\(file)", "accepted"), ("verdict-\(file)-seen", "none")],
                                                       csrf: agent.csrf)
            #expect(verdict.status == .notFound)
            let after = try await StoredFacts.snapshot(site.db)
            #expect(after == before, "\(StoredFacts.difference(before, after))")
        }
    }

    static func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : "/" + path }
}
