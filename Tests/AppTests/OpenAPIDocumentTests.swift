import Foundation
import Hummingbird
import Testing

@testable import App

/// The OpenAPI document served at /api/openapi.json describes every API route the router has.
@Suite struct OpenAPIDocumentTests {
    static func document() throws -> [String: Any] {
        let text = try StaticAssets.load().openAPI
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// `/api/v1/dossiers/:dossier` → `/api/v1/dossiers/{}`: parameter names aside, the same path.
    static func shape(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix(":") || (part.hasPrefix("{") && part.hasSuffix("}")) ? "{}" : String(part)
        }.joined(separator: "/")
    }

    static func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : "/" + path }

    @Test func theDocumentParsesAndDeclaresTheBearerScheme() throws {
        // given
        let document = try Self.document()
        // then
        #expect(document["openapi"] as? String == "3.1.0")
        let schemes = (document["components"] as? [String: Any])?["securitySchemes"] as? [String: Any]
        #expect((schemes?["bearerAuth"] as? [String: Any])?["scheme"] as? String == "bearer")
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        // Every reference points to a schema that exists.
        let text = try StaticAssets.load().openAPI
        for reference in text.components(separatedBy: "\"#/components/schemas/").dropFirst() {
            let name = String(reference.prefix { $0 != "\"" })
            #expect(schemas[name] != nil, "\(name)")
        }
    }

    @Test func everyAPIRouteIsDocumentedWithItsRefusals() async throws {
        try await withTestConfig { config in
            // given: the router the service runs
            let database = try DatabaseService(config: config, logger: quietLogger)
            let router = try buildRouter(config: config, database: database, dependencies: .init())
            await database.databases.shutdownAsync()
            let paths = try #require(try Self.document()["paths"] as? [String: [String: Any]])
            let documented = Dictionary(paths.map { (Self.shape($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
            let routes = router.routes.filter { Self.absolute($0.path.description).hasPrefix("/api/") }
            #expect(routes.count >= 10)

            for route in routes {
                // then: the operation is there…
                let method = route.method.rawValue.lowercased()
                let path = Self.absolute(route.path.description)
                let operation = documented[Self.shape(path)]?[method] as? [String: Any]
                #expect(operation != nil, "\(route.method) \(route.path) is missing from openapi.json")
                guard let operation, let responses = operation["responses"] as? [String: Any] else { continue }
                // …and a protected one declares the token, its 401, and the 404 and 400 of its id.
                if path.hasPrefix("/api/v1/dossiers") {
                    #expect((operation["security"] as? [[String: Any]])?.first?["bearerAuth"] != nil, "\(method) \(path)")
                    #expect(responses["401"] != nil, "\(method) \(path)")
                }
                if path.contains("{dossier}") {
                    #expect(responses["400"] != nil && responses["404"] != nil, "\(method) \(path)")
                }
                if method == "post" || method == "put", operation["requestBody"] != nil {
                    #expect(responses["413"] != nil, "\(method) \(path)")
                }
            }
        }
    }
}
