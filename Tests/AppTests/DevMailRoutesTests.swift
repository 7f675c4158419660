import FluentKit
import Foundation
import HummingbirdTesting
import NIOCore
import Testing

@testable import App

/// `/dev/mail`: the outbox as a developer sees it, in development only.
@Suite struct DevMailRoutesTests {
    @Test func developmentListsTheOutboxAndShowsEachMessage() async throws {
        try await withTestAppAndDatabase(configure: { $0.environment = .development }) { client, database in
            // given
            let mail = OutgoingMail(recipient: "parent@example.org", subject: "Votre demande est enregistree",
                                    body: "Bonjour,\nvoici votre numero : 2026-0042.", kind: "case-filed", language: "fr")
            try await Outbox.enqueue(mail, on: database.db, now: testNow)
            let id = try #require(try await OutboxMail.query(on: database.db).first()?.id)
            // when
            let list = try await client.execute(uri: "/dev/mail", method: .get)
            let message = try await client.execute(uri: SiteURL.devMailMessage(id).path, method: .get)
            let english = try await client.execute(uri: "/dev/mail?lang=en", method: .get)
            // then
            let listHTML = String(buffer: list.body)
            #expect(list.status == .ok)
            #expect(listHTML.contains("parent@example.org"))
            #expect(listHTML.contains("case-filed"))
            #expect(listHTML.contains(#"<a href="/dev/mail/\#(id.uuidString.lowercased())">Votre demande est enregistree</a>"#))
            #expect(listHTML.contains("2026-11-25 09:00:00 UTC"))
            let messageHTML = String(buffer: message.body)
            #expect(message.status == .ok)
            #expect(messageHTML.contains(#"<pre class="mail-body">Bonjour,"# + "\nvoici votre numero : 2026-0042.</pre>"))
            #expect(String(buffer: english.body).contains("Mail (development)"))
        }
    }

    @Test func newestMailComesFirst() async throws {
        try await withTestAppAndDatabase(configure: { $0.environment = .development }) { client, database in
            // given
            for (subject, minutes) in [("older", 0.0), ("newer", 5.0)] {
                let mail = OutgoingMail(recipient: "a@example.org", subject: subject, body: "-", kind: "test", language: "en")
                try await Outbox.enqueue(mail, on: database.db, now: testNow.addingTimeInterval(minutes * 60))
            }
            // when
            let html = String(buffer: try await client.execute(uri: "/dev/mail", method: .get).body)
            // then
            let newer = try #require(html.range(of: ">newer<")), older = try #require(html.range(of: ">older<"))
            #expect(newer.lowerBound < older.lowerBound)
        }
    }

    @Test func anUnknownMessageIsNotFound() async throws {
        try await withTestApp(configure: { $0.environment = .development }) { client in
            let unknown = try await client.execute(uri: SiteURL.devMailMessage(UUID()).path, method: .get)
            let malformed = try await client.execute(uri: "/dev/mail/not-an-id", method: .get)
            #expect(unknown.status == .notFound)
            #expect(malformed.status == .notFound)
        }
    }

    @Test func theOutboxPageDoesNotExistOutsideDevelopment() async throws {
        for environment in [DeploymentEnvironment.test, .production] {
            try await withTestApp(configure: { $0.environment = environment }) { client in
                let list = try await client.execute(uri: "/dev/mail", method: .get)
                let message = try await client.execute(uri: SiteURL.devMailMessage(UUID()).path, method: .get)
                #expect(list.status == .notFound, "\(environment)")
                #expect(message.status == .notFound, "\(environment)")
            }
        }
    }

    @Test func onlyALoopbackPeerIsShownTheOutbox() throws {
        for peer in ["127.0.0.1", "127.0.0.53", "::1"] {
            #expect(DevMailController.allows(try SocketAddress(ipAddress: peer, port: 50000)), "\(peer)")
        }
        for peer in ["192.168.1.20", "10.0.0.2", "203.0.113.7", "2001:db8::7", "::ffff:203.0.113.7"] {
            #expect(!DevMailController.allows(try SocketAddress(ipAddress: peer, port: 50000)), "\(peer)")
        }
        #expect(!DevMailController.allows(try SocketAddress(unixDomainSocketPath: "/tmp/dcem.sock")))
    }

    @Test func aLoopbackPeerThroughARealSocketReadsTheOutbox() async throws {
        try await withTestConfig(configure: { $0.environment = .development; $0.port = 0 }) { config in
            let app = try await buildApplication(config, dependencies: .init(now: { testNow }))
            try await app.test(.live) { client in
                let list = try await client.execute(uri: "/dev/mail", method: .get)
                #expect(list.status == .ok)
            }
        }
    }
}
