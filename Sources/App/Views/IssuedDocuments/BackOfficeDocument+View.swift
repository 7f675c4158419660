import DCEMDossier
import DCEMRules
import TypedHTML

/// The issued document's page in the back office (docs/pages.md#issued-documents).
enum BackOfficeDocumentView {
    static func render(_ page: PageContext, _ model: BackOfficeDocumentModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let d = page.text.issuedDocument
        return Layout(page: page, title: model.summary.title, hasErrors: !model.errors.isEmpty, backLink: model.caseHref,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.notice(model.notice)
            main.element(.h1, text: model.summary.title)
            main.element(.p) { $0.tag(model.summary.stateLabel, model.summary.state) }
            main.element(.p, .class("hint"), text: d.deskLead)
            main.element(.p) { $0.element(.a, .href(model.caseHref), text: model.caseLabel) }
            main.summaryList(model.summary.rows.map { SummaryRow($0.label, $0.value, page: page) }, change: "")
            if let reasons = model.withdrawalReasons { main.element(.p, text: reasons) }
            if let receipt = model.receiptHref { main.element(.p) { $0.element(.a, .href(receipt), text: d.receiptLink) } }
            // The procedure's own steps in panels; the declarations, rarer, folded.
            for action in model.actions where action != .declareLapse && action != .reportLost {
                main.element(.section, .class("panel")) { section in
                    actionForm(&section, page, model, action, csrf: csrf)
                }
            }
            for action in model.actions where action == .declareLapse || action == .reportLost {
                let open = !model.errors.isEmpty && model.errors.contains { $0.fieldID == "cause" || $0.fieldID == "kind" || $0.fieldID.hasSuffix("-file") }
                main.element(.details, .class("disclosure"), .open(open)) { details in
                    details.element(.summary, text: action == .declareLapse ? page.text.issuedDocument.deskLapseTitle : page.text.issuedDocument.deskLossTitle)
                    actionForm(&details, page, model, action, csrf: csrf)
                }
            }
            main.issuedDocumentRecord(page, files: model.files, history: model.history)
        }
    }

    private static func actionForm(_ section: inout HTMLWriter, _ page: PageContext, _ model: BackOfficeDocumentModel, _ action: IssuedDocumentAction,
                                   csrf: String) {
        let d = page.text.issuedDocument
        let url = SiteURL.backOfficeDocumentAction(model.id, action)
        func plain(_ content: (inout HTMLWriter) -> Void) {
            section.element(.form, .method(.post), .action(url.path), .novalidate()) { form in
                form.csrf(csrf)
                form.void(.input, .type(.hidden), .name("version"), .value(String(model.version)))
                content(&form)
            }
        }
        func withFile(_ content: (inout HTMLWriter) -> Void) {
            section.multipartForm(action: DossierDocumentsView.uploadAction(url, csrf: csrf)) { form in
                form.void(.input, .type(.hidden), .name("version"), .value(String(model.version)))
                content(&form)
            }
        }
        switch action {
        case .openWithdrawal:
            section.element(.h2, text: d.openWithdrawalTitle)
            section.element(.p, text: d.openWithdrawalLead(Parameters.withdrawalObservationDays.value))
            plain { form in
                form.checkboxes(prefix: "ground", legend: d.groundsLegend, choices: WithdrawalGround.allCases.map { Choice(value: $0.rawValue, label: d.ground($0)) },
                                checked: Set(WithdrawalGround.allCases.map(\.rawValue).filter { model.values["ground-\($0)"] == "on" }),
                                error: model.error("ground-\(WithdrawalGround.allCases[0].rawValue)"))
                form.submit(d.openWithdrawalButton)
            }
        case .withdraw:
            section.element(.h2, text: d.withdrawTitle)
            if let lead = model.withdrawalLead { section.element(.p, text: lead) }
            for observation in model.observations { section.element(.blockquote) { $0.paragraphs(observation) } }
            if let waits = model.withdrawalWaits {
                section.element(.p, .class("hint"), text: waits)
            } else {
                plain { form in
                    form.textarea(name: "reasons", label: d.withdrawReasonsLabel, hint: d.withdrawReasonsHint, value: model.values["reasons"] ?? "",
                                  rows: 5, error: model.error("reasons"))
                    form.submit(d.withdrawButton)
                }
            }
        case .closeWithdrawal:
            plain { $0.element(.button, .type(.submit), .class("button button--secondary"), text: d.closeWithdrawalButton) }
        case .recordReturn:
            section.element(.h2, text: d.recordReturnTitle)
            plain { $0.submit(d.recordReturnButton) }
        case .declareLapse:
            withFile { form in
                form.lapseFields(page, values: model.values, errors: model.errors)
                form.submit(d.lapseButton)
            }
        case .reportLost:
            withFile { form in
                form.lossFields(page, values: model.values, errors: model.errors)
                form.submit(d.lossButton)
            }
        case .expire, .lapseAtMajority, .reportStolen, .replace:
            break
        }
    }
}
