import FluentKit
import Foundation
import Testing

@testable import App

/// A family whose session ended is told so, and led back (docs/pages.md#signed-out): a form sent then
/// is not saved and the page says that plainly; a page asked then comes back after sign-in.
@Suite struct SignedOutTests {
    @Test func aFormSentAfterTheSessionEndedSaysSignedOutAndLeadsBackToThePage() async throws {
        try await withTestSite { site in
            // given: a member on a section of their draft, whose session then ends
            let family = try await Accounts.member(site, email: "deconnecte@example.fr")
            let dossier = try await Journey.start(family)
            let form = try await family.get("\(dossier)/enfant")
            try await SessionRecord.query(on: site.db).delete()

            // when: the form is sent
            let sent = try await family.post("\(dossier)/enfant", form: [("surname", "Benali")], csrf: form.csrfToken)

            // then: not "the form expired", but signed out, with the way back to this page
            #expect(sent.status == .forbidden)
            #expect(sent.body.contains("Vous avez été déconnecté"))
            #expect(sent.body.contains("ce dernier envoi n’a pas été enregistré"))
            #expect(sent.body.contains(#"href="/compte/connexion?suite=\#(dossier)/enfant""#))
            // and the page itself, asked now, goes to sign-in and comes back
            let asked = try await family.get("\(dossier)/enfant")
            #expect(asked.location == "/compte/connexion?suite=\(dossier)/enfant")
        }
    }

    @Test func aFormWithAForeignTokenStillSaysTheFormExpired() async throws {
        try await withTestSite { site in
            let family = try await Accounts.member(site, email: "jeton@example.fr")
            let dossier = try await Journey.start(family)
            let sent = try await family.post("\(dossier)/enfant", form: [("surname", "Benali")], csrf: "not-the-token")
            #expect(sent.status == .forbidden)
            #expect(sent.body.contains("Ce formulaire a expiré") && !sent.body.contains("déconnecté"))
        }
    }

    @Test func theHeaderNamesWhoIsSignedInAndSignsOut() async throws {
        try await withTestSite { site in
            // given: a member on their area's pages
            let family = try await Accounts.member(site, email: "entete@example.fr")
            let dossier = try await Journey.start(family)
            for path in ["/mes-demandes", dossier, "/compte"] {
                let page = try await family.get(path)
                // then: the header names them, links to their account and offers to sign out
                #expect(page.body.contains(#"class="site-nav__account">Mon compte (entete@example.fr)</a>"#), "\(path)")
                #expect(page.body.contains(#"action="/compte/deconnexion""#), "\(path)")
            }
            // when: they sign out from the header's button
            let page = try await family.get("/mes-demandes")
            _ = try await family.post("/compte/deconnexion", form: [], csrf: page.csrfToken)
            // then: their pages ask to sign in again, and a public page names nobody
            #expect(try await family.get("/mes-demandes").location?.hasPrefix("/compte/connexion") == true)
            #expect(!(try await family.get("/").body.contains("entete@example.fr")))
        }
    }
}
