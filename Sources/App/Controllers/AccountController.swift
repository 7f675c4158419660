import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird
import HummingbirdAuth
import SQLKit

/// Family accounts: sign-up with a temporary password sent by mail, login, logout, forgotten and
/// changed passwords, the profile. Answers never tell whether an address has an account.
struct AccountController {
    let database: @Sendable () -> any Database
    let hasher: PasswordHasher
    let rateLimiter: any RateLimiter
    let sessionStorage: SessionStorage<WebSession>
    let publicURL: String
    let trustedProxies: TrustedProxies
    let now: @Sendable () -> Date
    let tokens: APITokens

    /// How long a temporary password works.
    static let temporaryPasswordHours = 24

    func register(public router: Router<AppRequestContext>, family: RouterGroup<FamilyRequestContext>) {
        router.get(SiteURL.signUp.route) { request, context in
            HTMLPage(html: AccountView.signUp(Self.page(context, .signUp), email: "", error: nil, csrf: context.csrfToken))
        }
        router.post(SiteURL.signUp.route, use: signUp)
        router.get(SiteURL.signUpSent.route) { request, context in
            let t = context.language.catalog.account
            let email = request.uri.queryParameters["email"].map(String.init) ?? ""
            return HTMLPage(html: AccountView.sent(Self.page(context, .signUpSent), title: t.signUpSentTitle,
                                                   body: t.signUpSentBody(email, Self.temporaryPasswordHours), next: t.signUpSentNext))
        }
        router.get(SiteURL.login(next: nil).route) { request, context in
            let next = SiteURL.safeReturnPath(request.uri.queryParameters["suite"].map(String.init))
            return HTMLPage(html: AccountView.login(Self.page(context, .login(next: nil)), email: "", errors: [], next: next,
                                                    csrf: context.csrfToken))
        }
        router.post(SiteURL.login(next: nil).route, use: login)
        router.post(SiteURL.logout.route) { request, context -> Response in
            context.sessions.clearSession()
            return Self.redirect(to: SiteURL.home.path)
        }
        router.get(SiteURL.forgotPassword.route) { request, context in
            HTMLPage(html: AccountView.forgot(Self.page(context, .forgotPassword), email: "", error: nil, csrf: context.csrfToken))
        }
        router.post(SiteURL.forgotPassword.route, use: forgotPassword)
        router.get(SiteURL.forgotPasswordSent.route) { request, context in
            let t = context.language.catalog.account
            let email = request.uri.queryParameters["email"].map(String.init) ?? ""
            return HTMLPage(html: AccountView.sent(Self.page(context, .forgotPasswordSent), title: t.forgotSentTitle,
                                                   body: t.forgotSentBody(email, Self.temporaryPasswordHours), next: nil))
        }

        family.get(SiteURL.changePassword.route) { request, context in
            HTMLPage(html: AccountView.changePassword(Self.page(context, .changePassword), forced: context.session.mustChangePassword,
                                                      errors: [], csrf: context.session.csrfToken))
        }
        family.post(SiteURL.changePassword.route, use: changePassword)
        family.get(SiteURL.account.route) { request, context in
            let user = try context.user()
            let catalog = context.language.catalog
            let notice = request.uri.queryParameters["enregistre"] != nil ? catalog.account.profileSaved
                : request.uri.queryParameters["jeton"] == "revoque" ? catalog.api.tokenRevoked : nil
            return try await profilePage(.ok, foreignerNumber: user.foreignerNumber ?? "", error: nil, notice: notice,
                                         request: request, context: context)
        }
        family.post(SiteURL.account.route, use: saveProfile)
        family.post(SiteURL.accountTokens.route, use: createToken)
        family.post(SiteURL.accountTokenRevoke(.key).route, use: revokeToken)
    }

    // MARK: Sign-up

