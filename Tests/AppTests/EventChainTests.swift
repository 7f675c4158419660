import DCEMRules
import FluentKit
import Foundation
import SQLKit
import Testing

@testable import App

/// The tamper-evident history (docs/states.md#history): a row edited behind the service's back is
/// reported.
@Suite struct EventChainTests {
    @Test func aWholeHistoryVerifiesAndAnEditedRowIsNamed() async throws {
        try await withTestSite { site in
            // given: two filed cases, their histories written by the service
            let browser = try await Accounts.member(site, email: "chaine@example.fr")
            let (_, id) = try await Journey.filed(browser)
            _ = try await Journey.filed(browser, childSurname: "Autre")
            try await DossierJourneyTests.workflow(site).startInstruction(id, by: nil)
            #expect(try await EventChain.verify(on: site.db).isEmpty)
            let events = try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).sort(\.$seq).all()
            #expect(events.map(\.seq) == Array(1...events.count).map(Optional.some))

            // when: someone edits the filing event's details in the database
            let sql = try #require(site.db as? any SQLDatabase)
            let filing = try #require(events.first { $0.action == DossierAction.file.rawValue })
            try await sql.update(DossierEvent.schema).set("details", to: SQLBind("{\"reference\":\"forged\"}"))
                .where("id", .equal, filing.id!).run()

            // then: that event is named, and only it
            let broken = try await EventChain.verify(on: site.db)
            #expect(broken == [EventChain.BrokenLink(dossierID: id, seq: filing.seq!, why: "its content was changed")])
        }
    }

    @Test func aDeletedRowBreaksTheChainWhereItWas() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site, email: "trou@example.fr")
            let (_, id) = try await Journey.filed(browser)
            let events = try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).sort(\.$seq).all()
            let sql = try #require(site.db as? any SQLDatabase)

            // when: an event in the middle is deleted behind the service's back
            try await sql.delete(from: DossierEvent.schema).where("id", .equal, events[2].id!).run()

            // then
            let broken = try await EventChain.verify(on: site.db)
            #expect(broken.first == EventChain.BrokenLink(dossierID: id, seq: 4, why: "event 3 is missing"))
        }
    }

    @Test func theServiceNeverRewritesAnEvent() async throws {
        try await withTestSite { site in
            let browser = try await Accounts.member(site, email: "fige@example.fr")
            let (_, id) = try await Journey.filed(browser)
            let event = try #require(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).first())
            event.action = "changed"
            await #expect(throws: EventChainError.self) { try await event.update(on: site.db) }
        }
    }
}
