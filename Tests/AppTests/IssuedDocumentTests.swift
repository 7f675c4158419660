import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// The issued DCEM's life through the real app (docs/states.md#the-issued-document): the family's
/// declarations, the withdrawal's contradictory procedure, the return at the counter, the
/// scheduler's expiry, lapse and reminders, each once.
@Suite struct IssuedDocumentTests {
    /// A DCEM recorded as handed over from `dossier` (the hand-over itself is `DossierCounterTests`'s).
    static func issue(_ site: TestSite, from dossier: Dossier, number: String, validUntil: String = "2031-11-24", voidAfter: String = "2034-06-14",
                      birthDate: String = "2016-04-14", returnReceipt: String? = nil) async throws -> IssuedDocument {
        let issued = IssuedDocument()
        issued.id = UUID()
        issued.dossierID = try dossier.requireID()
        issued.dcemNumber = number
        issued.prefecture = "75"
        issued.holderName = dossier.childName ?? "Enfant"
        issued.validFrom = "2026-11-25"
        issued.validUntil = validUntil
        issued.territory = Territory.all.rawValue
        issued.deliveredOn = "2026-11-25"
        issued.deliveredAt = testNow
        issued.exempt = false
        issued.state = IssuedDocumentState.valid.rawValue
        issued.stateVersion = 1
        issued.userID = dossier.userID
        issued.holderBirthDate = birthDate
        issued.voidAfter = voidAfter
        issued.returnReceipt = returnReceipt
        try await issued.create(on: site.db)
        return issued
    }

    /// A family with a case filed and a DCEM issued from it.
    static func holder(_ site: TestSite, email: String, validUntil: String = "2031-11-24", voidAfter: String = "2034-06-14",
                       birthDate: String = "2016-04-14") async throws -> (browser: Browser, document: IssuedDocument) {
        let browser = try await Accounts.member(site, email: email)
        let (_, id) = try await Journey.filed(browser)
        let dossier = try #require(try await Dossier.find(id, on: site.db))
        // Handed over (the counter's own steps are `DossierCounterTests`'s).
        dossier.state = DossierState.delivered.rawValue
        try await dossier.update(on: site.db)
        let number = "D075260" + String(email.utf8.reduce(0) { ($0 * 31 + Int($1)) % 100_000 }).leftPadded(to: 5)
        return (browser, try await issue(site, from: dossier, number: number, validUntil: validUntil, voidAfter: voidAfter, birthDate: birthDate))
    }

    static func registry(_ site: TestSite, on day: CivilDate) -> IssuedDocumentRegistry {
        let instant = testInstant(on: day)
        let database = site.database
        return IssuedDocumentRegistry(database: { database.db }, publicURL: site.config.publicURL, now: { instant })
    }

    static func scheduler(_ site: TestSite, on day: CivilDate) -> DossierScheduler {
        var scheduler = DossierSchedulerTests.scheduler(site, on: day)
        scheduler.documents = registry(site, on: day)
        return scheduler
    }

    static func reload(_ site: TestSite, _ document: IssuedDocument) async throws -> IssuedDocument {
        try #require(try await IssuedDocument.find(document.id!, on: site.db))
    }

