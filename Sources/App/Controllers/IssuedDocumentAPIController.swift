import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// The family's issued DCEMs as JSON (`/api/v1/issued-documents…`), with a personal token: the same
/// registry and the same next step as "Mes documents" (docs/pages.md#issued-documents). Another
/// member's document is a 404.
struct IssuedDocumentAPIController {
    let documents: IssuedDocumentRegistry
    let store: DossierStore

    /// One document as the API gives it: codes, ISO days, and the next step as a code with its day.
    struct IssuedDocumentJSON: Encodable {
        let id: UUID
        let number: String
        let holder: String
        let state: String
        let lapseCause: String?
        let validFrom: String
        let validUntil: String?
        let voidAfter: String?
        let territory: String?
        let deliveredOn: String
        let next: String
        /// The day the next step names (the renewal's opening, the last day for observations).
        let nextOn: String?
        let dossier: UUID
    }

    func register(on api: RouterGroup<APIRequestContext>) {
        api.get(SiteURL.apiIssuedDocuments.route) { _, context in
            try await respond(context) {
                struct List: Encodable { let issuedDocuments: [IssuedDocumentJSON] }
                var list: [IssuedDocumentJSON] = []
                for document in try await documents.documents(of: try context.member().id) { list.append(try await json(document)) }
                return APIError.json(bytes: DossierJSON.encode(List(issuedDocuments: list)))
            }
        }
        api.get(SiteURL.apiIssuedDocument(.key).route) { _, context in
            try await respond(context) {
                let member = try context.member()
                guard let raw = context.parameters.get("document"), let id = UUID(uuidString: raw) else {
                    throw APIProblem.badRequest("document", context.language.catalog.api.expected("UUID"))
                }
                return APIError.json(bytes: DossierJSON.encode(try await json(try await documents.owned(id, by: member.id))))
            }
        }
    }

    func respond(_ context: APIRequestContext, _ handler: () async throws -> Response) async throws -> Response {
        do {
            return try await handler()
        } catch let problem as APIProblem {
            return problem.response
        } catch IssuedDocumentFailure.notFound {
            return APIProblem.notFound(context.language).response
        }
    }

    func json(_ document: IssuedDocument) async throws -> IssuedDocumentJSON {
        let step = try await MyDocumentsController.step(document, documents: documents, store: store)
        let (code, day): (String, CivilDate?) = switch step {
        case .keep(let from): ("keep", from)
        case .renew: ("renew", nil)
        case .finishRenewal: ("finish-renewal", nil)
        case .observe(let until): ("observe", until)
        case .giveBack: ("give-back", nil)
        case .replace: ("replace", nil)
        case .nothing: ("nothing", nil)
        }
        return IssuedDocumentJSON(id: document.id!, number: document.dcemNumber, holder: document.holderName, state: document.state,
                                  lapseCause: document.lapseCause, validFrom: document.validFrom, validUntil: document.validUntil,
                                  voidAfter: document.voidAfter, territory: document.territory, deliveredOn: document.deliveredOn,
                                  next: code, nextOn: day?.iso, dossier: document.dossierID)
    }
}
