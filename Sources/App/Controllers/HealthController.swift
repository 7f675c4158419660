import FluentKit
import Foundation
import Hummingbird
import SQLKit

/// Liveness (the process answers) and readiness (this instance can serve), for load balancers.
struct HealthController {
    let readiness: Readiness

    func register(on router: Router<AppRequestContext>) {
        router.get(SiteURL.healthLive.route) { _, _ in
            APIError.json(#"{"status":"live"}"#)
        }
        router.get(SiteURL.healthReady.route) { _, _ in
            let missing = await readiness.missing()
            guard !missing.isEmpty else { return APIError.json(#"{"status":"ready"}"#) }
            let list = missing.map { "\"\($0.rawValue)\"" }.joined(separator: ",")
            return APIError.json(#"{"status":"not ready","missing":["# + list + "]}", status: .serviceUnavailable)
        }
        // The benchmark's baseline: a few bytes, no database, no session
        // (docs/architecture.md#test-settings).
        router.get(SiteURL.plaintext.route) { _, _ in
            "Hello, World!"
        }
    }
}

/// What `/health/ready` checks (docs/file-store.md#readiness): the database answers, its schema
/// is the one this binary expects (the last of `AllMigrations` is recorded), and the file store
/// takes a small write, read back and removed. Load balancers poll it: an answer is kept for
/// `ttl`, and polls that arrive meanwhile share it.
actor Readiness {
    enum Missing: String, Sendable {
        /// The database does not answer.
        case database
        /// No migration table, or the last migration this binary knows is not recorded.
        case schema
        /// The store can not be written and read back, or (a shared folder) is not the shared one.
        case fileStore = "file store"
    }

    let database: @Sendable () -> any Database
    let files: any FileStorage
    let marker: FolderMarker?
    let expectedMigration: String
    let ttl: Duration
    private var last: (at: ContinuousClock.Instant, missing: [Missing])?
    private var running: Task<[Missing], Never>?

    init(database: @escaping @Sendable () -> any Database, files: any FileStorage, marker: FolderMarker?,
         expectedMigration: String = AllMigrations.list.last!.name, ttl: Duration = .seconds(1)) {
        self.database = database
        self.files = files
        self.marker = marker
        self.expectedMigration = expectedMigration
        self.ttl = ttl
    }

    func missing() async -> [Missing] {
        let now = ContinuousClock.now
        if let last, now - last.at < ttl { return last.missing }
        if let running { return await running.value }
        let task = Task { await self.check() }
        running = task
        let missing = await task.value
        last = (ContinuousClock.now, missing)
        running = nil
        return missing
    }

    private func check() async -> [Missing] {
        guard let sql = database() as? any SQLDatabase else { return [.database] }
        do {
            try await sql.raw("SELECT 1").run()
        } catch {
            return [.database]
        }
        var missing: [Missing] = []
        do {
            let row = try await sql.raw("SELECT name FROM \(ident: "_fluent_migrations") WHERE name = \(bind: expectedMigration)").first()
            if row == nil { missing.append(.schema) }
        } catch {
            missing.append(.schema)
        }
        do {
            try await files.probe()
            try await marker?.check()
        } catch {
            missing.append(.fileStore)
        }
        return missing
    }
}
