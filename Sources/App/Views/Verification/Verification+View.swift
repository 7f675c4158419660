import TypedHTML

/// The public verification page and the printable DCEM (docs/pages.md#verification).
enum VerificationView {
    static func form(_ page: PageContext, _ model: VerificationFormModel, csrf: String) -> RenderedHTML {
        let t = page.text.verification
        let d = page.text.dossier
        let value = { (name: String) in model.values[name] ?? "" }
        let birth = VerificationFormModel.birthField
        return Layout(page: page, title: t.title, hasErrors: !model.errors.isEmpty).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.title)
            main.element(.p, .class("lead"), text: t.lead)
            main.element(.p, .class("hint"), text: t.privacyNote)
            main.element(.form, .method(.post), .action(SiteURL.verification.path), .novalidate()) { form in
                form.csrf(csrf)
                form.input(name: VerificationFormModel.numberField, label: t.numberLabel, hint: t.numberHint, value: value(VerificationFormModel.numberField),
                           autocomplete: "off", width: "10", error: model.error(VerificationFormModel.numberField))
                form.dateGroup(name: birth, legend: t.birthDateLegend, hint: t.birthDateHint, labels: (d.day, d.month, d.year),
                               value: (value(birth + "-day"), value(birth + "-month"), value(birth + "-year")), error: model.error(birth + "-day"))
                form.input(name: VerificationFormModel.codeField, label: t.codeLabel, hint: t.codeHint, value: value(VerificationFormModel.codeField),
                           autocomplete: "off", error: model.error(VerificationFormModel.codeField))
                form.submit(t.submit)
            }
        }
    }

    /// The answer. Nothing the visitor typed is written back: "no document matches" is the same
    /// page for an unknown number and for a wrong birth date.
    static func result(_ page: PageContext, _ model: VerificationResultModel) -> RenderedHTML {
        let t = page.text.verification
        return Layout(page: page, title: t.resultTitle).render { main in
            main.element(.div, .class(model.valid ? "panel panel--ok" : "panel panel--warn"), .role("status")) { panel in
                panel.element(.h1, text: model.heading)
                for line in model.lines { panel.element(.p, text: line) }
            }
            if !model.rows.isEmpty { main.rows(model.rows) }
            main.element(.p) { $0.element(.a, .href(SiteURL.verification.path), .class("button button--secondary"), text: t.anotherCheck) }
        }
    }

    /// The printable DCEM: its details, its verification code and the address to check it.
    static func print(_ page: PageContext, _ model: DocumentPrintModel, backLink: String) -> RenderedHTML {
        let t = page.text.verification
        return Layout(page: page, title: t.printTitle(model.number), backLink: backLink, printable: true, printReference: model.number).render { main in
            main.element(.h1, text: t.printTitle(model.number))
            main.element(.p, .class("lead"), text: t.printLead)
            main.rows(model.rows)
            main.element(.h2, text: t.printCodeLabel)
            if let code = model.code {
                main.element(.p, .class("reference hash"), text: code)
            } else {
                main.element(.p, text: t.printCodeUnavailable)
            }
            main.element(.p, text: model.verifyAt)
        }
    }
}

extension HTMLWriter {
    /// Labelled values, as a summary list without change links.
    mutating func rows(_ rows: [VerificationResultModel.Row]) {
        element(.dl, .class("summary-list")) { list in
            for row in rows {
                list.element(.div) { item in
                    item.element(.dt, text: row.label)
                    item.element(.dd, text: row.value)
                }
            }
        }
    }
}
