import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// Owns the database connections: SQLite by default, PostgreSQL when `DATABASE_URL` is set.
///
/// Both go through FluentKit, so models and migrations are shared. As a `Service`, it closes the
/// connections when the application shuts down.
public struct DatabaseService: Service {
    public let databases: Databases
    public let migrations: Migrations
    public let kind: DatabaseChoice
    /// The PostgreSQL schema worked in, nil for the server's default.
    let schema: String?
    let logger: Logger
    /// SQLite writes on one event loop, hence one connection: transactions queue one behind the
    /// other instead of failing with SQLITE_BUSY (docs/architecture.md#sqlite-writes).
    /// Plain reads use read-only connections beside it (`SQLiteReadRouting`).
    let sqliteLoop: (any EventLoop)?

    public init(config: AppConfig, logger: Logger) throws {
        // Query logging would write bound values (addresses, mail text…) to the process log, which
        // carries ids and counts only: SQLite's query log is off, PostgreSQL's (trace) and FluentKit's
        // ("Running query", with its input, at debug) stay below this logger's level.
        var logger = logger
        logger.logLevel = max(logger.logLevel, .info)
        self.logger = logger
        self.kind = config.database
        self.schema = config.postgresSchema
        self.databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        if case .sqlite = config.database {
            self.sqliteLoop = MultiThreadedEventLoopGroup.singleton.next()
        } else {
            self.sqliteLoop = nil
        }
        let poolTimeout = ConnectionLimits.amount(config.databasePoolTimeout)
        switch config.database {
        case .sqlite(let path):
            // The file and its folder hold every family's answers: 0600 and 0700, never the umask's
            // world-readable default. The `-wal` and `-shm` files get the database file's mode.
            if path != ":memory:", !path.hasPrefix("file:") {
                try PrivatePaths.makeDirectory((path as NSString).deletingLastPathComponent)
                try PrivatePaths.restrictFile(path)
                for journal in [path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: journal) {
                    try PrivatePaths.restrictFile(journal)
                }
            }
            databases.use(
                .sqlite(.init(storage: .file(path: path), enableForeignKeys: true), maxConnectionsPerEventLoop: 1,
                        connectionPoolTimeout: poolTimeout, sqlLogLevel: nil),
                as: .sqlite
            )
            // The same file opened read-only (`mode=ro`), one connection per event loop: reads run
            // beside the writer (WAL) instead of queueing behind it. Opened on first use, after
            // the writer has created and migrated the file.
            databases.use(
                .sqlite(.init(storage: .file(path: Self.readOnlyURI(path)), enableForeignKeys: true), connectionPoolTimeout: poolTimeout, sqlLogLevel: nil),
                as: .sqliteReader, isDefault: false
            )
        case .postgres(let url):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema = config.postgresSchema {
                configuration.searchPath = [schema]
            }
            // The instance's name on each of its connections (`pg_stat_activity.application_name`,
            // and `%a` in PostgreSQL's log_line_prefix): several instances share one server.
            configuration.coreConfiguration.options.additionalStartupParameters.append(("application_name", config.instance))
            databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: config.postgresConnectionsPerLoop,
                                   connectionPoolTimeout: poolTimeout, sqlLogLevel: .trace), as: .psql)
        }
        // Every case event is chained to the one before it, whatever code writes it.
        databases.middleware.use(EventChainMiddleware(), on: sqliteLoop == nil ? .psql : .sqlite)
        self.migrations = Migrations()
        migrations.add(AllMigrations.list)
    }

    /// A database handle for one unit of work. With SQLite, plain reads go to a read-only
    /// connection and everything else to the one writer (`SQLiteReadRouting`).
    public var db: any Database {
        guard let sqliteLoop else { return databases.database(logger: logger, on: databases.eventLoopGroup.any())! }
        let writer = databases.database(.sqlite, logger: logger, on: sqliteLoop)!
        let reader = databases.database(.sqliteReader, logger: logger, on: databases.eventLoopGroup.any())!
        return SQLiteReadRouting(writer: writer, reader: reader) ?? writer
    }

    /// `path` as an SQLite URI that opens it read-only (SQLiteNIO opens with `SQLITE_OPEN_URI`).
    static func readOnlyURI(_ path: String) -> String {
        URL(fileURLWithPath: path, isDirectory: false).absoluteString + "?mode=ro"
    }

    /// Brings the schema up to date; safe to run on every start and from several instances at once.
    ///
    /// With PostgreSQL the migrations run under an advisory lock, taken on a connection of its own
    /// (outside the pool, whose connections the migrations use) and held until they are done: the
    /// instances that start together wait for the first, then find nothing left to do. A process
    /// that dies holding it ends its connection, which releases the lock.
    public func migrate() async throws {
        try await prepareConnection()
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: databases.eventLoopGroup.any())
        guard case .postgres(let url) = kind else {
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            return
        }
        try await Self.withMigrationLock(url: url, schema: schema, logger: logger) {
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
        }
    }

    /// The advisory lock's two keys: one for dcem's migrations, one for the schema they run in
    /// (tests give each run a schema of its own on one database: theirs do not wait for each other).
    static let migrationLockClass: Int32 = 0x6463_656D  // "dcem"

    static func migrationLockKey(schema: String?) -> Int32 {
        // FNV-1a: the same on every instance and every run, unlike Swift's seeded hashing.
        var hash: UInt32 = 2_166_136_261
        for byte in (schema ?? "").utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int32(bitPattern: hash)
    }

    static func withMigrationLock(url: String, schema: String?, logger: Logger, _ body: () async throws -> Void) async throws {
        let configuration = try SQLPostgresConfiguration(url: url)
        let connection = try await PostgresConnection.connect(configuration: configuration.coreConfiguration, id: 0, logger: logger)
        do {
            let key = migrationLockKey(schema: schema)
            try await connection.query("SELECT pg_advisory_lock(\(migrationLockClass), \(key))", logger: logger)
            do {
                try await body()
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(migrationLockClass), \(key))", logger: logger)
                throw error
            }
            try await connection.query("SELECT pg_advisory_unlock(\(migrationLockClass), \(key))", logger: logger)
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }

    /// SQLite's durability settings, on the one connection the service writes through: WAL lets
    /// readers work while a writer commits (kept in the file); `synchronous=FULL` makes every
    /// acknowledged commit survive a crash or a power cut (README.md, "Durability").
    public func prepareConnection() async throws {
        guard case .sqlite = kind, let sql = db as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
        try await sql.raw("PRAGMA synchronous=FULL").run()
    }

    /// True when the database answers a trivial query (for `/health/ready`).
    public func isReachable() async -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        do {
            try await sql.raw("SELECT 1").run()
            return true
        } catch {
            return false
        }
    }

    /// Opens the database for one command's work and closes it whatever happens.
    package static func using<Value>(_ config: AppConfig, logger: Logger, _ body: (DatabaseService) async throws -> Value) async throws -> Value {
        let database = try DatabaseService(config: config, logger: logger)
        do {
            let value = try await body(database)
            await database.databases.shutdownAsync()
            return value
        } catch {
            await database.databases.shutdownAsync()
            throw error
        }
    }

    /// One administrative statement (a schema created or dropped around a test run or a
    /// benchmark) on the PostgreSQL server of `url`, through a connection of its own.
    package static func execute(_ statement: String, onPostgres url: String, logger: Logger = Logger(label: "dcem.admin")) async throws {
        try await using(AppConfig(database: .postgres(url: url)), logger: logger) { admin in
            try await (admin.db as! any SQLDatabase).raw(SQLQueryString(statement)).run()
        }
    }

    public func run() async throws {
        try? await gracefulShutdown()
        await databases.shutdownAsync()
    }
}
