import DCEMRules
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import App

/// The family's application through the JSON API, on the same services as the pages.
@Suite struct DossierAPITests {
    @Test func aScriptFillsInUploadsAndFilesOnceWithAReference() async throws {
        try await withTestSite { site in
            // given
            let api = try await APIJourney.member(site)
            let dossier = try await APIJourney.start(api)
            let draft = try await api.get(dossier).json
            #expect(draft["state"] as? String == "draft" && draft["version"] as? Int == 1)
            #expect((draft["sections"] as? [String: String])?["situation"] == "cannot-start-yet")

            // when: answers, documents, photos
            try await APIJourney.answer(api, dossier)
            let answered = try await api.get(dossier).json
            #expect((answered["eligibility"] as? [String: Any])?["outcome"] as? String == "eligible")
            #expect(((answered["answers"] as? [String: Any])?["situation"] as? [String: String])?["naissance"] == "2015-05-12")
            #expect((answered["sections"] as? [String: String])?["child"] == "completed")
            try await APIJourney.upload(api, dossier)

            // when: filed, then filed again (a retry)
            let filed = try await api.send(.post, "\(dossier)/file", headers: [.init("Idempotency-Key")!: "k-1"])
            let again = try await api.send(.post, "\(dossier)/file", headers: [.init("Idempotency-Key")!: "k-1"])

            // then
            #expect(filed.status == .ok, "\(filed.body)")
            #expect(filed.json["state"] as? String == "filed")
            #expect(filed.json["reference"] as? String == "DCEM-75-2026-000001")
            #expect(filed.json["filedOn"] as? String == "2026-11-25")
            #expect(filed.json["implicitRefusalOn"] as? String == "2027-01-25")
            #expect(again.status == .ok && again.json["reference"] as? String == "DCEM-75-2026-000001")
            let shown = try await api.get(dossier).json
            #expect(shown["state"] as? String == "filed" && shown["reference"] as? String == "DCEM-75-2026-000001")
            let events = (shown["events"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
            #expect(events.first == "created" && events.filter { $0 == "file" }.count == 1)
            let photos = (shown["slots"] as? [[String: Any]] ?? []).first { $0["id"] as? String == "photo" }
            #expect((photos?["documents"] as? [[String: Any]])?.count == 2)
            #expect(try await site.mails(to: "famille@example.fr").filter { $0.kind == "case-filed" }.count == 1)
            #expect(try await ReferenceCounter.query(on: site.db).first()?.lastSerial == 1)
            let list = try await api.get("/api/v1/dossiers").json["dossiers"] as? [[String: Any]]
            #expect(list?.count == 1 && list?.first?["reference"] as? String == "DCEM-75-2026-000001")

            // and answers can no longer change; withdrawal needs the current version
            #expect(try await api.put("\(dossier)/answers/address", json: APIJourney.address).status == .conflict)
            let version = try #require(shown["version"] as? Int)
            let stale = try await api.post("\(dossier)/withdraw", json: #"{"version":\#(version - 1)}"#)
            #expect(stale.status == .conflict)
            let withdrawn = try await api.post("\(dossier)/withdraw", json: #"{"version":\#(version)}"#)
            #expect(withdrawn.status == .ok && withdrawn.json["state"] as? String == "withdrawn")
        }
    }

    @Test func filingAnIncompleteDraftNamesWhatIsMissing() async throws {
        try await withTestSite { site in
            // given
            let api = try await APIJourney.member(site)
            let dossier = try await APIJourney.start(api)
            // when
            let refused = try await api.send(.post, "\(dossier)/file")
            // then
            #expect(refused.status == .unprocessableContent)
            #expect(refused.fields["child"] != nil && refused.fields["situation"] != nil && refused.fields["slots.photo"] != nil)
            #expect(try await Dossier.query(on: site.db).first()?.reference == nil)
        }
    }

    @Test func anotherMembersDossierOrAnUnknownIdIsNotFound() async throws {
        try await withTestSite { site in
            // given
            let owner = try await APIJourney.member(site, email: "owner@example.fr")
            let dossier = try await APIJourney.start(owner)
            let stranger = try await APIJourney.member(site, email: "stranger@example.fr")
            let documentID = UUID().uuidString.lowercased()
            // when / then
            #expect(try await stranger.get(dossier).status == .notFound)
            #expect(try await stranger.put("\(dossier)/answers/child", json: APIJourney.child).status == .notFound)
            #expect(try await stranger.send(.post, "\(dossier)/documents/photo?takenOn=2026-10-01", bytes: Journey.jpeg, contentType: "image/jpeg").status == .notFound)
            #expect(try await stranger.send(.delete, "\(dossier)/documents/\(documentID)").status == .notFound)
            #expect(try await stranger.send(.post, "\(dossier)/file").status == .notFound)
            #expect(try await stranger.post("\(dossier)/withdraw", json: #"{"version":1}"#).status == .notFound)
            #expect(try await stranger.get("/api/v1/dossiers/\(UUID().uuidString)").status == .notFound)
            #expect(try await stranger.get("/api/v1/dossiers").json["dossiers"] as? [Any] != nil)
            #expect((try await stranger.get("/api/v1/dossiers").json["dossiers"] as? [Any])?.isEmpty == true)
            #expect(try await Dossier.query(on: site.db).first()?.version == 1)
        }
    }

    @Test func refusedAnswersNameEachFieldAndSaveNothing() async throws {
        try await withTestSite { site in
            // given
            let api = try await APIJourney.member(site)
            let dossier = try await APIJourney.start(api)

            // when
            let child = try await api.put("\(dossier)/answers/child", json: #"{"surname":"Benali","sex":"X","passportExpires":"demain","colour":"blue"}"#)
            let parents = try await api.put("\(dossier)/answers/parents", json: #"{"parents":[{"surname":"Benali"},{"givenNames":"Amina","nationality":"marocaine"}]}"#)
            let address = try await api.put("\(dossier)/answers/address?lang=en", json: #"{"line1":"3 quai Voltaire","postalCode":"98000","city":""}"#)
            let situation = try await api.put("\(dossier)/answers/situation", json: #"{"nationalite-enfant":"other","titre-de-sejour-enfant":"no","naissance":"2015-13-40","ase":"no","departement":"75"}"#)
            let english = try await api.send(.put, "\(dossier)/answers/address", json: #"{"line1":"","postalCode":"7501","city":"Paris"}"#,
                                             headers: [.acceptLanguage: "en"])
            let start = try await api.post("/api/v1/dossiers", json: #"{"profile":"astronaut"}"#)

            // then
            #expect(child.status == .unprocessableContent)
            #expect(Set(child.fields.keys) == ["givenNames", "sex", "birthPlace", "birthCountry", "nationality", "passportExpires", "colour"])
            #expect(child.fields["givenNames"]?.hasPrefix("Indiquez") == true)
            #expect(parents.status == .unprocessableContent)
            #expect(parents.fields["parents[0].givenNames"] != nil && parents.fields["parents[1].surname"] != nil && parents.fields["parents[1].givenNames"] == nil)
            #expect(Set(address.fields.keys) == ["postalCode", "city"])
            #expect(Set(situation.fields.keys) == ["naissance", "departement"], "\(situation.body)")
            #expect(english.fields["postalCode"]?.contains("Enter the 5-digit postcode") == true)
            #expect(Set(start.fields.keys) == ["profile", "role"])
            #expect(try await Dossier.query(on: site.db).count() == 1)
            let record = try #require(try await Dossier.query(on: site.db).first())
            #expect(record.version == 1 && record.decodedAnswers().child == nil && record.departement == nil)
        }
    }

    @Test func malformedBodiesAndIdsAreBadRequestsNamingTheField() async throws {
        try await withTestSite { site in
            // given
            let api = try await APIJourney.member(site)
            let dossier = try await APIJourney.start(api)
            // when
            let syntax = try await api.put("\(dossier)/answers/child", json: #"{"surname": "Benali",}"#)
            let notObject = try await api.post("/api/v1/dossiers", json: "[1,2]")
            let wrongType = try await api.put("\(dossier)/answers/child", json: #"{"surname": ["Benali"]}"#)
            let badID = try await api.get("/api/v1/dossiers/not-a-uuid")
            let badDocument = try await api.send(.delete, "\(dossier)/documents/not-a-uuid")
            let noVersion = try await api.post("\(dossier)/withdraw", json: #"{"version":"1"}"#)
            let unknownSection = try await api.put("\(dossier)/answers/pieces", json: "{}")
            let tooLarge = try await api.put("\(dossier)/answers/child", json: #"{"surname":""# + String(repeating: "a", count: 70_000) + #""}"#)
            // then
            #expect(syntax.status == .badRequest && syntax.errorField == "body")
            #expect(notObject.status == .badRequest && notObject.errorField == "body")
            #expect(wrongType.status == .badRequest && wrongType.errorField == "surname")
            #expect(badID.status == .badRequest && badID.errorField == "dossier")
            #expect(badDocument.status == .badRequest && badDocument.errorField == "document")
            #expect(noVersion.status == .badRequest && noVersion.errorField == "version")
            #expect(unknownSection.status == .notFound)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(try await Dossier.query(on: site.db).first()?.version == 1)
        }
    }

    @Test func uploadsAreCheckedByTypeContentSizeAndDateWithNothingSaved() async throws {
        try await withTestSite { site in
            // given
            let api = try await APIJourney.member(site)
            let dossier = try await APIJourney.start(api)
            try await APIJourney.answer(api, dossier)
            let slot = try #require(try await APIJourney.slots(api, dossier).first { $0 != "photo" })

            // when
            let declared = try await api.send(.post, "\(dossier)/documents/\(slot)", bytes: Array("<html>".utf8), contentType: "text/html")
            let disguised = try await api.send(.post, "\(dossier)/documents/\(slot)", bytes: Array("<html><script>".utf8), contentType: "application/pdf")
            let empty = try await api.send(.post, "\(dossier)/documents/\(slot)", bytes: [], contentType: "application/pdf")
            let big = try await api.send(.post, "\(dossier)/documents/\(slot)", bytes: Journey.pdf + [UInt8](repeating: 0x20, count: 10 * 1024 * 1024),
                                         contentType: "application/pdf")
            let oldPhoto = try await api.send(.post, "\(dossier)/documents/photo?takenOn=2026-05-24", bytes: Journey.jpeg, contentType: "image/jpeg")
            let undated = try await api.send(.post, "\(dossier)/documents/photo", bytes: Array("nope".utf8), contentType: "image/jpeg")
            let noSlot = try await api.send(.post, "\(dossier)/documents/passport-of-the-cat", bytes: Journey.pdf, contentType: "application/pdf")

            // then
            #expect(declared.status == .unsupportedMediaType && declared.errorField == "Content-Type")
            #expect(disguised.status == .unprocessableContent && disguised.fields["body"]?.contains("PDF, un JPEG ou un PNG") == true)
            #expect(empty.status == .unprocessableContent && empty.fields["body"] != nil)
            #expect(big.status == .contentTooLarge)
            #expect(oldPhoto.status == .unprocessableContent && oldPhoto.fields["takenOn"]?.contains("25 mai 2026") == true)
            #expect(Set(undated.fields.keys) == ["takenOn", "body"])
            #expect(noSlot.status == .notFound)
            #expect(try await DossierDocument.query(on: site.db).count() == 0)

            // and a good file is kept, then removed without losing its row
            let good = try await api.send(.post, "\(dossier)/documents/\(slot)?fileName=..%2F..%2Fetc%2Facte.pdf", bytes: Journey.pdf, contentType: "application/pdf")
            #expect(good.status == .created)
            #expect(good.json["fileName"] as? String == "acte.pdf" && good.json["mediaType"] as? String == "application/pdf")
            let id = try #require(good.json["id"] as? String)
            #expect(try await api.send(.delete, "\(dossier)/documents/\(id)").status == .noContent)
            #expect(try await api.send(.delete, "\(dossier)/documents/\(id)").status == .notFound)
            #expect(try await DossierDocument.query(on: site.db).first()?.removedAt != nil)
        }
    }
}
