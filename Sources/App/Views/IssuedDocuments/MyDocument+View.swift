import DCEMDossier
import DCEMRules
import TypedHTML

/// "Mes documents" and one document's page (docs/pages.md#issued-documents): the summary, the one
/// thing to do, then the forms the state allows, folded so a phone shows the essentials first.
enum MyDocumentView {
    static func list(_ page: PageContext, _ model: MyDocumentsModel) -> RenderedHTML {
        let d = page.text.issuedDocument
        return Layout(page: page, title: d.listTitle).render { main in
            main.element(.h1, text: d.listTitle)
            main.element(.p, text: d.listLead)
            if model.cards.isEmpty {
                main.element(.p, text: d.listEmpty)
            } else {
                main.element(.ul, .class("cards")) { list in
                    for card in model.cards {
                        list.element(.li, .class("card")) { item in
                            item.element(.h2, .class("card__title")) { $0.element(.a, .href(card.href), text: card.holder) }
                            item.element(.p) { $0.tag(card.stateLabel, card.state) }
                            item.element(.p, text: card.title)
                            if let until = card.validUntil { item.element(.p, text: until) }
                            item.element(.p, .class("card__to-do"), text: card.next)
                            item.element(.p) { $0.element(.a, .href(card.href), text: card.openLabel) }
                        }
                    }
                }
            }
            main.element(.p) { $0.element(.a, .href(SiteURL.myDossiers.path), text: page.text.layout.dossiersLink) }
        }
    }

    static func render(_ page: PageContext, _ model: MyDocumentModel, csrf: String) -> RenderedHTML {
        let d = page.text.issuedDocument
        return Layout(page: page, title: model.summary.title, hasErrors: !model.errors.isEmpty, backLink: SiteURL.myDocuments.path).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.notice(model.notice)
            main.element(.h1, text: model.summary.title)
            main.element(.p) { $0.tag(model.summary.stateLabel, model.summary.state) }
            main.element(.div, .class("panel")) { next in
                next.element(.h2, text: d.nextLabel)
                next.element(.p, text: model.next)
                if let label = model.renewLabel { next.postButton(action: SiteURL.myDocumentRenewal(model.id).path, label: label, csrf: csrf) }
                if model.giveBack { next.element(.p, text: d.returnLead) }
                if let reasons = model.withdrawalReasons { next.element(.p, text: reasons) }
                if let letter = model.letterHref { next.element(.p) { $0.element(.a, .href(letter), text: d.letterLink) } }
                if let receipt = model.receiptHref { next.element(.p) { $0.element(.a, .href(receipt), text: d.receiptLink) } }
            }
            main.summaryList(model.summary.rows.map { SummaryRow($0.label, $0.value, page: page) }, change: "")
            main.element(.p) { $0.element(.a, .href(SiteURL.myDocumentPrint(model.id).path), text: d.printLink) }
            if let observations = model.observations {
                main.element(.section, .class("panel")) { section in
                    section.element(.h2, text: d.observationsTitle)
                    section.element(.p, text: observations.lead)
                    if let received = observations.received { section.element(.p, .class("hint"), text: received) }
                    section.multipartForm(action: DossierDocumentsView.uploadAction(.myDocumentObservations(model.id), csrf: csrf)) { form in
                        form.textarea(name: "observations", label: d.observationsLabel, value: model.values["observations"] ?? "", rows: 6,
                                      error: model.error("observations"))
                        form.fileField(id: IssuedDocumentForms.fileID(.observations), label: d.observationsFileLabel, hint: d.observationsFileHint,
                                       error: model.error(IssuedDocumentForms.fileID(.observations)))
                        form.submit(d.observationsButton)
                    }
                }
            }
            if model.mayDeclareLapse {
                main.element(.details, .class("disclosure"), .open(model.open == .declareLapse)) { details in
                    details.element(.summary, text: d.lapseTitle)
                    details.element(.p, text: d.lapseLead)
                    details.multipartForm(action: DossierDocumentsView.uploadAction(.myDocumentLapse(model.id), csrf: csrf)) { form in
                        form.lapseFields(page, values: model.values, errors: model.errors)
                        form.submit(d.lapseButton)
                    }
                }
            }
            if model.mayDeclareLoss {
                main.element(.details, .class("disclosure"), .open(model.open == .reportLost)) { details in
                    details.element(.summary, text: d.lossTitle)
                    details.element(.p, text: d.lossLead)
                    details.multipartForm(action: DossierDocumentsView.uploadAction(.myDocumentLoss(model.id), csrf: csrf)) { form in
                        form.lossFields(page, values: model.values, errors: model.errors)
                        form.checkboxes(prefix: "confirm", legend: d.confirmLegend, choices: [Choice(value: "yes", label: d.lossConfirm)],
                                        checked: model.values["confirm-yes"] == "on" ? ["yes"] : [], error: model.error("confirm-yes"))
                        form.submit(d.lossButton)
                    }
                }
            }
            main.issuedDocumentRecord(page, files: model.files, history: model.history)
        }
    }
}

extension MyDocumentModel {
    func error(_ field: String) -> FieldError? { errors.first { $0.fieldID == field } }
}

extension HTMLWriter {
    /// A form with a file: multipart, the token in its address (`DossierDocumentsView.uploadAction`).
    mutating func multipartForm(action: String, _ content: (inout HTMLWriter) -> Void) {
        element(.form, attributes: [.method(.post), .action(action), .enctype("multipart/form-data"), .novalidate()], content: content)
    }

    /// The one file of a form: a PDF or a picture, checked by its content when it arrives.
    /// `id`: the input's, unique on the page (several forms take a file); its name is always `file`.
    mutating func fileField(id: String, label: String, hint: String?, error: FieldError?) {
        element(.div, .class(error == nil ? "field" : "field field--error")) { field in
            field.element(.label, .for(id), .class("label"), text: label)
            field.hint(hint, id: id)
            field.fieldError(error, id: id)
            field.void(.input, .type(.file), .id(id), .name("file"), .class("file-input"), .accept("application/pdf,image/jpeg,image/png"),
                       .aria(.describedby, Forms.describedBy(id, hint: hint, error: error)))
        }
    }

    /// What the holder was granted, and its proof (rule 21): the family's form and the agent's.
    mutating func lapseFields(_ page: PageContext, values: [String: String], errors: [FieldError]) {
        let d = page.text.issuedDocument
        radioGroup(name: "cause", legend: d.causeLegend,
                   choices: LapseCause.declarable.map { Choice(value: $0.rawValue, label: d.lapseCause($0)) },
                   selected: values["cause"], error: errors.first { $0.fieldID == "cause" })
        let file = IssuedDocumentForms.fileID(.lapseProof)
        fileField(id: file, label: d.proofLabel, hint: d.proofHint, error: errors.first { $0.fieldID == file })
    }

    /// Lost or stolen, and the police declaration (rule 22).
    mutating func lossFields(_ page: PageContext, values: [String: String], errors: [FieldError]) {
        let d = page.text.issuedDocument
        radioGroup(name: "kind", legend: d.lossKindLegend,
                   choices: IssuedDocumentForms.LossKind.allCases.map { Choice(value: $0.rawValue, label: $0 == .lost ? d.lost : d.stolen) },
                   selected: values["kind"], error: errors.first { $0.fieldID == "kind" })
        let file = IssuedDocumentForms.fileID(.policeDeclaration)
        fileField(id: file, label: d.declarationLabel, hint: d.declarationHint, error: errors.first { $0.fieldID == file })
    }
}
