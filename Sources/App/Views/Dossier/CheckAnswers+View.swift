import DCEMDossier
import DCEMRules
import TypedHTML

/// "Check your answers" (docs/pages.md#check-answers): every answer with a change link, every
/// document, then the filing button. While something is missing, the filing answers this page again
/// with the list.
enum CheckAnswersView {
    static func render(_ page: PageContext, _ model: CheckAnswersModel, csrf: String) -> RenderedHTML {
        let t = page.text.dossier
        let id = model.id
        return Layout(page: page, title: t.checkTitle, hasErrors: !model.problems.isEmpty, backLink: SiteURL.dossier(id).path).render { main in
            main.errorSummary(links: model.problems.map { ($0.href, $0.message) }, title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.checkTitle)
            main.summarySections(model.answers, change: t.change)
            if let grounds = model.grounds {
                main.element(.p, text: t.groundsLine)
                main.list(grounds)
            }
            main.element(.h2, text: t.documentsHeading)
            main.slotFiles(model.documents, none: t.notProvided)
            main.element(.p) { $0.element(.a, .href(SiteURL.dossierSection(id, .documents).path), text: t.change + " — " + t.sectionTitle(.documents)) }
            main.element(.h2, text: t.sectionTitle(.photos))
            main.list(model.photos)
            main.element(.p) { $0.element(.a, .href(SiteURL.dossierSection(id, .photos).path), text: t.change + " — " + t.sectionTitle(.photos)) }

            main.element(.h2, text: t.fileButton)
            main.element(.p, text: t.declaration)
            main.element(.form, .method(.post), .action(SiteURL.dossierFiling(id).path)) { form in
                form.csrf(csrf)
                form.element(.button, .type(.submit), .class("button"), text: t.fileButton)
            }
        }
    }

}

extension HTMLWriter {
    /// Every slot with its files; `none` when a slot has none.
    mutating func slotFiles(_ slots: [CheckAnswersModel.SlotFiles], none: String) {
        element(.dl, .class("summary-list")) { list in
            for slot in slots {
                list.element(.div) { item in
                    item.element(.dt, text: slot.label)
                    item.element(.dd) { files in
                        if slot.files.isEmpty {
                            files.text(none)
                        } else {
                            for file in slot.files { files.element(.p, text: file) }
                        }
                    }
                }
            }
        }
    }
}
