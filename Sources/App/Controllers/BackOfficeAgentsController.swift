import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// The préfecture's agents, managed by its supervisors (docs/pages.md#agents, conventions: "Supervisors
/// manage their préfecture's agents"): list, create (through `AgentAccounts.create`, the code path of
/// `dcem agent create`), disable or enable, reset the one-time code, give a new temporary password.
/// Agents get 403; another préfecture's agent, and an unknown one, 404. A temporary password is
/// shown once on the answer and never stored or logged in clear.
struct BackOfficeAgentsController {
    let database: @Sendable () -> any Database
    let hasher: PasswordHasher
    let now: @Sendable () -> Date

    /// A second "create" of the same address within this time, for an account never used, is taken
    /// as a double submit: it answers that the account exists, not an error.
    static let doubleSubmitWindow: TimeInterval = 10 * 60

    func register(on backOffice: RouterGroup<BackOfficeRequestContext>) {
        backOffice.get(SiteURL.backOfficeAgents.route) { request, context -> Response in
            let agent = try BackOfficeSupervisionController.supervisor(context)
            return try await listPage(agent, notice: Notice(request), errors: [], status: .ok, request: request, context: context)
        }
        backOffice.get(SiteURL.backOfficeAgentNew.route) { request, context -> Response in
            let agent = try BackOfficeSupervisionController.supervisor(context)
            let page = BackOfficeSupervisionController.page(context, .backOfficeAgentNew)
            return try HTMLPage(html: BackOfficeAgentsView.new(page, BackOfficeNewAgentModel(page, values: [:], errors: []), agent: agent,
                                                               csrf: context.session.csrfToken))
                .response(from: request, context: context)
        }
        backOffice.post(SiteURL.backOfficeAgentNew.route, use: create)
        backOffice.post(SiteURL.backOfficeAgentAction(.key, .key).route, use: act)
    }

