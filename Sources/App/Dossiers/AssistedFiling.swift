import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// What the family's pages know while an agent files at the counter (rule 19): who files, for
/// which dossier, and the name the banner shows.
struct AssistedFilingMode: Sendable {
    let agent: SignedInAgent
    let dossierID: UUID
    /// The child's name, or the family's address when it is a real one; nil before either is known.
    let familyLabel: String?
}

/// Assisted filing (docs/law.md#rule-19): an agent files at the counter for a family who cannot
/// file online, through the family's own pages. This type starts the draft, admits the agent to the
/// family's pages for that draft only, and gives the family its access later.
enum AssistedFiling {
    /// The domain of the addresses given to families filed for without one: `.invalid` can never
    /// receive mail (RFC 2606), and `Outbox` never queues a mail to it.
    static let placeholderDomain = "guichet.invalid"

    static func placeholderEmail() -> String {
        "guichet-\(UUID().uuidString.lowercased())@\(placeholderDomain)"
    }

    static func isPlaceholder(_ email: String) -> Bool {
        email.lowercased().hasSuffix("@" + placeholderDomain)
    }

    /// Creates, in one transaction, the family's account when needed (no password: the family is
    /// given access later) and its assisted draft, whose first event names the agent. An address
    /// that already has an account gets the draft attached to that account.
    static func start(_ choice: DossierStart.Choice, email: String?, agent: SignedInAgent, language: Language,
                      store: DossierStore, now: Date) async throws -> (user: User, dossier: Dossier) {
        do {
            return try await attempt(choice, email: email, agent: agent, language: language, store: store, now: now)
        } catch {
            // Two counters creating the same new address at once: the unique index let one through;
            // the other now finds that account and attaches its draft to it.
            guard let email, try await User.query(on: store.database()).filter(\.$email == email).first() != nil else { throw error }
            return try await attempt(choice, email: email, agent: agent, language: language, store: store, now: now)
        }
    }

    private static func attempt(_ choice: DossierStart.Choice, email: String?, agent: SignedInAgent, language: Language,
                                store: DossierStore, now: Date) async throws -> (user: User, dossier: Dossier) {
        try await store.database().transaction { db in
            let user: User
            if let email, let existing = try await User.query(on: db).filter(\.$email == email).first() {
                user = existing
            } else {
                user = User(email: email ?? placeholderEmail(), language: language.rawValue, now: now)
                try await user.create(on: db)
            }
            let dossier = try await DossierStart.create(choice, userID: try user.requireID(), actor: .agent, actorID: agent.id,
                                                        assisted: true, now: now, on: db)
            return (user, dossier)
        }
    }

