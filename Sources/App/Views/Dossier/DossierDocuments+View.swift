import DCEMDossier
import DCEMRules
import TypedHTML

/// The documents and photos pages (docs/pages.md#uploads): one slot per document, what it is, the
/// accepted types and size before choosing, the files already sent with a remove button, and
/// errors at the slot and in the summary.
enum DossierDocumentsView {
    /// The form of an upload: multipart, so the CSRF token travels in the address.
    static func uploadAction(_ url: SiteURL, csrf: String) -> String { "\(url.path)?_csrf=\(csrf)" }

    static func documents(_ page: PageContext, _ model: DossierDocumentsModel, csrf: String) -> RenderedHTML {
        let t = page.text.dossier
        return Layout(page: page, title: t.documentsTitle, hasErrors: !model.errors.isEmpty, backLink: SiteURL.dossier(model.id).path).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.documentsTitle)
            main.element(.p, text: t.documentsLead)
            main.element(.p, .class("hint"), text: t.acceptedFiles)
            for slot in model.slots {
                let fileError = model.error("file-\(slot.id)")
                let languageError = model.error("language-\(slot.id)")
                main.element(.section, .class(fileError == nil && languageError == nil ? "slot" : "slot slot--error")) { section in
                    section.element(.h2, .id("slot-\(slot.id)"), text: slot.label)
                    if let why = slot.why { section.element(.p, .class("hint"), text: why) }
                    if let prefilled = slot.prefilled { section.element(.p) { $0.element(.a, .href(prefilled.href), text: prefilled.label) } }
                    if slot.languageQuestion {
                        section.element(.form, .method(.post), .action(slot.languageAction), .novalidate()) { form in
                            form.csrf(csrf)
                            form.radioGroup(name: "language-\(slot.id)", legend: t.languageQuestion(slot.label),
                                            choices: [Choice(value: "fr", label: t.languageFrench), Choice(value: "other", label: t.languageForeign)],
                                            selected: slot.language, error: languageError)
                            form.element(.button, .type(.submit), .class("button button--secondary"), text: t.languageSave)
                        }
                    }
                    section.files(page, slot.files, csrf: csrf)
                    section.uploadForm(page, action: slot.uploadAction, name: "file-\(slot.id)", label: slot.label, error: fileError)
                }
            }
            main.element(.p) { $0.element(.a, .href(SiteURL.dossier(model.id).path), .class("button"), text: t.backToTasks) }
        }
    }

    static func photos(_ page: PageContext, _ model: DossierDocumentsModel, values: [String: String], csrf: String) -> RenderedHTML {
        let t = page.text.dossier
        return Layout(page: page, title: t.photosTitle, hasErrors: !model.errors.isEmpty, backLink: SiteURL.dossier(model.id).path).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.photosTitle)
            main.element(.p, text: t.photosLead(model.earliestPhotoDay))
            main.element(.p, .class("hint"), text: t.acceptedFiles)
            main.files(page, model.photos, csrf: csrf)
            if let action = model.photoUploadAction {
                main.uploadForm(page, action: action, name: "file-photo", label: t.photosTitle, error: model.error("file-photo"), photos: true) { form in
                    form.dateGroup(name: "taken", legend: t.photoTakenOn, hint: nil, labels: (t.day, t.month, t.year),
                                   value: (values["taken-day"] ?? "", values["taken-month"] ?? "", values["taken-year"] ?? ""),
                                   error: model.error("taken-day"))
                }
            }
            main.element(.p) { $0.element(.a, .href(SiteURL.dossier(model.id).path), .class("button"), text: t.backToTasks) }
        }
    }
}

extension HTMLWriter {
    /// The files already sent, each with its remove button when allowed.
    mutating func files(_ page: PageContext, _ files: [DossierDocumentsModel.File], csrf: String) {
        let t = page.text.dossier
        guard !files.isEmpty else {
            element(.p, .class("hint"), text: t.noFile)
            return
        }
        element(.ul, .class("file-list")) { list in
            for file in files {
                list.element(.li, .class("file")) { item in
                    item.element(.a, .href(file.href), text: file.line)
                    if let remove = file.removeAction { item.postButton(action: remove, label: t.remove, csrf: csrf, secondary: true) }
                }
            }
        }
    }

    /// One upload: multipart, the token in the address; `extra` adds fields before the file (the photo's date).
    /// `photos`: the file picker offers pictures only (JPEG, PNG), as the service accepts for photos.
    mutating func uploadForm(_ page: PageContext, action: String, name: String, label: String, error: FieldError?, photos: Bool = false,
                             extra: (inout HTMLWriter) -> Void = { _ in }) {
        let t = page.text.dossier
        element(.form, .method(.post), .action(action), .enctype("multipart/form-data"), .novalidate(), .class("upload")) { form in
            extra(&form)
            form.element(.div, .class(error == nil ? "field" : "field field--error")) { field in
                field.element(.label, .for(name), .class("label"), text: "\(t.chooseFile) — \(label)")
                field.fieldError(error, id: name)
                field.void(.input, .type(.file), .id(name), .name("file"), .class("file-input"), .accept(photos ? "image/jpeg,image/png" : "application/pdf,image/jpeg,image/png"),
                           .aria(.describedby, error == nil ? nil : "\(name)-error"))
            }
            form.element(.button, .type(.submit), .class("button button--secondary"), text: t.upload)
        }
    }
}
