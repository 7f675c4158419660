import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// Uploads into a dossier: one slot per required document, the photos with their dates, the
/// language of civil-status documents, removal, and download of the member's own files.
/// Files are checked by content (`FileSniffer`), limited while streaming, stored by hash outside
/// any web root; their names are shown, never used as paths.
struct DossierDocumentsController {
    let dossiers: DossierController
    let uploads: DossierUploads
    let rateLimiter: any RateLimiter
    let now: @Sendable () -> Date

    var store: DossierStore { dossiers.store }

    func register(on family: RouterGroup<FamilyRequestContext>) {
        family.get(SiteURL.dossierSection(.key, .documents).route) { request, context -> Response in
            let dossier = try await dossiers.load(context)
            guard DossierPolicy.family(.uploadChecklist, in: dossier.currentState) else { return DossierController.redirect(to: .dossier(dossier.id!)) }
            return try await documentsPage(dossier, errors: [], status: .ok, request: request, context: context)
        }
        family.post(SiteURL.dossierUpload(.key, .key).route, use: upload)
        family.post(SiteURL.dossierLanguage(.key, .key).route, use: saveLanguage)
        family.get(SiteURL.dossierSection(.key, .photos).route) { request, context -> Response in
            let dossier = try await dossiers.load(context)
            guard DossierPolicy.family(.uploadChecklist, in: dossier.currentState) else { return DossierController.redirect(to: .dossier(dossier.id!)) }
            return try await photosPage(dossier, values: [:], errors: [], status: .ok, request: request, context: context)
        }
        family.post(SiteURL.dossierSection(.key, .photos).route, use: uploadPhoto)
        family.post(SiteURL.dossierRemoveFile(.key, .key).route, use: remove)
        family.get(SiteURL.dossierFile(.key, .key).route, use: download)
    }

    // MARK: Pages

