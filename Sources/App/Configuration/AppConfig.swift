import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the service runs: changes what is shown and what is refused
/// (docs/architecture.md#environments).
public enum DeploymentEnvironment: String, Sendable, CaseIterable {
    case development, test, production
}

/// Which database backs the service.
public enum DatabaseChoice: Sendable, Equatable {
    /// The embedded default: a file created and migrated on start.
    case sqlite(path: String)
    /// Used when `DATABASE_URL` is set: how the service scales past one machine.
    case postgres(url: String)
}

/// How notifications leave the outbox (docs/architecture.md#mail).
public enum MailTransportChoice: String, Sendable, CaseIterable {
    /// The default: the outbox row is the record, nothing leaves the machine (listed at `/dev/mail` in development).
    case log
    /// Pipes each message to the system's `sendmail -t -i`, for production.
    case sendmail
}

/// Where stored files live (docs/file-store.md).
public enum FileStoreChoice: String, Sendable, CaseIterable {
    /// In the database's own tables: PostgreSQL's default, every instance sees every file.
    case database
    /// Under `DCEM_DATA_DIR/files`: SQLite's default; with PostgreSQL, a folder every instance shares.
    case folder
}

/// Typed settings, read once from the environment at start-up.
///
/// Reading fails fast, naming every key at fault at once, so an operator fixes them in one go.
public struct AppConfig: Sendable {
    public var environment: DeploymentEnvironment
    public var host: String
    public var port: Int
    public var database: DatabaseChoice
    public var dataDirectory: String
    public var logLevel: Logger.Level
    /// Bcrypt cost: tests use a low one (docs/architecture.md#test-settings).
    public var bcryptCost: UInt8
    /// Proxies whose `X-Forwarded-For`, `X-Forwarded-Proto` and `X-Request-Id` are believed
    /// (docs/deployment.md#the-proxy).
    public var trustedProxies: TrustedProxies
    /// Run migrations when the service starts (the default: `swift run dcem serve` just works).
    public var migrateOnStart: Bool
    /// The address families reach the service at, for links in mails.
    public var publicURL: String = "http://127.0.0.1:8080"
    /// Rate limits on login, sign-up, reset and uploads; off only for benchmarks (refused in production).
    public var rateLimits: Bool = true
    /// How often the case scheduler looks for implicit refusals and uncollected documents.
    public var schedulerInterval: Duration = .seconds(60)
    /// PostgreSQL schema to work in (tests give each run its own); nil means the server's default.
    public var postgresSchema: String? = nil
    /// PostgreSQL connections each event loop may open (the pool's size is this × the loops).
    public var postgresConnectionsPerLoop: Int = 4
    /// How mails leave the outbox; `log` keeps them in the table only.
    public var mailTransport: MailTransportChoice
    /// The `From` address of every mail.
    public var mailFrom: String
    /// The sendmail program used by the `sendmail` transport.
    public var sendmailPath: String
    /// How often the mail worker looks for due mails.
    public var mailInterval: Duration
    /// A connection with no request under way is closed after this long.
    public var idleTimeout: Duration = .seconds(60)
    /// A request's head (request line and headers) must arrive whole within this long of its first byte.
    public var headerTimeout: Duration = .seconds(10)
    /// A request's body may pause this long at most while the service waits for it.
    public var bodyTimeout: Duration = .seconds(30)
    /// Connections served at once; beyond, a new one is answered 503 and closed (`ConnectionGuard`).
    public var maxConnections: Int = AppConfig.defaultMaxConnections(openFiles: AppConfig.openFileLimit())
    /// Password hashes that may wait for the password threads (one per core); beyond, logins get 503.
    public var passwordHashQueue: Int = 16
    /// How long a request waits for a database connection; beyond, it is answered 503 with
    /// Retry-After (docs/architecture.md#overload). Tests shorten it.
    public var databasePoolTimeout: Duration = .seconds(10)
    /// Seals the verification codes' private signing key in the database (docs/states.md#verification);
    /// nil: stored as is, protected by the database's access alone.
    public var signingKeySecret: String? = nil
    /// This instance's name in every log line, on its PostgreSQL connections (`application_name`)
    /// and in `X-DCEM-Instance`; nil: the host name and port (docs/deployment.md#instances).
    public var instanceName: String? = nil
    /// How long a keyed API request may go without its instance renewing its claim before another
    /// instance may run it again (`IdempotencyKeys`, docs/deployment.md#instances).
    public var idempotencyLease: Duration = .seconds(10)
    /// `DCEM_FILE_STORE`; nil: the database with PostgreSQL, the folder with SQLite (`fileStore`).
    public var fileStoreSetting: FileStoreChoice? = nil

