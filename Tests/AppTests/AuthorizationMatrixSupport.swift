import DCEMRules
import FluentKit
import NIOCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import App

/// Who knocks, in the authorization matrix (docs/architecture.md#tests).
enum Role: String, CaseIterable, Sendable, CustomStringConvertible {
    case anonymous
    /// The family member who filed the case.
    case owner
    /// Another family member, signed in, with an API token of their own.
    case otherFamily
    /// A plain agent of the case's préfecture (75).
    case agent
    /// A plain agent of another préfecture (69).
    case agentElsewhere
    /// A supervisor of the case's préfecture.
    case supervisor
    /// The approved head of another Paris school, with a trip of their own (the owner heads the
    /// fixture's school): a school head sees their own school's trips only.
    case otherSchoolHead

    var description: String { rawValue }
}

/// What a role must get from a route.
enum Outcome: Hashable, Sendable, CustomStringConvertible {
    case ok
    case notFound
    case forbidden
    case unauthorized
    /// 303 to the family's login page.
    case familyLogin
    /// 303 to the back office's login page.
    case backOfficeLogin
    /// 303 somewhere else than a login page (where a signed-in agent belongs).
    case redirect
    /// Let through: 2xx, a 303 that is not to a login page, 409 or 422 — which one depends on the
    /// case's state or the form, not on who asks (the point here is access, not business rules).
    case allowed

    /// A refusal: nothing may change, and nothing of the case may show.
    var refuses: Bool {
        switch self {
        case .notFound, .forbidden, .unauthorized, .familyLogin, .backOfficeLogin: true
        case .ok, .redirect, .allowed: false
        }
    }

    static func isFamilyLogin(_ location: String?) -> Bool {
        guard let location else { return false }
        return location == "/compte/connexion" || location.hasPrefix("/compte/connexion?")
    }

    static func isBackOfficeLogin(_ location: String?) -> Bool { location == "/backoffice/connexion" }

    func accepts(_ status: HTTPResponse.Status, location: String?) -> Bool {
        let login = Self.isFamilyLogin(location) || Self.isBackOfficeLogin(location)
        switch self {
        case .ok: return status == .ok
        case .notFound: return status == .notFound
        case .forbidden: return status == .forbidden
        case .unauthorized: return status == .unauthorized
        case .familyLogin: return status == .seeOther && Self.isFamilyLogin(location)
        case .backOfficeLogin: return status == .seeOther && Self.isBackOfficeLogin(location)
        case .redirect: return status == .seeOther && !login
        case .allowed:
            return (200..<300).contains(status.code) || (status == .seeOther && !login) || status == .conflict || status == .unprocessableContent
        }
    }

    var description: String {
        switch self {
        case .ok: "200"
        case .notFound: "404"
        case .forbidden: "403"
        case .unauthorized: "401"
        case .familyLogin: "303 → /compte/connexion"
        case .backOfficeLogin: "303 → /backoffice/connexion"
        case .redirect: "303 elsewhere"
        case .allowed: "let through (2xx, 303, 409 or 422)"
        }
    }
}

