import DCEMDossier
import DCEMRules
import Foundation
import Plot

/// The documents and photos pages (docs/pages.md#uploads): one slot per document, what it is, the
/// accepted types and size before choosing, the files already sent with a remove button, and
/// errors at the slot and in the summary.
enum DossierDocumentsView {
    /// The form of an upload: multipart, so the CSRF token travels in the address.
    static func uploadAction(_ url: SiteURL, csrf: String) -> String { "\(url.path)?_csrf=\(csrf)" }

    /// `removable`: the files the family may remove, as the controller read them from `DossierPolicy`.
    static func files(_ page: PageContext, dossier: Dossier, files: [DossierDocument], removable: Set<UUID>, csrf: String, photo: Bool = false) -> BodyNode {
        let t = page.text.dossier
        guard !files.isEmpty else { return element("p", [("class", "hint")], [.plainText(t.noFile)]) }
        return element("ul", [("class", "file-list")], files.map { file in
            let name = photo ? t.photoLine(file.originalName, DossierFormat.day(file.takenOn, page))
                             : t.fileLine(file.originalName, DossierFormat.size(file.size, page.language))
            return element("li", [("class", "file")], [
                element("a", [("href", SiteURL.dossierFile(dossier.id!, file.id!).path)], [.plainText(name)]),
                removable.contains(file.id!)
                    ? Forms.postButton(action: SiteURL.dossierRemoveFile(dossier.id!, file.id!).path, label: t.remove, csrf: csrf, secondary: true)
                    : .empty,
            ])
        })
    }

    static func documents(_ page: PageContext, dossier: Dossier, checklist: DossierChecklist, documents: [DossierDocument], removable: Set<UUID>,
                          errors: [FieldError], csrf: String) -> String {
        let t = page.text.dossier
        let id = dossier.id!
        let required = checklist.evaluation?.documents ?? []
        func error(_ slot: String) -> FieldError? { errors.first { $0.fieldID == "file-\(slot)" || $0.fieldID == "language-\(slot)" } }
        let slots: [BodyNode] = checklist.slots.map { slot in
            let label = CheckAnswersView.slotLabel(page, slot)
            let why = slot.translation ? nil : required.first { $0.code == slot.code }?.why(in: page.language)
            var parts: [BodyNode] = [element("h2", [("id", "slot-\(slot.id)")], [.plainText(label)])]
            if let why { parts.append(element("p", [("class", "hint")], [.plainText(why)])) }
            if !slot.translation, UploadSlot.civilStatus.contains(slot.code) {
                let answer = checklist.answers.foreignLanguage[slot.code.rawValue]
                parts.append(element("form", [("method", "post"), ("action", SiteURL.dossierLanguage(id, slot).path), ("novalidate", "")], [
                    Forms.csrf(csrf),
                    Forms.radioGroup(name: "language-\(slot.id)", legend: t.languageQuestion(label),
                                     choices: [Choice(value: "fr", label: t.languageFrench), Choice(value: "other", label: t.languageForeign)],
                                     selected: answer.map { $0 ? "other" : "fr" }, error: errors.first { $0.fieldID == "language-\(slot.id)" }),
                    element("button", [("type", "submit"), ("class", "button button--secondary")], [.plainText(t.languageSave)]),
                ]))
            }
            parts.append(files(page, dossier: dossier, files: documents.filter { $0.slot == slot.id }, removable: removable, csrf: csrf))
            parts.append(uploadForm(page, action: uploadAction(.dossierUpload(id, slot), csrf: csrf), name: "file-\(slot.id)", label: label,
                                    error: errors.first { $0.fieldID == "file-\(slot.id)" }))
            return element("section", [("class", error(slot.id) == nil ? "slot" : "slot slot--error")], parts)
        }
        return Layout(page: page, title: t.documentsTitle, hasErrors: !errors.isEmpty, backLink: SiteURL.dossier(id).path).render([
            Forms.errorSummary(errors, title: page.text.layout.errorSummaryTitle),
            element("h1", [], [.plainText(t.documentsTitle)]),
            element("p", [], [.plainText(t.documentsLead)]),
            element("p", [("class", "hint")], [.plainText(t.acceptedFiles)]),
        ] + slots + [
            element("p", [], [element("a", [("href", SiteURL.dossier(id).path), ("class", "button")], [.plainText(t.backToTasks)])]),
        ])
    }

    static func uploadForm(_ page: PageContext, action: String, name: String, label: String, error: FieldError?, extra: [BodyNode] = []) -> BodyNode {
        let t = page.text.dossier
        return element("form", [("method", "post"), ("action", action), ("enctype", "multipart/form-data"), ("novalidate", ""), ("class", "upload")],
                       extra + [
            element("div", [("class", error == nil ? "field" : "field field--error")], [
                element("label", [("for", name), ("class", "label")], [.plainText("\(t.chooseFile) — \(label)")]),
                error.map { element("p", [("class", "field-error"), ("id", "\(name)-error")], [.plainText($0.message)]) } ?? .empty,
                voidElement("input", [("type", "file"), ("id", name), ("name", "file"), ("class", "file-input"),
                                      ("accept", "application/pdf,image/jpeg,image/png"), ("aria-describedby", error == nil ? nil : "\(name)-error")]),
            ]),
            element("button", [("type", "submit"), ("class", "button button--secondary")], [.plainText(t.upload)]),
        ])
    }

    static func photos(_ page: PageContext, dossier: Dossier, checklist: DossierChecklist, photos: [DossierDocument], removable: Set<UUID>,
                       values: [String: String], errors: [FieldError], csrf: String) -> String {
        let t = page.text.dossier
        let id = dossier.id!
        let earliest = DossierFormat.day(checklist.earliestPhotoDay, page)
        let date = Forms.dateGroup(name: "taken", legend: t.photoTakenOn, hint: nil, labels: (t.day, t.month, t.year),
                                   value: (values["taken-day"] ?? "", values["taken-month"] ?? "", values["taken-year"] ?? ""),
                                   error: errors.first { $0.fieldID == "taken-day" })
        return Layout(page: page, title: t.photosTitle, hasErrors: !errors.isEmpty, backLink: SiteURL.dossier(id).path).render([
            Forms.errorSummary(errors, title: page.text.layout.errorSummaryTitle),
            element("h1", [], [.plainText(t.photosTitle)]),
            element("p", [], [.plainText(t.photosLead(earliest))]),
            element("p", [("class", "hint")], [.plainText(t.acceptedFiles)]),
            files(page, dossier: dossier, files: photos, removable: removable, csrf: csrf, photo: true),
            photos.count < DossierChecklist.photoCount
                ? uploadForm(page, action: uploadAction(.dossierSection(id, .photos), csrf: csrf), name: "file-photo", label: t.photosTitle,
                             error: errors.first { $0.fieldID == "file-photo" }, extra: [date])
                : .empty,
            element("p", [], [element("a", [("href", SiteURL.dossier(id).path), ("class", "button")], [.plainText(t.backToTasks)])]),
        ])
    }
}
