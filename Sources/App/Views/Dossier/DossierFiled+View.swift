import DCEMDossier
import DCEMRules
import Foundation
import TypedHTML

/// What a family keeps after filing: the confirmation page, the printable acknowledgement of
/// receipt (rule 17) and the CERFA 11203 filled from the answers.
enum DossierFiledView {
    /// The page after filing (docs/pages.md#confirmation).
    static func confirmation(_ page: PageContext, _ model: FilingConfirmationModel, csrf: String) -> RenderedHTML {
        let t = page.text.dossier
        return Layout(page: page, title: t.confirmationTitle).render { main in
            main.element(.div, .class("panel panel--ok confirmation")) { panel in
                panel.element(.h1, text: t.confirmationTitle)
                panel.element(.p, text: t.confirmationReference)
                panel.element(.p, .class("reference")) { $0.element(.strong, text: model.reference) }
            }
            main.element(.p, text: model.prefecture)
            main.element(.h2, text: t.nextTitle)
            main.element(.ol, .class("list list--number")) { list in
                for step in t.nextSteps { list.element(.li, text: step) }
            }
            main.element(.p, text: model.silence)
            main.sinceFiling(page, model.since)
            main.element(.p, text: t.appealRoutes)
            main.element(.p, text: t.helpLine)
            main.element(.ul, .class("list")) { list in
                list.element(.li) { $0.element(.a, .href(SiteURL.dossierReceipt(model.id).path), text: t.receiptLink) }
                list.element(.li) { $0.element(.a, .href(SiteURL.dossierCERFA(model.id).path), text: t.cerfaLink) }
                if !model.atCounter { list.element(.li) { $0.element(.a, .href(SiteURL.dossier(model.id).path), text: t.followLink) } }
            }
            if model.atCounter {
                main.element(.div, .class("panel")) { panel in
                    panel.element(.p, text: page.text.assisted.filedPrint)
                    panel.postButton(action: SiteURL.backOfficeAssistedEnd.path, label: page.text.assisted.endButton, csrf: csrf, secondary: true)
                }
            }
        }
    }

    /// The printable acknowledgement of receipt.
    static func receipt(_ page: PageContext, _ model: FiledReceiptModel) -> RenderedHTML {
        let t = page.text.dossier
        return Layout(page: page, title: t.receiptTitle, printable: true, printReference: model.reference).render { main in
            main.element(.h1, text: t.receiptTitle)
            main.summaryList(model.facts, change: t.change)
            main.element(.p, text: model.silence)
            main.sinceFiling(page, model.since)
            main.element(.p, text: t.appealRoutes)
            main.element(.h2, text: t.answersHeading)
            main.summaryList(model.identity, change: t.change)
            main.element(.h2, text: t.documentsHeading)
            main.element(.table, .class("table")) { table in
                table.element(.thead) { head in
                    head.element(.tr) { row in
                        row.element(.th, .scope("col"), text: t.documentsHeading)
                        row.element(.th, .scope("col"), text: t.hashLabel)
                    }
                }
                table.element(.tbody) { body in
                    for document in model.documents {
                        body.element(.tr) { row in
                            row.element(.td, text: document.line)
                            row.element(.td, .class("hash"), text: document.sha256)
                        }
                    }
                }
            }
        }
    }

    /// The CERFA 11203 as a printable page.
    static func cerfa(_ page: PageContext, _ model: CERFAModel) -> RenderedHTML {
        let t = page.text.dossier
        return Layout(page: page, title: t.cerfaTitle, printable: true, printReference: model.reference).render { main in
            main.element(.h1, text: t.cerfaTitle)
            main.element(.p, .class("hint"), text: t.cerfaNote)
            main.element(.h2, text: t.cerfaChild)
            main.summaryList(model.child, change: t.change)
            main.element(.h2, text: t.cerfaApplicant)
            main.summaryList(model.applicant, change: t.change)
            main.element(.h2, text: t.cerfaParents)
            for parent in model.parents {
                main.element(.h3, text: parent.title)
                main.summaryList(parent.rows, change: t.change)
            }
            main.element(.h2, text: t.cerfaAddress)
            main.summaryList(model.address, change: t.change)
            main.element(.p, text: t.cerfaCertify)
            main.element(.p, .class("signature"), text: t.cerfaSignature)
        }
    }
}

extension HTMLWriter {
    /// The last change of the implicit-refusal date since filing (`line`), under the date of the filing.
    mutating func sinceFiling(_ page: PageContext, _ line: String?) {
        guard let line else { return }
        let dates = ImplicitRefusalText.of(page.language)
        element(.div, .class("panel")) { panel in
            panel.element(.p) { $0.element(.strong, text: dates.sinceFilingTitle) }
            panel.element(.p, text: dates.dateAtFiling)
            panel.element(.p, text: line)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
