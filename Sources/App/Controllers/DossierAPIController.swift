import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// The family's JSON API (`/api/v1/dossiers…`), authenticated by personal tokens: the same
/// services as the pages (store, filing, workflow, checklist, section checks, uploads, messages,
/// copies), so no rule or check is written twice. Every refusal is a JSON 4xx; another member's dossier is a 404.
struct DossierAPIController {
    let store: DossierStore
    let filing: DossierFiling
    let workflow: DossierWorkflow
    let uploads: DossierUploads
    let messages: DossierMessages
    let files: any FileStorage
    let copy: DossierCopy
    let rateLimiter: any RateLimiter
    let now: @Sendable () -> Date

    func register(on api: RouterGroup<APIRequestContext>) {
        api.get(SiteURL.apiDossiers.route) { request, context in try await respond(context) { try await list(request, context) } }
        api.post(SiteURL.apiDossiers.route) { request, context in try await respond(context) { try await start(request, context) } }
        api.get(SiteURL.apiDossier(.key).route) { request, context in try await respond(context) { try await show(request, context) } }
        api.put(SiteURL.apiDossierAnswers(.key, .key).route) { request, context in
            try await respond(context) { try await answer(request, context) }
        }
        api.post(SiteURL.apiDossierUpload(.key, .key).route) { request, context in
            try await respond(context) { try await upload(request, context) }
        }
        api.delete(SiteURL.apiDossierDocument(.key, .key).route) { request, context in
            try await respond(context) { try await remove(request, context) }
        }
        api.post(SiteURL.apiDossierFiling(.key).route) { request, context in try await respond(context) { try await file(request, context) } }
        api.post(SiteURL.apiDossierWithdraw(.key).route) { request, context in
            try await respond(context) { try await withdraw(request, context) }
        }
        registerAfterFiling(on: api)
    }

    /// Turns every refusal into its JSON answer; only a fault of the service itself escapes (a 500).
    func respond(_ context: APIRequestContext, _ handler: () async throws -> Response) async throws -> Response {
        let t = context.language.catalog.api
        do {
            return try await handler()
        } catch let problem as APIProblem {
            return problem.response
        } catch DossierError.notFound {
            return APIProblem.notFound(context.language).response
        } catch DossierError.notADraft {
            return APIProblem.conflict(t.notADraft).response
        } catch DossierError.conflict {
            return APIProblem.conflict(t.conflict).response
        } catch DossierError.workflow(let error) {
            return APIProblem.conflict(error.message(in: context.language)).response
        } catch DossierError.notFiled {
            return APIProblem.conflict(t.notFiled).response
        } catch DossierError.cannotCopy {
            return APIProblem.conflict(t.cannotCopy).response
        }
    }

    // MARK: Helpers

    func load(_ context: APIRequestContext) async throws -> Dossier {
        let member = try context.member()
        guard let raw = context.parameters.get("dossier"), let id = UUID(uuidString: raw) else {
            throw APIProblem.badRequest("dossier", context.language.catalog.api.expected("UUID"))
        }
        return try await store.owned(id, by: member.id)
    }

    func today(_ dossier: Dossier) -> CivilDate {
        (dossier.competentDepartement ?? .paris).today(at: now())
    }

