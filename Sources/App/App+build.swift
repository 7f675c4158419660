import DCEMRules
import FluentKit
import Foundation
import Hummingbird
import HummingbirdAuth
import Logging
import NIOCore
import ServiceLifecycle

/// Everything a running service needs beyond its configuration; tests swap the clock.
public struct AppDependencies: Sendable {
    /// The current instant. Rules never read the clock: the web layer turns this into a civil date.
    public var now: @Sendable () -> Date
    /// Replaces the transport the configuration names (tests pass a `RecordingMailTransport`).
    var mailTransport: (any MailTransport)? = nil
    /// A database the caller opened (tests read and write beside the app). SQLite must have one
    /// writing connection per file in a process: a second one would meet "database is locked".
    var database: DatabaseService? = nil
    /// The service's logger (a test captures its output); by default the process's logging system.
    var logger: Logger? = nil
    /// The password threads (a test passes a small one it can hold busy); by default one per core.
    var passwordHashPool: PasswordHashPool? = nil
    /// A test's switch that makes the database unreachable for the routes (`DatabaseOutageSwitch`).
    var databaseOutage: DatabaseOutageSwitch? = nil

    public init(now: @escaping @Sendable () -> Date = { Date() }) {
        self.now = now
    }

    /// Today in Europe/Paris, the contract's default evaluation day (docs/eligibility.md#request).
    var todayInParis: @Sendable () -> CivilDate {
        let now = self.now
        let paris = TimeZone(identifier: "Europe/Paris")!
        return { CivilDate.on(now(), timeZone: paris) }
    }
}

/// Builds the whole service. `dcem serve` runs it; every route test builds it the same way.
/// `onServerRunning` is told the port once the socket is bound and listening.
public func buildApplication(_ config: AppConfig, dependencies: AppDependencies = .init(),
                             onServerRunning: @escaping @Sendable (_ port: Int?) async -> Void = { _ in }) async throws -> some ApplicationProtocol {
    var logger = dependencies.logger ?? Logger(label: "dcem")
    logger.logLevel = config.logLevel
    // Every line this instance logs names it: several instances write to one place
    // (docs/deployment.md#instances). Request loggers and the database's derive from this one.
    logger[metadataKey: "instance"] = .string(config.instance)

    let database = try dependencies.database ?? DatabaseService(config: config, logger: logger)
    if config.migrateOnStart {
        try await database.migrate()
    } else {
        try await database.prepareConnection()
    }
    // Bcrypt on threads of its own, never the database's: a burst of logins can not stall the pages.
    let ownHashPool = dependencies.passwordHashPool == nil ? PasswordHashPool(threads: System.coreCount, queue: config.passwordHashQueue) : nil
    var dependencies = dependencies
    if let ownHashPool { dependencies.passwordHashPool = ownHashPool }
    let services = DossierServices(config: config, database: database, now: dependencies.now)
    // A shared files folder must be the one every instance uses (docs/file-store.md#a-shared-folder).
    if let marker = FileStores.marker(config, database: { database.db }) {
        do {
            try await marker.check()
        } catch let problem as FolderMarker.Problem {
            if dependencies.database == nil { await database.databases.shutdownAsync() }
            throw StartRefused(description: problem.description)
        } catch {
            // The database is not ready for it (no schema yet): `/health/ready` checks it again.
            logger.warning("files folder not checked yet: the database did not answer", metadata: ["error": "\(String(reflecting: type(of: error)))"])
        }
    }
    let router = try buildRouter(config: config, database: database, dependencies: dependencies, services: services)
    // Timeouts and a connection cap, so that no client keeps sockets (and files) forever.
    let limits = ConnectionLimits(config)
    let open = OpenConnections()
    var app = Application(
        router: router,
        server: GuardedHTTP1Channel.builder(limits: limits, open: open),
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: nil,
                             availableConnectionsDelegate: ConnectionGate(open: open, limit: limits.acceptedConnections)),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port) },
        logger: logger
    )
    let mailWorker = MailWorker(
        database: database,
        transport: dependencies.mailTransport ?? MailTransports.make(config, logger: logger),
        interval: config.mailInterval,
        now: dependencies.now,
        logger: logger
    )
    let scheduler = DossierScheduler(workflow: services.workflow, interval: config.schedulerInterval, now: dependencies.now, logger: logger,
                                     orphans: services.orphans, retention: services.retention, documents: services.documents,
                                     trips: CollectiveTrips(database: services.store.database, publicURL: config.publicURL, now: dependencies.now))
    // Services stop in reverse order: the workers finish before the database closes — even when
    // the server fails (a port in use), which cancels the application's services all at once.
    app.addServices(ServicesInOrder([database, mailWorker, scheduler] + (ownHashPool.map { [$0] } ?? []), logger: logger))
    return app
}

