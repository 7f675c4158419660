import FluentKit

/// The schema's history, in order. Append only: a migration that has run is never edited.
enum AllMigrations {
    static let list: [any Migration] = [
        M001_CreateSessions(),
        M002_CreateMailOutbox(),
        M003_CreateUsers(),
        M004_CreateRateLimits(),
        M005_CreateDossiers(),
        M006_IndexDossiers(),
        M009_CreateAgents(),
        M010_QueueColumns(),
    ]
}
