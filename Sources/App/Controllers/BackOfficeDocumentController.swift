import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// An issued DCEM in the back office (docs/pages.md#issued-documents): its page and the agent's
/// moves — open a withdrawal, withdraw once the observation period has ended or the observations
/// are in, close it, record the return, declare a lapse or a loss. Each goes through
/// `IssuedDocumentRegistry`; a document of another préfecture answers 404.
struct BackOfficeDocumentController {
    let documents: IssuedDocumentRegistry
    let store: DossierStore
    let files: any FileStorage
    let now: @Sendable () -> Date

    func register(on backOffice: RouterGroup<BackOfficeRequestContext>) {
        backOffice.get(SiteURL.backOfficeDocument(.key).route) { request, context in
            let document = try await load(context)
            let notice = Notice(request) == .done ? context.language.catalog.dossierDesk.done : nil
            return try await page(document, notice: notice, request: request, context: context)
        }
        backOffice.post(SiteURL.backOfficeDocumentAction(.key, .key).route, use: act)
        backOffice.get(SiteURL.backOfficeDocumentReceipt(.key).route) { request, context in
            let document = try await load(context)
            guard document.returnReceipt != nil else { throw HTTPError(.notFound) }
            let agent = try context.signedIn()
            let page = PageContext(language: context.language, path: SiteURL.backOfficeDocumentReceipt(document.id!).path)
            return try HTMLPage(html: ReturnReceiptView.render(page, ReturnReceiptModel(page, document), backLink: SiteURL.backOfficeDocument(document.id!).path,
                                                               navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: context.session.csrfToken)))
                .response(from: request, context: context)
        }
        backOffice.get(SiteURL.backOfficeDocumentWithdrawal(.key).route) { request, context in
            let document = try await load(context)
            guard document.withdrawalReasons != nil else { throw HTTPError(.notFound) }
            let agent = try context.signedIn()
            let page = PageContext(language: context.language, path: SiteURL.backOfficeDocumentWithdrawal(document.id!).path)
            return try HTMLPage(html: WithdrawalLetterView.render(page, WithdrawalLetterModel(page, document), backLink: SiteURL.backOfficeDocument(document.id!).path,
                                                                 navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: context.session.csrfToken)))
                .response(from: request, context: context)
        }
        backOffice.get(SiteURL.backOfficeDocumentFile(.key, .key).route) { _, context in
            let document = try await load(context)
            return try await MyDocumentsController.file(of: document, context.parameters.get("file"), documents: documents, files: files)
        }
    }

    func load(_ context: BackOfficeRequestContext) async throws -> IssuedDocument {
        guard let raw = context.parameters.get("document"), let id = UUID(uuidString: raw) else { throw HTTPError(.notFound) }
        do {
            return try await documents.issued(id, by: try context.signedIn().prefecture.code)
        } catch IssuedDocumentFailure.notFound {
            throw HTTPError(.notFound)
        }
    }

    func page(_ document: IssuedDocument, errors: [FieldError] = [], values: [String: String] = [:], notice: String? = nil,
              status: HTTPResponse.Status = .ok, request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let agent = try context.signedIn()
        let page = PageContext(language: context.language, path: SiteURL.backOfficeDocument(document.id!).path)
        let events = try await store.events(of: document.dossierID)
        let zone = IssuedDocumentRegistry.zone(of: document)
        let history = IssuedDocumentSummary.history(page, events, number: document.dcemNumber, agentNames: try await store.agentNames(in: events),
                                                    reader: .agent, in: zone)
        let reference = try await Dossier.find(document.dossierID, on: store.database())?.reference ?? ""
        let model = BackOfficeDocumentModel(page, document: document, caseReference: reference, today: zone.today(at: now()),
                                            files: try await documents.files(of: document.id!), events: events, history: history,
                                            errors: errors, values: values, notice: notice)
        return try HTMLPage(status: status, html: BackOfficeDocumentView.render(page, model, agent: agent, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    @Sendable func act(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let document = try await load(context)
        let agent = try context.signedIn()
        guard let action = context.parameters.get("action").flatMap(IssuedDocumentAction.init(rawValue:)),
              BackOfficeDocumentModel.pageActions.contains(action) else { throw HTTPError(.notFound) }
        let d = context.language.catalog.issuedDocument
        func again(_ errors: [FieldError], _ values: [String: String]) async throws -> Response {
            try await page(document, errors: errors, values: values, status: .unprocessableContent, request: request, context: context)
        }
        do {
            switch action {
            case .declareLapse, .reportLost:
                let purpose: IssuedDocumentFile.Purpose = action == .declareLapse ? .lapseProof : .policeDeclaration
                let form = await IssuedDocumentForms.read(request, files: files, text: context.language.catalog.dossier, purpose: purpose,
                                                          fileRequired: action == .declareLapse ? d.proofMissing : d.declarationMissing)
                var errors = form.errors
                let version = form.fields["version"].flatMap(Int.init)
                if action == .declareLapse {
                    let cause = IssuedDocumentForms.declaredCause(form.fields)
                    if cause == nil { errors.insert(FieldError(fieldID: "cause", message: d.causeMissing), at: 0) }
                    guard let cause, let upload = form.upload, errors.isEmpty else { return try await again(errors, form.fields) }
                    try await documents.declareLapse(document.id!, cause: cause, proof: upload, by: .agent(agent.id), expectedVersion: version)
                } else {
                    let stolen = IssuedDocumentForms.stolen(form.fields)
                    if stolen == nil { errors.insert(FieldError(fieldID: "kind", message: d.lossKindMissing), at: 0) }
                    guard let stolen, let upload = form.upload, errors.isEmpty else { return try await again(errors, form.fields) }
                    try await documents.reportMissing(document.id!, stolen: stolen, declaration: upload, by: .agent(agent.id), expectedVersion: version)
                }
            case .openWithdrawal:
                let form = try await FormFields.read(request, limit: context.maxUploadSize)
                let grounds = WithdrawalGround.allCases.filter { form["ground-\($0.rawValue)"] == "on" }
                guard !grounds.isEmpty else {
                    return try await again([FieldError(fieldID: "ground-\(WithdrawalGround.allCases[0].rawValue)", message: d.groundsMissing)], form.values)
                }
                try await documents.openWithdrawal(document.id!, grounds: grounds, by: agent.id, expectedVersion: form["version"].flatMap(Int.init))
            case .withdraw:
                let form = try await FormFields.read(request, limit: context.maxUploadSize)
                let reasons = form.trimmed("reasons") ?? ""
                guard !reasons.isEmpty else { return try await again([FieldError(fieldID: "reasons", message: d.reasonsMissing)], form.values) }
                guard reasons.count <= IssuedDocumentForms.maxTextLength else {
                    return try await again([FieldError(fieldID: "reasons", message: context.language.catalog.dossier.fieldTooLong(d.withdrawReasonsLabel,
                                                                                                                              IssuedDocumentForms.maxTextLength))],
                                           form.values)
                }
                try await documents.withdraw(document.id!, reasons: reasons, by: agent.id, expectedVersion: form["version"].flatMap(Int.init))
            case .closeWithdrawal:
                let form = try await FormFields.read(request, limit: context.maxUploadSize)
                try await documents.closeWithdrawal(document.id!, by: agent.id, expectedVersion: form["version"].flatMap(Int.init))
            case .recordReturn:
                let form = try await FormFields.read(request, limit: context.maxUploadSize)
                try await documents.recordReturn(document.id!, by: agent.id, expectedVersion: form["version"].flatMap(Int.init))
            case .expire, .lapseAtMajority, .reportStolen, .replace:
                throw HTTPError(.notFound)
            }
        } catch let failure as IssuedDocumentFailure {
            if failure == .notFound { throw HTTPError(.notFound) }
            let fresh = try await load(context)
            let message: String = switch failure {
            case .lifecycle(.tooEarly(_, let first)): d.tooEarly(DossierFormat.day(first, PageContext(language: context.language, path: "")))
            case .conflict: d.conflict
            default: d.notAllowed
            }
            return try await page(fresh, notice: message, status: .conflict, request: request, context: context)
        }
        return .seeOther(SiteURL.backOfficeDocument(document.id!).path(notice: .done))
    }
}