    /// Where stored files live: the setting, or the database's default.
    public var fileStore: FileStoreChoice {
        if let fileStoreSetting { return fileStoreSetting }
        if case .postgres = database { return .database }
        return .folder
    }

    public init(
        environment: DeploymentEnvironment = .development,
        host: String = "127.0.0.1",
        port: Int = 8080,
        database: DatabaseChoice = .sqlite(path: "./var/dcem.sqlite"),
        dataDirectory: String = "./var",
        logLevel: Logger.Level = .info,
        bcryptCost: UInt8 = 12,
        trustedProxies: TrustedProxies = .none,
        migrateOnStart: Bool = true,
        mailTransport: MailTransportChoice = .log,
        mailFrom: String = "dcem@localhost",
        sendmailPath: String = "/usr/sbin/sendmail",
        mailInterval: Duration = .seconds(2)
    ) {
        self.environment = environment
        self.host = host
        self.port = port
        self.database = database
        self.dataDirectory = dataDirectory
        self.logLevel = logLevel
        self.bcryptCost = bcryptCost
        self.trustedProxies = trustedProxies
        self.migrateOnStart = migrateOnStart
        self.mailTransport = mailTransport
        self.mailFrom = mailFrom
        self.sendmailPath = sendmailPath
        self.mailInterval = mailInterval
    }

    /// The instance's name: `DCEM_INSTANCE`, or the host name and port.
    public var instance: String {
        instanceName ?? "\(Self.hostName()):\(port)"
    }