    @Sendable func signUp(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await Self.form(request, context)
        let page = Self.page(context, .signUp)
        let t = page.text.account
        let typed = form["email"] ?? ""
        guard let email = Self.normalisedEmail(typed, text: t) else {
            let error = FieldError(fieldID: "email", message: Self.emailProblem(typed, text: t))
            return try HTMLPage(status: .unprocessableContent, html: AccountView.signUp(page, email: typed, error: error, csrf: context.csrfToken))
                .response(from: request, context: context)
        }
        let client = ClientAddress.of(request, peer: context.remoteAddress, trustedProxies: trustedProxies)
        if let wait = try await rateLimiter.hit([(.signUpPerAddress, email), (.signUpPerIP, client)], now: now()) {
            return try Self.tooMany(page, seconds: wait, request: request, context: context)
        }
        let language = context.language
        let password = PasswordHasher.temporaryPassword()
        let hash = try await hasher.hash(password)
        let now = self.now()
        try await database().transaction { db in
            if let existing = try await User.query(on: db).filter(\.$email == email).first() {
                // Same answer as for a new address; the owner is told by mail.
                try await MailWriter(publicURL: publicURL).send(DossierNotification(to: .account(existing.id!, fallback: language), .accountExists),
                                                                on: db, now: now)
                return
            }
            let user = User(email: email, language: language.rawValue, now: now)
            Self.setTemporaryPassword(user, hash: hash, now: now)
            try await user.create(on: db)
            try await Self.mailAccountCreated(to: user, password: password, publicURL: publicURL, now: now, on: db)
        }
        return Self.redirect(to: SiteURL.signUpSent.path + "?email=" + SiteURL.queryValue(email))
    }

    /// A new account's temporary password, valid `temporaryPasswordHours` (the caller saves the user).
    static func setTemporaryPassword(_ user: User, hash: String, now: Date) {
        user.temporaryPasswordHash = hash
        user.temporaryPasswordExpiresAt = now.addingTimeInterval(TimeInterval(temporaryPasswordHours * 3600))
    }

    /// The sign-up mail with the temporary password, in the account's language, queued in the
    /// caller's transaction. Also sent when an agent gives a family filed for at the counter its access.
    static func mailAccountCreated(to user: User, password: String, publicURL: String, now: Date, on db: any Database) async throws {
        try await MailWriter(publicURL: publicURL).send(
            DossierNotification(to: .account(user.id!), .accountCreated(temporaryPassword: password, validHours: temporaryPasswordHours)), on: db, now: now)
    }

    // MARK: Login and logout

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await Self.form(request, context)
        let next = SiteURL.safeReturnPath(request.uri.queryParameters["suite"].map(String.init))
        let page = Self.page(context, .login(next: nil))
        let t = page.text.account
        let typed = form["email"] ?? ""
        let password = form["password"] ?? ""
        func fail(_ errors: [FieldError], status: HTTPResponse.Status = .unprocessableContent) throws -> Response {
            try HTMLPage(status: status, html: AccountView.login(page, email: typed, errors: errors, next: next, csrf: context.csrfToken))
                .response(from: request, context: context)
        }
        var errors: [FieldError] = []
        let email = Self.normalisedEmail(typed, text: t)
        if email == nil { errors.append(FieldError(fieldID: "email", message: Self.emailProblem(typed, text: t))) }
        if password.isEmpty { errors.append(FieldError(fieldID: "password", message: t.passwordMissing)) }
        guard let email, errors.isEmpty else { return try fail(errors) }