    private func listPage(_ agent: SignedInAgent, notice: Notice?, errors: [FieldError], status: HTTPResponse.Status,
                          request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let page = BackOfficeSupervisionController.page(context, .backOfficeAgents)
        let agents = try await AgentAccounts.list(prefecture: agent.prefecture.code, on: database())
        let model = BackOfficeAgentsModel(page, agent: agent, agents: agents, notice: notice, errors: errors)
        return try HTMLPage(status: status, html: BackOfficeAgentsView.list(page, model, agent: agent, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    @Sendable func create(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let supervisor = try BackOfficeSupervisionController.supervisor(context)
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let page = BackOfficeSupervisionController.page(context, .backOfficeAgentNew)
        let t = page.text.supervision
        let name = (form.trimmed("name") ?? "")
        let email = form.trimmed("email") ?? ""
        var errors: [FieldError] = []
        if name.count > 100 || !TextInput.isAccepted(name, .singleLine) { errors.append(FieldError(fieldID: "name", message: t.nameInvalid)) }
        if email.isEmpty {
            errors.append(FieldError(fieldID: "email", message: t.emailMissing))
        } else if AccountController.normalisedEmail(email, text: page.text.account) == nil {
            errors.append(FieldError(fieldID: "email", message: t.emailInvalid))
        }
        let role = form["role"].flatMap(AgentRole.init(rawValue:))
        if role == nil { errors.append(FieldError(fieldID: "role", message: t.roleMissing)) }
        func fail(_ errors: [FieldError]) throws -> Response {
            try HTMLPage(status: .unprocessableContent, html: BackOfficeAgentsView.new(page, BackOfficeNewAgentModel(page, values: form.values, errors: errors),
                                                                                        agent: supervisor, csrf: context.session.csrfToken))
                .response(from: request, context: context)
        }
        guard errors.isEmpty, let role else { return try fail(errors) }
        let now = self.now()
        do {
            let created = try await AgentAccounts.create(prefecture: supervisor.prefecture.code, email: email, name: name.isEmpty ? nil : name,
                                                         role: role.rawValue, hasher: hasher, now: now, on: database())
            // Ids only: never the address, the name or the password.
            context.logger.info("agent account created", metadata: ["by": "\(supervisor.id)", "agent": "\(created.id)", "role": "\(role.rawValue)"])
            let model = BackOfficeAgentPasswordModel(title: t.createdTitle,
                                                     lead: t.createdLead(name.isEmpty ? String(created.email.prefix { $0 != "@" }) : name, created.email,
                                                                         t.roleName(role).lowercased()),
                                                     password: created.temporaryPassword, once: t.temporaryPasswordOnce)
            return try noStore(HTMLPage(html: BackOfficeAgentsView.password(page, model, agent: supervisor, csrf: context.session.csrfToken))
                .response(from: request, context: context))
        } catch let error as AgentCreationError {
            switch error {
            case .duplicate(let address):
                // The same form sent twice (a double click, a reload): the first answer carried the
                // password; this one says the account exists and how to give a new password.
                if let existing = try await Agent.query(on: database()).filter(\.$email == address).first(),
                   existing.prefecture == supervisor.prefecture.code, existing.mustChangePassword, existing.totpConfirmedAt == nil,
                   existing.agentRole == role, now.timeIntervalSince(existing.createdAt) < Self.doubleSubmitWindow {
                    let model = BackOfficeAgentPasswordModel(title: t.justCreatedTitle, lead: t.justCreatedLead(address), password: nil, once: nil)
                    return try HTMLPage(html: BackOfficeAgentsView.password(page, model, agent: supervisor, csrf: context.session.csrfToken))
                        .response(from: request, context: context)
                }
                return try fail([FieldError(fieldID: "email", message: t.emailTaken)])
            case .invalidEmail: return try fail([FieldError(fieldID: "email", message: t.emailInvalid)])
            case .invalidName: return try fail([FieldError(fieldID: "name", message: t.nameInvalid)])
            case .unknownRole: return try fail([FieldError(fieldID: "role", message: t.roleMissing)])
            case .unknownPrefecture: throw HTTPError(.forbidden)
            }
        }
    }

    @Sendable func act(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let supervisor = try BackOfficeSupervisionController.supervisor(context)
        guard let id = context.parameters.get("agent").flatMap(UUID.init(uuidString:)),
              let action = context.parameters.get("action").flatMap(AgentAccountAction.init(rawValue:)),
              let target = try await AgentAccounts.find(id, prefecture: supervisor.prefecture.code, on: database()) else {
            throw HTTPError(.notFound)
        }
        let t = context.language.catalog.supervision
        let anchor = "#" + BackOfficeAgentsModel.anchor(id)
        guard id != supervisor.id else {
            return try await listPage(supervisor, notice: nil, errors: [FieldError(fieldID: BackOfficeAgentsModel.anchor(id), message: t.notYourself)],
                                      status: .unprocessableContent, request: request, context: context)
        }
        let result = action.applies(disabled: target.disabledAt != nil)
            ? try await AgentAccounts.apply(action, to: target, hasher: hasher, now: now(), on: database())
            : (applied: false, temporaryPassword: nil)
        guard result.applied else {
            return try await listPage(supervisor, notice: nil, errors: [FieldError(fieldID: BackOfficeAgentsModel.anchor(id), message: t.changedMeanwhile)],
                                      status: .conflict, request: request, context: context)
        }
        context.logger.info("agent account changed", metadata: ["by": "\(supervisor.id)", "agent": "\(id)", "action": "\(action.rawValue)"])
        switch action {
        case .disable: return .seeOther(SiteURL.backOfficeAgents.path(notice: .agentDisabled, anchor: anchor))
        case .enable: return .seeOther(SiteURL.backOfficeAgents.path(notice: .agentEnabled, anchor: anchor))
        case .resetCode: return .seeOther(SiteURL.backOfficeAgents.path(notice: .agentCodeReset, anchor: anchor))
        case .resetPassword:
            let page = BackOfficeSupervisionController.page(context, .backOfficeAgents)
            let model = BackOfficeAgentPasswordModel(title: t.passwordResetTitle, lead: t.passwordResetLead(target.name, target.email),
                                                     password: result.temporaryPassword, once: t.temporaryPasswordOnce)
            return try noStore(HTMLPage(html: BackOfficeAgentsView.password(page, model, agent: supervisor, csrf: context.session.csrfToken))
                .response(from: request, context: context))
        }
    }

    /// A page carrying a password is never kept by a cache or the browser's history store.
    private func noStore(_ response: Response) -> Response {
        var response = response
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
