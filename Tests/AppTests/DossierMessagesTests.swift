import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// Messages between the family and the préfecture (docs/states.md#messages: every state but
/// draft, no state change).
@Suite struct DossierMessagesTests {
    static func messages(_ site: TestSite) -> DossierMessages {
        let database = site.database
        return DossierMessages(store: DossierStore(database: { database.db }), publicURL: site.config.publicURL, now: { testNow })
    }

    static func action(_ page: Browser.Page) throws -> String {
        try #require(Journey.uploadActions(page).first)
    }

    @Test func familyWritesWithAnAttachmentAndAResentFormAddsNothing() async throws {
        try await withTestSite { site in
            // given: a filed dossier
            let browser = try await Accounts.member(site, email: "ecrit@example.fr")
            let (dossier, id) = try await Journey.filed(browser)
            let state = try #require(try await Dossier.find(id, on: site.db)).state
            let form = try await browser.get("\(dossier)/messages")
            #expect(form.status == .ok)
            #expect(form.body.contains("Aucun message"))

            // when: the family writes with a PDF attached, then the same form is sent again
            let action = try Self.action(form)
            let fields = [("body", "Bonjour,\nnous déménageons le mois prochain.")]
            let sent = try await browser.upload(action, fields: fields, fileName: "bail.pdf", type: "application/pdf", bytes: Journey.pdf, csrf: nil)
            let resent = try await browser.upload(action, fields: fields, fileName: "bail.pdf", type: "application/pdf", bytes: Journey.pdf, csrf: nil)

            // then: one message, its event, no change of state, the text and the file shown
            #expect(sent.status == .seeOther)
            #expect(resent.status == .seeOther)
            let stored = try await DossierMessage.query(on: site.db).filter(\.$dossierID == id).all()
            #expect(stored.count == 1)
            #expect(stored.first?.attachmentName == "bail.pdf")
            #expect(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).filter(\.$action == "message").count() == 1)
            #expect(try #require(try await Dossier.find(id, on: site.db)).state == state)
            let page = try await browser.get(try #require(sent.location))
            #expect(page.body.contains("nous déménageons le mois prochain."))
            #expect(page.body.contains("Votre message a été envoyé"))
            let download = try await browser.get("\(dossier)/messages/\(stored[0].id!.uuidString.lowercased())/piece-jointe")
            #expect(download.status == .ok)
            #expect(download.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(download.body.hasPrefix("%PDF"))
            #expect(try await browser.get(dossier).body.contains("Messages (1)"))
        }
    }

    @Test func emptyTextOrWrongFileIsRefusedNamingTheFieldAndNothingSaved() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site, email: "vide@example.fr")
            let (dossier, _) = try await Journey.filed(browser)
            let action = try Self.action(try await browser.get("\(dossier)/messages"))

            // when: no text, then a text with an executable attached
            let empty = try await browser.upload(action, fields: [("body", "   ")], fileName: "", type: "application/octet-stream", bytes: [], csrf: nil)
            let wrong = try await browser.upload(action, fields: [("body", "voici le fichier")], fileName: "virus.pdf", type: "application/pdf",
                                                 bytes: Array("MZ\u{90}\u{00}not a pdf".utf8), csrf: nil)
            let forged = try await browser.upload("\(dossier)/messages", fields: [("body", "x")], fileName: "", type: "text/plain", bytes: [],
                                                  csrf: "forged")

