import DCEMRules
import Foundation
import Hummingbird

/// `POST /api/v1/eligibility`: the eligibility contract (docs/eligibility.md) over HTTP.
struct EligibilityAPIController {
    let today: @Sendable () -> CivilDate
    let openAPIDocument: String

    /// Requests are a few hundred bytes; anything larger than this is refused before parsing.
    static let maxBodySize = 64 * 1024

    func register(on router: Router<AppRequestContext>) {
        router.post(SiteURL.apiEligibility.route) { request, context in
            try await evaluate(request, context: context)
        }
        router.get(SiteURL.apiOpenAPI.route) { _, _ in
            APIError.json(openAPIDocument)
        }
    }

    func evaluate(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: Self.maxBodySize)
        } catch {
            return APIError.response(status: .contentTooLarge, field: "", message: "The request body is larger than \(Self.maxBodySize) bytes.")
        }
        let language = LanguageMiddleware.preferred(from: request.headers[.acceptLanguage])
        let evaluationDay = today()
        do {
            let eligibility = try EligibilityContract.decodeRequest(body.readableBytesView, today: evaluationDay)
            let result = Eligibility.evaluate(eligibility, on: eligibility.date ?? evaluationDay)
            // Straight from the writer's UTF-8 bytes to the response buffer: no intermediate String.
            return APIError.json(bytes: EligibilityContract.encodeBytes(result, language: language).bytes)
        } catch {
            return APIError.json(EligibilityContract.encodeError(error), status: .badRequest)
        }
    }
}
