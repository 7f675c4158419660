import DCEMRules
import FluentKit
import Foundation
import Hummingbird
import HummingbirdAuth
import SQLKit
import TypedHTML

/// The back office's sign-in: password (Bcrypt off the event loop, the family login's rate
/// limits), then a one-time code — set up at first login — and only then an agent-verified
/// session; an agent on a temporary password then chooses their own. The session id changes at
/// each step up, so a session fixed by someone else before login is worthless after.
struct BackOfficeAuthController {
    let database: @Sendable () -> any Database
    let hasher: PasswordHasher
    let rateLimiter: any RateLimiter
    let sessionStorage: SessionStorage<WebSession>
    let trustedProxies: TrustedProxies
    let now: @Sendable () -> Date

    func register(public router: Router<AppRequestContext>, backOffice: RouterGroup<BackOfficeRequestContext>) {
        router.get(SiteURL.backOffice.route) { request, context -> Response in
            let session = context.sessions.session
            return .seeOther(session?.agentID != nil && session?.agentVerified == true ? SiteURL.backOfficeQueue.path : SiteURL.backOfficeLogin.path)
        }
        router.get(SiteURL.backOfficeLogin.route) { request, context -> Response in
            try HTMLPage(html: BackOfficeLoginView.login(Self.page(context.language, .backOfficeLogin), BackOfficeLoginModel(email: "", errors: []),
                                                      csrf: context.csrfToken))
                .response(from: request, context: context)
        }
        router.post(SiteURL.backOfficeLogin.route, use: login)
        router.get(SiteURL.backOfficeCode.route, use: showCode)
        router.post(SiteURL.backOfficeCode.route, use: checkCode)
        router.post(SiteURL.backOfficeLogout.route) { request, context -> Response in
            context.sessions.clearSession()
            return .seeOther(SiteURL.backOfficeLogin.path)
        }
        backOffice.get(SiteURL.backOfficePassword.route) { request, context in
            let agent = try context.signedIn()
            return HTMLPage(html: BackOfficeLoginView.changePassword(Self.page(context.language, .backOfficePassword),
                                                                     BackOfficePasswordModel(forced: agent.mustChangePassword, errors: []), agent: agent,
                                                                     csrf: context.session.csrfToken))
        }
        backOffice.post(SiteURL.backOfficePassword.route, use: changePassword)
    }

    // MARK: Password

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let page = Self.page(context.language, .backOfficeLogin)
        let t = page.text.account
        let typed = form["email"] ?? ""
        let password = form["password"] ?? ""
        func fail(_ errors: [FieldError]) throws -> Response {
            try HTMLPage(status: .unprocessableContent,
                         html: BackOfficeLoginView.login(page, BackOfficeLoginModel(email: typed, errors: errors), csrf: context.csrfToken))
                .response(from: request, context: context)
        }
        var errors: [FieldError] = []
        let email = AccountController.normalisedEmail(typed, text: t)
        if email == nil { errors.append(FieldError(fieldID: "email", message: AccountController.emailProblem(typed, text: t))) }
        if password.isEmpty { errors.append(FieldError(fieldID: "password", message: t.passwordMissing)) }
        guard let email, errors.isEmpty else { return try fail(errors) }