            // then
            #expect(empty.status == .unprocessableContent)
            #expect(empty.body.contains("href=\"#body\""))
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.body.contains("href=\"#file\""))
            #expect(wrong.body.contains("voici le fichier"))
            #expect(forged.status == .forbidden)
            #expect(try await DossierMessage.query(on: site.db).count() == 0)
        }
    }

    @Test func aTextLongerThanAMessageMayBeIsRefusedNamingTheField() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site, email: "bavard@example.fr")
            let (dossier, _) = try await Journey.filed(browser)
            let action = try Self.action(try await browser.get("\(dossier)/messages"))

            // when: a text far beyond what a message holds (5,000 characters), then one just within it
            let huge = try await browser.upload(action, fields: [("body", String(repeating: "a", count: 1_000_000))], fileName: "",
                                                type: "application/octet-stream", bytes: [], csrf: nil)
            let longest = try await browser.upload(action, fields: [("body", String(repeating: "😀", count: DossierMessages.maxLength))], fileName: "",
                                                   type: "application/octet-stream", bytes: [], csrf: nil)

            // then: the first is refused on the message's field, the second is sent
            #expect(huge.status == .unprocessableContent)
            #expect(huge.body.contains("href=\"#body\""))
            #expect(huge.body.contains("5000"))
            // (the text was not kept, so it is not sent back in the form either)
            #expect(huge.body.utf8.count < 100_000)
            #expect(longest.status == .seeOther)
            #expect(try await DossierMessage.query(on: site.db).count() == 1)
        }
    }

    @Test func aDraftHasNoMessagesAndAnotherMembersDossierIsNotFound() async throws {
        try await withTestSite { site in
            // given: a draft of one member, a filed dossier of another
            let owner = try await Accounts.member(site, email: "proprio@example.fr")
            let draft = try await Journey.start(owner)
            let (filed, _) = try await Journey.filed(owner, childSurname: "Haddad")
            let stranger = try await Accounts.member(site, email: "curieux@example.fr")

            // when
            let draftPage = try await owner.get("\(draft)/messages")
            let strangerPage = try await stranger.get("\(filed)/messages")
            let token = try #require(try await stranger.get("/demandes/nouvelle").csrfToken)
            let strangerPost = try await stranger.upload("\(filed)/messages", fields: [("body", "bonjour")], fileName: "", type: "text/plain",
                                                         bytes: [], csrf: token)

            // then
            #expect(draftPage.status == .seeOther)
            #expect(strangerPage.status == .notFound)
            #expect(strangerPost.status == .notFound)
            #expect(try await DossierMessage.query(on: site.db).count() == 0)
        }
    }

    @Test func aMessageFromThePrefectureIsMailedAndShownAsTheirs() async throws {
        try await withTestSite { site in
            // given
            let browser = try await Accounts.member(site, email: "lit@example.fr")
            let (dossier, id) = try await Journey.filed(browser)
            let record = try #require(try await Dossier.find(id, on: site.db))
            let user = try #require(try await User.query(on: site.db).filter(\.$email == "lit@example.fr").first())
            user.language = "en"
            try await user.update(on: site.db)

            // when: an agent writes through the shared service
            try await Self.messages(site).post(to: record, by: .agent(nil), body: "Merci de préciser l'adresse de l'école.", attachment: nil)

            // then: the family gets a mail in its language pointing to the messages, and the page says who wrote
            let mail = try #require(try await site.lastMail(to: "lit@example.fr", kind: "case-message"))
            #expect(mail.body.contains("The préfecture has written to you"))
            #expect(mail.body.contains("\(dossier)/messages"))
            let page = try await browser.get("\(dossier)/messages?lang=en")
            #expect(page.body.contains("The préfecture, on"))
            #expect(page.body.contains("préciser l&#39;adresse") || page.body.contains("préciser l'adresse"))
            // the case page puts the unanswered message first in what to do, until the family answers
            let casePage = try await browser.get("\(dossier)?lang=fr")
            #expect(casePage.body.contains(#"<a href="\#(dossier)/messages">La préfecture vous a écrit le 25 novembre 2026 : lisez son message</a>"#))
            try await Self.messages(site).post(to: record, by: .family(user.id!), body: "C'est l'école Jean Jaurès.", attachment: nil)
            #expect(!(try await browser.get(dossier)).body.contains("La préfecture vous a écrit"))
        }
    }
}
