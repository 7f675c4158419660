import DCEMRules
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import App

/// The family's API once a dossier is filed: messages, the answer to a request for documents,
/// postponement, renewal and a brother's or sister's draft — on the pages' own services.
@Suite struct DossierAPIAfterFilingTests {
    /// A member with a dossier filed through the pages, and a token-authenticated client for them.
    static func filed(_ site: TestSite, email: String = "famille@example.fr") async throws -> (api: APIClient, path: String, id: UUID) {
        let browser = try await Accounts.member(site, email: email)
        let (_, id) = try await Journey.filed(browser)
        let api = APIClient(client: site.client, token: try await APIJourney.createToken(browser))
        return (api, SiteURL.apiDossier(id).path, id)
    }

    /// The préfecture's side, through the workflow service its back office calls.
    static func workflow(_ site: TestSite) -> DossierWorkflow {
        let database = site.database
        return DossierWorkflow(store: DossierStore(database: { database.db }), publicURL: site.config.publicURL, now: { testNow })
    }

    /// A `multipart/form-data` body: text fields, then a file in `file` when given.
    static func form(_ fields: [(String, String)], file: (name: String, type: String, bytes: [UInt8])? = nil) -> (bytes: [UInt8], contentType: String) {
        let boundary = "----dcemapi\(UUID().uuidString.prefix(8))"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: \(file.type)\r\n\r\n".utf8)
            body += file.bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    static func state(_ site: TestSite, _ id: UUID) async throws -> DossierState? {
        try await Dossier.find(id, on: site.db)?.currentState
    }

    // MARK: Messages

    @Test func aScriptWritesReadsAndDownloadsAndAResentMessageAddsNothing() async throws {
        try await withTestSite { site in
            // given: a filed dossier with no message yet
            let (api, dossier, id) = try await Self.filed(site)
            let empty = try await api.get("\(dossier)/messages")

            // when: a text, the same text again (a retry), a text with a PDF, and a reply from the préfecture
            let first = try await api.post("\(dossier)/messages", json: #"{"body":"  Bonjour, nous déménageons le mois prochain.  "}"#)
            let again = try await api.post("\(dossier)/messages", json: #"{"body":"Bonjour, nous déménageons le mois prochain."}"#)
            let form = Self.form([("body", "Voici le nouveau bail.")], file: ("bail.pdf", "application/pdf", Journey.pdf))
            let withFile = try await api.send(.post, "\(dossier)/messages", bytes: form.bytes, contentType: form.contentType)
            let record = try #require(try await Dossier.find(id, on: site.db))
            try await DossierMessagesTests.messages(site).post(to: record, by: .agent(nil), body: "Bien reçu.", attachment: nil)
            let list = try await api.get("\(dossier)/messages")

            // then
            #expect(empty.status == .ok && (empty.json["messages"] as? [Any])?.isEmpty == true)
            #expect(first.status == .created, "\(first.body)")
            #expect(first.json["body"] as? String == "Bonjour, nous déménageons le mois prochain.")
            #expect(first.json["author"] as? String == "family")
            #expect(first.body.contains(#""attachment":null"#))
            #expect(again.status == .ok && again.json["id"] as? String == first.json["id"] as? String)
            #expect(withFile.status == .created, "\(withFile.body)")
            let attachment = try #require(withFile.json["attachment"] as? [String: Any])
            #expect(attachment["name"] as? String == "bail.pdf" && attachment["mediaType"] as? String == "application/pdf")
            #expect(attachment["size"] as? Int == Journey.pdf.count)
            let messages = try #require(list.json["messages"] as? [[String: Any]])
            #expect(messages.count == 3)
            #expect(messages.map { $0["author"] as? String }.sorted { ($0 ?? "") < ($1 ?? "") } == ["family", "family", "prefecture"])
            #expect(try await DossierMessage.query(on: site.db).count() == 3)
            #expect(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).filter(\.$action == "message").count() == 3)
            #expect(try await Self.state(site, id) == .filed)

            // and the file comes back as a download, under a name the service makes
            let messageID = try #require(withFile.json["id"] as? String)
            let download = try await api.get("\(dossier)/messages/\(messageID)/attachment")
            #expect(download.status == .ok)
            #expect(download.headers[.contentType] == "application/pdf")
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"message-\(messageID.prefix(8)).pdf\"")
            #expect(download.body.hasPrefix("%PDF"))
            let textOnly = try #require(first.json["id"] as? String)
            #expect(try await api.get("\(dossier)/messages/\(textOnly)/attachment").status == .notFound)
            #expect(try await api.get("\(dossier)/messages/not-a-uuid/attachment").errorField == "message")
        }
    }

    @Test func refusedMessagesNameEachFieldAndSaveNothing() async throws {
        try await withTestSite { site in
            // given
            let (api, dossier, _) = try await Self.filed(site)
            let html = Self.form([("body", "Voir pièce jointe")], file: ("page.pdf", "application/pdf", Array("<html><script>".utf8)))
            let blank = Self.form([("body", "   ")])
            let misnamed = Self.form([("body", "Bonjour"), ("subject", "Déménagement")])

            // when
            let missing = try await api.post("\(dossier)/messages", json: "{}")
            let tooLong = try await api.post("\(dossier)/messages", json: #"{"body":""# + String(repeating: "a", count: 5001) + #""}"#)
            let unknown = try await api.post("\(dossier)/messages", json: #"{"body":"Bonjour","file":"bail.pdf"}"#)
            let wrongType = try await api.post("\(dossier)/messages", json: #"{"body":["Bonjour"]}"#)
            let disguised = try await api.send(.post, "\(dossier)/messages", bytes: html.bytes, contentType: html.contentType)
            let blankForm = try await api.send(.post, "\(dossier)/messages", bytes: blank.bytes, contentType: blank.contentType)
            let extraField = try await api.send(.post, "\(dossier)/messages", bytes: misnamed.bytes, contentType: misnamed.contentType)
            let plain = try await api.send(.post, "\(dossier)/messages", bytes: Array("Bonjour".utf8), contentType: "text/plain")
            let cut = try await api.send(.post, "\(dossier)/messages", bytes: Array("--x\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nBon".utf8),
                                         contentType: "multipart/form-data; boundary=x")

            // then
            #expect(missing.status == .unprocessableContent && Set(missing.fields.keys) == ["body"])
            #expect(missing.fields["body"] == "Écrivez votre message")
            #expect(tooLong.status == .unprocessableContent && tooLong.fields["body"]?.contains("5000") == true)
            #expect(unknown.status == .unprocessableContent && Set(unknown.fields.keys) == ["file"])
            #expect(wrongType.status == .badRequest && wrongType.errorField == "body")
            #expect(disguised.status == .unprocessableContent && Set(disguised.fields.keys) == ["file"])
            #expect(blankForm.status == .unprocessableContent && Set(blankForm.fields.keys) == ["body"])
            #expect(extraField.status == .unprocessableContent && Set(extraField.fields.keys) == ["subject"])
            #expect(plain.status == .unsupportedMediaType && plain.errorField == "Content-Type")
            #expect(cut.status == .badRequest)
            #expect(try await DossierMessage.query(on: site.db).count() == 0)
            #expect(try await DossierEvent.query(on: site.db).filter(\.$action == "message").count() == 0)
        }
    }

    @Test func aMultipartTextBeyondWhatItsFieldHoldsIsRefusedNamingTheField() async throws {
        try await withTestSite { site in
            // given
            let (api, dossier, _) = try await Self.filed(site)
            let longBody = Self.form([("body", String(repeating: "a", count: 1_000_000))])
            let longOther = Self.form([("body", "Bonjour"), ("note", String(repeating: "a", count: 1_000_000))])

            // when
            let body = try await api.send(.post, "\(dossier)/messages", bytes: longBody.bytes, contentType: longBody.contentType)
            let other = try await api.send(.post, "\(dossier)/messages", bytes: longOther.bytes, contentType: longOther.contentType)

            // then: the message is too long (as in JSON); any other text is too large for what it may be
            #expect(body.status == .unprocessableContent && Set(body.fields.keys) == ["body"], "\(body.body)")
            #expect(body.fields["body"]?.contains("5000") == true)
            #expect(other.status == .contentTooLarge && other.errorField == "note", "\(other.body)")
            #expect(try await DossierMessage.query(on: site.db).count() == 0)
        }
    }

    @Test func aDraftHasNoMessagesAndAnotherMembersDossierIsNotFound() async throws {
        try await withTestSite { site in
            // given: a draft, and another member's filed dossier with a message carrying a file
            let api = try await APIJourney.member(site, email: "brouillon@example.fr")
            let draft = try await APIJourney.start(api)
            let (owner, dossier, _) = try await Self.filed(site, email: "owner@example.fr")
            let form = Self.form([("body", "Le bail")], file: ("bail.pdf", "application/pdf", Journey.pdf))
            let sent = try await owner.send(.post, "\(dossier)/messages", bytes: form.bytes, contentType: form.contentType)
            let messageID = try #require(sent.json["id"] as? String)

            // when
            let draftList = try await api.get("\(draft)/messages")
            let draftPost = try await api.post("\(draft)/messages", json: #"{"body":"Bonjour"}"#)
            let strangerList = try await api.get("\(dossier)/messages")
            let strangerPost = try await api.post("\(dossier)/messages", json: #"{"body":"Bonjour"}"#)
            let strangerFile = try await api.get("\(dossier)/messages/\(messageID)/attachment")

            // then
            #expect(draftList.status == .conflict && draftPost.status == .conflict)
            #expect(strangerList.status == .notFound && strangerPost.status == .notFound && strangerFile.status == .notFound)
            #expect(!strangerFile.body.contains("%PDF"))
            #expect(try await DossierMessage.query(on: site.db).count() == 1)
        }
    }

    // MARK: Answer to a request for documents

    @Test func answeringARequestResumesInstructionOnceAndOnlyWhileDocumentsAreAwaited() async throws {
        try await withTestSite { site in
            // given: a filed dossier
            let (api, dossier, id) = try await Self.filed(site)
            let stranger = try await APIJourney.member(site, email: "stranger@example.fr")
            let workflow = Self.workflow(site)

            // when: answering before anything was asked
            let early = try await api.send(.post, "\(dossier)/answer")
            // then
            #expect(early.status == .conflict && early.errorField == nil)
            #expect(try await Self.state(site, id) == .filed)

            // when: the préfecture asks for a document, a stranger answers, then the family, twice
            try await workflow.startInstruction(id, by: nil)
            try await workflow.requestDocuments(id, by: nil, codes: [.addressProof], why: "le justificatif a plus de 3 mois",
                                                replyBy: CivilDate(year: 2026, month: 12, day: 20)!)
            let foreign = try await stranger.send(.post, "\(dossier)/answer")
            let empty = try await api.send(.post, "\(dossier)/answer")
            try await Journey.sendRequested(site, id, codes: [.addressProof])
            let answered = try await api.send(.post, "\(dossier)/answer")
            let again = try await api.send(.post, "\(dossier)/answer")

            // then
            #expect(foreign.status == .notFound)
            // An answer without the document asked does not go, and names it (docs/states.md#answering-a-request).
            #expect(empty.status == .unprocessableContent && empty.errorField == "file-address-proof", "\(empty.body)")
            #expect(answered.status == .ok, "\(answered.body)")
            #expect(answered.json["state"] as? String == "under-instruction")
            #expect(answered.json["implicitRefusalOn"] as? String == "2027-01-25")
            #expect(again.status == .conflict)
            #expect(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).filter(\.$action == "answer-request").count() == 1)
        }
    }

    // MARK: Postponement

    @Test func postponementNeedsAReasonAndAFirstDayAndADocumentAvailable() async throws {
        try await withTestSite { site in
            // given: a filed dossier, not yet granted
            let (api, dossier, id) = try await Self.filed(site)
            let stranger = try await APIJourney.member(site, email: "stranger@example.fr")
            let body = #"{"reason":"examen scolaire ce jour-là","availableFrom":"2026-12-17","dates":"le matin"}"#

            // when: too early
            let early = try await api.post("\(dossier)/postponement", json: body)
            // then
            #expect(early.status == .conflict)

            // when: the document is available; empty answers, unknown ones, a stranger, then a good request, twice
            let workflow = Self.workflow(site)
            try await workflow.startInstruction(id, by: nil)
            try await workflow.grant(id, by: nil, dcemNumber: "DCEM0000001")
            try await DossierCounterTests.openCounter(site)
            try await workflow.makeAvailable(id, by: nil)
            let version = try #require(try await Dossier.find(id, on: site.db)).version
            let missing = try await api.post("\(dossier)/postponement", json: #"{"reason":"   "}"#)
            let english = try await api.send(.post, "\(dossier)/postponement", json: #"{"dates":"mardi","when":"soon"}"#, headers: [.acceptLanguage: "en"])
            let wrongType = try await api.post("\(dossier)/postponement", json: #"{"reason":true,"dates":"mardi"}"#)
            // a day that does not exist, today (not after it), after the last day to collect (25 February 2027), not a date at all
            var badDays: [APIClient.Reply] = []
            for day in ["2026-02-30", "2026-11-25", "2027-02-26", "mardi"] {
                badDays.append(try await api.post("\(dossier)/postponement", json: #"{"reason":"examen","availableFrom":"\#(day)"}"#))
            }
            let foreign = try await stranger.post("\(dossier)/postponement", json: body)
            let unchanged = try #require(try await Dossier.find(id, on: site.db))
            let asked = try await api.post("\(dossier)/postponement", json: body)
            let again = try await api.post("\(dossier)/postponement", json: body)

            // then
            #expect(missing.status == .unprocessableContent && Set(missing.fields.keys) == ["reason", "availableFrom"])
            for bad in badDays {
                #expect(bad.status == .unprocessableContent && Set(bad.fields.keys) == ["availableFrom"])
                #expect(bad.fields["availableFrom"] == "Indiquez une date qui existe, entre le 26 novembre 2026 et le 25 février 2027")
            }
            #expect(missing.fields["reason"] == "Indiquez : pourquoi ne pouvez-vous pas venir ?")
            #expect(english.status == .unprocessableContent && Set(english.fields.keys) == ["reason", "availableFrom", "when"])
            #expect(wrongType.status == .badRequest && wrongType.errorField == "reason")
            #expect(foreign.status == .notFound)
            #expect(unchanged.version == version && unchanged.currentState == .documentAvailable && unchanged.decodedOutcome()?.postponement == nil)
            #expect(asked.status == .ok, "\(asked.body)")
            #expect(asked.json["state"] as? String == "postponement-requested")
            let postponement = (asked.json["outcome"] as? [String: Any])?["postponement"] as? [String: Any]
            #expect(postponement?["reason"] as? String == "examen scolaire ce jour-là")
            #expect(postponement?["availableFrom"] as? String == "2026-12-17")
            #expect(postponement?["proposedDates"] as? String == "le matin")
            #expect(again.status == .conflict)
        }
    }

    // MARK: Renewal, brother or sister

    @Test func aSiblingDraftStartsOnceFromAFiledCase() async throws {
        try await withTestSite { site in
            // given
            let (api, dossier, id) = try await Self.filed(site)
            let stranger = try await APIJourney.member(site, email: "stranger@example.fr")

            // when: a stranger tries, then the family, twice
            let foreign = try await stranger.send(.post, "\(dossier)/sibling")
            let started = try await api.send(.post, "\(dossier)/sibling")
            let again = try await api.send(.post, "\(dossier)/sibling")

            // then: one new draft, shaped like any dossier, with the family's answers and not the child's
            #expect(foreign.status == .notFound)
            #expect(started.status == .created, "\(started.body)")
            let draftID = try #require(started.json["id"] as? String)
            #expect(started.headers[.location] == "/api/v1/dossiers/\(draftID)")
            #expect(started.json["state"] as? String == "draft" && started.json["version"] as? Int == 1)
            let answers = try #require(started.json["answers"] as? [String: Any])
            #expect(answers["child"] == nil || answers["child"] is NSNull)
            #expect((answers["parents"] as? [Any])?.count == 1)
            #expect(started.json["slots"] != nil && started.json["sections"] != nil)
            #expect(again.status == .ok && again.json["id"] as? String == draftID)
            #expect(try await Dossier.query(on: site.db).count() == 2)
            #expect(try await Dossier.find(UUID(uuidString: draftID)!, on: site.db)?.sourceID == id)

            // and a draft can not be copied
            #expect(try await api.send(.post, "/api/v1/dossiers/\(draftID)/sibling").status == .conflict)
            #expect(try await Dossier.query(on: site.db).count() == 2)
        }
    }

    @Test func aRenewalStartsOnlyFromADCEMHandedOver() async throws {
        try await withTestSite { site in
            // given: a filed case
            let (api, dossier, id) = try await Self.filed(site)
            let stranger = try await APIJourney.member(site, email: "stranger@example.fr")

            // when: renewing too early
            let early = try await api.send(.post, "\(dossier)/renewal")
            // then
            #expect(early.status == .conflict && early.json["error"] != nil)
            #expect(try await Dossier.query(on: site.db).count() == 1)

            // when: once handed over, a stranger tries, then the family, twice
            let record = try #require(try await Dossier.find(id, on: site.db))
            record.state = DossierState.delivered.rawValue
            try await record.update(on: site.db)
            let foreign = try await stranger.send(.post, "\(dossier)/renewal")
            let renewed = try await api.send(.post, "\(dossier)/renewal")
            let again = try await api.send(.post, "\(dossier)/renewal")

            // then: one draft for the same child, every answer carried over
            #expect(foreign.status == .notFound)
            #expect(renewed.status == .created, "\(renewed.body)")
            let draftID = try #require(renewed.json["id"] as? String)
            #expect(renewed.json["state"] as? String == "draft")
            #expect(((renewed.json["answers"] as? [String: Any])?["child"] as? [String: Any])?["givenNames"] as? String == "Yasmine")
            #expect(again.status == .ok && again.json["id"] as? String == draftID)
            #expect(try await Dossier.query(on: site.db).count() == 2)
        }
    }
}