    func documentsPage(_ dossier: Dossier, errors: [FieldError], status: HTTPResponse.Status, request: Request,
                       context: FamilyRequestContext) async throws -> Response {
        let documents = try await store.documents(of: dossier.id!)
        let checklist = store.checklist(dossier, documents: documents, today: dossiers.today(dossier))
        let page = DossierController.page(context, .dossierSection(dossier.id!, .documents))
        let model = DossierDocumentsModel(page, dossier: dossier, checklist: checklist, documents: documents,
                                          removable: Self.removable(dossier, documents), errors: errors, csrf: context.session.csrfToken)
        return try HTMLPage(status: status, html: DossierDocumentsView.documents(page, model, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    func photosPage(_ dossier: Dossier, values: [String: String], errors: [FieldError], status: HTTPResponse.Status, request: Request,
                    context: FamilyRequestContext) async throws -> Response {
        let documents = try await store.documents(of: dossier.id!)
        let checklist = store.checklist(dossier, documents: documents, today: dossiers.today(dossier))
        let page = DossierController.page(context, .dossierSection(dossier.id!, .photos))
        let model = DossierDocumentsModel(page, dossier: dossier, checklist: checklist, documents: documents,
                                          photos: Self.replaceablePhotos(dossier, documents), removable: Self.removable(dossier, documents),
                                          errors: errors, csrf: context.session.csrfToken)
        return try HTMLPage(status: status, html: DossierDocumentsView.photos(page, model, values: values, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    /// The files the family may remove in the dossier's state (`DossierPolicy`), for the view.
    static func removable(_ dossier: Dossier, _ documents: [DossierDocument]) -> Set<UUID> {
        Set(documents.filter(dossier.mayRemove).compactMap(\.id))
    }

    // MARK: Reading an upload

    enum Upload {
        case file(KeptFile, MultipartForm)
        case invalid(String, MultipartForm?)
    }

    /// Reads the multipart body, its file streamed to the store, and checks its one file: present,
    /// within the size, of an accepted type (only then is it kept). `photos`: the message for an
    /// unreadable file names the photos' types (JPEG, PNG), not a PDF's. A school trip's pupil
    /// documents are read the same way (`SchoolTripDocumentsController`).
    static func readFile(_ request: Request, files: any FileStorage, text t: DossierText, photos: Bool = false) async -> Upload {
        let form: MultipartForm
        do {
            form = try await MultipartUpload.read(request, storingFilesIn: files)
        } catch .fileTooLarge, .bodyTooLarge {
            return .invalid(t.fileTooLarge, nil)
        } catch {
            return .invalid(t.uploadMalformed, nil)
        }
        guard let part = form.files.first(where: { $0.size > 0 }) else { return .invalid(t.fileMissing, form) }
        guard let kept = part.kept else { return .invalid(photos ? t.photoNotImage : t.fileWrongType, form) }
        return .file(kept, form)
    }

    /// An upload form, checked (`file` only when nothing is wrong): the file is there, readable and of a
    /// type the slot takes; for the photos' slots, the day it was taken is a real day of the last six
    /// months (ruling 14). The photos page, a request's answer and the documents page read it alike.
    struct CheckedUpload {
        let fields: [String: String]
        let errors: [FieldError]
        let file: KeptFile?
        let takenOn: String?
    }

    func readUpload(_ request: Request, slot: String, today: CivilDate, context: FamilyRequestContext) async -> CheckedUpload {
        let t = context.language.catalog.dossier
        let photos = UploadSlot.holdsPhotos(slot)
        var errors: [FieldError] = []
        var file: KeptFile? = nil
        var form: MultipartForm? = nil
        switch await Self.readFile(request, files: uploads.files, text: t, photos: photos) {
        case .invalid(let message, let parsed):
            form = parsed
            errors.append(FieldError(fieldID: "file-\(slot)", message: message))
        case .file(let kept, let parsed) where !DossierUploads.accepts(kept.kind, in: slot):
            form = parsed
            errors.append(FieldError(fieldID: "file-\(slot)", message: t.photoNotImage))
        case .file(let kept, let parsed):
            form = parsed
            file = kept
        }
        let fields = form?.fields ?? [:]
        var takenOn: String? = nil
        if photos, form != nil {
            let taken = DateAnswer(day: fields["taken-day"] ?? "", month: fields["taken-month"] ?? "", year: fields["taken-year"] ?? "")
            if let problem = DossierUploads.photoDateProblem(taken, today: today, text: t, format: context.language.catalog.simulator) {
                errors.insert(FieldError(fieldID: "taken-day", message: problem), at: 0)
            }
            takenOn = taken.civil?.iso
        }
        return CheckedUpload(fields: fields, errors: errors, file: errors.isEmpty ? file : nil, takenOn: takenOn)
    }

    func limited(_ context: FamilyRequestContext) async throws -> Int? {
        try await rateLimiter.hit(.uploadsPerUser, key: context.userID.uuidString, now: now())
    }

    /// Records the file; when the dossier kept changing meanwhile, or the slot closed (photos
    /// complete, dossier filed), the 409 page says to reload (the file was not kept).
    func record(_ dossier: Dossier, slot: String, file: KeptFile, takenOn: String?, context: FamilyRequestContext) async throws {
        do {
            try await uploads.record(dossier, slot: slot, file: file, takenOn: takenOn,
                                     today: dossiers.today(dossier), by: context.userID, actor: context.actingParty)
        } catch DossierError.conflict, DossierError.notADraft {
            throw HTTPError(.conflict)
        }
    }

    /// A slot this dossier does not take a file in now is not found.
    func checkSlot(_ slot: UploadSlot, in dossier: Dossier) async throws {
        do {
            try await uploads.checkSlot(slot.id, in: dossier, today: dossiers.today(dossier))
        } catch {
            throw HTTPError(.notFound)
        }
    }

    // MARK: Handlers

    @Sendable func upload(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await dossiers.load(context)
        guard let slotID = context.parameters.get("slot"), let slot = UploadSlot(id: slotID) else { throw HTTPError(.notFound) }
        if DossierUploads.isRequested(slot, in: dossier) {
            return try await uploadRequested(dossier, slot: slot, request: request, context: context)
        }
        // Any other slot: filling a draft, or completing a case the préfecture sent back.
        guard DossierPolicy.family(.uploadChecklist, in: dossier.currentState) else { return DossierController.redirect(to: .dossier(dossier.id!)) }
        if let wait = try await limited(context) {
            return try AccountController.tooMany(DossierController.page(context, .dossier(dossier.id!)), seconds: wait, request: request, context: context)
        }
        try await checkSlot(slot, in: dossier)
        let upload = await readUpload(request, slot: slot.id, today: dossiers.today(dossier), context: context)
        guard let file = upload.file else {
            return try await documentsPage(dossier, errors: upload.errors, status: .unprocessableContent, request: request, context: context)
        }
        try await record(dossier, slot: slot.id, file: file, takenOn: nil, context: context)
        return DossierController.redirect(to: SiteURL.dossierSection(dossier.id!, .documents).path + "#slot-\(slot.id)")
    }

    /// A document the préfecture asked for, uploaded into the filed dossier (kept beside the
    /// earlier versions). Errors come back on the dossier's page.
    func uploadRequested(_ dossier: Dossier, slot: UploadSlot, request: Request, context: FamilyRequestContext) async throws -> Response {
        try await checkSlot(slot, in: dossier)
        if let wait = try await limited(context) {
            return try AccountController.tooMany(DossierController.page(context, .dossier(dossier.id!)), seconds: wait, request: request, context: context)
        }
        // A photo sent in answer carries the day it was taken, checked as on the photos page
        // (docs/states.md#answering-a-request).
        let upload = await readUpload(request, slot: slot.id, today: dossiers.today(dossier), context: context)
        guard let file = upload.file else {
            return try await dossiers.statusPage(dossier, errors: upload.errors, values: upload.fields, status: .unprocessableContent,
                                                 request: request, context: context)
        }
        try await record(dossier, slot: slot.id, file: file, takenOn: upload.takenOn, context: context)
        return DossierController.redirect(to: .dossier(dossier.id!))
    }

    @Sendable func uploadPhoto(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await dossiers.load(context)
        guard DossierPolicy.family(.uploadChecklist, in: dossier.currentState) else { return DossierController.redirect(to: .dossier(dossier.id!)) }
        if let wait = try await limited(context) {
            return try AccountController.tooMany(DossierController.page(context, .dossier(dossier.id!)), seconds: wait, request: request, context: context)
        }
        let today = dossiers.today(dossier)
        let upload = await readUpload(request, slot: photoSlot, today: today, context: context)
        guard let file = upload.file, let takenOn = upload.takenOn else {
            return try await photosPage(dossier, values: upload.fields, errors: upload.errors, status: .unprocessableContent, request: request,
                                        context: context)
        }
        do {
            try await uploads.checkSlot(photoSlot, in: dossier, today: today)
        } catch {
            return DossierController.redirect(to: .dossierSection(dossier.id!, .photos))
        }
        try await record(dossier, slot: photoSlot, file: file, takenOn: takenOn, context: context)
        return DossierController.redirect(to: .dossierSection(dossier.id!, .photos))
    }

    @Sendable func saveLanguage(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await dossiers.load(context)
        guard DossierPolicy.family(.editAnswers, in: dossier.currentState) else { return DossierController.redirect(to: .dossier(dossier.id!)) }
        guard let slotID = context.parameters.get("slot"), let slot = UploadSlot(id: slotID), !slot.translation,
              UploadSlot.civilStatus.contains(slot.code) else { throw HTTPError(.notFound) }
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let answer = form["language-\(slot.id)"]
        guard answer == "fr" || answer == "other" else {
            let t = context.language.catalog.dossier
            let error = FieldError(fieldID: "language-\(slot.id)", message: t.problemLanguage(slot.code.label(in: context.language)))
            return try await documentsPage(dossier, errors: [error], status: .unprocessableContent, request: request, context: context)
        }
        var answers = dossier.decodedAnswers()
        answers.foreignLanguage[slot.code.rawValue] = answer == "other"
        try await dossiers.save(dossier, answers, context: context, section: "language")
        return DossierController.redirect(to: SiteURL.dossierSection(dossier.id!, .documents).path + "#slot-\(slot.id)")
    }

    /// The photos the family may still change: all of a draft's; once filed, only those added since.
    static func replaceablePhotos(_ dossier: Dossier, _ documents: [DossierDocument]) -> [DossierDocument] {
        documents.filter { $0.slot == photoSlot && dossier.mayRemove($0) }
    }

    /// Removes a file the family may still change. The row stays, marked removed: the history keeps every version.
    @Sendable func remove(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await dossiers.load(context)
        guard let raw = context.parameters.get("file"), let fileID = UUID(uuidString: raw) else { throw HTTPError(.notFound) }
        guard DossierPolicy.family(.removeFile, in: dossier.currentState) else { return DossierController.redirect(to: .dossier(dossier.id!)) }
        let slot: String
        do {
            slot = try await uploads.remove(fileID, from: dossier, by: context.userID, actor: context.actingParty).slot
        } catch DossierError.notFound {
            throw HTTPError(.notFound)
        } catch DossierError.notADraft, DossierError.conflict {
            // What was filed stays in the case; a dossier that kept changing meanwhile is reloaded.
            throw HTTPError(.conflict)
        }
        return DossierController.redirect(to: slot == photoSlot ? SiteURL.dossierSection(dossier.id!, .photos).path
                                                                : SiteURL.dossierSection(dossier.id!, .documents).path + "#slot-\(slot)")
    }

    /// The member's own file, as an attachment: never rendered by the browser as a page.
    @Sendable func download(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await dossiers.load(context)
        guard let raw = context.parameters.get("file"), let fileID = UUID(uuidString: raw),
              let document = try await store.document(fileID, of: dossier.id!),
              let bytes = try await uploads.files.pieces(sha256: document.sha256) else { throw HTTPError(.notFound) }
        return DossierMessagesController.download(bytes, mediaType: document.mediaType,
                                                  name: "\(document.slot)-\(document.id!.uuidString.prefix(8).lowercased())")
    }
}