/// The stored facts a refused request must leave as they were: accounts, cases, their documents,
/// messages, events and mails, tokens, agents, pick-up hours. (Sessions and rate-limit counters
/// are left out: a refused visitor may still have a session.)
enum StoredFacts {
    static func snapshot(_ db: any Database) async throws -> [String] {
        var lines: [String] = []
        for user in try await User.query(on: db).sort(\.$email).all() {
            lines.append("user \(user.email) \(user.passwordHash ?? "-") \(user.temporaryPasswordHash ?? "-") \(user.foreignerNumber ?? "-") \(user.language)")
        }
        for dossier in try await Dossier.query(on: db).sort(\.$id).all() {
            lines.append("dossier \(dossier.id!) \(dossier.userID) \(dossier.state) v\(dossier.version) \(dossier.assignedAgentID?.uuidString ?? "-") "
                + "\(dossier.answers.base64EncodedString()) \(dossier.outcome?.base64EncodedString() ?? "-")")
        }
        for document in try await DossierDocument.query(on: db).sort(\.$id).all() {
            lines.append("document \(document.id!) \(document.dossierID) \(document.verdict ?? "-") \(document.verdictReason ?? "-") \(document.removedAt.map { "\($0)" } ?? "-")")
        }
        for token in try await APIToken.query(on: db).sort(\.$id).all() {
            lines.append("token \(token.id!) \(token.revokedAt.map { "\($0)" } ?? "-")")
        }
        for agent in try await Agent.query(on: db).sort(\.$email).all() {
            lines.append("agent \(agent.email) \(agent.role) \(agent.passwordHash) \(agent.mustChangePassword) \(agent.disabledAt.map { "\($0)" } ?? "-")")
        }
        for calendar in try await PickupCalendar.query(on: db).sort(\.$prefecture).all() {
            lines.append("calendar \(calendar.prefecture) \(calendar.place) \(calendar.weekdays) \(calendar.opens)-\(calendar.closes) \(calendar.slotMinutes) \(calendar.capacity)")
        }
        lines.append("messages \(try await DossierMessage.query(on: db).count())")
        lines.append("events \(try await DossierEvent.query(on: db).count())")
        lines.append("mails \(try await OutboxMail.query(on: db).count())")
        lines.append("issued \(try await IssuedDocument.query(on: db).count())")
        lines.append("foreigners \(try await ForeignerAccount.query(on: db).count())")
        for trip in try await CollectiveTrip.query(on: db).sort(\.$id).all() {
            lines.append("trip \(trip.id!) \(trip.state) v\(trip.version)")
        }
        for file in try await TripPupilDocument.query(on: db).sort(\.$id).all() {
            lines.append("trip file \(file.id!) \(file.pupilID) \(file.kind) \(file.sha256) \(file.replacedAt.map { "\($0)" } ?? "-")")
        }
        return lines
    }

    /// The lines that differ, for a readable failure.
    static func difference(_ before: [String], _ after: [String]) -> String {
        let gone = before.filter { !after.contains($0) }.map { "- \($0.prefix(160))" }
        let new = after.filter { !before.contains($0) }.map { "+ \($0.prefix(160))" }
        return (gone + new).joined(separator: "\n")
    }
}

/// One role's credentials: a browser (its cookies), the CSRF token of its session, an API token.
struct Credentials: Sendable {
    let browser: Browser
    let csrf: String?
    let token: String?
}

/// The answer to one request of the matrix.
struct MatrixReply: Sendable {
    let status: HTTPResponse.Status
    let location: String?
    let body: String
}

/// One set of fixtures for the whole matrix: a case filed online by its family in Paris, with a
/// document and a message carrying a file; a case filed at the counter in Paris (the only kind whose
/// family access an agent can give); every role signed in.
struct MatrixFixture: Sendable {
    let site: TestSite
    let roles: [Role: Credentials]
    /// Each signed-in role's login, to sign in again once a logout route ended its session.
    let emails: [Role: String]
    let caseID: UUID
    /// What must never show to a refused role: the case's reference and the child's surname.
    let secrets: [String]
    let assistedCaseID: UUID
    let documentID: UUID
    let messageID: UUID
    /// A token of the owner's that the owner may revoke and nobody else may.
    let spareTokenID: UUID
    let mailID: UUID
    /// A Paris agent no role signs in as, for the supervisors' actions on an account.
    let spareAgentID: UUID
    /// A school trip's draft of the owner's (an approved head of a Paris school), with one pupil.
    var tripID = UUID()
    var pupilID = UUID()
    /// A school trip of the owner's whose document is available (the préfecture's side and the
    /// head's after filing), one pupil kept with a photo.
    var filedTripID = UUID()
    var tripPhotoID = UUID()
    /// A DCEM issued from the owner's case (its file has the id of `documentID`, so one `:file` fits both).
    var issuedDocumentID = UUID()

    static let surname = "Quintanilla"

