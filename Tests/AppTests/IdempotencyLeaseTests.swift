import FluentKit
import Foundation
import Testing

@testable import App

/// A keyed API request's claim is a lease: renewed while its request runs, taken over once its
/// instance stopped renewing it (killed, its machine lost) — after seconds, not a minute
/// (docs/deployment.md#instances). On each database.
@Suite struct IdempotencyLeaseTests {
    /// The claim's outcome, named.
    static func claim(_ keys: IdempotencyKeys, _ user: UUID, at seconds: TimeInterval) async -> String {
        do {
            return switch try await claimRecord(keys, user, at: seconds) {
            case .claimed: "claimed"
            case .inProgress: "in progress"
            case .done: "done"
            case .mismatch: "mismatch"
            }
        } catch {
            return "failed: \(error)"
        }
    }

    static func claimRecord(_ keys: IdempotencyKeys, _ user: UUID, at seconds: TimeInterval) async throws -> IdempotencyKeys.Claim {
        try await keys.claim(userID: user, key: "file-1", method: "POST", path: "/api/v1/dossiers/x/file", bodySHA256: "00",
                             now: testNow.addingTimeInterval(seconds))
    }

    @Test func aClaimNotRenewedIsTakenOverAfterTheLease() async throws {
        try await withTestDatabase { database in
            let keys = IdempotencyKeys(database: { database.db }, lease: .seconds(10))
            let user = UUID()
            // given: a request claimed at 0 s by an instance that then died
            #expect(await Self.claim(keys, user, at: 0) == "claimed")
            // then: a retry within the lease waits (409 after the middleware's wait)…
            #expect(await Self.claim(keys, user, at: 5) == "in progress")
            #expect(await Self.claim(keys, user, at: 10) == "in progress")
            // …and one after it runs the request again
            #expect(await Self.claim(keys, user, at: 10.5) == "claimed")
        }
    }

    @Test func aRenewedClaimIsNeverTakenOver() async throws {
        try await withTestDatabase { database in
            let keys = IdempotencyKeys(database: { database.db }, lease: .seconds(10))
            let user = UUID()
            guard case .claimed(let record) = try await Self.claimRecord(keys, user, at: 0) else {
                Issue.record("not claimed")
                return
            }
            // given: the running request renews its claim every few seconds, for much longer than the lease
            for second in stride(from: 3.0, through: 60, by: 3) {
                try await keys.renew(record, now: testNow.addingTimeInterval(second))
                // then: no retry runs it meanwhile
                #expect(await Self.claim(keys, user, at: second + 2) == "in progress", "at \(second + 2) s")
            }
            // and: once it is over, its answer is replayed, and a late renewal does not reopen it
            try await keys.complete(record, status: 200, headers: [], body: Array("{}".utf8))
            try await keys.renew(record, now: testNow.addingTimeInterval(61))
            #expect(await Self.claim(keys, user, at: 200) == "done")
        }
    }

    @Test func theLeaseIsConfigurable() throws {
        #expect(try AppConfig(environment: [:]).idempotencyLease == .seconds(10))
        #expect(try AppConfig(environment: ["DCEM_IDEMPOTENCY_LEASE_SECONDS": "30"]).idempotencyLease == .seconds(30))
        #expect(throws: ConfigurationError.self) { try AppConfig(environment: ["DCEM_IDEMPOTENCY_LEASE_SECONDS": "1"]) }
    }

    @Test func theInstanceIsNamedOrDefaultsToHostAndPort() throws {
        #expect(try AppConfig(environment: ["DCEM_INSTANCE": "web-2"]).instance == "web-2")
        #expect(try AppConfig(environment: ["PORT": "8331"]).instance.hasSuffix(":8331"))
        for bad in ["web 2", "web\n2", String(repeating: "w", count: 64), "wéb"] {
            #expect(throws: ConfigurationError.self, "\(bad)") { try AppConfig(environment: ["DCEM_INSTANCE": bad]) }
        }
    }
}
