import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// The family's issued DCEMs (docs/pages.md#issued-documents): the list, each document's page, and
/// what the family may do with one — renew it, declare a residence permit or French nationality,
/// a loss or theft, present observations on a withdrawal. Every move goes through
/// `IssuedDocumentRegistry`; another family's document answers 404.
struct MyDocumentsController {
    let documents: IssuedDocumentRegistry
    let store: DossierStore
    let copy: DossierCopy
    let files: any FileStorage
    let rateLimiter: any RateLimiter
    let now: @Sendable () -> Date

    func register(on family: RouterGroup<FamilyRequestContext>) {
        family.get(SiteURL.myDocuments.route, use: list)
        family.get(SiteURL.myDocument(.key).route) { request, context in
            let document = try await load(context)
            return try await page(document, notice: Notice(request).flatMap { notice(for: $0, context) }, request: request, context: context)
        }
        family.post(SiteURL.myDocumentRenewal(.key).route, use: renew)
        family.post(SiteURL.myDocumentLapse(.key).route, use: declareLapse)
        family.post(SiteURL.myDocumentLoss(.key).route, use: declareLoss)
        family.post(SiteURL.myDocumentObservations(.key).route, use: observe)
        family.get(SiteURL.myDocumentReceipt(.key).route, use: receipt)
        family.get(SiteURL.myDocumentWithdrawal(.key).route) { request, context in
            let document = try await load(context)
            guard document.withdrawalReasons != nil else { throw HTTPError(.notFound) }
            let page = DossierController.page(context, .myDocumentWithdrawal(document.id!))
            return try HTMLPage(html: WithdrawalLetterView.render(page, WithdrawalLetterModel(page, document), backLink: SiteURL.myDocument(document.id!).path))
                .response(from: request, context: context)
        }
        family.get(SiteURL.myDocumentFile(.key, .key).route) { _, context in
            let document = try await load(context)
            return try await Self.file(of: document, context.parameters.get("file"), documents: documents, files: files)
        }
    }

    func load(_ context: FamilyRequestContext) async throws -> IssuedDocument {
        guard let raw = context.parameters.get("document"), let id = UUID(uuidString: raw) else { throw HTTPError(.notFound) }
        do {
            return try await documents.owned(id, by: context.userID)
        } catch IssuedDocumentFailure.notFound {
            throw HTTPError(.notFound)
        }
    }

    /// A file given with a move of `document`; any other id is not found.
    static func file(of document: IssuedDocument, _ raw: String?, documents: IssuedDocumentRegistry, files: any FileStorage) async throws -> Response {
        guard let raw, let fileID = UUID(uuidString: raw), let file = try await documents.files(of: document.id!).first(where: { $0.id == fileID }),
              let bytes = try await files.pieces(sha256: file.sha256) else { throw HTTPError(.notFound) }
        return FileResponse.make(bytes, mediaType: file.mediaType, name: file.purpose, disposition: .inline)
    }

    // MARK: Pages

    @Sendable func list(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let held = try await documents.documents(of: context.userID)
        var rows: [(IssuedDocument, IssuedDocumentNextStep)] = []
        for document in held { rows.append((document, try await step(document))) }
        let page = DossierController.page(context, .myDocuments)
        return try HTMLPage(html: MyDocumentView.list(page, MyDocumentsModel(page, documents: rows))).response(from: request, context: context)
    }

    func page(_ document: IssuedDocument, errors: [FieldError] = [], values: [String: String] = [:], notice: String? = nil,
              open: IssuedDocumentAction? = nil, status: HTTPResponse.Status = .ok, request: Request, context: FamilyRequestContext) async throws -> Response {
        let page = DossierController.page(context, .myDocument(document.id!))
        let events = try await store.events(of: document.dossierID)
        let history = IssuedDocumentSummary.history(page, events, number: document.dcemNumber, agentNames: try await store.agentNames(in: events),
                                                    reader: .family, in: IssuedDocumentRegistry.zone(of: document))
        let model = MyDocumentModel(page, document: document, step: try await step(document), files: try await documents.files(of: document.id!),
                                    history: history, errors: errors, values: values, notice: notice, open: open)
        return try HTMLPage(status: status, html: MyDocumentView.render(page, model, csrf: context.session.csrfToken)).response(from: request, context: context)
    }

