import Hummingbird

/// Liveness (the process answers) and readiness (the database answers), for load balancers.
struct HealthController {
    let database: DatabaseService

    func register(on router: Router<AppRequestContext>) {
        router.get(SiteURL.healthLive.route) { _, _ in
            APIError.json(#"{"status":"live"}"#)
        }
        router.get(SiteURL.healthReady.route) { _, _ in
            await database.isReachable()
                ? APIError.json(#"{"status":"ready"}"#)
                : APIError.json(#"{"status":"database unreachable"}"#, status: .serviceUnavailable)
        }
        // The benchmark's baseline: a few bytes, no database, no session
        // (docs/architecture.md#test-settings).
        router.get(SiteURL.plaintext.route) { _, _ in
            "Hello, World!"
        }
    }
}