    func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        APIError.json(bytes: DossierJSON.encode(value), status: status)
    }

    /// The dossier as the API shows it, read afresh.
    func representation(_ id: UUID, _ context: APIRequestContext, status: HTTPResponse.Status = .ok) async throws -> Response {
        let dossier = try await store.owned(id, by: try context.member().id)
        let documents = try await store.documents(of: id)
        let checklist = store.checklist(dossier, documents: documents, today: today(dossier))
        var response = json(DossierJSON(dossier, documents: documents, events: try await store.events(of: id), checklist: checklist,
                                        language: context.language), status: status)
        if status == .created { response.headers[.location] = SiteURL.apiDossier(id).path }
        return response
    }

    // MARK: Dossiers

    @Sendable func list(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        struct List: Encodable { let dossiers: [DossierJSON.Summary] }
        return json(List(dossiers: try await store.list(for: try context.member().id).map(DossierJSON.summary)))
    }

    /// A new draft, from the start page's three answers (`document` is "dcem" when left out).
    @Sendable func start(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let member = try context.member()
        let language = context.language
        var values = ["document": "dcem"]
        var unknown: [String] = []
        for (key, value) in try await APIBody.object(request, language: language) {
            guard ["document", "profile", "role"].contains(key) else { unknown.append(key); continue }
            values[key] = try APIBody.text(value, field: key, language: language) ?? ""
        }
        let t = language.catalog
        let errors = unknown.map { (name: $0, message: t.api.unknownMember) }
        switch DossierStart.check(FormFields(values: values), text: t.dossier) {
        case .failure(let invalid):
            throw APIProblem.invalid(invalid.errors.map { (name: $0.fieldID, message: $0.message) } + errors, language)
        case .success(let choice):
            guard errors.isEmpty else { throw APIProblem.invalid(errors, language) }
            let dossier = try await DossierStart.start(choice, userID: member.id, store: store, now: now())
            return try await representation(dossier.id!, context, status: .created)
        }
    }

    @Sendable func show(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        try await representation(try await load(context).id!, context)
    }

    // MARK: Answers

    /// Replaces one section's answers (`languages`: which civil-status documents are in a foreign language).
    @Sendable func answer(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let member = try context.member()
        let dossier = try await load(context)
        let language = context.language
        let t = language.catalog
        let name = context.parameters.get("section") ?? ""
        guard name == "languages" || DossierSection(apiName: name) != nil else {
            throw APIProblem(status: .notFound, field: "section", message: t.api.expected("child, parents, applicant, address, situation, languages"))
        }
        // The same policy as the pages: a draft, or a case the préfecture sent back for documents.
        guard dossier.familyMayEdit else { throw DossierError.notADraft }
        let object = try await APIBody.object(request, language: language)
        var answers = dossier.decodedAnswers()
        var errors: [(name: String, message: String)]
        switch DossierSection(apiName: name) {
        case .situation?:
            var given: [String: String] = [:]
            for (key, value) in object { given[key] = try APIBody.text(value, field: key, language: language) ?? "" }
            let documents = try await store.documents(of: dossier.id!)
            errors = DossierSituationAnswers.apply(given, to: &answers, checklist: store.checklist(dossier, documents: documents, today: today(dossier)),
                                                   text: t)
        case let section?:
            let read = try APIAnswers.form(section, object, language: language)
            errors = DossierSectionForms.apply(section, form: read.form, to: &answers, text: t.dossier, today: today(dossier))
                .map { (name: APIAnswers.apiName($0.fieldID, section: section), message: $0.message) }
            errors += read.unknown.map { (name: $0, message: t.api.unknownMember) }
        case nil:
            errors = []
            for (key, value) in object {
                guard let code = DocumentCode(rawValue: key), UploadSlot.civilStatus.contains(code) else {
                    errors.append((key, t.api.unknownMember)); continue
                }
                guard case .bool(let foreign) = value else {
                    throw APIProblem.badRequest(key, t.api.expected(language == .fr ? "true ou false" : "true or false"))
                }
                answers.foreignLanguage[code.rawValue] = foreign
            }
        }
        guard errors.isEmpty else { throw APIProblem.invalid(errors, language) }
        try await store.saveLatest(dossier, answers, userID: member.id, now: now(), what: name == "languages" ? "language" : DossierSection(apiName: name)!.rawValue)
        return try await representation(dossier.id!, context)
    }

    // MARK: Documents

    /// One file, the raw body, into a slot (the photos' slots take `takenOn`, an ISO day, in the query).
    @Sendable func upload(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let member = try context.member()
        let dossier = try await load(context)
        let language = context.language
        let t = language.catalog
        let slot = context.parameters.get("target") ?? ""
        do {
            try await uploads.checkSlot(slot, in: dossier, today: today(dossier))
        } catch .noSuchSlot {
            throw APIProblem(status: .notFound, field: "slot", message: t.api.notFound)
        } catch .closed {
            throw DossierError.notADraft
        } catch .photosComplete {
            throw APIProblem.conflict(t.api.photosComplete)
        }
        if let wait = try await rateLimiter.hit(.uploadsPerUser, key: member.id.uuidString, now: now()) {
            throw APIProblem.tooMany(wait, language)
        }
        guard APIUpload.declaredKind(request) != nil else {
            throw APIProblem(status: .unsupportedMediaType, field: "Content-Type", message: t.api.unsupportedType)
        }
        var errors: [(name: String, message: String)] = []
        var takenOn: String? = nil
        if UploadSlot.holdsPhotos(slot) {
            let (day, month, year) = APIBody.dateInputs(request.uri.queryParameters["takenOn"].map(String.init) ?? "")
            let taken = DateAnswer(day: day, month: month, year: year)
            if let problem = DossierUploads.photoDateProblem(taken, today: today(dossier), text: t.dossier, format: t.simulator) {
                errors.append(("takenOn", problem))
            }
            takenOn = taken.civil?.iso
        }
        let received = try await APIUpload.receive(request, files: uploads.files, language: language)
        let kind = received.kind
        if received.size == 0 {
            errors.append(("body", t.dossier.fileMissing))
        } else if kind == nil {
            errors.append(("body", t.dossier.fileWrongType))
        } else if let kind, !DossierUploads.accepts(kind, in: slot) {
            errors.append(("body", t.dossier.photoNotImage))
        }
        guard errors.isEmpty, let kind, let stored = received.stored else { throw APIProblem.invalid(errors, language) }
        let fileName = MultipartUpload.displayName(request.uri.queryParameters["fileName"].map(String.init) ?? "")
        let file = KeptFile(stored: stored, kind: kind, fileName: fileName.isEmpty ? "\(slot).\(kind.fileExtension)" : fileName)
        let document = try await uploads.record(dossier, slot: slot, file: file, takenOn: takenOn, today: today(dossier), by: member.id)
        return json(DossierJSON.Document(document), status: .created)
    }

    /// Marks a draft's file removed (its row and history stay).
    @Sendable func remove(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let member = try context.member()
        let dossier = try await load(context)
        guard let raw = context.parameters.get("target"), let fileID = UUID(uuidString: raw) else {
            throw APIProblem.badRequest("document", context.language.catalog.api.expected("UUID"))
        }
        _ = try await uploads.remove(fileID, from: dossier, by: member.id)
        return Response(status: .noContent, headers: [.cacheControl: "no-store"])
    }

    // MARK: Filing and withdrawal

    /// Files the draft. Idempotent by nature, like the page: filing a filed dossier answers the
    /// same case, so a retry (with or without `Idempotency-Key`) never makes a second one.
    @Sendable func file(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let member = try context.member()
        let dossier = try await load(context)
        switch try await filing.file(dossier.id!, by: member.user, language: context.language) {
        case .filed(let filed):
            return try await representation(filed.id!, context)
        case .incomplete(let current, _, let checklist):
            let page = PageContext(language: context.language, path: "")
            let fields = checklist.problems.map { problem in
                (name: Self.problemField(problem), message: CheckAnswersModel.problem(page, dossier: current, problem).message)
            }
            var problem = APIProblem.invalid(fields, context.language)
            if fields.isEmpty {
                // Complete but without a préfecture (no address): named as the address section.
                problem = APIProblem.invalid([("address", page.text.dossier.problemSection(page.text.dossier.sectionTitle(.address)))], context.language)
            }
            throw problem
        }
    }

    /// Where a problem stopping the filing is fixed, in the API's terms.
    static func problemField(_ problem: FilingProblem) -> String {
        switch problem {
        case .section(let section, _): section.apiName
        case .language(let code): "languages.\(code.rawValue)"
        case .missing(let slot): "slots.\(slot.id)"
        case .photos, .oldPhotos: "slots.\(photoSlot)"
        }
    }

    /// Withdraws the filed case; `version` is the one the family saw (an older one is a 409).
    @Sendable func withdraw(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let member = try context.member()
        let dossier = try await load(context)
        let object = try await APIBody.object(request, language: context.language)
        let version = try APIBody.integer(object.last { $0.key == "version" }?.value, field: "version", language: context.language)
        try await workflow.withdraw(dossier.id!, by: member.id, expectedVersion: version)
        return try await representation(dossier.id!, context)
    }
}
