import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// A member claims to head a school; the préfecture of the school's département decides
/// (docs/pages.md#schools).
@Suite struct SchoolAccountTests {
    @Test func aHeadRegistersTheSchoolAndTheSupervisorOfItsDepartementApproves() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "principal@college.fr")
            var page = try await head.get("/etablissement")
            #expect(page.status == .ok)

            // a code whose letter does not match, no name, no confirmation: each field named, nothing saved
            let wrong = try await head.post("/etablissement", form: [("uai", "0750654E"), ("school", ""), ("head", "Claire Martin")], csrf: page.csrfToken)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.body.contains("la lettre ne correspond pas aux chiffres"))
            #expect(wrong.body.contains("Indiquez le nom de l’établissement."))
            #expect(wrong.body.contains("Cochez la case"))
            #expect(try await School.query(on: site.db).count() == 0)

            // sent twice (a double click): one school, one claim, waiting for Paris
            let form = [("uai", " 0750654d "), ("school", "Lycée Henri-IV"), ("head", "Claire Martin"), ("confirm-yes", "on")]
            #expect(try await head.post("/etablissement", form: form, csrf: page.csrfToken).status == .seeOther)
            #expect(try await head.post("/etablissement", form: form, csrf: page.csrfToken).status == .seeOther)
            #expect(try await School.query(on: site.db).count() == 1)
            #expect(try await SchoolHead.query(on: site.db).count() == 1)
            page = try await head.get("/etablissement")
            #expect(page.body.contains("En attente de validation"))
            #expect(try #require(try await School.query(on: site.db).first()).uai == "0750654D")

            // a plain agent may not decide; a supervisor of another département does not see it
            let agent = try await Agents.signedIn(site)
            #expect(try await agent.get("/backoffice/etablissements").status == .forbidden)
            let lyon = try await Agents.signedIn(site, prefecture: "69", email: "chef.lyon@interieur.gouv.fr", role: "supervisor")
            let lyonDesk = try await lyon.get("/backoffice/etablissements")
            #expect(!lyonDesk.body.contains("Lycée Henri-IV"))
            let claim = try #require(try await SchoolHead.query(on: site.db).first())
            let approve = "/backoffice/etablissements/\(claim.id!.uuidString.lowercased())/valider"
            #expect(try await lyon.post(approve, form: [], csrf: lyonDesk.csrfToken).status == .notFound)

            // the Paris supervisor approves; a second approval (another tab) changes nothing
            let paris = try await Agents.signedIn(site, email: "chef.paris@interieur.gouv.fr", role: "supervisor")
            let desk = try await paris.get("/backoffice/etablissements")
            #expect(desk.body.contains("Lycée Henri-IV (0750654D)"))
            #expect(desk.body.contains("principal@college.fr"))
            #expect(try await paris.post(approve, form: [], csrf: desk.csrfToken).status == .seeOther)
            #expect(try await paris.post(approve, form: [], csrf: desk.csrfToken).status == .conflict)
            #expect(try #require(try await SchoolHead.find(claim.id!, on: site.db)).currentState == .approved)
            #expect(try await site.mails(to: "principal@college.fr").filter { $0.kind == "school-head-approved" }.count == 1)
            #expect(try await head.get("/etablissement").body.contains("Validé"))
        }
    }

    @Test func aRefusalNeedsItsReasonAndTheHeadReadsIt() async throws {
        try await withTestSite { site in
            let head = try await Accounts.member(site, email: "directeur@ecole.fr")
            let page = try await head.get("/etablissement")
            let form = [("uai", "0750655E"), ("school", "Lycée Louis-le-Grand"), ("head", "Paul Durand"), ("confirm-yes", "on")]
            #expect(try await head.post("/etablissement", form: form, csrf: page.csrfToken).status == .seeOther)
            let claim = try #require(try await SchoolHead.query(on: site.db).first())
            let paris = try await Agents.signedIn(site, email: "chef.paris@interieur.gouv.fr", role: "supervisor")
            let desk = try await paris.get("/backoffice/etablissements")
            let refuse = "/backoffice/etablissements/\(claim.id!.uuidString.lowercased())/refuser"
            let field = "reason-\(claim.id!.uuidString.lowercased())"
            #expect(try await paris.post(refuse, form: [(field, " ")], csrf: desk.csrfToken).status == .unprocessableContent)
            #expect(try await paris.post(refuse, form: [(field, "Le chef de cet établissement est une autre personne.")], csrf: desk.csrfToken).status == .seeOther)
            #expect(try await head.get("/etablissement").body.contains("Le chef de cet établissement est une autre personne."))
            #expect(try await site.lastMail(to: "directeur@ecole.fr", kind: "school-head-refused") != nil)
        }
    }
}
