import DCEMRules
import FluentKit
import SQLKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import App

/// The instant route tests run at: 2026-11-25 10:00 in Paris.
let testNow = Date(timeIntervalSince1970: 1_795_597_200)

/// The instant `day` whole days after `testNow` (25 November 2026), at the same hour: the clock of
/// a scheduler or a workflow running on that day.
func testInstant(on day: CivilDate) -> Date {
    testNow.addingTimeInterval(Double(CivilDate(year: 2026, month: 11, day: 25)!.daysUntil(day)) * 86400)
}

/// For the services tests build themselves: the output stays the test runner's.
let quietLogger: Logger = {
    var logger = Logger(label: "tests")
    logger.logLevel = .critical
    return logger
}()

/// Builds the real application on a fresh database — SQLite in a temporary file, or, when
/// `DATABASE_URL` is set (as in CI's second run), a PostgreSQL schema of its own — runs the
/// migrations, and hands a test client to `body`. The database is dropped afterwards.
func withTestApp<Value: Sendable>(
    now: Date = testNow,
    configure: (inout AppConfig) -> Void = { _ in },
    _ body: @Sendable (any TestClientProtocol) async throws -> Value
) async throws -> Value {
    try await withTestConfig(configure: configure) { config in
        let app = try await buildApplication(config, dependencies: .init(now: { now }))
        return try await app.test(.router, body)
    }
}

/// `withTestApp`, also handing `body` a handle on the application's database (to seed it or read
/// it back) and letting the test change the dependencies (a recording mail transport).
func withTestAppAndDatabase<Value: Sendable>(
    now: Date = testNow,
    configure: (inout AppConfig) -> Void = { _ in },
    dependencies change: (inout AppDependencies) -> Void = { _ in },
    _ body: @Sendable (any TestClientProtocol, DatabaseService) async throws -> Value
) async throws -> Value {
    var dependencies = AppDependencies(now: { now })
    change(&dependencies)
    return try await withTestConfig(configure: configure) { [dependencies] config in
        // The app's own database: it closes it when the test ends. It logs where the app logs
        // when a test gives the app a logger (to capture its output).
        let database = try DatabaseService(config: config, logger: dependencies.logger ?? quietLogger)
        var shared = dependencies
        shared.database = database
        let app: any ApplicationProtocol
        do {
            app = try await buildApplication(config, dependencies: shared)
        } catch {
            await database.databases.shutdownAsync()
            throw error
        }
        return try await app.test(.router) { client in try await body(client, database) }
    }
}

/// The running test application with a handle on its database, to read what a page can not show
/// (the outbox, the events) and to play the parts that have no pages yet.
struct TestSite: Sendable {
    let client: any TestClientProtocol
    let database: DatabaseService
    let config: AppConfig

    var db: any Database { database.db }

    func browser() -> Browser { Browser(client) }

    /// A mail sent to `recipient`, of one kind when given (tests run at a fixed instant, so
    /// mails can not be told apart by time).
    func lastMail(to recipient: String, kind: String? = nil) async throws -> OutboxMail? {
        var query = OutboxMail.query(on: db).filter(\.$recipient == recipient)
        if let kind { query = query.filter(\.$kind == kind) }
        return try await query.all().last
    }

    func mails(to recipient: String) async throws -> [OutboxMail] {
        try await OutboxMail.query(on: db).filter(\.$recipient == recipient).sort(\.$createdAt).all()
    }
}

/// The application with a handle on its database, as a `TestSite`.
func withTestSite<Value: Sendable>(
    now: Date = testNow,
    configure: (inout AppConfig) -> Void = { _ in },
    dependencies change: (inout AppDependencies) -> Void = { _ in },
    _ body: @Sendable (TestSite) async throws -> Value
) async throws -> Value {
    // What the test changed, for the settings it reads back (the public address in mails).
    var settings = AppConfig(environment: .test)
    configure(&settings)
    // The data folder the app was given (a fresh one per test), so a test can store files where the app reads them.
    let dataDirectory = DataDirectory()
    return try await withTestAppAndDatabase(now: now, configure: { config in
        configure(&config)
        dataDirectory.path = config.dataDirectory
    }, dependencies: change) { [settings] client, database in
        var settings = settings
        settings.dataDirectory = dataDirectory.path
        return try await body(TestSite(client: client, database: database, config: settings))
    }
}

/// The app's data folder, read once the test's configuration is made.
private final class DataDirectory: @unchecked Sendable {
    var path = ""
}

/// A migrated database of its own, without the HTTP layer (the mail worker's tests).
func withTestDatabase<Value: Sendable>(
    configure: (inout AppConfig) -> Void = { _ in },
    _ body: (DatabaseService) async throws -> Value
) async throws -> Value {
    try await withTestConfig(configure: configure) { config in
        try await DatabaseService.using(config, logger: quietLogger) { database in
            try await database.migrate()
            return try await body(database)
        }
    }
}

