import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// The queue of the agent's préfecture. Every case read
/// here is scoped to the agent's préfecture: another préfecture's case, a draft or an unknown id
/// all answer 404, so ids can not be probed.
struct BackOfficeQueueController {
    let database: @Sendable () -> any Database
    let reader: QueueReader
    let now: @Sendable () -> Date

    func register(on backOffice: RouterGroup<BackOfficeRequestContext>) {
        backOffice.get(SiteURL.backOfficeQueue.route, use: queue)
    }

    @Sendable func queue(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let agent = try context.signedIn()
        var parameters: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { parameters[String(name)] = String(value) }
        let query = QueueQuery(prefecture: agent.prefecture.code, agent: agent.id, parameters: parameters)
        let today = agent.prefecture.today(at: now())
        let result = try await reader.page(query, today: today)
        let page = PageContext(language: context.language, path: SiteURL.backOfficeQueue.path)
        let tripCount = try await TripDesk(database: database, publicURL: "", now: now).queueCount(prefecture: agent.prefecture.code)
        let model = BackOfficeQueueModel(page, agent: agent, query: query, result: result, today: today, tripCount: tripCount)
        return try HTMLPage(html: BackOfficeQueueView.render(page, model, agent: agent, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    /// A filed case of the préfecture, or 404.
    static func scopedDossier(_ rawID: String?, prefecture: Departement, on db: any Database) async throws -> Dossier {
        guard let rawID, let id = UUID(uuidString: rawID),
              let dossier = try await Dossier.query(on: db).filter(\.$id == id).filter(\.$departement == prefecture.code)
                  .filter(\.$state != DossierState.draft.rawValue).first() else {
            throw HTTPError(.notFound)
        }
        return try DossierStore.opened(dossier)
    }
}