        let client = ClientAddress.of(request, peer: context.remoteAddress, trustedProxies: trustedProxies)
        if let wait = try await rateLimiter.hit([(.loginPerAddress, email), (.loginPerIP, client)], now: now()) {
            return try Self.tooMany(page, seconds: wait, request: request, context: context)
        }
        // The same work whatever the address: two checks at the configured cost, against the
        // personal and the temporary password when they exist, against a decoy when not. Timing
        // must not tell that a family has an account (and so is applying).
        let user = try await User.query(on: database()).filter(\.$email == email).first()
        let temporaryHash = user.flatMap { user in user.temporaryPasswordExpiresAt.map { $0 > now() } == true ? user.temporaryPasswordHash : nil }
        let matches = try await hasher.verify(password, against: [user?.passwordHash, temporaryHash])
        guard let user, let userID = user.id, matches.contains(true) else {
            return try fail([FieldError(fieldID: "email", message: t.loginFailed)])
        }
        let temporary = !matches[0]
        // A new session id at login: a session fixed by someone else before login is worthless after.
        // Only the simulator's answers go on, so that a result leads to an application after login.
        let simulator = context.sessions.session?.simulator ?? SituationAnswers()
        _ = try? await sessionStorage.delete(request: request)
        context.sessions.createSession(WebSession(simulator: simulator, userID: userID, mustChangePassword: temporary, credentialsVersion: user.credentialsVersion,
                                                  temporaryPasswordStamp: temporary ? temporaryHash.map(WebSession.stamp) : nil))
        return Self.redirect(to: temporary ? SiteURL.changePassword.path : (next ?? SiteURL.afterLogin.path))
    }

    // MARK: Passwords

    @Sendable func forgotPassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await Self.form(request, context)
        let page = Self.page(context, .forgotPassword)
        let t = page.text.account
        let typed = form["email"] ?? ""
        guard let email = Self.normalisedEmail(typed, text: t) else {
            let error = FieldError(fieldID: "email", message: Self.emailProblem(typed, text: t))
            return try HTMLPage(status: .unprocessableContent, html: AccountView.forgot(page, email: typed, error: error, csrf: context.csrfToken))
                .response(from: request, context: context)
        }
        let client = ClientAddress.of(request, peer: context.remoteAddress, trustedProxies: trustedProxies)
        if let wait = try await rateLimiter.hit([(.resetPerAddress, email), (.resetPerIP, client)], now: now()) {
            return try Self.tooMany(page, seconds: wait, request: request, context: context)
        }
        let password = PasswordHasher.temporaryPassword()
        let hash = try await hasher.hash(password)
        let now = self.now()
        try await database().transaction { db in
            guard let user = try await User.query(on: db).filter(\.$email == email).first() else { return }
            user.temporaryPasswordHash = hash
            user.temporaryPasswordExpiresAt = now.addingTimeInterval(TimeInterval(Self.temporaryPasswordHours * 3600))
            try await user.update(on: db)
            try await MailWriter(publicURL: publicURL).send(
                DossierNotification(to: .account(user.id!), .passwordReset(temporaryPassword: password, validHours: Self.temporaryPasswordHours)), on: db, now: now)
        }
        return Self.redirect(to: SiteURL.forgotPasswordSent.path + "?email=" + SiteURL.queryValue(email))
    }

    @Sendable func changePassword(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let user = try context.user()
        let forced = context.session.mustChangePassword
        let page = Self.page(context, .changePassword)
        let t = page.text.account
        let current = form["current"] ?? ""
        let password = form["password"] ?? ""
        let confirm = form["confirm"] ?? ""
        var errors: [FieldError] = []
        if !forced {
            let matches = try await user.passwordHash.asyncMap { try await hasher.verify(current, against: $0) } ?? false
            if !matches { errors.append(FieldError(fieldID: "current", message: t.currentPasswordWrong)) }
        }
        if password.count < PasswordHasher.minimumLength {
            errors.append(FieldError(fieldID: "password", message: t.newPasswordTooShort(PasswordHasher.minimumLength)))
        } else if password.utf8.count > PasswordHasher.maximumBytes {
            errors.append(FieldError(fieldID: "password", message: t.newPasswordTooLong(PasswordHasher.maximumBytes)))
        } else if confirm != password {
            errors.append(FieldError(fieldID: "confirm", message: t.confirmPasswordMismatch))
        }
        guard errors.isEmpty else {
            return try HTMLPage(status: .unprocessableContent, html: AccountView.changePassword(page, forced: forced, errors: errors, csrf: context.session.csrfToken))
                .response(from: request, context: context)
        }
        // One conditional write: of two sessions changing the password at once (two tabs, or a
        // second session opened with the same temporary password), only the first succeeds; the
        // other was opened under the old credentials and is signed out.
        let hash = try await hasher.hash(password)
        guard let version = try await Self.replacePassword(of: try user.requireID(), with: hash, expectedVersion: user.credentialsVersion,
                                                           temporaryHash: forced ? user.temporaryPasswordHash : nil, on: database()) else {
            context.sessions.clearSession()
            throw Redirect(to: SiteURL.login(next: nil).path)
        }
        var session = context.session
        session.mustChangePassword = false
        session.temporaryPasswordStamp = nil
        session.credentialsVersion = version
        _ = context.sessions.updateSession(session)
        return Self.redirect(to: forced ? SiteURL.afterLogin.path : SiteURL.account.path + "?enregistre=1")
    }

    /// Sets the personal password, clears any temporary one and bumps the credentials version —
    /// which signs every other session of the account out — if the account is still at
    /// `expectedVersion` (and, for a forced change, still on `temporaryHash`). Answers the new
    /// version, or nil when another change came first.
    static func replacePassword(of userID: UUID, with hash: String, expectedVersion: Int, temporaryHash: String?,
                                on db: any Database) async throws -> Int? {
        guard let sql = db as? any SQLDatabase else { return nil }
        var update = sql.update(User.schema)
            .set("password_hash", to: hash)
            .set("temporary_password_hash", to: SQLLiteral.null)
            .set("temporary_password_expires_at", to: SQLLiteral.null)
            .set("credentials_version", to: SQLBinaryExpression(SQLColumn("credentials_version"), .add, SQLLiteral.numeric("1")))
            .where("id", .equal, userID)
            .where("credentials_version", .equal, expectedVersion)
        if let temporaryHash { update = update.where("temporary_password_hash", .equal, temporaryHash) }
        return try await update.returning("credentials_version").first()?.decode(column: "credentials_version", as: Int.self)
    }

    // MARK: Profile

    @Sendable func saveProfile(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let user = try context.user()
        let typed = form["foreignerNumber"] ?? ""
        let digits = typed.filter { !$0.isWhitespace }
        guard digits.isEmpty || (digits.count == 10 && digits.allSatisfy { $0.isASCIIDigit }) else {
            let error = FieldError(fieldID: "foreignerNumber", message: context.language.catalog.account.foreignerNumberInvalid)
            return try await profilePage(.unprocessableContent, foreignerNumber: typed, error: error, notice: nil, request: request, context: context)
        }
        user.foreignerNumber = digits.isEmpty ? nil : digits
        user.language = context.language.rawValue
        try await user.update(on: database())
        return Self.redirect(to: SiteURL.account.path + "?enregistre=1")
    }

    // MARK: Helpers

    /// An address as stored: trimmed, lower-cased; nil when it can not be an address.
    /// What is wrong with an address `normalisedEmail` refused, in the reader's words.
    static func emailProblem(_ typed: String, text t: AccountText) -> String {
        let trimmed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return t.emailMissing }
        if trimmed.unicodeScalars.contains(where: TextInput.isRefused) { return t.emailHiddenCharacter }
        return t.emailInvalid
    }

    static func normalisedEmail(_ typed: String, text: AccountText) -> String? {
        let email = typed.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !email.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0 == ";" }),
              // Invisible characters (zero-width, bidi overrides) would make two addresses look alike.
              !email.unicodeScalars.contains(where: TextInput.isRefused) else { return nil }
        return email
    }

    static func form(_ request: Request, _ context: AppRequestContext) async throws -> FormFields {
        try await FormFields.read(request, limit: context.maxUploadSize)
    }

    static func page(_ context: AppRequestContext, _ url: SiteURL) -> PageContext {
        PageContext(language: context.language, path: url.path)
    }

    /// A page of the signed-in member's area: the header names them.
    static func page(_ context: FamilyRequestContext, _ url: SiteURL) -> PageContext {
        PageContext(language: context.language, path: url.path, member: context.member)
    }

    static func page(_ language: Language, _ url: SiteURL) -> PageContext {
        PageContext(language: language, path: url.path)
    }

    static func redirect(to path: String) -> Response {
        .seeOther(path)
    }

    /// 429 with `Retry-After`, as a page.
    static func tooMany(_ page: PageContext, seconds: Int, request: Request, context: some RequestContext) throws -> Response {
        var response = try HTMLPage(status: .tooManyRequests, html: AccountView.tooMany(page, seconds: seconds)).response(from: request, context: context)
        response.headers[.retryAfter] = String(seconds)
        return response
    }
}

extension Language {
    var catalog: Catalog { Catalog.of(self) }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