/// The service can not start as configured; `description` says why and what to do.
public struct StartRefused: Error, CustomStringConvertible {
    public let description: String
}

/// Runs services as a group of their own that stops in reverse order both on a graceful shutdown
/// and on cancellation: a worker is never left using a database already closed.
struct ServicesInOrder: Service {
    let group: ServiceGroup

    init(_ services: [any Service], logger: Logger) {
        group = ServiceGroup(configuration: .init(services: services, logger: logger))
    }

    func run() async throws {
        let group = self.group
        // Not a child task: the application's cancellation must not reach the group directly,
        // which would cancel every service at once; it becomes an orderly shutdown instead.
        let running = Task { try await group.run() }
        try await withTaskCancellationHandler {
            try await withGracefulShutdownHandler {
                try await running.value
            } onGracefulShutdown: {
                Task { await group.triggerGracefulShutdown() }
            }
        } onCancel: {
            Task { await group.triggerGracefulShutdown() }
        }
    }
}

/// `services`: the dossier's services `buildApplication` shares with the scheduler; a test that
/// builds the router alone gets its own.
func buildRouter(config: AppConfig, database: DatabaseService, dependencies: AppDependencies,
                 services: DossierServices? = nil) throws -> Router<AppRequestContext> {
    let services = services ?? DossierServices(config: config, database: database, now: dependencies.now)
    let router = Router(context: AppRequestContext.self)
    // Every route's database handle; a test may make it unreachable.
    let outage = dependencies.databaseOutage
    let db: @Sendable () -> any Database = { outage?.wrap(database.db) ?? database.db }
    let sessionStore = DatabasePersistDriver(database: db)
    let sessionStorage = SessionStorage<WebSession>(sessionStore, configuration: .init(
        sessionCookieParameters: .init(name: WebSession.cookieName, path: "/", secure: config.secureCookies, sameSite: .lax)
    ))
    router.addMiddleware {
        RequestIdentityMiddleware<AppRequestContext>(trustedProxies: config.trustedProxies, instance: config.instance,
                                                     alwaysHTTPS: config.secureCookies)
        SecurityHeadersMiddleware<AppRequestContext>(strictTransportSecurity: config.environment == .production)
        LanguageMiddleware(secureCookies: config.secureCookies)
        ErrorPageMiddleware()
        DatabaseSessionMiddleware(sessions: SessionMiddleware<AppRequestContext>(sessionStorage: sessionStorage,
                                                                                 defaultSessionExpiration: .seconds(12 * 3600)))
        CSRFMiddleware(cookie: CSRFCookie(database: db, secure: config.secureCookies))
    }
    let assets = try StaticAssets.load()
    assets.register(on: router)
    HealthController(readiness: Readiness(database: { database.db }, files: services.files,
                                          marker: FileStores.marker(config, database: { database.db })))
        .register(on: router)
    EligibilityAPIController(today: dependencies.todayInParis, openAPIDocument: assets.openAPI).register(on: router)
    PublicPagesController(today: dependencies.todayInParis).register(on: router)
    SimulatorController(now: dependencies.now).register(on: router)

    // The family's area: every route needs a signed-in member.
    let family = router.group(context: FamilyRequestContext.self).add(middleware: FamilyAccountMiddleware(database: db, now: dependencies.now))
    let rateLimiter: any RateLimiter = config.rateLimits ? DatabaseRateLimiter(database: db) : UnlimitedRateLimiter()
    let tokens = APITokens(database: db, now: dependencies.now)
    // The verification codes' keys, in the shared database (docs/states.md#verification).
    let signingKeys = SigningKeys(database: db, now: dependencies.now, secret: config.signingKeySecret)
    VerificationController(verification: DocumentVerification(database: db, keys: signingKeys), rateLimiter: rateLimiter,
                           trustedProxies: config.trustedProxies, today: dependencies.todayInParis, now: dependencies.now)
        .register(on: router)
    DocumentPrintController(database: db, codes: VerificationCodes(keys: signingKeys, today: dependencies.todayInParis),
                            publicURL: config.publicURL)
        .register(on: family)
    let hasher = PasswordHasher(cost: config.bcryptCost, pool: dependencies.passwordHashPool ?? .standalone)
    AccountController(database: db, hasher: hasher, rateLimiter: rateLimiter,
                      sessionStorage: sessionStorage, publicURL: config.publicURL, trustedProxies: config.trustedProxies,
                      now: dependencies.now, tokens: tokens)
        .register(public: router, family: family)
    // The préfecture's back office: every route but the login steps needs an agent with their code.
    let backOffice = router.group(context: BackOfficeRequestContext.self).add(middleware: BackOfficeAgentMiddleware(database: db))
    BackOfficeAuthController(database: db, hasher: hasher, rateLimiter: rateLimiter,
                             sessionStorage: sessionStorage, trustedProxies: config.trustedProxies, now: dependencies.now)
        .register(public: router, backOffice: backOffice)
    BackOfficeQueueController(database: db, reader: QueueReader(database: db), now: dependencies.now).register(on: backOffice)
    let store = services.store, workflow = services.workflow, files = services.files, messages = services.messages
    let dossiers = DossierController(store: store, filing: services.filing, workflow: workflow, copy: services.copy, now: dependencies.now,
                                     retention: services.retention)
    dossiers.register(on: family)
    let uploads = services.uploads
    DossierDocumentsController(dossiers: dossiers, uploads: uploads, rateLimiter: rateLimiter, now: dependencies.now).register(on: family)
    MyDocumentsController(documents: services.documents, store: store, copy: services.copy, files: files,
                          rateLimiter: rateLimiter, now: dependencies.now).register(on: family)
    // The family's API: a personal token, never the session cookie, authenticates each request.
    let api = router.group(context: APIRequestContext.self).add(middleware: BearerAuthMiddleware(tokens: tokens))
        .add(middleware: IdempotencyMiddleware(keys: IdempotencyKeys(database: db, lease: config.idempotencyLease), now: dependencies.now))
    DossierAPIController(store: store, filing: services.filing, workflow: workflow, uploads: uploads, messages: messages, files: files,
                         copy: services.copy, rateLimiter: rateLimiter, now: dependencies.now)
        .register(on: api)
    FamilyArchiveController(archive: FamilyArchive(database: db, files: services.files), rateLimiter: rateLimiter, now: dependencies.now)
        .register(on: family)
    IssuedDocumentAPIController(documents: services.documents, store: store).register(on: api)
    DossierMessagesController(dossiers: dossiers, messages: messages, files: files, rateLimiter: rateLimiter, now: dependencies.now)
        .register(on: family)
    let cases = BackOfficeDossierController(store: store, workflow: workflow, messages: messages, files: files, now: dependencies.now)
    cases.register(on: backOffice)
    BackOfficeDocumentController(documents: services.documents, store: store, files: files, now: dependencies.now)
        .register(on: backOffice)
    let trips = CollectiveTrips(database: store.database, publicURL: config.publicURL, now: dependencies.now, orphans: services.orphans)
    let tripDocuments = TripPupilDocuments(database: store.database, files: files, now: dependencies.now)
    SchoolController(accounts: SchoolAccounts(database: store.database, publicURL: config.publicURL, now: dependencies.now), trips: trips,
                     now: dependencies.now)
        .register(family: family, backOffice: backOffice)
    let desk = TripDesk(database: store.database, publicURL: config.publicURL, now: dependencies.now)
    let tripCodes = VerificationCodes(keys: signingKeys, today: dependencies.todayInParis)
    let tripController = SchoolTripController(trips: trips, documents: tripDocuments, desk: desk, files: files, codes: tripCodes, rateLimiter: rateLimiter,
                                              now: dependencies.now)
    tripController.register(on: family)
    SchoolTripDocumentsController(trips: tripController, documents: tripDocuments, rateLimiter: rateLimiter, now: dependencies.now).register(on: family)
    BackOfficeTripController(desk: desk, reader: QueueReader(database: db), files: files, codes: tripCodes, publicURL: config.publicURL)
        .register(on: backOffice)
    BackOfficeSupervisionController(database: db, now: dependencies.now).register(on: backOffice)
    BackOfficeAgentsController(database: db, hasher: hasher, now: dependencies.now).register(on: backOffice)
    AssistedFilingController(store: store, cases: cases, hasher: hasher, publicURL: config.publicURL,
                             now: dependencies.now).register(on: backOffice)
    if config.environment == .development {
        // Not registered at all elsewhere: in test and production `/dev/*` does not exist.
        DevMailController(database: database).register(on: router)
    }
    return router
}

/// Runs the migrations alone (`dcem migrate`).
public func runMigrations(_ config: AppConfig) async throws {
    var logger = Logger(label: "dcem.migrate")
    logger.logLevel = config.logLevel
    let database = try DatabaseService(config: config, logger: logger)
    try await database.migrate()
    await database.databases.shutdownAsync()
}