    func step(_ document: IssuedDocument) async throws -> IssuedDocumentNextStep {
        try await Self.step(document, documents: documents, store: store)
    }

    func renewalDraft(of document: IssuedDocument) async throws -> Dossier? {
        try await Self.renewalDraft(of: document, store: store)
    }

    /// The one thing to do, from the document and whether an application prefilled from it is under
    /// way: the page and the API ask this one place.
    static func step(_ document: IssuedDocument, documents: IssuedDocumentRegistry, store: DossierStore) async throws -> IssuedDocumentNextStep {
        IssuedDocumentNextStep.of(state: document.currentState, today: documents.today(document),
                                  validUntil: document.validUntil.flatMap(CivilDate.init(iso:)), birthDate: document.holderBirthDate.flatMap(CivilDate.init(iso:)),
                                  observationsUntil: document.observationsUntil.flatMap(CivilDate.init(iso:)),
                                  observationsIn: document.observationsReceivedOn != nil,
                                  renewalStarted: try await renewalDraft(of: document, store: store) != nil)
    }

    /// The draft started from the document's case for the same child, not yet filed.
    static func renewalDraft(of document: IssuedDocument, store: DossierStore) async throws -> Dossier? {
        try await Dossier.query(on: store.database()).filter(\.$sourceID == document.dossierID).filter(\.$userID == document.userID ?? UUID())
            .filter(\.$state == DossierState.draft.rawValue).all()
            .first { $0.childName == nil || $0.childName == document.holderName }
    }

    func notice(for notice: Notice, _ context: FamilyRequestContext) -> String? {
        let d = context.language.catalog.issuedDocument
        return switch notice {
        case .lapseDeclared: d.done(.declareLapse)
        case .lossDeclared: d.done(.reportLost)
        case .observationsSent: d.observationsSent
        default: nil
        }
    }

    // MARK: Actions

    /// Starts the application prefilled from the document (or reopens the one started).
    @Sendable func renew(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let document = try await load(context)
        if let draft = try await renewalDraft(of: document) { return DossierController.redirect(to: .dossier(draft.id!)) }
        guard IssuedDocumentNextStep.mayRenew(state: document.currentState, try await step(document)),
              let source = try await Dossier.find(document.dossierID, on: store.database()) else {
            return try await page(document, errors: [], notice: context.language.catalog.issuedDocument.notAllowed, status: .conflict,
                                  request: request, context: context)
        }
        let draft: Dossier
        do {
            draft = try await copy.start(.renewal, from: source, by: context.userID)
        } catch DossierError.cannotCopy {
            return try await page(document, notice: context.language.catalog.issuedDocument.notAllowed, status: .conflict, request: request, context: context)
        }
        if !document.currentState.isInForce, document.currentState != .expired { try await documents.noteReplacement(document.id!, dossier: draft.id!) }
        return DossierController.redirect(to: .dossier(draft.id!))
    }

    @Sendable func declareLapse(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let document = try await load(context)
        let d = context.language.catalog.issuedDocument
        if let refusal = try await limited(document, request: request, context: context) { return refusal }
        let form = await IssuedDocumentForms.read(request, files: files, text: context.language.catalog.dossier, purpose: .lapseProof, fileRequired: d.proofMissing)
        var errors = form.errors
        let cause = IssuedDocumentForms.declaredCause(form.fields)
        if cause == nil { errors.insert(FieldError(fieldID: "cause", message: d.causeMissing), at: 0) }
        guard let cause, let upload = form.upload, errors.isEmpty else {
            return try await page(document, errors: errors, values: form.fields, open: .declareLapse, status: .unprocessableContent, request: request, context: context)
        }
        return try await move(document, upload: upload, notice: .lapseDeclared, request: request, context: context) { stored in
            try await documents.declareLapse(document.id!, cause: cause, proof: stored, by: context.actingParty, expectedVersion: document.stateVersion)
        }
    }

