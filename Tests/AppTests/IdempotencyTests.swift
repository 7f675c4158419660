import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@testable import App

/// `Idempotency-Key` on the family's state-changing API calls, through the real app.
@Suite struct IdempotencyTests {
    static let key = IdempotencyMiddleware.header
    static let start = #"{"profile":"non-eu-parent-permit","role":"parent"}"#

    static func send(_ api: APIClient, _ method: HTTPRequest.Method = .post, _ path: String = "/api/v1/dossiers", json: String? = start,
                     key: String?) async throws -> APIClient.Reply {
        try await api.send(method, path, json: json, headers: key.map { [Self.key: $0] } ?? [:])
    }

    @Test func aRetryGetsTheFirstAnswerAndActsOnce() async throws {
        try await withTestSite { site in
            // given: a draft started with a key, answered and documented
            let api = try await APIJourney.member(site)
            let first = try await Self.send(api, key: "start-1")
            let retry = try await Self.send(api, key: "start-1")
            let dossier = try #require(first.headers[.location])
            try await APIJourney.answer(api, dossier)
            try await APIJourney.upload(api, dossier)

            // when: the filing and a message, each sent twice with its key
            let filed = try await Self.send(api, .post, "\(dossier)/file", json: nil, key: "file-1")
            let filedAgain = try await Self.send(api, .post, "\(dossier)/file", json: nil, key: "file-1")
            let message = #"{"body":"Nous déménageons le mois prochain."}"#
            let posted = try await Self.send(api, .post, "\(dossier)/messages", json: message, key: "message-1")
            let postedAgain = try await Self.send(api, .post, "\(dossier)/messages", json: message, key: "message-1")

            // then: the same answers, the second marked as replayed…
            #expect(first.status == .created && retry.status == .created)
            #expect(retry.headers[.location] == dossier && retry.body == first.body)
            #expect(retry.headers[.contentType] == first.headers[.contentType])
            #expect(first.headers[IdempotencyMiddleware.replayed] == nil && retry.headers[IdempotencyMiddleware.replayed] == "true")
            #expect(filed.status == .ok && filedAgain.status == .ok && filedAgain.body == filed.body)
            #expect(posted.status == .created && postedAgain.status == .created && postedAgain.body == posted.body)
            // …and one case, one filing event, one acknowledgement, one message
            #expect(try await Dossier.query(on: site.db).count() == 1)
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last ?? "")))
            let events = try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).all()
            #expect(events.filter { $0.action == "file" }.count == 1)
            #expect(try await site.mails(to: "famille@example.fr").filter { $0.kind == "case-filed" }.count == 1)
            #expect(try await DossierMessage.query(on: site.db).filter(\.$dossierID == id).count() == 1)
        }
    }

    @Test func theSameKeyForAnotherRequestIsRefusedNamingTheHeader() async throws {
        try await withTestSite { site in
            // given
            let api = try await APIJourney.member(site)
            let first = try await Self.send(api, key: "k")
            // when: another body, then another path, with the same key; then malformed keys
            let otherBody = try await Self.send(api, json: #"{"profile":"non-eu-parent-permit","role":"guardian"}"#, key: "k")
            let otherPath = try await Self.send(api, .put, "\(first.headers[.location] ?? "")/answers/address", json: APIJourney.address, key: "k")
            let tooLong = try await Self.send(api, key: String(repeating: "a", count: 256))
            let notASCII = try await Self.send(api, key: "clé")
            // then
            #expect(first.status == .created)
            for refused in [otherBody, otherPath] {
                #expect(refused.status == .unprocessableContent, "\(refused.body)")
                #expect(refused.errorField == "Idempotency-Key")
            }
            for malformed in [tooLong, notASCII] {
                #expect(malformed.status == .badRequest && malformed.errorField == "Idempotency-Key", "\(malformed.body)")
            }
            #expect(try await Dossier.query(on: site.db).count() == 1)
            #expect(try await Dossier.query(on: site.db).first()?.version == 1)
        }
    }

    @Test func withoutAKeyEveryRequestActs() async throws {
        try await withTestSite { site in
            // given
            let api = try await APIJourney.member(site)
            // when
            let first = try await Self.send(api, key: nil)
            let second = try await Self.send(api, key: nil)
            // then
            #expect(first.status == .created && second.status == .created)
            #expect(first.headers[.location] != second.headers[.location])
            #expect(try await Dossier.query(on: site.db).count() == 2)
            #expect(try await IdempotencyRecord.query(on: site.db).count() == 0)
        }
    }

    @Test func keysBelongToTheirMember() async throws {
        try await withTestSite { site in
            // given
            let one = try await APIJourney.member(site, email: "un@example.fr")
            let other = try await APIJourney.member(site, email: "autre@example.fr")
            // when: both members use the same key for the same request
            let mine = try await Self.send(one, key: "shared")
            let theirs = try await Self.send(other, key: "shared")
            // then: two drafts, each member's own
            #expect(mine.status == .created && theirs.status == .created)
            #expect(theirs.headers[IdempotencyMiddleware.replayed] == nil)
            #expect(mine.headers[.location] != theirs.headers[.location])
            #expect(try await Dossier.query(on: site.db).count() == 2)
        }
    }

    @Test func concurrentDuplicatesRunOnce() async throws {
        try await withTestSite { site in
            // given
            let api = try await APIJourney.member(site)
            // when: eight copies at once
            let replies = try await withThrowingTaskGroup(of: APIClient.Reply.self) { group in
                for _ in 0..<8 { group.addTask { try await Self.send(api, key: "once") } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // then: one draft; every copy got its answer or was told to retry later
            #expect(try await Dossier.query(on: site.db).count() == 1)
            let created = replies.filter { $0.status == .created }
            #expect(!created.isEmpty && Set(created.map(\.body)).count == 1)
            for reply in replies where reply.status != .created {
                #expect(reply.status == .conflict && reply.headers[.retryAfter] != nil && reply.errorField == "Idempotency-Key")
            }
        }
    }

    @Test func aKeyIsForgottenAfterADay() async throws {
        let clock = Mutex(testNow)
        try await withTestSite(dependencies: { $0.now = { clock.withLock { $0 } } }) { site in
            // given: a draft started with a key
            let api = try await APIJourney.member(site)
            let first = try await Self.send(api, key: "day")
            // when: the same request 25 hours later, after the scheduler's purge
            clock.withLock { $0 = testNow.addingTimeInterval(25 * 3600) }
            let later = try await Self.send(api, key: "day")
            try await IdempotencyKeys(database: { site.db }).purgeExpired(now: testNow.addingTimeInterval(50 * 3600))
            // then: it ran again; the purge left nothing
            #expect(first.status == .created && later.status == .created)
            #expect(later.headers[.location] != first.headers[.location])
            #expect(try await IdempotencyRecord.query(on: site.db).count() == 0)
        }
    }

    @Test func aFinalRefusalIsKeptForItsKey() async throws {
        try await withTestSite { site in
            // given: filing an incomplete draft is final (422) and kept
            let api = try await APIJourney.member(site)
            let dossier = try #require(try await Self.send(api, key: nil).headers[.location])
            let refused = try await Self.send(api, .post, "\(dossier)/file", json: nil, key: "early")
            // when: the draft is completed and the same key is sent again
            try await APIJourney.answer(api, dossier)
            try await APIJourney.upload(api, dossier)
            let again = try await Self.send(api, .post, "\(dossier)/file", json: nil, key: "early")
            let fresh = try await Self.send(api, .post, "\(dossier)/file", json: nil, key: "later")
            // then: the kept answer comes back for that key; a new key files
            #expect(refused.status == .unprocessableContent)
            #expect(again.status == .unprocessableContent && again.body == refused.body)
            #expect(fresh.status == .ok && fresh.json["state"] as? String == "filed")
        }
    }
}
