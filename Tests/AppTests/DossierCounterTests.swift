import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// From the grant to the hand-over, through the workflow service the back office calls.
@Suite struct DossierCounterTests {
    static func workflow(_ site: TestSite, on day: CivilDate) -> DossierWorkflow {
        let instant = testInstant(on: day)
        return DossierJourneyTests.workflow(site, at: instant)
    }

    static func openCounter(_ site: TestSite, prefecture: String = "75", capacity: Int = 2, weekdays: Set<Int> = [1, 4],
                            opens: Int = 9 * 60) async throws {
        let hours = PickupHours(weekdays: weekdays, opens: opens, closes: opens + 60, slotMinutes: 30, capacity: capacity)
        try await PickupCalendar(prefecture: prefecture, hours: hours, place: "Préfecture de police, 1 bis rue de Lutèce, 75004 Paris",
                                 now: testNow).create(on: site.db)
    }

    /// A filed case, instructed and granted on 25 November 2026.
    static func granted(_ site: TestSite, email: String) async throws -> (browser: Browser, path: String, id: UUID) {
        let browser = try await Accounts.member(site, email: email)
        let (path, id) = try await Journey.filed(browser)
        let workflow = DossierJourneyTests.workflow(site)
        try await workflow.startInstruction(id, by: nil)
        try await workflow.grant(id, by: nil)
        return (browser, path, id)
    }

    @Test func grantGivesADCEMNumberAndTheChildAForeignerNumberOnce() async throws {
        try await withTestSite { site in
            // when
            let (_, _, id) = try await Self.granted(site, email: "numero@example.fr")

            // then
            let outcome = try #require(try await Dossier.find(id, on: site.db)?.decodedOutcome())
            #expect(outcome.dcemNumber == "D07526000001")
            let number = try #require(outcome.childForeignerNumber)
            #expect(number.count == 10 && number.allSatisfy(\.isNumber))
            let account = try #require(try await ForeignerAccount.query(on: site.db).first())
            #expect(account.foreignerNumber == number)
            #expect(account.holderName == "Yasmine Benali")
            let mail = try #require(try await site.lastMail(to: "numero@example.fr", kind: "child-account"))
            #expect(mail.body.contains(number))
        }
    }

    @Test func convocationPostponementAndHandOverAtTheCounter() async throws {
        try await withTestSite { site in
            // given: a granted case and a counter open Monday and Thursday 9:00–10:00, two people per slot
            try await Self.openCounter(site)
            let (browser, path, id) = try await Self.granted(site, email: "guichet@example.fr")
            let workflow = DossierJourneyTests.workflow(site)

            // when: the document is ready (Wednesday 25 November): the first free slot is Thursday 9:00
            try await workflow.makeAvailable(id, by: nil)
            var record = try #require(try await Dossier.find(id, on: site.db))
            #expect(record.currentState == .documentAvailable)
            #expect(record.decodedOutcome()?.convocation?.day == "2026-11-26")
            #expect(record.decodedOutcome()?.convocation?.time == "09:00")
            #expect(record.decodedOutcome()?.convocation?.feeEUR == 50)
            #expect(try await browser.get("\(path)/convocation").body.contains("rue de Lutèce"))

            // the family asks for another day; the préfecture gives the first slot from 3 December
            try await workflow.requestPostponement(id, by: browser.userID(site), PostponementRequestCommand(
                reason: "voyage scolaire", availableFrom: CivilDate(year: 2026, month: 12, day: 3)!, details: nil))
            try await workflow.acceptPostponement(id, by: nil, from: CivilDate(year: 2026, month: 12, day: 3)!)
            record = try #require(try await Dossier.find(id, on: site.db))
            #expect(record.currentState == .documentAvailable)
            #expect(record.decodedOutcome()?.convocation?.day == "2026-12-03")
            #expect(try await Appointment.query(on: site.db).count() == 1)
            #expect(try await site.lastMail(to: "guichet@example.fr", kind: "case-accept-postponement") != nil)

            // at the counter on 3 December: a timbre short of the fee is refused, nothing changes
            let counter = Self.workflow(site, on: CivilDate(year: 2026, month: 12, day: 3)!)
            await #expect(throws: DossierError.handOver(.amountMismatch(dueEUR: 50))) {
                try await counter.handOver(id, by: nil, applicantPresent: true, childPresent: true, timbreNumber: "1234567890123456", timbreAmountEUR: 45)
            }
            await #expect(throws: DossierError.handOver(.absent)) {
                try await counter.handOver(id, by: nil, applicantPresent: true, childPresent: false, timbreNumber: "1234567890123456", timbreAmountEUR: 50)
            }
            #expect(try #require(try await Dossier.find(id, on: site.db)).currentState == .documentAvailable)