    /// Lost or stolen: invalid at once, and the replacement application prefilled from it.
    @Sendable func declareLoss(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let document = try await load(context)
        let d = context.language.catalog.issuedDocument
        if let refusal = try await limited(document, request: request, context: context) { return refusal }
        let form = await IssuedDocumentForms.read(request, files: files, text: context.language.catalog.dossier, purpose: .policeDeclaration, fileRequired: d.declarationMissing)
        var errors = form.errors
        let stolen = IssuedDocumentForms.stolen(form.fields)
        if stolen == nil { errors.insert(FieldError(fieldID: "kind", message: d.lossKindMissing), at: 0) }
        if form.fields["confirm-yes"] != "on" { errors.append(FieldError(fieldID: "confirm-yes", message: d.confirmMissing)) }
        guard let stolen, let upload = form.upload, errors.isEmpty else {
            return try await page(document, errors: errors, values: form.fields, open: .reportLost, status: .unprocessableContent, request: request, context: context)
        }
        let response = try await move(document, upload: upload, notice: .lossDeclared, request: request, context: context) { stored in
            try await documents.reportMissing(document.id!, stolen: stolen, declaration: stored, by: context.actingParty,
                                              expectedVersion: document.stateVersion)
        }
        // The replacement is a new application prefilled from the document (rule 22).
        if response.status == .seeOther, try await renewalDraft(of: document) == nil,
           let source = try await Dossier.find(document.dossierID, on: store.database()),
           let draft = try? await copy.start(.renewal, from: source, by: context.userID) {
            try await documents.noteReplacement(document.id!, dossier: draft.id!)
        }
        return response
    }

    @Sendable func observe(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let document = try await load(context)
        let d = context.language.catalog.issuedDocument
        if let refusal = try await limited(document, request: request, context: context) { return refusal }
        let form = await IssuedDocumentForms.read(request, files: files, text: context.language.catalog.dossier, purpose: .observations, fileRequired: nil)
        var errors = form.errors
        let text = (form.fields["observations"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            errors.insert(FieldError(fieldID: "observations", message: d.observationsMissing), at: 0)
        } else if text.count > IssuedDocumentForms.maxTextLength {
            errors.insert(FieldError(fieldID: "observations", message: context.language.catalog.dossier.fieldTooLong(d.observationsLabel, IssuedDocumentForms.maxTextLength)), at: 0)
        }
        guard errors.isEmpty else {
            return try await page(document, errors: errors, values: form.fields, status: .unprocessableContent, request: request, context: context)
        }
        do {
            try await documents.presentObservations(document.id!, text: text, file: form.upload, by: context.userID)
        } catch let failure as IssuedDocumentFailure {
            return try await refused(failure, document: document, request: request, context: context)
        }
        return DossierController.redirect(to: SiteURL.myDocument(document.id!).path(notice: .observationsSent))
    }

    /// The uploads' limit per member, counted for every form of the page that carries a file.
    private func limited(_ document: IssuedDocument, request: Request, context: FamilyRequestContext) async throws -> Response? {
        guard let wait = try await rateLimiter.hit(.uploadsPerUser, key: context.userID.uuidString, now: now()) else { return nil }
        return try AccountController.tooMany(DossierController.page(context, .myDocument(document.id!)), seconds: wait, request: request, context: context)
    }

    /// Makes the move with the file already stored; a move refused leaves the file to the sweep of
    /// unreferenced files (`OrphanFiles`).
    private func move(_ document: IssuedDocument, upload: IssuedDocumentUpload, notice: Notice, request: Request, context: FamilyRequestContext,
                      _ action: (IssuedDocumentUpload) async throws -> Void) async throws -> Response {
        do {
            try await action(upload)
        } catch let failure as IssuedDocumentFailure {
            return try await refused(failure, document: document, request: request, context: context)
        }
        return DossierController.redirect(to: SiteURL.myDocument(document.id!).path(notice: notice))
    }

    /// The move was refused (the document changed meanwhile, or its state forbids it): the page
    /// as it now stands, saying so.
    private func refused(_ failure: IssuedDocumentFailure, document: IssuedDocument, request: Request, context: FamilyRequestContext) async throws -> Response {
        if failure == .notFound { throw HTTPError(.notFound) }
        let fresh = try await load(context)
        let d = context.language.catalog.issuedDocument
        return try await page(fresh, notice: failure == .conflict ? d.conflict : d.notAllowed, status: .conflict, request: request, context: context)
    }

    /// The receipt of a document given back, to print.
    @Sendable func receipt(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let document = try await load(context)
        guard document.returnReceipt != nil else { throw HTTPError(.notFound) }
        let page = DossierController.page(context, .myDocumentReceipt(document.id!))
        return try HTMLPage(html: ReturnReceiptView.render(page, ReturnReceiptModel(page, document), backLink: SiteURL.myDocument(document.id!).path))
            .response(from: request, context: context)
    }
}

/// The forms of an issued document's moves that carry a file (a proof, a police declaration,
/// observations): read, the file streamed to the store and checked by its content, as the case's
/// uploads are.
enum IssuedDocumentForms {
    static let maxTextLength = 5_000