    static func make(_ site: TestSite) async throws -> MatrixFixture {
        // The owner files, keeps a token for the API and a spare one, writes a message with a file.
        let owner = try await Accounts.member(site, email: "titulaire@example.fr")
        let (path, caseID) = try await Journey.filed(owner, childSurname: surname)
        let ownerToken = try await APIJourney.createToken(owner, name: "script")
        _ = try await APIJourney.createToken(owner, name: "de rechange")
        let messages = try await owner.get("\(path)/messages")
        let sent = try await owner.upload(try DossierMessagesTests.action(messages), fields: [("body", "Voici le bail.")], fileName: "bail.pdf",
                                          type: "application/pdf", bytes: Journey.pdf, csrf: nil)
        #expect(sent.status == .seeOther)

        let other = try await Accounts.member(site, email: "voisine@example.fr")
        let otherToken = try await APIJourney.createToken(other, name: "script")
        let otherHead = try await Accounts.member(site, email: "proviseure.autre@example.fr")
        let otherHeadToken = try await APIJourney.createToken(otherHead, name: "script")
        _ = try await SchoolTripTests.draft(site, head: try await otherHead.userID(site), code: "0750655E")
        let emails: [Role: String] = [.owner: "titulaire@example.fr", .otherFamily: "voisine@example.fr", .agent: "agent.paris@interieur.gouv.fr",
                                      .agentElsewhere: "agent.lyon@interieur.gouv.fr", .supervisor: "chef.paris@interieur.gouv.fr",
                                      .otherSchoolHead: "proviseure.autre@example.fr"]
        let agent = try await signedInAgent(site, prefecture: "75", email: emails[.agent]!, role: "agent")
        let elsewhere = try await signedInAgent(site, prefecture: "69", email: emails[.agentElsewhere]!, role: "agent")
        let supervisor = try await signedInAgent(site, prefecture: "75", email: emails[.supervisor]!, role: "supervisor")
        let anonymous = site.browser()

        // A case filed at the counter by the Paris supervisor, who then leaves counter mode.
        let (assistedPath, assistedCaseID) = try await AssistedFilingTests.startAtCounter(supervisor)
        try await Journey.fillSections(supervisor, assistedPath)
        try await Journey.answerSituation(supervisor, assistedPath)
        try await Journey.uploadDocuments(supervisor, assistedPath)
        try await Journey.uploadPhotos(supervisor, assistedPath)
        let check = try await supervisor.get("\(assistedPath)/verifier")
        #expect(try await supervisor.post("\(assistedPath)/deposer", form: [], csrf: check.csrfToken).status == .seeOther)
        #expect(try await supervisor.post("/backoffice/guichet/terminer", form: [], csrf: check.csrfToken).status == .seeOther)

        let db = site.db
        let dossier = try #require(try await Dossier.find(caseID, on: db))
        let document = try #require(try await DossierDocument.query(on: db).filter(\.$dossierID == caseID).filter(\.$slot == "child-identity").first())
        let message = try #require(try await DossierMessage.query(on: db).filter(\.$dossierID == caseID).filter(\.$attachmentSHA256 != nil).first())
        let spare = try #require(try await APIToken.query(on: db).filter(\.$name == "de rechange").first())
        let mail = try #require(try await OutboxMail.query(on: db).first())
        let spareAgent = try await Agents.create(site, prefecture: "75", email: "agent.reserve@interieur.gouv.fr")
        let issued = try await IssuedDocumentTests.issue(site, from: dossier, number: "D07526000001", returnReceipt: "R-D07526000001")
        let (trip, pupil) = try await SchoolTripTests.draft(site, head: dossier.userID)
        let filedTrip = try await matrixTrip(site, head: dossier.userID, school: trip.schoolID)
        // The pupil's identity document: the id of `documentID` too, so one `:file` fits the trip's download as well.
        let tripPhoto = TripPupilDocument(tripID: trip.id!, pupilID: pupil.id!, kind: .identityDocument, stored: StoredFile(sha256: document.sha256, size: document.size),
                                          mediaType: document.mediaType, originalName: "passeport.pdf", by: dossier.userID, now: testNow)
        tripPhoto.id = try document.requireID()
        try await tripPhoto.create(on: db)
        let proof = IssuedDocumentFile(documentID: issued.id!, purpose: .lapseProof, stored: StoredFile(sha256: document.sha256, size: document.size),
                                       mediaType: document.mediaType, originalName: "titre.pdf", by: nil, now: testNow)
        proof.id = try document.requireID()
        try await proof.create(on: db)

        var roles: [Role: Credentials] = [:]
        for (role, browser, token, page) in [(Role.anonymous, anonymous, nil as String?, "/compte/connexion"), (.owner, owner, ownerToken, "/compte"),
                                             (.otherFamily, other, otherToken, "/compte"), (.agent, agent, nil, "/backoffice/guichet"),
                                             (.agentElsewhere, elsewhere, nil, "/backoffice/guichet"), (.supervisor, supervisor, nil, "/backoffice/guichet"),
                                             (.otherSchoolHead, otherHead, otherHeadToken, "/compte")] {
            let csrf = try #require(try await browser.get(page).csrfToken, "\(role)")
            roles[role] = Credentials(browser: browser, csrf: csrf, token: token)
        }
        return MatrixFixture(site: site, roles: roles, emails: emails, caseID: caseID, secrets: [try #require(dossier.reference), surname],
                             assistedCaseID: assistedCaseID, documentID: try document.requireID(), messageID: try message.requireID(),
                             spareTokenID: try spare.requireID(), mailID: try mail.requireID(), spareAgentID: spareAgent.id,
                             tripID: try trip.requireID(), pupilID: try pupil.requireID(), filedTripID: try filedTrip.trip.requireID(),
                             tripPhotoID: try filedTrip.photo.requireID(), issuedDocumentID: try issued.requireID())
    }

    /// The owner's trip with its document available: one pupil kept, with a photo.
    static func matrixTrip(_ site: TestSite, head: UUID, school: UUID) async throws -> (trip: CollectiveTrip, photo: TripPupilDocument) {
        let db = site.db
        let trip = CollectiveTrip(school: try #require(try await School.find(school, on: db)), userID: head, now: testNow)
        trip.state = CollectiveTravelState.documentAvailable.rawValue
        trip.destinations = "IT"
        trip.departure = "2026-12-20"
        trip.returnOn = "2026-12-23"
        trip.reference = "DVC-75-2026-000099"
        trip.filedOn = "2026-11-25"
        trip.documentNumber = "75DVC2026000099"
        trip.decision = TripDecisionRecord(granted: true, reasons: [], text: "").json
        try await trip.create(on: db)
        let pupil = TripPupil(tripID: trip.id!, minor: CollectiveTravelMinor(surname: "Rossi", givenNames: "Lia", birthDate: CivilDate(year: 2012, month: 5, day: 6)!,
                                                                          birthPlace: "Tunis", nationalities: [Country(code: "TN")!]), now: testNow)
        pupil.verdict = "kept"
        try await pupil.create(on: db)
        let stored = try await SharedStoreTests.files(site).store(ByteBuffer(bytes: Journey.jpeg))
        let photo = TripPupilDocument(tripID: trip.id!, pupilID: pupil.id!, kind: .photo, stored: stored, mediaType: "image/jpeg", originalName: "photo.jpg",
                                      by: head, now: testNow)
        try await photo.create(on: db)
        return (trip, photo)
    }

    /// The routes that read the filed trip, not the draft.
    static func readsFiledTrip(_ pattern: String) -> Bool {
        pattern.hasPrefix("/backoffice/voyages/") || pattern.hasSuffix("/actions/:action") && pattern.hasPrefix("/etablissement/")
            || pattern.hasSuffix("/:trip/messages") || pattern.contains("/:trip/document")
    }

    static func id(_ id: UUID) -> String { id.uuidString.lowercased() }

    /// `Agents.signedIn`, with the code of the previous 30-second step: the clock stands still in
    /// tests and a code is good once, so this keeps the current step for signing in again.
    static func signedInAgent(_ site: TestSite, prefecture: String, email: String, role: String) async throws -> Browser {
        let created = try await Agents.create(site, prefecture: prefecture, email: email, role: role)
        let browser = site.browser()
        #expect(try await Agents.password(browser, email: email, password: created.temporaryPassword).location == "/backoffice/connexion/code")
        #expect(try await Agents.sendCode(browser, try await Agents.code(site, email: email, stepsBack: 1)).location == "/backoffice/mot-de-passe")
        let form = try await browser.get("/backoffice/mot-de-passe")
        let changed = try await browser.post("/backoffice/mot-de-passe", form: [("password", Agents.personalPassword), ("confirm", Agents.personalPassword)],
                                             csrf: form.csrfToken)
        #expect(changed.location == "/backoffice/dossiers")
        return browser
    }

    /// A new session for `role`, once a logout ended the one it had (each role at most once).
    func signIn(_ role: Role) async throws -> Credentials {
        let browser = site.browser()
        let token = roles[role]?.token
        switch role {
        case .anonymous:
            return Credentials(browser: browser, csrf: try await browser.get("/compte/connexion").csrfToken, token: nil)
        case .owner, .otherFamily, .otherSchoolHead:
            let login = try await browser.get("/compte/connexion")
            let done = try await browser.post("/compte/connexion", form: [("email", try #require(emails[role])), ("password", Accounts.personalPassword)],
                                              csrf: login.csrfToken)
            #expect(done.location == "/mes-demandes", "\(role)")
            return Credentials(browser: browser, csrf: try await browser.get("/compte").csrfToken, token: token)
        case .agent, .agentElsewhere, .supervisor:
            let email = try #require(emails[role])
            #expect(try await Agents.password(browser, email: email, password: Agents.personalPassword).location == "/backoffice/connexion/code")
            #expect(try await Agents.sendCode(browser, try await Agents.code(site, email: email)).location == "/backoffice/dossiers", "\(role)")
            return Credentials(browser: browser, csrf: try await browser.get("/backoffice/guichet").csrfToken, token: nil)
        }
    }

    /// A route pattern with real ids in place of its parameters.
    func path(_ method: HTTPRequest.Method, _ pattern: String) -> String {
        let dossier = pattern.hasSuffix("/acces-famille") || pattern.hasSuffix("/reprendre") ? assistedCaseID : caseID
        return pattern.split(separator: "/", omittingEmptySubsequences: false).map { part -> String in
            guard part.hasPrefix(":") else { return String(part) }
            switch part.dropFirst() {
            case "dossier": return Self.id(dossier)
            case "file": return Self.id(documentID)
            case "message": return Self.id(messageID)
            case "question": return "nationalite-enfant"  // the first question: reachable from any state
            case "slot": return "child-identity"
            case "section": return "child"
            case "target": return method == .delete ? Self.id(documentID) : "child-identity"
            case "token": return Self.id(spareTokenID)
            case "action":
                if pattern.hasPrefix("/backoffice/agents/") { return AgentAccountAction.disable.rawValue }
                // Not allowed once the document is available: let through (409), and nothing changes.
                if pattern.hasPrefix("/etablissement/voyages/") { return CollectiveTravelAction.answerRequest.rawValue }
                // Not allowed from a valid document: let through (409), and nothing changes.
                if pattern.hasPrefix("/backoffice/documents/") { return IssuedDocumentAction.closeWithdrawal.rawValue }
                return DossierAction.startInstruction.rawValue
            case "document": return Self.id(issuedDocumentID)
            case "trip": return Self.id(Self.readsFiledTrip(pattern) ? filedTripID : tripID)
            case "piece": return Self.id(tripPhotoID)
            case "pupil": return Self.id(pupilID)
            case "kind": return CollectiveTravelDocument.photo.pathSegment
            case "head": return Self.id(UUID())  // a refusal sent without its reason is a 422 before any claim is read
            case "decision": return SchoolHeadDecision.refuse.rawValue
            case "agent": return Self.id(spareAgentID)
            case "id": return Self.id(mailID)
            default: return "unknown-parameter-\(part.dropFirst())"
            }
        }.joined(separator: "/")
    }

    /// Sends the request a legitimate user of the route would send, with `role`'s credentials.
    func send(_ method: HTTPRequest.Method, _ pattern: String, as role: Role) async throws -> MatrixReply {
        try await send(method, pattern, with: try #require(roles[role]))
    }

    func send(_ method: HTTPRequest.Method, _ pattern: String, with credentials: Credentials) async throws -> MatrixReply {
        let path = path(method, pattern)
        if pattern.hasPrefix("/api/") {
            return try await api(method, pattern, path, credentials)
        }
        let page: Browser.Page
        if method == .get {
            page = try await credentials.browser.get(path)
        } else if let file = upload(pattern) {
            page = try await credentials.browser.upload(path, fields: file.fields, fileName: file.name, type: file.type, bytes: file.bytes,
                                                        csrf: credentials.csrf)
        } else {
            page = try await credentials.browser.post(path, form: try await form(pattern), csrf: credentials.csrf)
        }
        return MatrixReply(status: page.status, location: page.location, body: page.body)
    }

    /// The forms that carry a file.
    private func upload(_ pattern: String) -> (fields: [(String, String)], name: String, type: String, bytes: [UInt8])? {
        switch pattern {
        case "/demandes/:dossier/pieces/:slot": return ([], "scan.pdf", "application/pdf", Journey.pdf)
        case "/demandes/:dossier/photos":
            return ([("taken-day", "1"), ("taken-month", "10"), ("taken-year", "2026")], "photo.jpg", "image/jpeg", Journey.jpeg)
        case "/demandes/:dossier/messages": return ([("body", "Un message de contrôle.")], "bail.pdf", "application/pdf", Journey.pdf)
        case "/etablissement/voyages/:trip/eleves/:pupil/pieces/:kind": return ([], "photo.jpg", "image/jpeg", Journey.jpeg)
        default: return nil
        }
    }

    private func form(_ pattern: String) async throws -> [(String, String)] {
        switch pattern {
        case "/backoffice/dossiers/:dossier/actions/:action":
            let version = try #require(try await Dossier.find(caseID, on: site.db)).version
            return [("version", String(version))]
        case "/backoffice/dossiers/:dossier/fichiers/:file/avis":
            // The verdict the page would show now: a form sent as seen, not a colleague's overwritten.
            let seen = DocumentVerdicts.seenValue(try await DossierDocument.find(documentID, on: site.db)?.verdict)
            return [("verdict-\(Self.id(documentID))", "accepted"), ("verdict-\(Self.id(documentID))-seen", seen)]
        case "/backoffice/dossiers/:dossier/attribution":
            let assigned = try #require(try await Dossier.find(caseID, on: site.db)).assignedAgentID
            return [("to", "me"), (BackOfficeDossierController.assignSeenField, BackOfficeDossierController.assignee(assigned))]
        case "/backoffice/dossiers/:dossier/messages", "/backoffice/voyages/:trip/messages", "/etablissement/voyages/:trip/messages":
            return [("body", "Un message de contrôle.")]
        case "/backoffice/voyages/:trip/actions/:action", "/etablissement/voyages/:trip/actions/:action":
            return [("version", String(try #require(try await CollectiveTrip.find(filedTripID, on: site.db)).version))]
        case "/backoffice/horaires/jours-fermes/rouvrir": return [("day", "2026-12-25")]
        case "/demandes/:dossier/report": return [("reason", "voyage"), ("available-from-day", "10"), ("available-from-month", "12"), ("available-from-year", "2026")]
        default: return []
        }
    }

    private func api(_ method: HTTPRequest.Method, _ pattern: String, _ path: String, _ credentials: Credentials) async throws -> MatrixReply {
        // The role's cookies go along: a session must never stand in for a token.
        let cookies = await credentials.browser.cookies
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        let client = APIClient(client: site.client, token: credentials.token)
        let reply: APIClient.Reply
        switch (method, pattern) {
        case (.post, "/api/v1/eligibility"): reply = try await client.send(method, path, json: contractExample, headers: headers)
        case (.post, "/api/v1/verification"):
            reply = try await client.send(method, path, json: #"{"number":"D07526009999","birthDate":"2015-05-13"}"#, headers: headers)
        case (.post, "/api/v1/dossiers"): reply = try await client.send(method, path, json: #"{"profile":"non-eu-parent-permit","role":"parent"}"#, headers: headers)
        case (.put, "/api/v1/dossiers/:dossier/answers/:section"): reply = try await client.send(method, path, json: APIJourney.child, headers: headers)
        case (.post, "/api/v1/dossiers/:dossier/documents/:target"):
            reply = try await client.send(method, path + "?fileName=scan.pdf", bytes: Journey.pdf, contentType: "application/pdf", headers: headers)
        case (.post, "/api/v1/dossiers/:dossier/withdraw"):
            let version = try #require(try await Dossier.find(caseID, on: site.db)).version
            reply = try await client.send(method, path, json: #"{"version":\#(version)}"#, headers: headers)
        case (.post, "/api/v1/dossiers/:dossier/messages"): reply = try await client.send(method, path, json: #"{"body":"Un message de contrôle."}"#, headers: headers)
        case (.post, "/api/v1/dossiers/:dossier/postponement"):
            reply = try await client.send(method, path, json: #"{"reason":"voyage","availableFrom":"2026-12-10"}"#, headers: headers)
        default: reply = try await client.send(method, path, headers: headers)
        }
        return MatrixReply(status: reply.status, location: reply.headers[.location], body: reply.body)
    }
}
