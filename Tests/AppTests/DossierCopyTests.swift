import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// "File for another child" and "renew" (`CarryOver`, docs/glossary.md): a new draft prefilled from
/// an existing case.
@Suite struct DossierCopyTests {
    static func slots(_ site: TestSite, _ id: UUID) async throws -> Set<String> {
        Set(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).filter(\.$removedAt == nil).all().map(\.slot))
    }

    @Test func aBrotherOrSisterReusesTheFamilysAnswersAndDocumentsAndGetsACaseOfTheirOwn() async throws {
        try await withTestSite { site in
            // given: a filed case
            let browser = try await Accounts.member(site, email: "fratrie@example.fr")
            let (first, firstID) = try await Journey.filed(browser)
            let status = try await browser.get(first)
            #expect(status.body.contains("Faire une demande pour un autre enfant"))

            // when: "apply for another child", twice (a double submit)
            let started = try await browser.post("\(first)/autre-enfant", form: [], csrf: status.csrfToken)
            let again = try await browser.post("\(first)/autre-enfant", form: [], csrf: status.csrfToken)

            // then: one new draft, with the parents, applicant and home, and only the family's documents
            #expect(started.status == .seeOther)
            let second = try #require(started.location)
            #expect(again.location == second)
            let secondID = try #require(UUID(uuidString: String(second.split(separator: "/").last!)))
            #expect(try await Dossier.query(on: site.db).count() == 2)
            let source = try #require(try await Dossier.find(firstID, on: site.db))
            let copy = try #require(try await Dossier.find(secondID, on: site.db))
            #expect(copy.currentState == .draft)
            #expect(copy.sourceID == firstID)
            #expect(copy.childName == nil)
            #expect(copy.departement == source.departement)
            #expect(copy.decodedAnswers().parents == source.decodedAnswers().parents)
            #expect(copy.decodedAnswers().address == source.decodedAnswers().address)
            #expect(copy.decodedAnswers().situation.parent1 == source.decodedAnswers().situation.parent1)
            #expect(copy.decodedAnswers().situation.childBirth == nil)
            let copied = try await Self.slots(site, secondID)
            #expect(copied.contains(DocumentCode.addressProof.rawValue))
            #expect(copied.contains(DocumentCode.parentResidencePermit.rawValue))
            #expect(!copied.contains(DocumentCode.childIdentity.rawValue))
            #expect(!copied.contains(DocumentCode.filiation.rawValue))
            #expect(!copied.contains(photoSlot))
            let task = try await browser.get(second)
            #expect(task.body.contains(try #require(source.reference)))

            // and once the child's part is done, it files as a case of its own
            let csrf = try await browser.get("\(second)/enfant").csrfToken
            let child = try await browser.post("\(second)/enfant", form: [
                ("surname", "Benali"), ("givenNames", "Sami"), ("sex", "M"), ("birthPlace", "Casablanca"), ("birthCountry", "Maroc"),
                ("nationality", "marocaine"), ("passportNumber", "CD654321"), ("passportExpires-day", "1"), ("passportExpires-month", "6"),
                ("passportExpires-year", "2031"),
            ], csrf: csrf)
            #expect(child.status == .seeOther)
            try await Journey.answerSituation(browser, second)
            try await Journey.uploadDocuments(browser, second)
            try await Journey.uploadPhotos(browser, second)
            let check = try await browser.get("\(second)/verifier")
            #expect(try await browser.post("\(second)/deposer", form: [], csrf: check.csrfToken).status == .seeOther)
            let filed = try #require(try await Dossier.find(secondID, on: site.db))
            #expect(filed.currentState == .filed)
            #expect(filed.reference != nil && filed.reference != source.reference)
        }
    }

    @Test func renewalStartsOnlyFromAnIssuedDCEMAndCarriesEveryAnswer() async throws {
        try await withTestSite { site in
            // given: a filed case, not yet handed over
            let browser = try await Accounts.member(site, email: "renouvelle@example.fr")
            let (dossier, id) = try await Journey.filed(browser)
            let token = try #require(try await browser.get(dossier).csrfToken)

            // when: renewing too early, then once the DCEM was handed over
            let early = try await browser.post("\(dossier)/renouveler", form: [], csrf: token)
            let record = try #require(try await Dossier.find(id, on: site.db))
            record.state = DossierState.delivered.rawValue
            try await record.update(on: site.db)
            let page = try await browser.get(dossier)
            let renewed = try await browser.post("\(dossier)/renouveler", form: [], csrf: token)

            // then
            #expect(early.status == .conflict)
            #expect(page.body.contains("Commencer le renouvellement"))
            #expect(renewed.status == .seeOther)
            let draftID = try #require(renewed.location.flatMap { UUID(uuidString: String($0.split(separator: "/").last!)) })
            let draft = try #require(try await Dossier.find(draftID, on: site.db))
            #expect(draft.decodedAnswers() == record.decodedAnswers())
            #expect(draft.childName == record.childName)
            let kept = try await Self.slots(site, draftID)
            #expect(kept.contains(DocumentCode.filiation.rawValue))
            #expect(!kept.contains(DocumentCode.addressProof.rawValue))
            #expect(!kept.contains(photoSlot))
        }
    }

    @Test func anotherMembersCaseCanNotBeCopied() async throws {
        try await withTestSite { site in
            // given
            let owner = try await Accounts.member(site, email: "a@example.fr")
            let (dossier, _) = try await Journey.filed(owner)
            let stranger = try await Accounts.member(site, email: "b@example.fr")
            let token = try #require(try await stranger.get("/demandes/nouvelle").csrfToken)

            // when
            let copied = try await stranger.post("\(dossier)/autre-enfant", form: [], csrf: token)

            // then
            #expect(copied.status == .notFound)
            #expect(try await Dossier.query(on: site.db).count() == 1)
        }
    }
}
