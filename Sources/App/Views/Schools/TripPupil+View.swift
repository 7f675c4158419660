import DCEMRules
import TypedHTML

/// One pupil's documents (docs/pages.md#school-trips): a slot per document, its state, its file,
/// its form — one form each, so a phone shows one thing at a time and nothing needs a script.
enum TripPupilView {
    static func render(_ page: PageContext, _ model: TripPupilModel) -> RenderedHTML {
        let t = page.text.trip, d = page.text.dossier
        return Layout(page: page, title: model.title, hasErrors: !model.errors.isEmpty, backLink: model.backLink).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.notice(model.notice)
            main.element(.h1, text: model.title)
            main.element(.p, text: model.line)
            if let reason = model.notOnDocument {
                main.element(.div, .class("panel")) { $0.element(.p, text: reason) }
            } else {
                main.element(.p, .class("lead"), text: t.pupilDocumentsLead)
            }
            if model.notOnDocument == nil && model.slots.contains(where: { $0.uploadAction != nil }) {
                main.element(.p, .class("hint"), text: d.acceptedFiles)
            }
            for slot in model.slots {
                // A pupil the rules leave off: nothing asked, only what was given while they were on it.
                if model.notOnDocument != nil && !slot.given { continue }
                let error = model.error(slot.fieldID)
                main.element(.section, .class(error == nil ? "slot" : "slot slot--error")) { section in
                    section.element(.h2, .id(slot.anchor), text: slot.label)
                    if model.notOnDocument == nil { section.element(.p) { $0.tag(slot.tag, slot.given ? "completed" : "not-started") } }
                    if let hint = slot.hint, slot.uploadAction != nil { section.element(.p, .class("hint"), text: hint) }
                    if let line = slot.line, let href = slot.href {
                        section.element(.ul, .class("file-list")) { list in
                            list.element(.li, .class("file")) { item in
                                if slot.picture { item.void(.img, .src(href), .alt(model.photoAlt), .class("pupil-photo")) }
                                item.element(.a, .href(href), text: line)
                            }
                        }
                    }
                    if let action = slot.uploadAction {
                        section.uploadForm(page, action: action, name: slot.fieldID, label: slot.label, error: error, photos: slot.kind == .photo)
                    }
                }
            }
            main.element(.p) { $0.element(.a, .href(model.backLink), .class("button"), text: t.backToTrip) }
        }
    }
}
