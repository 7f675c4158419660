import DCEMDossier
import DCEMRules
import Foundation
import Hummingbird

/// What the family's API does once a dossier is filed, on the pages' own services: the
/// conversation with the préfecture (`DossierMessages`), the answer to a request for documents and
/// the request for another appointment (`DossierWorkflow`), and a renewal or a brother's or
/// sister's application started from the case (`DossierCopy`).
extension DossierAPIController {
    func registerAfterFiling(on api: RouterGroup<APIRequestContext>) {
        api.get(SiteURL.apiDossierMessages(.key).route) { request, context in try await respond(context) { try await messageList(request, context) } }
        api.post(SiteURL.apiDossierMessages(.key).route) { request, context in try await respond(context) { try await postMessage(request, context) } }
        api.get(SiteURL.apiDossierMessageAttachment(.key, .key).route) { request, context in
            try await respond(context) { try await messageAttachment(request, context) }
        }
        api.post(SiteURL.apiDossierAnswer(.key).route) { request, context in try await respond(context) { try await answerRequest(request, context) } }
        api.post(SiteURL.apiDossierPostponement(.key).route) { request, context in
            try await respond(context) { try await requestPostponement(request, context) }
        }
        api.post(SiteURL.apiDossierRenewal(.key).route) { request, context in try await respond(context) { try await startCopy(.renewal, context) } }
        api.post(SiteURL.apiDossierSibling(.key).route) { request, context in try await respond(context) { try await startCopy(.sibling, context) } }
    }

    // MARK: Messages

    /// The conversation, oldest first; a draft has none yet (409, as messages start at filing).
    @Sendable func messageList(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let dossier = try await load(context)
        guard DossierPolicy.family(.writeMessage, in: dossier.currentState) else { throw DossierError.notFiled }
        return json(DossierJSON.MessageList(messages: try await messages.list(of: dossier.id!).map(DossierJSON.Message.init)))
    }

    /// A message to the préfecture: JSON `{"body": …}`, or `multipart/form-data` with `body` and an
    /// optional `file`, checked as on the page. 201 for a new message; 200 with the first one when
    /// the same message is sent again within two minutes (a retry).
    @Sendable func postMessage(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let member = try context.member()
        let dossier = try await load(context)
        let language = context.language
        let t = language.catalog
        guard DossierPolicy.family(.writeMessage, in: dossier.currentState) else { throw DossierError.notFiled }
        if let wait = try await rateLimiter.hit(.uploadsPerUser, key: member.id.uuidString, now: now()) {
            throw APIProblem.tooMany(wait, language)
        }
        let mediaType = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        var body = ""
        var file: UploadedPart? = nil
        var unknown: [String] = []
        switch mediaType {
        case "application/json"?:
            for (key, value) in try await APIBody.object(request, language: language) {
                guard key == "body" else { unknown.append(key); continue }
                body = try APIBody.text(value, field: key, language: language) ?? ""
            }
        case "multipart/form-data"?:
            let form: MultipartForm
            do {
                form = try await MultipartUpload.read(request, storingFilesIn: files, textLimits: DossierMessages.textLimits)
            } catch .fileTooLarge {
                throw APIProblem(status: .contentTooLarge, field: "file", message: t.dossier.fileTooLarge)
            } catch .textTooLarge(let field, _) where field == "body" {
                throw APIProblem.invalid([(name: "body", message: t.dossier.messageTooLong(DossierMessages.maxLength))], language)
            } catch .textTooLarge(let field, let maxBytes) {
                throw APIProblem(status: .contentTooLarge, field: field, message: t.api.fieldTooLarge(maxBytes))
            } catch .bodyTooLarge {
                throw APIProblem(status: .contentTooLarge, field: nil, message: t.api.bodyTooLarge(MultipartUpload.defaultMaxBodySize))
            } catch .notMultipart {
                throw APIProblem(status: .unsupportedMediaType, field: "Content-Type", message: t.api.unsupportedMessageType)
            } catch {
                throw APIProblem.badRequest("body", t.dossier.uploadMalformed)
            }
            body = form.fields["body"] ?? ""
            unknown = form.fields.keys.filter { $0 != "body" }.sorted() + form.files.map(\.fieldName).filter { $0 != "file" }
            file = form.files.first { $0.fieldName == "file" && $0.size > 0 }
        default:
            throw APIProblem(status: .unsupportedMediaType, field: "Content-Type", message: t.api.unsupportedMessageType)
        }
        let unknownErrors = unknown.map { (name: $0, message: t.api.unknownMember) }
        switch DossierMessages.check(body: body, file: file, text: t.dossier) {
        case .invalid(_, let errors):
            throw APIProblem.invalid(errors.map { (name: $0.fieldID, message: $0.message) } + unknownErrors, language)
        case .valid(let body, let checked):
            guard unknownErrors.isEmpty else { throw APIProblem.invalid(unknownErrors, language) }
            let sent = try await messages.send(to: dossier, by: .family(member.id), body: body, attachment: checked)
            return json(DossierJSON.Message(sent.message), status: sent.created ? .created : .ok)
        }
    }

