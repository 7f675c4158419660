import DCEMDossier
import DCEMRules
import Foundation

/// The documents and photos pages, as the controller computes them from the checklist and the files.
struct DossierDocumentsModel: Sendable {
    /// A file already sent: its link, its line, and its remove form when the family may remove it.
    struct File: Sendable {
        let href: String
        let line: String
        let removeAction: String?
    }

    struct Slot: Sendable {
        let id: String
        let label: String
        /// Why the rules ask for it.
        let why: String?
        /// For civil-status documents: whether it is written in French, as answered (`fr`, `other`, or not yet).
        let languageQuestion: Bool
        let language: String?
        let languageAction: String
        let files: [File]
        let uploadAction: String
        /// The CERFA's slot: the form prefilled with the answers, to print, sign and send back here.
        let prefilled: Link?
    }

    struct Link: Sendable {
        let label: String
        let href: String
    }

    let id: UUID
    let errors: [FieldError]
    let slots: [Slot]
    /// The photos page.
    let photos: [File]
    let earliestPhotoDay: String
    let photoUploadAction: String?

    /// `photos`: the photos the photos page lists (those a new one may replace).
    init(_ page: PageContext, dossier: Dossier, checklist: DossierChecklist, documents: [DossierDocument], photos photoFiles: [DossierDocument] = [],
         removable: Set<UUID>, errors: [FieldError], csrf: String) {
        let t = page.text.dossier
        let id = dossier.id!
        self.id = id
        self.errors = errors
        func files(_ list: [DossierDocument], photo: Bool) -> [File] {
            list.map { file in
                File(href: SiteURL.dossierFile(id, file.id!).path,
                     line: photo ? t.photoLine(file.originalName, DossierFormat.day(file.takenOn, page))
                                 : t.fileLine(file.originalName, DossierFormat.size(file.size, page.language)),
                     removeAction: removable.contains(file.id!) ? SiteURL.dossierRemoveFile(id, file.id!).path : nil)
            }
        }
        let required = checklist.evaluation?.documents ?? []
        slots = checklist.slots.map { slot in
            let asksLanguage = !slot.translation && UploadSlot.civilStatus.contains(slot.code)
            return Slot(id: slot.id, label: DossierFormat.slotLabel(page, slot),
                        why: slot.translation ? nil : required.first { $0.code == slot.code }?.why(in: page.language),
                        languageQuestion: asksLanguage,
                        language: checklist.answers.foreignLanguage[slot.code.rawValue].map { $0 ? "other" : "fr" },
                        languageAction: SiteURL.dossierLanguage(id, slot).path,
                        files: files(documents.filter { $0.slot == slot.id }, photo: false),
                        uploadAction: DossierDocumentsView.uploadAction(.dossierUpload(id, slot), csrf: csrf),
                        prefilled: slot.code == .cerfa11203 && !slot.translation
                            ? Link(label: page.text.dossier.cerfaLink, href: SiteURL.dossierCERFA(id).path) : nil)
        }
        photos = files(photoFiles, photo: true)
        earliestPhotoDay = DossierFormat.day(checklist.earliestPhotoDay, page)
        photoUploadAction = photoFiles.count < DossierChecklist.photoCount
            ? DossierDocumentsView.uploadAction(.dossierSection(id, .photos), csrf: csrf) : nil
    }

    func error(_ field: String) -> FieldError? { errors.first { $0.fieldID == field } }
}