/// The test configuration (environment `test`, Bcrypt cost 4) on a database of its own: a SQLite
/// file in a temporary directory, or a PostgreSQL schema when `DATABASE_URL` is set; dropped afterwards.
func withTestConfig<Value: Sendable>(
    configure: (inout AppConfig) -> Void = { _ in },
    _ body: (AppConfig) async throws -> Value
) async throws -> Value {
    var config = AppConfig(environment: .test, logLevel: .warning, bcryptCost: 4)
    // The application's own mail worker stays asleep: tests read mails from the outbox, where a
    // delivered mail carrying a temporary password keeps no text. The worker's tests drive it.
    config.mailInterval = .seconds(3600)
    // The application's own scheduler passes once at start, then sleeps: a test that drives the
    // scheduler itself (`runOnce` on its day) is not raced by a second pass when a loaded machine
    // makes the test last past a minute.
    config.schedulerInterval = .seconds(3600)
    let cleanup: @Sendable () async throws -> Void
    if let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty {
        let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await DatabaseService.execute("CREATE SCHEMA \(schema)", onPostgres: url, logger: Logger(label: "tests"))
        config.database = .postgres(url: url)
        config.postgresSchema = schema
        // Hundreds of tests run at once against one server: each app keeps a small pool.
        config.postgresConnectionsPerLoop = 1
        cleanup = { try await DatabaseService.execute("DROP SCHEMA \(schema) CASCADE", onPostgres: url, logger: Logger(label: "tests")) }
    } else {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-tests-\(UUID().uuidString)")
        config.database = .sqlite(path: directory.appendingPathComponent("dcem.sqlite").path)
        config.dataDirectory = directory.path
        cleanup = { try? FileManager.default.removeItem(at: directory) }
    }
    configure(&config)
    do {
        let value = try await body(config)
        try await cleanup()
        return value
    } catch {
        try? await cleanup()
        throw error
    }
}

enum TestDatabase {
    static var isPostgres: Bool { !(ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty }
}

/// A browser-like visitor: keeps cookies between requests and reads the CSRF token from forms.
actor Browser {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    struct Page: Sendable {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: String

        var location: String? { headers[.location] }

        /// The CSRF token of the first form on the page.
        var csrfToken: String? {
            guard let range = body.range(of: #"name="_csrf" value=""#) else { return nil }
            return String(body[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    func get(_ path: String, headers: HTTPFields = [:]) async throws -> Page {
        try await send(.get, path, headers: headers, body: nil)
    }

    /// Posts a form, adding the page's CSRF token unless `csrf` is given explicitly.
    func post(_ path: String, form: [(String, String)], csrf: String? = nil) async throws -> Page {
        let encoded = form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        let body = (csrf.map { "_csrf=\(Self.encode($0))&" } ?? "") + encoded
        return try await send(.post, path, headers: [.contentType: "application/x-www-form-urlencoded"], body: body)
    }

    /// Posts a multipart form with one file, as a browser's upload form does (the token in the address).
    func upload(_ path: String, fields: [(String, String)] = [], fileName: String, type: String, bytes: [UInt8], csrf: String?) async throws -> Page {
        let boundary = "----dcemtest\(UUID().uuidString.prefix(8))"
        var body = ByteBuffer()
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: \(type)\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        let separator = path.contains("?") ? "&" : "?"
        let uri = path + (csrf.map { "\(separator)_csrf=\($0)" } ?? "")
        return try await send(.post, uri, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], buffer: body)
    }

    /// A download: the status, the headers and the body's bytes as they came.
    func download(_ path: String) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, bytes: [UInt8]) {
        var headers = HTTPFields()
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")
        }
        let response = try await client.execute(uri: path, method: .get, headers: headers, body: nil)
        return (response.status, response.headers, Array(response.body.readableBytesView))
    }

    private func send(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields, body: String?) async throws -> Page {
        try await send(method, path, headers: headers, buffer: body.map { ByteBuffer(string: $0) })
    }

    private func send(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields, buffer: ByteBuffer?) async throws -> Page {
        var headers = headers
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")
        }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: buffer)
        for setCookie in response.headers[values: .setCookie] {
            let pair = setCookie.split(separator: ";").first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            // Read the attributes only: a random cookie value may well contain "1970".
            let attributes = setCookie.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
            if attributes.contains(where: { $0 == "Max-Age=0" || ($0.hasPrefix("Expires=") && $0.contains("1970")) }) {
                cookies[String(parts[0])] = nil
            } else {
                cookies[String(parts[0])] = String(parts[1])
            }
        }
        return Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
