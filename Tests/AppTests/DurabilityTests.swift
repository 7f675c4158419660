import FluentKit
import Foundation
import SQLKit
import Testing

@testable import App

/// SQLite's settings for commits acknowledged to a user (README.md, "Durability").
@Suite struct DurabilityTests {
    @Test func sqliteWritesInWALWithFullSynchronousCommits() async throws {
        try await withTestSite { site in
            guard case .sqlite = site.database.kind, let sql = site.db as? any SQLDatabase else { return }  // PostgreSQL keeps its defaults
            // when
            let mode = try await sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
            let synchronous = try await sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self)
            // then: 2 is FULL
            #expect(mode == "wal")
            #expect(synchronous == 2)
        }
    }
}
