import DCEMDossier
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import App

/// A script using the family's API: a token in `Authorization: Bearer`, no cookie.
struct APIClient: Sendable {
    let client: any TestClientProtocol
    let token: String?

    struct Reply: Sendable {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: String

        /// The body as a JSON object (empty when it is not one).
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        }

        /// `fields` of a 422: each field at fault.
        var fields: [String: String] { json["fields"] as? [String: String] ?? [:] }
        var errorField: String? { (json["error"] as? [String: Any])?["field"] as? String }
    }

    func send(_ method: HTTPRequest.Method, _ path: String, json: String? = nil, bytes: [UInt8]? = nil, contentType: String? = nil,
              headers extra: HTTPFields = [:]) async throws -> Reply {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        var buffer: ByteBuffer? = nil
        if let json {
            headers[.contentType] = "application/json"
            buffer = ByteBuffer(string: json)
        } else if let bytes {
            if let contentType { headers[.contentType] = contentType }
            var body = ByteBuffer()
            body.writeBytes(bytes)
            buffer = body
        }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: buffer)
        return Reply(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }

    func get(_ path: String) async throws -> Reply { try await send(.get, path) }
    func post(_ path: String, json: String) async throws -> Reply { try await send(.post, path, json: json) }
    func put(_ path: String, json: String) async throws -> Reply { try await send(.put, path, json: json) }
}

enum APIJourney {
    /// The token on the page that shows a new one.
    static func token(in page: String) -> String? {
        guard let range = page.range(of: #"id="nouveau-jeton">"#) else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "<" })
    }

    /// Creates a token on the account page, as a member does.
    static func createToken(_ browser: Browser, name: String = "script", sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let account = try await browser.get("/compte")
        let created = try await browser.post("/compte/jetons", form: [("tokenName", name)], csrf: account.csrfToken)
        #expect(created.status == .ok, sourceLocation: sourceLocation)
        return try #require(token(in: created.body), sourceLocation: sourceLocation)
    }

    /// A member and a token-authenticated client for them.
    static func member(_ site: TestSite, email: String = "famille@example.fr", sourceLocation: SourceLocation = #_sourceLocation) async throws -> APIClient {
        let browser = try await Accounts.member(site, email: email, sourceLocation: sourceLocation)
        return APIClient(client: site.client, token: try await createToken(browser, sourceLocation: sourceLocation))
    }

    static let child = #"{"surname":"Benali","givenNames":"Yasmine","sex":"F","birthPlace":"Casablanca","birthCountry":"Maroc","nationality":"marocaine","passportNumber":"AB123456","passportExpires":"2031-06-01"}"#
    static let parents = #"{"parents":[{"surname":"Benali","givenNames":"Karim","nationality":"marocaine"}]}"#
    static let applicant = #"{"phone":"06 12 34 56 78"}"#
    static let address = #"{"line1":"12 rue des Lilas","postalCode":"75011","city":"Paris"}"#
    /// `Journey.situation`, in the API's terms: one value per question, dates as ISO days.
    static let situation = #"""
    {"nationalite-enfant":"other","titre-de-sejour-enfant":"no","naissance":"2015-05-12","vit-en-france":"yes",
     "parent-1-nationalite":"other","parent-1-titre":"resident","parent-1-expiration":"2030-01-01","beau-parent":"no",
     "protection":"none","ase":"no","arrivee":"other"}
    """#

    /// Starts a draft and returns its address.
    static func start(_ api: APIClient, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let started = try await api.post("/api/v1/dossiers", json: #"{"profile":"non-eu-parent-permit","role":"parent"}"#)
        #expect(started.status == .created, "\(started.body)", sourceLocation: sourceLocation)
        return try #require(started.headers[.location], sourceLocation: sourceLocation)
    }

    /// Answers every section and the situation.
    static func answer(_ api: APIClient, _ dossier: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        for (section, body) in [("child", child), ("parents", parents), ("applicant", applicant), ("address", address), ("situation", situation)] {
            let saved = try await api.put("\(dossier)/answers/\(section)", json: body)
            #expect(saved.status == .ok, "\(section): \(saved.body)", sourceLocation: sourceLocation)
        }
    }

    /// The slots of the dossier, by id.
    static func slots(_ api: APIClient, _ dossier: String) async throws -> [String] {
        let shown = try await api.get(dossier).json
        return (shown["slots"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    /// Says civil-status documents are in French, then sends a PDF to every slot and two photos.
    static func upload(_ api: APIClient, _ dossier: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let slots = try await slots(api, dossier)
        let civil = slots.filter { id in UploadSlot.civilStatus.contains { $0.rawValue == id } }
        let languages = "{" + civil.map { "\"\($0)\":false" }.joined(separator: ",") + "}"
        #expect(try await api.put("\(dossier)/answers/languages", json: languages).status == .ok, sourceLocation: sourceLocation)
        for slot in slots where slot != "photo" {
            let sent = try await api.send(.post, "\(dossier)/documents/\(slot)?fileName=scan.pdf", bytes: Journey.pdf, contentType: "application/pdf")
            #expect(sent.status == .created, "\(slot): \(sent.body)", sourceLocation: sourceLocation)
        }
        for _ in 0..<2 {
            let sent = try await api.send(.post, "\(dossier)/documents/photo?takenOn=2026-10-01", bytes: Journey.jpeg, contentType: "image/jpeg")
            #expect(sent.status == .created, "photo: \(sent.body)", sourceLocation: sourceLocation)
        }
    }
}