    /// Lets the agent of a session in assisted filing through to a page of the family's area, or
    /// refuses: only the one assisted draft the agent opened, only while it is a draft (its filing
    /// form may be sent again once filed), only for a verified agent of the préfecture whose agent
    /// started it. Anything else of the family's area answers 404.
    static func admit(method: HTTPRequest.Method, path: String, agentID: UUID, credentialsVersion: Int, userID: UUID, dossierID: UUID,
                      user: User, on db: any Database) async throws -> AssistedFilingMode {
        guard let row = try await Agent.find(agentID, on: db), row.disabledAt == nil, row.credentialsVersion == credentialsVersion else {
            throw Redirect(to: SiteURL.backOfficeLogin.path)
        }
        let agent = try SignedInAgent(row)
        if agent.mustChangePassword { throw Redirect(to: SiteURL.backOfficePassword.path) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[0] == "demandes", UUID(uuidString: String(parts[1])) == dossierID,
              let dossier = try await Dossier.query(on: db).filter(\.$id == dossierID).filter(\.$userID == userID)
                  .filter(\.$assisted == true).first(),
              try await startedInPrefecture(dossierID, agent.prefecture, on: db) else {
            throw HTTPError(.notFound)
        }
        // Once filed, the agent still prints the family's records at the counter: the page after
        // filing, the acknowledgement and the CERFA (docs/pages.md#counter-filing).
        let records = [SiteURL.dossierConfirmation(dossierID), .dossierReceipt(dossierID), .dossierCERFA(dossierID)].map(\.path)
        switch dossier.currentState {
        case .draft:
            break
        case .filed where method == .post && path == SiteURL.dossierFiling(dossierID).path:
            break
        case _ where method == .get && records.contains(path):
            break
        case .filed:
            throw Redirect(to: SiteURL.backOfficeDossier(dossierID).path)
        default:
            throw HTTPError(.notFound)
        }
        let label = dossier.childName ?? (isPlaceholder(user.email) ? nil : user.email)
        return AssistedFilingMode(agent: agent, dossierID: dossierID, familyLabel: label)
    }

    /// The préfecture's counter cases, newest first: the drafts left paused (to be taken up again by
    /// any of its agents) and the cases filed there lately, with their reference, wherever the
    /// address made them go. Assisted cases are few; the newest `limit` are looked at.
    static func counterCases(of prefecture: Departement, filedSince: Date, limit: Int = 200,
                             on db: any Database) async throws -> (paused: [Dossier], filed: [Dossier]) {
        let candidates = try await Dossier.query(on: db).filter(\.$assisted == true).sort(\.$createdAt, .descending).limit(limit).all()
        guard !candidates.isEmpty else { return ([], []) }
        let created = try await DossierEvent.query(on: db).filter(\.$dossierID ~~ candidates.compactMap(\.id)).filter(\.$action == "created")
            .filter(\.$actor == DossierActor.agent.rawValue).all()
        let starters = Set(created.compactMap(\.actorID))
        let ours = Set(try await Agent.query(on: db).filter(\.$id ~~ starters).filter(\.$prefecture == prefecture.code).all().compactMap(\.id))
        let started = Set(created.filter { $0.actorID.map(ours.contains) ?? false }.map(\.dossierID))
        let counter = candidates.filter { started.contains($0.id!) }
        return (counter.filter { $0.currentState == .draft },
                counter.filter { $0.currentState != .draft && ($0.filedAt ?? .distantPast) >= filedSince })
    }

    /// The draft was started at the counter by an agent of `prefecture`.
    static func startedInPrefecture(_ dossierID: UUID, _ prefecture: Departement, on db: any Database) async throws -> Bool {
        guard let created = try await DossierEvent.query(on: db).filter(\.$dossierID == dossierID).filter(\.$action == "created")
            .filter(\.$actor == DossierActor.agent.rawValue).first(), let starterID = created.actorID,
            let starter = try await Agent.find(starterID, on: db) else { return false }
        return starter.prefecture == prefecture.code
    }

    /// Why the family could not be given access.
    enum AccessProblem: Error, Equatable {
        case emailMissing
        case emailInvalid
        /// Another account already has this address.
        case emailTaken
        /// The family already chose its password: it signs in as usual.
        case notNeeded
    }

    /// Gives the family of an assisted case its access: the address is set when the account had a
    /// placeholder, then a temporary password is mailed exactly as at sign-up. Answers the address.
    static func giveAccess(to dossier: Dossier, typedEmail: String?, agentID: UUID, hasher: PasswordHasher, publicURL: String,
                           database: any Database, now: Date) async throws -> String {
        guard let user = try await User.find(dossier.userID, on: database) else { throw DossierError.notFound }
        guard user.passwordHash == nil else { throw AccessProblem.notNeeded }
        var email = user.email
        if isPlaceholder(user.email) {
            let typed = typedEmail?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !typed.isEmpty else { throw AccessProblem.emailMissing }
            let text = Catalog.of(Language(rawValue: user.language) ?? .fr).account
            guard let normalised = AccountController.normalisedEmail(typed, text: text), !isPlaceholder(normalised) else {
                throw AccessProblem.emailInvalid
            }
            email = normalised
        }
        let password = PasswordHasher.temporaryPassword()
        let hash = try await hasher.hash(password)
        let address = email
        try await database.transaction { db in
            if address != user.email {
                guard try await User.query(on: db).filter(\.$email == address).first() == nil else { throw AccessProblem.emailTaken }
                user.email = address
            }
            AccountController.setTemporaryPassword(user, hash: hash, now: now)
            try await user.update(on: db)
            try await AccountController.mailAccountCreated(to: user, password: password, publicURL: publicURL, now: now, on: db)
            try await DossierEvent(dossierID: dossier.id!, at: now, actor: .agent, actorID: agentID,
                                   kind: .familyAccess).create(on: db)
        }
        return email
    }
}