    @Test func theFamilyDeclaresAResidencePermitWithItsProofAndTheDocumentLapsesThatDay() async throws {
        try await withTestSite { site in
            let (browser, document) = try await Self.holder(site, email: "titre@example.fr")
            let path = "/mes-documents/\(document.id!.uuidString.lowercased())"

            // the list and the page show it, valid, with nothing to do yet
            let list = try await browser.get("/mes-documents")
            #expect(list.body.contains(document.dcemNumber))
            var page = try await browser.get(path)
            #expect(page.status == .ok)
            #expect(page.body.contains("Valable"))
            let action = try #require(Journey.uploadActions(page).first { $0.contains("/caducite") })

            // without the proof: refused, naming the field, nothing changes
            let missing = try await browser.upload(action, fields: [("cause", "residence-permit")], fileName: "", type: "application/pdf", bytes: [], csrf: nil)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.body.contains("Joignez le justificatif"))
            #expect(try await Self.reload(site, document).currentState == .valid)
            // a text file posing as a PDF: refused by its content
            let wrong = try await browser.upload(action, fields: [("cause", "residence-permit")], fileName: "titre.pdf", type: "application/pdf",
                                                 bytes: Array("pas un pdf".utf8), csrf: nil)
            #expect(wrong.status == .unprocessableContent)

            // with it: lapsed that day, the cause and the proof kept, one event in the case's history, one mail
            let sent = try await browser.upload(action, fields: [("cause", "residence-permit")], fileName: "titre.pdf", type: "application/pdf",
                                                bytes: Journey.pdf, csrf: nil)
            #expect(sent.status == .seeOther)
            let lapsed = try await Self.reload(site, document)
            #expect(lapsed.currentState == .lapsed)
            #expect(lapsed.lapseCause == LapseCause.residencePermit.rawValue)
            #expect(lapsed.stateChangedOn == "2026-11-25")
            #expect(lapsed.stateVersion == 2)
            #expect(try await IssuedDocumentFile.query(on: site.db).filter(\.$issuedDocumentID == document.id!).count() == 1)
            #expect(try await DossierEvent.query(on: site.db).filter(\.$dossierID == document.dossierID).filter(\.$action == "dcem-declare-lapse").count() == 1)
            #expect(try await site.mails(to: "titre@example.fr").filter { $0.kind == "dcem-declare-lapse" }.count == 1)
            #expect(try await EventChain.verify(on: site.db).isEmpty)
            page = try await browser.get(path)
            #expect(page.body.contains("Rapportez le document à la préfecture"))
            #expect(page.body.contains("Titre de séjour obtenu"))

            // a second declaration (another tab): refused, nothing more recorded
            let again = try await browser.upload(action, fields: [("cause", "residence-permit")], fileName: "titre.pdf", type: "application/pdf",
                                                 bytes: Journey.pdf, csrf: nil)
            #expect(again.status == .conflict)
            #expect(try await DossierEvent.query(on: site.db).filter(\.$action == "dcem-declare-lapse").count() == 1)

            // another family: not found
            let other = try await Accounts.member(site, email: "autre@example.fr")
            #expect(try await other.get(path).status == .notFound)
        }
    }

    @Test func aLossInvalidatesAtOnceAndStartsOneReplacementApplication() async throws {
        try await withTestSite { site in
            let (browser, document) = try await Self.holder(site, email: "perte@example.fr")
            let path = "/mes-documents/\(document.id!.uuidString.lowercased())"
            let page = try await browser.get(path)
            let action = try #require(Journey.uploadActions(page).first { $0.contains("/perte-ou-vol") })

            // unconfirmed: refused, the box named
            let unconfirmed = try await browser.upload(action, fields: [("kind", "stolen")], fileName: "plainte.pdf", type: "application/pdf",
                                                       bytes: Journey.pdf, csrf: nil)
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(unconfirmed.body.contains("Cochez la case"))

            let sent = try await browser.upload(action, fields: [("kind", "stolen"), ("confirm-yes", "on")], fileName: "plainte.pdf",
                                                type: "application/pdf", bytes: Journey.pdf, csrf: nil)
            #expect(sent.status == .seeOther)
            let stolen = try await Self.reload(site, document)
            #expect(stolen.currentState == .reportedStolen)
            #expect(!stolen.currentState.isInForce)
            let replacement = try #require(stolen.replacementDossierID)
            let draft = try #require(try await Dossier.find(replacement, on: site.db))
            #expect(draft.currentState == .draft)
            #expect(draft.sourceID == document.dossierID)

            // the page sends the family to that application; asking again opens the same one
            let after = try await browser.get(path)
            #expect(after.body.contains("Reprendre la demande commencée"))
            let renew = try await browser.post("\(path)/renouveler", form: [], csrf: after.csrfToken)
            #expect(renew.location == "/demandes/\(replacement.uuidString.lowercased())")
            #expect(try await Dossier.query(on: site.db).filter(\.$sourceID == document.dossierID).count() == 1)
        }
    }

    @Test func aWithdrawalCanNotBeDecidedBeforeTheObservationPeriodEndsUnlessTheFamilyAnswered() async throws {
        try await withTestSite { site in
            let (browser, document) = try await Self.holder(site, email: "retrait@example.fr")
            let agent = try await Agents.signedIn(site)
            let desk = "/backoffice/documents/\(document.id!.uuidString.lowercased())"

            // the agent opens the procedure with its ground; no ground is refused
            var page = try await agent.get(desk)
            #expect(page.status == .ok)
            let noGround = try await agent.post("\(desk)/actions/open-withdrawal", form: [("version", "1")], csrf: page.csrfToken)
            #expect(noGround.status == .unprocessableContent)
            let opened = try await agent.post("\(desk)/actions/open-withdrawal", form: [("version", "1"), ("ground-residence", "on")], csrf: page.csrfToken)
            #expect(opened.status == .seeOther)
            var record = try await Self.reload(site, document)
            #expect(record.currentState == .withdrawalPending)
            #expect(record.observationsUntil == "2026-12-10")
            let notice = try #require(try await site.lastMail(to: "retrait@example.fr", kind: "dcem-open-withdrawal"))
            #expect(notice.body.contains("10 décembre 2026"))

            // deciding now is refused: the period runs; the page offers no button but says from when
            page = try await agent.get(desk)
            #expect(page.body.contains("à partir du 11 décembre 2026"))
            let early = try await agent.post("\(desk)/actions/withdraw", form: [("version", "2"), ("reasons", "L’enfant vit au Maroc.")], csrf: page.csrfToken)
            #expect(early.status == .conflict)
            #expect(try await Self.reload(site, document).currentState == .withdrawalPending)

            // the family answers with its observations: the agent may decide now
            let mine = try await browser.get("/mes-documents/\(document.id!.uuidString.lowercased())")
            #expect(mine.body.contains("10 décembre 2026"))
            let action = try #require(Journey.uploadActions(mine).first { $0.contains("/observations") })
            let answered = try await browser.upload(action, fields: [("observations", "Il est rentré en France en septembre.")], fileName: "",
                                                    type: "application/pdf", bytes: [], csrf: nil)
            #expect(answered.status == .seeOther)
            page = try await agent.get(desk)
            #expect(page.body.contains("Il est rentré en France en septembre."))
            let decided = try await agent.post("\(desk)/actions/withdraw", form: [("version", "2"), ("reasons", "L’enfant vit au Maroc.")], csrf: page.csrfToken)
            #expect(decided.status == .seeOther)
            record = try await Self.reload(site, document)
            #expect(record.currentState == .withdrawn)
            let decision = try #require(try await site.lastMail(to: "retrait@example.fr", kind: "dcem-withdraw"))
            #expect(decision.body.contains("tribunal administratif"))
            // the decision to print: the procedure that came before, the ground, the reasons, the appeal routes
            let letter = try await browser.get("/mes-documents/\(document.id!.uuidString.lowercased())/decision-de-retrait")
            #expect(letter.status == .ok)
            for line in ["jusqu’au 10 décembre 2026 inclus", "Ses observations ont été reçues le 25 novembre 2026", "L’enfant ne vit plus habituellement en France",
                         "L’enfant vit au Maroc.", "tribunal administratif"] {
                #expect(letter.body.contains(line), "\(line)")
            }
            #expect(try await agent.get("\(desk)/decision-de-retrait").status == .ok)
            // every step in the case's history, the chain whole
            let events = try await DossierEvent.query(on: site.db).filter(\.$dossierID == document.dossierID).all().map(\.action)
            #expect(events.contains("dcem-open-withdrawal") && events.contains("withdrawal-observations") && events.contains("dcem-withdraw"))
            #expect(try await EventChain.verify(on: site.db).isEmpty)
        }
    }

    @Test func withoutObservationsTheWithdrawalWaitsForTheDayAfterThePeriod() async throws {
        try await withTestSite { site in
            let (_, document) = try await Self.holder(site, email: "delai@example.fr")
            let opening = Self.registry(site, on: CivilDate(year: 2026, month: 11, day: 25)!)
            try await opening.openWithdrawal(document.id!, grounds: [.parentRight], by: nil, expectedVersion: 1)
            await #expect(throws: IssuedDocumentFailure.lifecycle(.tooEarly(.withdraw, until: CivilDate(year: 2026, month: 12, day: 11)!))) {
                try await Self.registry(site, on: CivilDate(year: 2026, month: 12, day: 10)!).withdraw(document.id!, reasons: "motifs", by: nil, expectedVersion: 2)
            }
            try await Self.registry(site, on: CivilDate(year: 2026, month: 12, day: 11)!).withdraw(document.id!, reasons: "motifs", by: nil, expectedVersion: 2)
            #expect(try await Self.reload(site, document).currentState == .withdrawn)
        }
    }

    @Test func anExpiredDocumentIsReturnedAtTheCounterWithAReceipt() async throws {
        try await withTestSite { site in
            let (browser, document) = try await Self.holder(site, email: "rendu@example.fr", validUntil: "2026-12-31")

            // the scheduler: nothing on the last day; expired the day after, once with two instances
            #expect(try await Self.scheduler(site, on: CivilDate(year: 2026, month: 12, day: 31)!).runOnce().expired == 0)
            let day = CivilDate(year: 2027, month: 1, day: 1)!
            async let first = Self.scheduler(site, on: day).runOnce()
            async let second = Self.scheduler(site, on: day).runOnce()
            #expect(try await [first, second].map(\.expired).reduce(0, +) == 1)
            #expect(try await Self.reload(site, document).currentState == .expired)
            #expect(try await site.mails(to: "rendu@example.fr").filter { $0.kind == "dcem-expire" }.count == 1)

            // at the counter: the agent records the return; the family's receipt names the document
            let agent = try await Agents.signedIn(site)
            let desk = "/backoffice/documents/\(document.id!.uuidString.lowercased())"
            let page = try await agent.get(desk)
            let returned = try await agent.post("\(desk)/actions/record-return", form: [("version", "2")], csrf: page.csrfToken)
            #expect(returned.status == .seeOther)
            #expect(try await Self.reload(site, document).currentState == .returned)
            let receipt = try await browser.get("/mes-documents/\(document.id!.uuidString.lowercased())/recu-restitution")
            #expect(receipt.status == .ok)
            #expect(receipt.body.contains(document.dcemNumber))
            // the same form sent twice: the second meets a document already returned
            #expect(try await agent.post("\(desk)/actions/record-return", form: [("version", "2")], csrf: page.csrfToken).status == .conflict)

            // another préfecture's agent does not see it
            let lyon = try await Agents.signedIn(site, prefecture: "69", email: "agent.lyon@interieur.gouv.fr")
            #expect(try await lyon.get(desk).status == .notFound)
        }
    }

    @Test func remindersGoOnceAndTheDocumentLapsesTwoMonthsAfterTheEighteenthBirthday() async throws {
        try await withTestSite { site in
            // a child born on 29 February 2008: 18 on 28 February 2026 in a common year… here 2027 is
            // common too, so the birthday of 29 February 2008 falls on 28 February 2027 (ruling 18)
            let (_, document) = try await Self.holder(site, email: "majeur@example.fr", validUntil: "2027-02-28", voidAfter: "2027-04-28",
                                                      birthDate: "2009-02-28")
            // three months before the 18th birthday: one majority reminder, with two instances
            let day = CivilDate(year: 2026, month: 11, day: 28)!
            async let first = Self.scheduler(site, on: day).runOnce()
            async let second = Self.scheduler(site, on: day).runOnce()
            #expect(try await [first, second].map(\.reminders).reduce(0, +) == 1)
            #expect(try await Self.scheduler(site, on: day.adding(days: 1)).runOnce().reminders == 0)
            let mails = try await site.mails(to: "majeur@example.fr").filter { $0.kind == "dcem-reminder-majority" }
            #expect(mails.count == 1)
            #expect(mails.first?.body.contains("28 avril 2027") == true)
            // a document that ends at majority gets no renewal reminder
            #expect(try await site.mails(to: "majeur@example.fr").filter { $0.kind.hasPrefix("dcem-reminder-renewal") }.isEmpty)

            // expired the day after its validity end, then it can no longer lapse: one change each
            #expect(try await Self.scheduler(site, on: CivilDate(year: 2027, month: 3, day: 1)!).runOnce().expired == 1)
            #expect(try await Self.scheduler(site, on: CivilDate(year: 2027, month: 4, day: 29)!).runOnce().lapsed == 0)
        }
    }

    @Test func aDocumentInForcePastItsVoidAfterDateLapsesOnceAtMajority() async throws {
        try await withTestSite { site in
            let (_, document) = try await Self.holder(site, email: "caduc@example.fr", validUntil: "2027-06-30", voidAfter: "2027-04-28",
                                                      birthDate: "2009-02-28")
            #expect(try await Self.scheduler(site, on: CivilDate(year: 2027, month: 4, day: 28)!).runOnce().lapsed == 0)
            let day = CivilDate(year: 2027, month: 4, day: 29)!
            async let first = Self.scheduler(site, on: day).runOnce()
            async let second = Self.scheduler(site, on: day).runOnce()
            #expect(try await [first, second].map(\.lapsed).reduce(0, +) == 1)
            let lapsed = try await Self.reload(site, document)
            #expect(lapsed.currentState == .lapsed)
            #expect(lapsed.lapseCause == LapseCause.majority.rawValue)
            #expect(try await site.mails(to: "caduc@example.fr").filter { $0.kind == "dcem-lapse-at-majority" }.count == 1)
        }
    }

    @Test func renewalFromTheReminderIsPrefilledAndStartedOnce() async throws {
        try await withTestSite { site in
            // valid until 31 January 2027: the renewal opens on 30 September 2026, so it is open today
            let (browser, document) = try await Self.holder(site, email: "renouveler@example.fr", validUntil: "2027-01-31")
            #expect(try await Self.scheduler(site, on: CivilDate(year: 2026, month: 11, day: 25)!).runOnce().reminders == 1)
            let reminder = try #require(try await site.lastMail(to: "renouveler@example.fr", kind: "dcem-reminder-renewal-first"))
            let path = "/mes-documents/\(document.id!.uuidString.lowercased())"
            #expect(reminder.body.contains(path))

            let page = try await browser.get(path)
            #expect(page.body.contains("Demander le renouvellement"))
            let first = try await browser.post("\(path)/renouveler", form: [], csrf: page.csrfToken)
            let second = try await browser.post("\(path)/renouveler", form: [], csrf: page.csrfToken)
            let draftPath = try #require(first.location)
            #expect(second.location == draftPath)
            let drafts = try await Dossier.query(on: site.db).filter(\.$sourceID == document.dossierID).all()
            #expect(drafts.count == 1)
            #expect(drafts.first?.childName == document.holderName)
        }
    }

    @Test func aRenewalLeftUnfiledIsRecalledOnceAfterTwoWeeks() async throws {
        try await withTestSite { site in
            let (browser, document) = try await Self.holder(site, email: "oublie@example.fr", validUntil: "2027-01-31")
            let path = "/mes-documents/\(document.id!.uuidString.lowercased())"
            let page = try await browser.get(path)
            #expect(try await browser.post("\(path)/renouveler", form: [], csrf: page.csrfToken).status == .seeOther)

            // 13 days later, nothing; 15 days later, one recall with two instances, then no more
            #expect(try await Self.scheduler(site, on: CivilDate(year: 2026, month: 12, day: 8)!).runOnce().reminders == 1)  // the renewal reminder
            let day = CivilDate(year: 2026, month: 12, day: 10)!
            async let first = Self.scheduler(site, on: day).runOnce()
            async let second = Self.scheduler(site, on: day).runOnce()
            #expect(try await [first, second].map(\.reminders).reduce(0, +) == 1)
            #expect(try await Self.scheduler(site, on: day.adding(days: 3)).runOnce().reminders == 0)
            let recalls = try await site.mails(to: "oublie@example.fr").filter { $0.kind == "renewal-draft-reminder" }
            #expect(recalls.count == 1)
            let draft = try #require(try await Dossier.query(on: site.db).filter(\.$sourceID == document.dossierID).first())
            #expect(recalls.first?.body.contains("/demandes/\(draft.id!.uuidString.lowercased())") == true)
        }
    }

    @Test func aDocumentIssuedInMayotteSaysItsTerritoryOnBothSides() async throws {
        try await withTestSite { site in
            let (browser, document) = try await Self.holder(site, email: "mayotte@example.fr")
            document.territory = Territory.mayotteOnly.rawValue
            try await document.update(on: site.db)
            let page = try await browser.get("/mes-documents/\(document.id!.uuidString.lowercased())?lang=en")
            #expect(page.body.contains("lets the child come back to Mayotte only"))
            let agent = try await Agents.signedIn(site)
            #expect(try await agent.get("/backoffice/documents/\(document.id!.uuidString.lowercased())").body.contains("revenir à Mayotte seulement"))
        }
    }

    @Test func theAPIGivesTheFamilysDocumentsWithTheSameNextStepAsThePage() async throws {
        try await withTestSite { site in
            let (browser, document) = try await Self.holder(site, email: "api.doc@example.fr", validUntil: "2027-01-31")
            let api = APIClient(client: site.client, token: try await APIJourney.createToken(browser))
            let list = try await api.get("/api/v1/issued-documents")
            #expect(list.status == .ok)
            #expect(list.body.contains("\"number\":\"\(document.dcemNumber)\""))
            #expect(list.body.contains("\"next\":\"renew\""))
            let one = try await api.get("/api/v1/issued-documents/\(document.id!.uuidString.lowercased())")
            #expect(one.status == .ok)
            #expect(one.body.contains("\"state\":\"valid\""))
            #expect(try await api.get("/api/v1/issued-documents/pas-un-id").status == .badRequest)
            let other = try await APIJourney.member(site, email: "api.autre@example.fr")
            #expect(try await other.get("/api/v1/issued-documents/\(document.id!.uuidString.lowercased())").status == .notFound)
            #expect(try await other.get("/api/v1/issued-documents").body.contains(document.dcemNumber) == false)
        }
    }
}

private extension String {
    func leftPadded(to length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}
