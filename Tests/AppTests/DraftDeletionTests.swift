import FluentKit
import Foundation
import Testing

@testable import App

/// A family deletes a draft it no longer wants (docs/states.md#family-actions): answers, file
/// records and history go; a filed case cannot be deleted; a second click ends where the first did.
@Suite struct DraftDeletionTests {
    @Test func aDraftIsDeletedAfterAConfirmationAndASecondClickChangesNothing() async throws {
        try await withTestSite { site in
            // given: a complete draft, files included
            let family = try await Accounts.member(site, email: "brouillon@example.fr")
            let dossier = try await Journey.complete(family, childSurname: "Oublié")
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))
            #expect(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).count() > 0)

            // when: the task list leads to a confirmation, which deletes
            let tasks = try await family.get(dossier)
            #expect(tasks.body.contains(#"href="\#(dossier)/supprimer""#))
            let confirmation = try await family.get("\(dossier)/supprimer")
            #expect(confirmation.status == .ok && confirmation.body.contains("Rien n’a été envoyé à la préfecture"))
            let deleted = try await family.post("\(dossier)/supprimer", form: [], csrf: confirmation.csrfToken)
            let again = try await family.post("\(dossier)/supprimer", form: [], csrf: confirmation.csrfToken)

            // then: gone, with what it held; the list says so; the second click lands in the same place
            #expect(deleted.status == .seeOther && deleted.location == "/mes-demandes?fait=suppression")
            #expect(again.status == .seeOther && again.location == deleted.location)
            #expect(try await Dossier.find(id, on: site.db) == nil)
            #expect(try await DossierDocument.query(on: site.db).filter(\.$dossierID == id).count() == 0)
            #expect(try await DossierEvent.query(on: site.db).filter(\.$dossierID == id).count() == 0)
            let list = try await family.get("/mes-demandes?fait=suppression")
            #expect(list.body.contains("Le brouillon a été supprimé.") && !list.body.contains("Oublié"))
            #expect(try await family.get(dossier).status == .notFound)
        }
    }

    @Test func aFiledCaseIsNotDeletedAndAStrangerFindsNothing() async throws {
        try await withTestSite { site in
            let family = try await Accounts.member(site, email: "depose@example.fr")
            let (dossier, id) = try await Journey.filed(family)
            let stranger = try await Accounts.member(site, email: "curieux@example.fr")
            let strangerForm = try await stranger.get("/compte")

            let page = try await family.get("\(dossier)/supprimer")
            let case_ = try await family.get(dossier)
            let posted = try await family.post("\(dossier)/supprimer", form: [], csrf: case_.csrfToken)
            let foreign = try await stranger.post("\(dossier)/supprimer", form: [], csrf: strangerForm.csrfToken)

            #expect(page.status == .seeOther && page.location == dossier)
            #expect(posted.status == .seeOther && posted.location == dossier)
            #expect(foreign.status == .notFound)
            #expect(try await Dossier.find(id, on: site.db)?.currentState == .filed)
        }
    }
}
