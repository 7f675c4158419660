import DCEMRules
import Foundation
import TypedHTML

/// The receipt of a DCEM given back at the counter (rule 21), to print: the family's and the back
/// office's are the same record.
struct ReturnReceiptModel: Sendable {
    let title: String
    let number: String
    let body: String

    init(_ page: PageContext, _ document: IssuedDocument) {
        let d = page.text.issuedDocument
        title = d.receiptTitle
        number = document.returnReceipt ?? ""
        body = d.receiptBody(document.dcemNumber, document.holderName, DossierFormat.day(document.stateChangedOn, page),
                             IssuedDocumentRegistry.zone(of: document).serviceName)
    }
}

enum ReturnReceiptView {
    static func render(_ page: PageContext, _ model: ReturnReceiptModel, backLink: String, navigation: Layout.Navigation? = nil) -> RenderedHTML {
        let d = page.text.issuedDocument
        return Layout(page: page, title: model.title, backLink: backLink, printable: true, printReference: model.number, navigation: navigation).render { main in
            main.element(.h1, text: model.title)
            main.summaryList([SummaryRow(d.receiptNumber, model.number, page: page)], change: "")
            main.element(.p, text: model.body)
            main.element(.p, .class("hint no-print"), text: page.text.layout.printHint)
        }
    }
}