    /// The machine's name (`gethostname`, no DNS lookup), shortened to the characters an instance name may have.
    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "dcem" }
        let name = String(cString: buffer).filter { Self.isInstanceCharacter($0) }
        return name.isEmpty ? "dcem" : String(name.prefix(50))
    }

    /// Letters, digits and `.`, `_`, `-`, `:`: safe in a log line, a header and `application_name`.
    static func isInstanceCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isASCIIDigit || ".-_:".contains(character))
    }

    /// Session cookies carry `Secure` in production, where the service sits behind TLS.
    public var secureCookies: Bool { environment == .production }

    /// Every variable the service reads, with its default: the README's configuration table mirrors it.
    public static let keys: [(name: String, defaultValue: String, meaning: String)] = [
        ("DCEM_ENV", "development", "development (loopback only, /dev/mail open), test, or production (the only one that listens beyond loopback)"),
        ("HOST", "127.0.0.1", "address to listen on"),
        ("PORT", "8080", "port to listen on"),
        ("DATABASE_URL", "(unset: SQLite)", "postgres://user:password@host:port/database to use PostgreSQL"),
        ("DCEM_SQLITE_PATH", "./var/dcem.sqlite", "SQLite file when DATABASE_URL is unset"),
        ("DCEM_DATA_DIR", "./var", "where stored files live, outside any web root"),
        ("LOG_LEVEL", "info", "trace, debug, info, notice, warning, error or critical"),
        ("DCEM_BCRYPT_COST", "12", "Bcrypt cost, 4 to 31"),
        ("DCEM_TRUSTED_PROXIES", "(none)", "comma-separated proxy addresses and networks (10.0.0.5, 10.0.0.0/8, fd00::/8) whose X-Forwarded-For, X-Forwarded-Proto and X-Request-Id are believed"),
        ("DCEM_MIGRATE_ON_START", "true", "run migrations when serve starts"),
        ("DCEM_PUBLIC_URL", "http://HOST:PORT", "the service's public address, for links in mails (required in production)"),
        ("DCEM_RATE_LIMITS", "on", "on, or off for benchmarks and the crash test (refused in production)"),
        ("DCEM_MAIL_TRANSPORT", "log", "log (mails kept in the outbox table only) or sendmail"),
        ("DCEM_MAIL_FROM", "dcem@localhost", "From address of every mail (required in production with sendmail)"),
        ("DCEM_SENDMAIL_PATH", "/usr/sbin/sendmail", "the sendmail program of the sendmail transport"),
        ("DCEM_MAIL_INTERVAL_SECONDS", "2", "how often the mail worker looks for due mails (0.1 to 3600)"),
        ("DCEM_POSTGRES_CONNECTIONS_PER_LOOP", "4", "PostgreSQL connections per event loop (1 to 64): the pool is this times the CPU cores"),
        ("DCEM_SCHEDULER_INTERVAL_SECONDS", "60", "how often implicit refusals and uncollected documents are looked for (1 to 86400)"),
        ("DCEM_IDLE_TIMEOUT_SECONDS", "60", "a connection with no request under way is closed after this long (1 to 3600)"),
        ("DCEM_HEADER_TIMEOUT_SECONDS", "10", "a request's head must arrive whole within this long of its first byte, or the connection is closed (1 to 300)"),
        ("DCEM_BODY_TIMEOUT_SECONDS", "30", "longest pause in a request's body while it is awaited before the connection is closed (1 to 3600)"),
        ("DCEM_MAX_CONNECTIONS", "(ulimit -n − 64) ÷ 2, at most 1024", "connections served at once; beyond, 503 with Retry-After (1 to what the open-file limit allows)"),
        ("DCEM_PASSWORD_HASH_QUEUE", "16", "password checks that may wait for the password threads (0 to 10000); beyond, 503 with Retry-After"),
        ("DCEM_INSTANCE", "(host name:port)", "this instance's name in log lines, PostgreSQL's application_name and X-DCEM-Instance (1 to 63 letters, digits, . _ - :)"),
        ("DCEM_IDEMPOTENCY_LEASE_SECONDS", "10", "a keyed API request whose instance stopped renewing its claim this long ago may run again elsewhere (2 to 600)"),
        ("DCEM_FILE_STORE", "database with PostgreSQL, folder with SQLite", "where stored files live: database (tables of the database) or folder (DCEM_DATA_DIR/files, with PostgreSQL a folder every instance shares)"),
        ("DCEM_SIGNING_KEY_SECRET", "(unset: the key is stored as is)", "at least 32 characters that seal the verification codes' private signing key in the database; the same on every instance and for dcem keys"),
    ]

    /// Only production listens beyond this machine: development serves every mail, temporary
    /// passwords included, at `/dev/mail`, and neither it nor test has production's guards
    /// (Secure cookies, rate limits always on, a real Bcrypt cost, a public URL) — so an
    /// address that is not loopback without `DCEM_ENV=production` is a forgotten setting.
    public var listeningProblem: String? {
        guard environment != .production, !Self.isLoopback(host) else { return nil }
        return "\(host) is not a loopback address: only DCEM_ENV=production listens beyond this machine " +
            "(DCEM_ENV is \(environment.rawValue), which is for one machine only). " +
            "Set DCEM_ENV=production with its settings, or listen on 127.0.0.1."
    }

    /// `localhost`, 127.0.0.0/8 or ::1 (an IPv4 address written in IPv6 included).
    public static func isLoopback(_ host: String) -> Bool {
        let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if name.lowercased() == "localhost" { return true }
        var v4 = in_addr()
        if inet_pton(AF_INET, name, &v4) == 1 {
            return UInt32(bigEndian: v4.s_addr) >> 24 == 127
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, name, &v6) == 1 else { return false }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] == 1 { return true }
        // ::ffff:127.x.y.z
        return bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF && bytes[12] == 127
    }

    /// The process's soft limit on open files (`ulimit -n`), nil when it can not be read.
    public static func openFileLimit() -> Int? {
        var limit = rlimit()
        #if os(Linux)
        let status = getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        #else
        let status = getrlimit(RLIMIT_NOFILE, &limit)
        #endif
        guard status == 0 else { return nil }
        return Int(clamping: limit.rlim_cur)
    }

    /// Open files kept for the database, stored files, logs and the listening socket.
    static let reservedFiles = 64

    /// Each served connection is a file, and as many again may be open to be answered 503: the
    /// most that leaves `reservedFiles` for the rest.
    static func mostConnections(openFiles: Int?) -> Int {
        guard let openFiles else { return 1024 }
        return max(1, (openFiles - reservedFiles) / 2)
    }

    static func defaultMaxConnections(openFiles: Int?) -> Int {
        min(1024, mostConnections(openFiles: openFiles))
    }
}

