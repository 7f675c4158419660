import DCEMRules
import Foundation
import TypedHTML

/// The printable decision withdrawing a DCEM (rule 20): who decided and when, the contradictory
/// procedure that came before, the ground and the reasons, and how to challenge it — the family's
/// and the back office's are the same letter.
struct WithdrawalLetterModel: Sendable {
    let number: String
    let service: String
    let dated: String
    let holder: String
    let procedure: String
    let observations: String
    let grounds: [String]
    let reasons: String

    init(_ page: PageContext, _ document: IssuedDocument) {
        let d = page.text.issuedDocument
        number = document.dcemNumber
        service = IssuedDocumentRegistry.zone(of: document).serviceName
        dated = d.letterDecided(DossierFormat.day(document.stateChangedOn, page))
        holder = page.language.labelled(d.holderLabel, document.holderName)
        procedure = d.letterProcedure(DossierFormat.day(document.withdrawalNotifiedOn, page), DossierFormat.day(document.observationsUntil, page))
        observations = d.letterObservations(document.observationsReceivedOn.map { DossierFormat.day($0, page) })
        grounds = (document.withdrawalGrounds ?? "").split(separator: ",").compactMap { WithdrawalGround(rawValue: String($0)) }.map(d.ground)
        reasons = document.withdrawalReasons ?? ""
    }
}

enum WithdrawalLetterView {
    static func render(_ page: PageContext, _ model: WithdrawalLetterModel, backLink: String, navigation: Layout.Navigation? = nil) -> RenderedHTML {
        let d = page.text.issuedDocument
        return Layout(page: page, title: d.letterTitle, backLink: backLink, printable: true, printReference: model.number, navigation: navigation).render { main in
            main.element(.p, text: model.service)
            main.element(.h1, text: d.letterTitle)
            main.element(.p, .class("lead"), text: model.dated)
            main.element(.p, text: page.language.labelled(d.numberLabel, model.number))
            main.element(.p, text: model.holder)
            main.element(.p, text: model.procedure)
            main.element(.p, text: model.observations)
            main.element(.h2, text: d.letterGroundsTitle)
            main.list(model.grounds)
            main.element(.h2, text: d.letterReasonsTitle)
            main.paragraphs(model.reasons)
            main.element(.h2, text: page.text.dossier.appealTitle)
            main.element(.p, text: d.withdrawalAppeal)
        }
    }
}