            // then the right timbre: delivered, the issued DCEM recorded, the seat given back
            try await counter.handOver(id, by: nil, applicantPresent: true, childPresent: true, timbreNumber: "1234567890123456", timbreAmountEUR: 50)
            record = try #require(try await Dossier.find(id, on: site.db))
            #expect(record.currentState == .delivered)
            let issued = try #require(try await IssuedDocument.query(on: site.db).filter(\.$dossierID == id).first())
            #expect(issued.dcemNumber == record.decodedOutcome()?.dcemNumber)
            #expect(issued.deliveredOn == "2026-12-03")
            #expect(issued.timbreAmountEUR == 50)
            #expect(try await Appointment.query(on: site.db).count() == 0)
            #expect(try await browser.get(path).body.contains("Document remis le 3 décembre 2026"))
        }
    }

    @Test func aDeclinedPostponementKeepsTheSlotAndTellsWhy() async throws {
        try await withTestSite { site in
            // given
            try await Self.openCounter(site)
            let (browser, path, id) = try await Self.granted(site, email: "refus-report@example.fr")
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.makeAvailable(id, by: nil)
            try await workflow.requestPostponement(id, by: browser.userID(site), PostponementRequestCommand(
                reason: "malade", availableFrom: CivilDate(year: 2027, month: 1, day: 4)!, details: "janvier"))

            // when
            try await workflow.declinePostponement(id, by: nil, reason: "aucun créneau en janvier")

            // then
            let record = try #require(try await Dossier.find(id, on: site.db))
            #expect(record.currentState == .documentAvailable)
            #expect(record.decodedOutcome()?.convocation?.day == "2026-11-26")
            #expect(try await browser.get(path).body.contains("aucun créneau en janvier"))
        }
    }

    @Test func concurrentBookingsNeverOverfillASlot() async throws {
        try await withTestSite { site in
            // given: six granted cases and slots of two people
            try await Self.openCounter(site, capacity: 2)
            var ids: [UUID] = []
            for n in 0..<6 { ids.append(try await Self.granted(site, email: "lot\(n)@example.fr").id) }
            let workflow = DossierJourneyTests.workflow(site)

            // when: all made available at once
            try await withThrowingTaskGroup(of: Void.self) { group in
                for id in ids { group.addTask { try await workflow.makeAvailable(id, by: nil) } }
                try await group.waitForAll()
            }

            // then: Thursday's 9:00, 9:30 then Monday's 9:00, two each
            let booked = try await Appointment.query(on: site.db).all()
            let perSlot = Dictionary(grouping: booked) { "\($0.day) \($0.time)" }.mapValues(\.count)
            #expect(perSlot == ["2026-11-26 09:00": 2, "2026-11-26 09:30": 2, "2026-11-30 09:00": 2])
        }
    }

    @Test func withoutPickupHoursTheDocumentCanNotBeMadeAvailable() async throws {
        try await withTestSite { site in
            // given
            let (_, _, id) = try await Self.granted(site, email: "sans-horaires@example.fr")

            // when / then
            await #expect(throws: DossierError.noPickupCalendar) { try await DossierJourneyTests.workflow(site).makeAvailable(id, by: nil) }
            #expect(try #require(try await Dossier.find(id, on: site.db)).currentState == .granted)
        }
    }

    @Test func instructionResumesOnlyOnceTheReplyByDateHasPassed() async throws {
        try await withTestSite { site in
            // given: documents asked, to be sent by 10 December
            let browser = try await Accounts.member(site, email: "reprise@example.fr")
            let (_, id) = try await Journey.filed(browser)
            let workflow = DossierJourneyTests.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.requestDocuments(id, by: nil, codes: [.addressProof], why: "illisible", replyBy: CivilDate(year: 2026, month: 12, day: 10)!)

            // when: too early, then the day after
            await #expect(throws: DossierError.self) { try await Self.workflow(site, on: CivilDate(year: 2026, month: 12, day: 10)!).resumeInstruction(id, by: nil) }
            try await Self.workflow(site, on: CivilDate(year: 2026, month: 12, day: 11)!).resumeInstruction(id, by: nil)

            // then: the clock runs again in full from that day (rule 16)
            let record = try #require(try await Dossier.find(id, on: site.db))
            #expect(record.currentState == .underInstruction)
            #expect(record.implicitRefusalOn == "2027-02-11")
        }
    }
}

extension Browser {
    /// The member's id, read back by the address the test signed up with.
    func userID(_ site: TestSite) async throws -> UUID {
        let page = try await get("/compte")
        let email = try #require(page.body.components(separatedBy: "@example.fr").first?.components(separatedBy: CharacterSet(charactersIn: " >\"(")).last)
        return try #require(try await User.query(on: site.db).filter(\.$email == email + "@example.fr").first()?.id)
    }
}

@Suite struct DocumentVerdictTests {
    @Test func aRejectedDocumentShowsItsReasonToTheFamilyAndAnotherCasesFileIsNotFound() async throws {
        try await withTestSite { site in
            // given: two filed cases
            let browser = try await Accounts.member(site, email: "avis@example.fr")
            let (path, id) = try await Journey.filed(browser)
            let (_, otherID) = try await Journey.filed(browser, childSurname: "Autre")
            try await DossierJourneyTests.workflow(site).startInstruction(id, by: nil)
            let dossier = try #require(try await Dossier.find(id, on: site.db))
            let file = try #require(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id)
                .filter(\.$slot == DocumentCode.addressProof.rawValue).first())
            let otherFile = try #require(try await DossierDocument.query(on: site.db).filter(\.$dossierID == otherID).first())

            // when
            try await DocumentVerdicts.record(.rejected, reason: "facture de plus de 3 mois", on: file.id!, of: dossier, by: nil, seen: "none",
                                              now: testNow, database: site.db)

            // then
            let stored = try #require(try await DossierDocument.find(file.id, on: site.db))
            #expect(stored.verdict == "rejected")
            #expect(try await browser.get(path).body.contains("facture de plus de 3 mois"))
            #expect(try await DossierEvent.query(on: site.db).filter(\.$action == "document-verdict").count() == 1)
            await #expect(throws: DossierError.notFound) {
                try await DocumentVerdicts.record(.accepted, reason: nil, on: otherFile.id!, of: dossier, by: nil, seen: "none", now: testNow, database: site.db)
            }
        }
    }
}