/// Every problem found in the environment, reported together.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    public var problems: [String]
    public var description: String {
        "Invalid configuration:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}

extension AppConfig {
    /// Reads the settings from environment variables (normally `ProcessInfo.processInfo.environment`).
    public init(environment env: [String: String]) throws(ConfigurationError) {
        try self.init(environment: env, openFiles: Self.openFileLimit())
    }

    /// The same, with the open-file limit given (tests), which bounds `DCEM_MAX_CONNECTIONS`.
    init(environment env: [String: String], openFiles: Int?) throws(ConfigurationError) {
        var problems: [String] = []
        var config = AppConfig()
        config.maxConnections = Self.defaultMaxConnections(openFiles: openFiles)

        if let raw = env["DCEM_ENV"] {
            if let value = DeploymentEnvironment(rawValue: raw) {
                config.environment = value
            } else {
                problems.append("DCEM_ENV must be one of development, test, production (got \"\(raw)\")")
            }
        }
        if let host = env["HOST"] {
            if host.isEmpty { problems.append("HOST must not be empty") } else { config.host = host }
        }
        if let raw = env["PORT"] {
            if let port = Int(raw), (0...65535).contains(port) {
                config.port = port
            } else {
                problems.append("PORT must be a number from 0 to 65535 (got \"\(raw)\")")
            }
        }
        if let dataDir = env["DCEM_DATA_DIR"], !dataDir.isEmpty {
            config.dataDirectory = dataDir
        }
        if let url = env["DATABASE_URL"], !url.isEmpty {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                config.database = .postgres(url: url)
            } else {
                problems.append("DATABASE_URL must start with postgres:// or postgresql://")
            }
        } else if let path = env["DCEM_SQLITE_PATH"], !path.isEmpty {
            config.database = .sqlite(path: path)
        } else {
            config.database = .sqlite(path: (config.dataDirectory as NSString).appendingPathComponent("dcem.sqlite"))
        }
        if let raw = env["LOG_LEVEL"] {
            if let level = Logger.Level(rawValue: raw.lowercased()) {
                config.logLevel = level
            } else {
                problems.append("LOG_LEVEL must be one of trace, debug, info, notice, warning, error, critical (got \"\(raw)\")")
            }
        }
        if let raw = env["DCEM_BCRYPT_COST"] {
            if let cost = UInt8(raw), (4...31).contains(cost) {
                config.bcryptCost = cost
            } else {
                problems.append("DCEM_BCRYPT_COST must be a number from 4 to 31 (got \"\(raw)\")")
            }
        }
        if let raw = env["DCEM_TRUSTED_PROXIES"] {
            switch TrustedProxies.parse(raw) {
            case .success(let proxies): config.trustedProxies = proxies
            case .failure(let error): problems += error.problems
            }
        }
        if let raw = env["DCEM_INSTANCE"], !raw.isEmpty {
            if raw.count <= 63, raw.allSatisfy(Self.isInstanceCharacter) {
                config.instanceName = raw
            } else {
                problems.append("DCEM_INSTANCE must be 1 to 63 letters, digits, '.', '_', '-' or ':' (got \"\(raw)\")")
            }
        }
        if let raw = env["DCEM_IDEMPOTENCY_LEASE_SECONDS"] {
            if let seconds = Double(raw), (2...600).contains(seconds) {
                config.idempotencyLease = .milliseconds(Int((seconds * 1000).rounded()))
            } else {
                problems.append("DCEM_IDEMPOTENCY_LEASE_SECONDS must be a number of seconds from 2 to 600 (got \"\(raw)\")")
            }
        }
        if let raw = env["DCEM_MIGRATE_ON_START"] {
            switch raw.lowercased() {
            case "true", "1", "yes": config.migrateOnStart = true
            case "false", "0", "no": config.migrateOnStart = false
            default: problems.append("DCEM_MIGRATE_ON_START must be true or false (got \"\(raw)\")")
            }
        }
        if let raw = env["DCEM_PUBLIC_URL"], !raw.isEmpty {
            if let url = URL(string: raw), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil {
                config.publicURL = raw.hasSuffix("/") ? String(raw.dropLast()) : raw
            } else {
                problems.append("DCEM_PUBLIC_URL must be an http:// or https:// address (got \"\(raw)\")")
            }
        } else {
            config.publicURL = "http://\(config.host):\(config.port)"
            if config.environment == .production { problems.append("DCEM_PUBLIC_URL must be set in production") }
        }
        if let raw = env["DCEM_RATE_LIMITS"] {
            switch raw.lowercased() {
            case "on", "true", "1": config.rateLimits = true
            case "off", "false", "0": config.rateLimits = false
            default: problems.append("DCEM_RATE_LIMITS must be on or off (got \"\(raw)\")")
            }
        }
        if config.environment == .production, !config.rateLimits {
            problems.append("DCEM_RATE_LIMITS can not be off in production")
        }
        if let raw = env["DCEM_MAIL_TRANSPORT"] {
            if let transport = MailTransportChoice(rawValue: raw.lowercased()) {
                config.mailTransport = transport
            } else {
                problems.append("DCEM_MAIL_TRANSPORT must be log or sendmail (got \"\(raw)\")")
            }
        }
        if let raw = env["DCEM_MAIL_FROM"], !raw.isEmpty {
            // It becomes a header line: a line break in it would let it write other headers.
            if raw.contains("@"), !raw.contains(where: \.isNewline) {
                config.mailFrom = raw
            } else {
                problems.append("DCEM_MAIL_FROM must be a mail address on one line (got \"\(raw)\")")
            }
        } else if config.environment == .production, config.mailTransport == .sendmail {
            problems.append("DCEM_MAIL_FROM is required in production when DCEM_MAIL_TRANSPORT is sendmail")
        }
        if let raw = env["DCEM_SENDMAIL_PATH"] {
            if raw.hasPrefix("/") {
                config.sendmailPath = raw
            } else {
                problems.append("DCEM_SENDMAIL_PATH must be an absolute path (got \"\(raw)\")")
            }
        }
        if let raw = env["DCEM_MAIL_INTERVAL_SECONDS"] {
            if let seconds = Double(raw), (0.1...3600).contains(seconds) {
                config.mailInterval = .milliseconds(Int((seconds * 1000).rounded()))
            } else {
                problems.append("DCEM_MAIL_INTERVAL_SECONDS must be a number of seconds from 0.1 to 3600 (got \"\(raw)\")")
            }
        }
        if let raw = env["DCEM_POSTGRES_CONNECTIONS_PER_LOOP"] {
            if let count = Int(raw), (1...64).contains(count) {
                config.postgresConnectionsPerLoop = count
            } else {
                problems.append("DCEM_POSTGRES_CONNECTIONS_PER_LOOP must be a whole number from 1 to 64 (got \"\(raw)\")")
            }
        }
        if let raw = env["DCEM_SCHEDULER_INTERVAL_SECONDS"] {
            if let seconds = Double(raw), (1...86400).contains(seconds) {
                config.schedulerInterval = .milliseconds(Int((seconds * 1000).rounded()))
            } else {
                problems.append("DCEM_SCHEDULER_INTERVAL_SECONDS must be a number of seconds from 1 to 86400 (got \"\(raw)\")")
            }
        }
        func seconds(_ key: String, _ range: ClosedRange<Double>, _ apply: (Duration) -> Void) {
            guard let raw = env[key] else { return }
            if let seconds = Double(raw), range.contains(seconds) {
                apply(.milliseconds(Int((seconds * 1000).rounded())))
            } else {
                problems.append("\(key) must be a number of seconds from \(Int(range.lowerBound)) to \(Int(range.upperBound)) (got \"\(raw)\")")
            }
        }
        seconds("DCEM_IDLE_TIMEOUT_SECONDS", 1...3600) { config.idleTimeout = $0 }
        seconds("DCEM_HEADER_TIMEOUT_SECONDS", 1...300) { config.headerTimeout = $0 }
        seconds("DCEM_BODY_TIMEOUT_SECONDS", 1...3600) { config.bodyTimeout = $0 }
        if let raw = env["DCEM_MAX_CONNECTIONS"] {
            let most = Self.mostConnections(openFiles: openFiles)
            if let count = Int(raw), (1...most).contains(count) {
                config.maxConnections = count
            } else {
                let files = openFiles.map { " with \($0) open files (ulimit -n)" } ?? ""
                problems.append("DCEM_MAX_CONNECTIONS must be a whole number from 1 to \(most)\(files) (got \"\(raw)\")")
            }
        }
        if let raw = env["DCEM_PASSWORD_HASH_QUEUE"] {
            if let count = Int(raw), (0...10_000).contains(count) {
                config.passwordHashQueue = count
            } else {
                problems.append("DCEM_PASSWORD_HASH_QUEUE must be a whole number from 0 to 10000 (got \"\(raw)\")")
            }
        }
        if let raw = env["DCEM_SIGNING_KEY_SECRET"], !raw.isEmpty {
            if raw.utf8.count >= 32 {
                config.signingKeySecret = raw
            } else {
                problems.append("DCEM_SIGNING_KEY_SECRET must be at least 32 characters long")
            }
        }
        if let raw = env["DCEM_FILE_STORE"], !raw.isEmpty {
            if let choice = FileStoreChoice(rawValue: raw.lowercased()) {
                config.fileStoreSetting = choice
            } else {
                problems.append("DCEM_FILE_STORE must be database or folder (got \"\(raw)\")")
            }
        }
        if config.environment == .production, config.bcryptCost < 10 {
            problems.append("DCEM_BCRYPT_COST must be at least 10 in production")
        }
        guard problems.isEmpty else { throw ConfigurationError(problems: problems) }
        self = config
    }
}
