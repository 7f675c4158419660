import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird
import HummingbirdAuth

/// Assisted filing at the counter (docs/law.md#rule-19). An agent starts a draft for a family who
/// cannot file online, then fills and files it through the family's own pages (the session's
/// assisted filing lets them in, for that draft only: `AssistedFiling.admit`); later the family can
/// be given its access by mail from the case page.
struct AssistedFilingController {
    let store: DossierStore
    let cases: BackOfficeDossierController
    let hasher: PasswordHasher
    let publicURL: String
    let now: @Sendable () -> Date

    func register(on backOffice: RouterGroup<BackOfficeRequestContext>) {
        backOffice.get(SiteURL.backOfficeAssisted.route) { request, context in
            try await counterPage(.ok, values: [:], errors: [], request: request, context: context)
        }
        backOffice.post(SiteURL.backOfficeAssisted.route, use: start)
        backOffice.post(SiteURL.backOfficeAssistedEnd.route) { request, context -> Response in
            let agent = try context.signedIn()
            let current = try await context.session.assistedDossierID.asyncMap { try await Dossier.find($0, on: store.database()) } ?? nil
            Self.end(context.sessions, context.session)
            // A case just filed for this préfecture: its page; otherwise the counter, which lists the
            // paused drafts and the cases filed lately, wherever they went.
            guard let current, current.currentState.isFiled, current.departement == agent.prefecture.code else {
                return .seeOther(SiteURL.backOfficeAssisted.path)
            }
            return .seeOther(SiteURL.backOfficeDossier(current.id!).path)
        }
        backOffice.post(SiteURL.backOfficeAssistedResume(.key).route, use: resume)
        backOffice.post(SiteURL.backOfficeDossierAccess(.key).route, use: giveAccess)
    }

    func counterPage(_ status: HTTPResponse.Status, values: [String: String], errors: [FieldError], request: Request,
                     context: BackOfficeRequestContext) async throws -> Response {
        let agent = try context.signedIn()
        var inProgress: (dossierID: UUID, family: String?)?
        if let id = context.session.assistedDossierID, let dossier = try await Dossier.find(id, on: store.database()), !dossier.currentState.isFiled {
            inProgress = (id, dossier.childName)
        }
        let page = PageContext(language: context.language, path: SiteURL.backOfficeAssisted.path)
        let since = now().addingTimeInterval(-Double(AssistedFilingModel.filedDays) * 86_400)
        let counter = try await AssistedFiling.counterCases(of: agent.prefecture, filedSince: since, on: store.database())
        let model = AssistedFilingModel(page, agent: agent, values: values, errors: errors, inProgress: inProgress,
                                        paused: counter.paused, filed: counter.filed)
        return try HTMLPage(status: status, html: AssistedFilingView.render(page, model, agent: agent, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    /// Starts a draft at the counter with the family's start choices, then opens the family's pages
    /// for it to this agent.
    @Sendable func start(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let agent = try context.signedIn()
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let catalog = context.language.catalog
        var errors: [FieldError] = []
        var choice: DossierStart.Choice?
        switch DossierStart.check(form, text: catalog.dossier) {
        case .failure(let invalid): errors = invalid.errors
        case .success(let valid): choice = valid
        }
        let typed = form.trimmed("email") ?? ""
        var email: String?
        if !typed.isEmpty {
            email = AccountController.normalisedEmail(typed, text: catalog.account)
            if email == nil || AssistedFiling.isPlaceholder(typed) {
                email = nil
                errors.append(FieldError(fieldID: "email", message: catalog.assisted.emailInvalid))
            }
        }
        guard let choice, errors.isEmpty else {
            return try await counterPage(.unprocessableContent, values: form.values, errors: errors, request: request, context: context)
        }
        let started = try await AssistedFiling.start(choice, email: email, agent: agent, language: context.language, store: store, now: now())
        var session = context.session
        session.assistedUserID = try started.user.requireID()
        session.assistedDossierID = started.dossier.id
        _ = context.sessions.updateSession(session)
        return .seeOther(SiteURL.dossier(started.dossier.id!).path)
    }

    /// Takes up a draft paused at the counter (by this agent or a colleague of the préfecture): the
    /// family's pages open again for it. A draft filed meanwhile leads to its case.
    @Sendable func resume(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let agent = try context.signedIn()
        guard let raw = context.parameters.get("dossier"), let id = UUID(uuidString: raw),
              let dossier = try await Dossier.query(on: store.database()).filter(\.$id == id).filter(\.$assisted == true).first(),
              try await AssistedFiling.startedInPrefecture(id, agent.prefecture, on: store.database()) else { throw HTTPError(.notFound) }
        guard dossier.currentState == .draft else {
            guard dossier.departement == agent.prefecture.code else { return .seeOther(SiteURL.backOfficeAssisted.path) }
            return .seeOther(SiteURL.backOfficeDossier(id).path)
        }
        var session = context.session
        session.assistedUserID = dossier.userID
        session.assistedDossierID = id
        _ = context.sessions.updateSession(session)
        return .seeOther(SiteURL.dossier(id).path)
    }

    /// Leaves counter mode: the family's pages are closed to the agent again.
    static func end(_ sessions: SessionContext<WebSession>, _ current: WebSession) {
        var session = current
        session.assistedUserID = nil
        session.assistedDossierID = nil
        _ = sessions.updateSession(session)
    }

    /// Once the agent filed at the counter: the page after filing, still in counter mode, so the agent
    /// prints the family's acknowledgement and CERFA and sees the reference and the préfecture the
    /// address sent the case to; "Quitter le mode guichet" then leads to the case.
    static func filed(_ dossier: Dossier) -> Response {
        .seeOther(SiteURL.dossierConfirmation(dossier.id!).path)
    }

    /// Gives the family of an assisted case its access: the address when it had none, then a
    /// temporary password by mail, as at sign-up.
    @Sendable func giveAccess(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let agent = try context.signedIn()
        let dossier = try await cases.load(context)
        guard dossier.assisted else { throw HTTPError(.notFound) }
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let t = context.language.catalog.assisted
        do {
            _ = try await AssistedFiling.giveAccess(to: dossier, typedEmail: form["email"], agentID: agent.id, hasher: hasher, publicURL: publicURL,
                                                    database: store.database(), now: now())
        } catch let problem as AssistedFiling.AccessProblem {
            let message = switch problem {
            case .emailMissing: t.accessEmailMissing
            case .emailInvalid: context.language.catalog.account.emailInvalid
            case .emailTaken: t.accessEmailTaken
            case .notNeeded: t.accessNotNeeded
            }
            let field = problem == .notNeeded ? "family-access" : "email"
            return try await cases.page(dossier, errors: [FieldError(fieldID: field, message: message)], values: form.values,
                                        status: problem == .notNeeded ? .conflict : .unprocessableContent, request: request, context: context)
        }
        return BackOfficeDossierController.done(dossier, anchor: "#family-access")
    }
}
