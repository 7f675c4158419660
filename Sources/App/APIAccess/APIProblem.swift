import DCEMRules
import Foundation
import Hummingbird

/// A refusal of the family's API, answered as JSON in the shape of the eligibility contract's
/// errors, `{"error":{"field":…,"message":…}}`, with `fields` (each field at fault and what to do)
/// when answers are refused. Handlers throw it; `DossierAPIController` turns it into the response.
struct APIProblem: Error, Sendable {
    let status: HTTPResponse.Status
    let field: String?
    let message: String
    var fields: [String: String] = [:]
    var headers: HTTPFields = [:]

    private struct Body: Encodable {
        struct Detail: Encodable {
            let field: String?
            let message: String
        }
        let error: Detail
        let fields: [String: String]?
    }

    var response: Response {
        let body = Body(error: .init(field: field, message: message), fields: fields.isEmpty ? nil : fields)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var response = APIError.json(bytes: Array((try? encoder.encode(body)) ?? Data("{}".utf8)), status: status)
        for field in headers { response.headers.append(field) }
        return response
    }

    /// 401 with the challenge of RFC 6750; `invalid` when a token was sent but is not one in force.
    static func unauthorized(_ language: Language, invalid: Bool = false) -> APIProblem {
        var problem = APIProblem(status: .unauthorized, field: "Authorization", message: language.catalog.api.unauthorized)
        problem.headers[.wwwAuthenticate] = invalid ? #"Bearer realm="dcem", error="invalid_token""# : #"Bearer realm="dcem""#
        return problem
    }

    static func notFound(_ language: Language) -> APIProblem {
        APIProblem(status: .notFound, field: nil, message: language.catalog.api.notFound)
    }

    static func badRequest(_ field: String, _ message: String) -> APIProblem {
        APIProblem(status: .badRequest, field: field, message: message)
    }

    static func conflict(_ message: String) -> APIProblem {
        APIProblem(status: .conflict, field: nil, message: message)
    }

    /// 422: every field at fault, by its API name.
    static func invalid(_ fields: [(name: String, message: String)], _ language: Language) -> APIProblem {
        var problem = APIProblem(status: .unprocessableContent, field: fields.first?.name, message: language.catalog.api.invalidFields)
        for (name, message) in fields where problem.fields[name] == nil { problem.fields[name] = message }
        return problem
    }

    static func tooMany(_ seconds: Int, _ language: Language) -> APIProblem {
        var problem = APIProblem(status: .tooManyRequests, field: nil, message: language.catalog.api.tooManyRequests)
        problem.headers[.retryAfter] = String(seconds)
        return problem
    }
}
