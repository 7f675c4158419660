import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// The family's side of the conversation with the préfecture: read, write (with an optional
/// file, checked like any upload), and download an attachment of their own dossier.
struct DossierMessagesController {
    let dossiers: DossierController
    let messages: DossierMessages
    let files: any FileStorage
    let rateLimiter: any RateLimiter
    let now: @Sendable () -> Date

    func register(on family: RouterGroup<FamilyRequestContext>) {
        family.get(SiteURL.dossierMessages(.key).route) { request, context -> Response in
            let dossier = try await dossiers.load(context)
            guard DossierPolicy.family(.writeMessage, in: dossier.currentState) else { return DossierController.redirect(to: .dossier(dossier.id!)) }
            let t = context.language.catalog.dossier
            let notice = Notice(request) == .messageSent ? t.messageSent : nil
            // A message written for the family, which they read and send themselves.
            var values: [String: String] = [:]
            if MessageTemplate(request) == .reasons, dossier.currentState == .implicitlyRefused, let day = dossier.implicitRefusalDay {
                values["body"] = t.reasonsRequestBody(dossier.reference ?? "", DossierFormat.day(day, DossierController.page(context, .dossierMessages(dossier.id!))))
            }
            return try await page(dossier, values: values, errors: [], notice: notice, status: .ok, request: request, context: context)
        }
        family.post(SiteURL.dossierMessages(.key).route, use: post)
        family.get(SiteURL.dossierMessageAttachment(.key, .key).route, use: attachment)
    }

    func page(_ dossier: Dossier, values: [String: String], errors: [FieldError], notice: String?, status: HTTPResponse.Status,
              request: Request, context: FamilyRequestContext) async throws -> Response {
        let list = try await messages.list(of: dossier.id!)
        let page = DossierController.page(context, .dossierMessages(dossier.id!))
        let html = DossierMessagesView.render(page, DossierMessagesModel(page, dossier: dossier, messages: list),
                                              values: values, errors: errors, notice: notice, csrf: context.session.csrfToken)
        return try HTMLPage(status: status, html: html).response(from: request, context: context)
    }

    typealias Submission = DossierMessages.Submission

    static func read(_ request: Request, files: any FileStorage, text t: DossierText) async -> Submission {
        let form: MultipartForm
        do {
            form = try await MultipartUpload.read(request, storingFilesIn: files, textLimits: DossierMessages.textLimits)
        } catch .fileTooLarge, .bodyTooLarge {
            return .invalid(body: "", errors: [FieldError(fieldID: "file", message: t.fileTooLarge)])
        } catch .textTooLarge {
            // Only the message is a text of any size: refused while read, the rest never buffered.
            return .invalid(body: "", errors: [FieldError(fieldID: "body", message: t.messageTooLong(DossierMessages.maxLength))])
        } catch {
            return .invalid(body: "", errors: [FieldError(fieldID: "body", message: t.uploadMalformed)])
        }
        return DossierMessages.check(body: form.fields["body"] ?? "", file: form.files.first { $0.size > 0 }, text: t)
    }

    @Sendable func post(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await dossiers.load(context)
        guard DossierPolicy.family(.writeMessage, in: dossier.currentState) else { return DossierController.redirect(to: .dossier(dossier.id!)) }
        if let wait = try await rateLimiter.hit(.uploadsPerUser, key: context.userID.uuidString, now: now()) {
            return try AccountController.tooMany(DossierController.page(context, .dossierMessages(dossier.id!)), seconds: wait,
                                                 request: request, context: context)
        }
        switch await Self.read(request, files: files, text: context.language.catalog.dossier) {
        case .invalid(let body, let errors):
            return try await page(dossier, values: ["body": body], errors: errors, notice: nil, status: .unprocessableContent,
                                  request: request, context: context)
        case .valid(let body, let file):
            try await messages.post(to: dossier, by: .family(context.userID), body: body, attachment: file)
            return DossierController.redirect(to: SiteURL.dossierMessages(dossier.id!).path(notice: .messageSent))
        }
    }

    /// An attachment of the member's own dossier, as a download, never rendered as a page.
    @Sendable func attachment(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await dossiers.load(context)
        guard let raw = context.parameters.get("message"), let messageID = UUID(uuidString: raw),
              let message = try await messages.message(messageID, in: dossier.id!), let hash = message.attachmentSHA256,
              let bytes = try await files.pieces(sha256: hash) else { throw HTTPError(.notFound) }
        return Self.download(bytes, mediaType: message.attachmentMediaType, name: "message-\(messageID.uuidString.prefix(8).lowercased())")
    }

    /// A stored file sent as an attachment under a name we make (the uploaded name is never trusted).
    static func download(_ bytes: (size: Int, pieces: StoredFilePieces), mediaType: String?, name: String) -> Response {
        FileResponse.make(bytes, mediaType: mediaType, name: name, disposition: .attachment)
    }
}