        let client = ClientAddress.of(request, peer: context.remoteAddress, trustedProxies: trustedProxies)
        if let wait = try await rateLimiter.hit([(.loginPerAddress, email), (.loginPerIP, client)], now: now()) {
            return try AccountController.tooMany(page, seconds: wait, request: request, context: context)
        }
        // One check at the configured cost whatever the address (a decoy when there is no usable
        // account): timing must not tell who works at a préfecture.
        let found = try await Agent.query(on: database()).filter(\.$email == email).first()
        let agent = found?.disabledAt == nil ? found : nil
        guard try await hasher.verify(password, against: [agent?.passwordHash]).first == true, let agent, let agentID = agent.id else {
            return try fail([FieldError(fieldID: "email", message: t.loginFailed)])
        }
        if agent.totpConfirmedAt == nil, agent.totpSecret == nil {
            // Kept until confirmed: the page can be reloaded without the app's entry going stale.
            agent.totpSecret = AgentTOTP.newSecret()
            try await agent.update(on: database())
        }
        _ = try? await sessionStorage.delete(request: request)
        context.sessions.createSession(WebSession(agentID: agentID, agentVerified: false, credentialsVersion: agent.credentialsVersion))
        return .seeOther(SiteURL.backOfficeCode.path)
    }

    // MARK: One-time code

    /// The agent whose password was just accepted, or a redirect to where they belong.
    private func pendingAgent(_ context: AppRequestContext) async throws -> Agent {
        guard let session = context.sessions.session, let agentID = session.agentID else { throw Redirect(to: SiteURL.backOfficeLogin.path) }
        if session.agentVerified { throw Redirect(to: SiteURL.backOfficeQueue.path) }
        guard let agent = try await Agent.find(agentID, on: database()), agent.disabledAt == nil, agent.totpSecret != nil,
              agent.credentialsVersion == session.credentialsVersion else {
            context.sessions.clearSession()
            throw Redirect(to: SiteURL.backOfficeLogin.path)
        }
        return agent
    }

    private func codePage(_ agent: Agent, context: AppRequestContext, error: FieldError?) -> RenderedHTML {
        let setup = agent.totpConfirmedAt == nil ? agent.totpSecret.map {
            BackOfficeCodeModel.Setup(secret: AgentTOTP.groupedBase32($0), uri: AgentTOTP.authenticatorURL(secret: $0, account: agent.email))
        } : nil
        return BackOfficeLoginView.code(Self.page(context.language, .backOfficeCode), BackOfficeCodeModel(setup: setup, error: error), csrf: context.csrfToken)
    }

    @Sendable func showCode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let agent = try await pendingAgent(context)
        return try HTMLPage(html: codePage(agent, context: context, error: nil)).response(from: request, context: context)
    }

    @Sendable func checkCode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let agent = try await pendingAgent(context)
        let agentID = try agent.requireID()
        let page = Self.page(context.language, .backOfficeCode)
        if let wait = try await rateLimiter.hit(.agentCodePerAccount, key: agentID.uuidString, now: now()) {
            return try AccountController.tooMany(page, seconds: wait, request: request, context: context)
        }
        let now = self.now()
        guard let secret = agent.totpSecret,
              let step = AgentTOTP.acceptedStep(form["code"] ?? "", secret: secret, at: now, lastUsed: agent.totpLastStep),
              try await Self.consume(step: step, agentID: agentID, confirmedAt: agent.totpConfirmedAt ?? now, on: database()) else {
            let error = FieldError(fieldID: "code", message: page.text.backOffice.codeInvalid)
            return try HTMLPage(status: .unprocessableContent, html: codePage(agent, context: context, error: error))
                .response(from: request, context: context)
        }
        _ = try? await sessionStorage.delete(request: request)
        context.sessions.createSession(WebSession(agentID: agentID, agentVerified: true, credentialsVersion: agent.credentialsVersion))
        return .seeOther(agent.mustChangePassword ? SiteURL.backOfficePassword.path : SiteURL.backOfficeQueue.path)
    }

    /// Records `step` as used with one conditional write: of two requests carrying the same code
    /// (a double submit, or someone who read it over the shoulder), only one gets through.
    static func consume(step: Int64, agentID: UUID, confirmedAt: Date, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.update(Agent.schema)
            .set("totp_last_step", to: step)
            .set("totp_confirmed_at", to: confirmedAt)
            .where("id", .equal, agentID)
            .where { $0.where("totp_last_step", .is, SQLLiteral.null).orWhere("totp_last_step", .lessThan, step) }
            .returning("id")
            .all()
        return !rows.isEmpty
    }

    // MARK: Password change

    @Sendable func changePassword(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let signedIn = try context.signedIn()
        let page = Self.page(context.language, .backOfficePassword)
        let t = page.text.account
        guard let agent = try await Agent.find(signedIn.id, on: database()) else { throw HTTPError(.notFound) }
        let password = form["password"] ?? ""
        var errors: [FieldError] = []
        if !agent.mustChangePassword, try await !hasher.verify(form["current"] ?? "", against: agent.passwordHash) {
            errors.append(FieldError(fieldID: "current", message: t.currentPasswordWrong))
        }
        if password.count < PasswordHasher.minimumLength {
            errors.append(FieldError(fieldID: "password", message: t.newPasswordTooShort(PasswordHasher.minimumLength)))
        } else if password.utf8.count > PasswordHasher.maximumBytes {
            errors.append(FieldError(fieldID: "password", message: t.newPasswordTooLong(PasswordHasher.maximumBytes)))
        } else if form["confirm"] != password {
            errors.append(FieldError(fieldID: "confirm", message: t.confirmPasswordMismatch))
        }
        guard errors.isEmpty else {
            let model = BackOfficePasswordModel(forced: agent.mustChangePassword, errors: errors)
            return try HTMLPage(status: .unprocessableContent, html: BackOfficeLoginView.changePassword(page, model, agent: signedIn, csrf: context.session.csrfToken))
                .response(from: request, context: context)
        }
        // One conditional write, as for families: a change ends the agent's other sessions, and of
        // two sessions changing it at once only the first succeeds.
        let hash = try await hasher.hash(password)
        let rows = try await (database() as? any SQLDatabase)?.update(Agent.schema)
            .set("password_hash", to: hash)
            .set("must_change_password", to: false)
            .set("credentials_version", to: SQLBinaryExpression(SQLColumn("credentials_version"), .add, SQLLiteral.numeric("1")))
            .where("id", .equal, signedIn.id)
            .where("credentials_version", .equal, agent.credentialsVersion)
            .returning("credentials_version")
            .all() ?? []
        guard let version = try rows.first?.decode(column: "credentials_version", as: Int.self) else {
            context.sessions.clearSession()
            throw Redirect(to: SiteURL.backOfficeLogin.path)
        }
        var session = context.session
        session.credentialsVersion = version
        _ = context.sessions.updateSession(session)
        return .seeOther(SiteURL.backOfficeQueue.path)
    }

    static func page(_ language: Language, _ url: SiteURL) -> PageContext {
        PageContext(language: language, path: url.path)
    }
}
