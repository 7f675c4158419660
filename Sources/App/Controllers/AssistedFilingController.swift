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
            Self.end(context.sessions, context.session)
            return .seeOther(SiteURL.backOfficeQueue.path)
        }
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
        let model = AssistedFilingModel(page, values: values, errors: errors, inProgress: inProgress)
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

    /// Leaves counter mode: the family's pages are closed to the agent again.
    static func end(_ sessions: SessionContext<WebSession>, _ current: WebSession) {
        var session = current
        session.assistedUserID = nil
        session.assistedDossierID = nil
        _ = sessions.updateSession(session)
    }

    /// Once the agent filed at the counter: counter mode ends and the agent lands on the case in
    /// the back office (on the queue when the address made another préfecture competent).
    static func filed(_ dossier: Dossier, mode: AssistedFilingMode, context: FamilyRequestContext) -> Response {
        end(context.sessions, context.session)
        guard dossier.departement == mode.agent.prefecture.code else { return .seeOther(SiteURL.backOfficeQueue.path) }
        return .seeOther(SiteURL.backOfficeDossier(dossier.id!).path(notice: .done))
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