    /// The file input's id in the form of `purpose` (the error summary links to it).
    static func fileID(_ purpose: IssuedDocumentFile.Purpose) -> String { "\(purpose.rawValue)-file" }

    struct Read: Sendable {
        let fields: [String: String]
        let errors: [FieldError]
        /// The file, in the store.
        let upload: IssuedDocumentUpload?
    }

    /// The cause a lapse declaration names (`LapseCause.declarable`), nil when none is chosen.
    static func declaredCause(_ fields: [String: String]) -> LapseCause? {
        fields["cause"].flatMap(LapseCause.init(rawValue:)).flatMap { LapseCause.declarable.contains($0) ? $0 : nil }
    }

    /// A loss declaration's answer: true when stolen, false when lost, nil when neither is chosen.
    static func stolen(_ fields: [String: String]) -> Bool? {
        switch fields["kind"] {
        case LossKind.stolen.rawValue: true
        case LossKind.lost.rawValue: false
        default: nil
        }
    }

    /// The radios of a loss declaration.
    enum LossKind: String, CaseIterable { case lost, stolen }

    /// `fileRequired`: the message when no file is sent, or nil when the file is optional.
    static func read(_ request: Request, files: any FileStorage, text t: DossierText, purpose: IssuedDocumentFile.Purpose,
                     fileRequired: String?) async -> Read {
        let file = fileID(purpose)
        let form: MultipartForm
        do {
            form = try await MultipartUpload.read(request, storingFilesIn: files)
        } catch .fileTooLarge, .bodyTooLarge {
            return Read(fields: [:], errors: [FieldError(fieldID: file, message: t.fileTooLarge)], upload: nil)
        } catch {
            return Read(fields: [:], errors: [FieldError(fieldID: file, message: t.uploadMalformed)], upload: nil)
        }
        guard let part = form.files.first(where: { $0.size > 0 }) else {
            return Read(fields: form.fields, errors: fileRequired.map { [FieldError(fieldID: file, message: $0)] } ?? [], upload: nil)
        }
        guard let kept = part.kept else {
            return Read(fields: form.fields, errors: [FieldError(fieldID: file, message: t.fileWrongType)], upload: nil)
        }
        return Read(fields: form.fields, errors: [], upload: IssuedDocumentUpload(stored: kept.stored, mediaType: kept.kind.mediaType, fileName: kept.fileName))
    }
}