    /// A message's file, as a download under a name the service makes.
    @Sendable func messageAttachment(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let dossier = try await load(context)
        guard let raw = context.parameters.get("message"), let messageID = UUID(uuidString: raw) else {
            throw APIProblem.badRequest("message", context.language.catalog.api.expected("UUID"))
        }
        guard let message = try await messages.message(messageID, in: dossier.id!), let hash = message.attachmentSHA256,
              let bytes = try await files.pieces(sha256: hash) else { throw APIProblem.notFound(context.language) }
        return DossierMessagesController.download(bytes, mediaType: message.attachmentMediaType,
                                                  name: "message-\(messageID.uuidString.prefix(8).lowercased())")
    }

    // MARK: The family's actions on the case

    /// The family has sent the documents the préfecture asked for: instruction resumes and the
    /// silence delay restarts in full (rule 16).
    @Sendable func answerRequest(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let member = try context.member()
        let dossier = try await load(context)
        do {
            try await workflow.answerRequest(dossier.id!, by: member.id)
        } catch DossierError.requestNotAnswered(let missing) {
            let page = PageContext(language: context.language, path: request.uri.path)
            throw APIProblem.invalid(DossierStatusModel.requestErrors(missing, page).map { (name: $0.fieldID, message: $0.message) }, context.language)
        }
        return try await representation(dossier.id!, context)
    }

    /// Another appointment: `reason` and `availableFrom` (a day, `YYYY-MM-DD`) required, `dates`
    /// (details) optional; checked by the same command as the page's form.
    @Sendable func requestPostponement(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let member = try context.member()
        let dossier = try await load(context)
        let language = context.language
        typealias Field = PostponementRequestCommand.Field
        var fields: [String: String] = [:]
        var unknown: [(name: String, message: String)] = []
        for (key, value) in try await APIBody.object(request, language: language) {
            let text = try APIBody.text(value, field: key, language: language) ?? ""
            switch key {
            case "reason": fields[Field.reason.rawValue] = text
            case "dates": fields[Field.details.rawValue] = text
            case "availableFrom":
                // The command reads a day in three parts, as the page's inputs send it.
                let parts = text.split(separator: "-", omittingEmptySubsequences: false)
                if parts.count == 3, parts[0].count == 4 {
                    fields[Field.availableFrom.rawValue + "-year"] = String(parts[0])
                    fields[Field.availableFrom.rawValue + "-month"] = String(parts[1])
                    fields[Field.availableFrom.rawValue + "-day"] = String(parts[2])
                } else {
                    fields[Field.availableFrom.rawValue + "-day"] = text
                }
            default: unknown.append((key, language.catalog.api.unknownMember))
            }
        }
        let today = today(dossier)
        switch PostponementRequestCommand.parse(fields, today: today, lastCollectionDay: dossier.lastCollectionDay) {
        case .failure(let failure):
            let page = PageContext(language: language, path: request.uri.path)
            let errors = PostponementFormModel.errors(failure, page, dossier: dossier, today: today)
            // The API's names for the page's fields.
            let named = errors.map { error in
                (name: error.fieldID.hasPrefix(Field.availableFrom.rawValue) ? "availableFrom"
                    : error.fieldID == Field.details.rawValue ? "dates" : error.fieldID, message: error.message)
            }
            throw APIProblem.invalid(named + unknown, language)
        case .success(let command):
            guard unknown.isEmpty else { throw APIProblem.invalid(unknown, language) }
            try await workflow.requestPostponement(dossier.id!, by: member.id, command)
        }
        return try await representation(dossier.id!, context)
    }

    // MARK: Renewal, brother or sister

    /// A new draft started from this case: 201 with it; 200 with the same draft when it was
    /// already started this way and is untouched (a retry starts one draft, not two).
    func startCopy(_ kind: DossierCopy.Kind, _ context: APIRequestContext) async throws -> Response {
        let member = try context.member()
        let source = try await load(context)
        let (draft, created) = try await copy.begin(kind, from: source, by: member.id)
        return try await representation(draft.id!, context, status: created ? .created : .ok)
    }
}
