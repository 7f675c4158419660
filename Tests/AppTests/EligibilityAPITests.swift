import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import App

/// The contract's example request (docs/eligibility.md#example).
let contractExample = """
{
  "date": "2026-11-25",
  "residence": { "departement": "75" },
  "applicant": { "role": "parent", "parent": 0 },
  "child": {
    "birthDate": "2016-04-02",
    "nationalities": ["MA"],
    "bornInFrance": false,
    "residesInFrance": true,
    "holdsResidencePermit": false,
    "protection": null,
    "aseCustodyDate": null,
    "entry": { "date": "2019-09-01", "visa": "other", "regular": true }
  },
  "parents": [
    { "nationalities": ["MA"], "acquiredFrenchNationality": false,
      "residencePermit": { "kind": "resident", "mention": null, "expires": "2031-05-01" },
      "inFranceSince": "2012-03-01" }
  ],
  "stepParent": null
}
"""

func json(_ buffer: ByteBuffer) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any])
}

@Suite struct EligibilityAPITests {
    func post(_ client: any TestClientProtocol, _ body: String, language: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let language { headers[.acceptLanguage] = language }
        return try await client.execute(uri: "/api/v1/eligibility", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func theContractExampleIsEligibleOnTheParentsPermit() async throws {
        try await withTestApp { client in
            // when
            let response = try await post(client, contractExample)
            // then
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let body = try json(response.body)
            #expect(body["outcome"] as? String == "eligible")
            let grounds = try #require(body["grounds"] as? [[String: Any]])
            #expect(grounds.map { $0["code"] as? String } == ["parent-residence-permit"])
            #expect((grounds.first?["legalBasis"] as? String)?.contains("L. 414-4") == true)
            let fee = try #require(body["fee"] as? [String: Any])
            #expect(fee["amountEUR"] as? Int == 50)
            #expect(fee["exempt"] as? Bool == false)
            let validity = try #require(body["validity"] as? [String: Any])
            #expect(validity["issuedOn"] as? String == "2026-11-25")
            #expect(validity["expiresOn"] as? String == "2031-11-25")
            #expect(validity["voidAfter"] as? String == "2034-06-02")
            #expect(body["territory"] as? String == "all")
            #expect(body["implicitRefusalOn"] as? String == "2027-01-25")
            let documents = try #require(body["documents"] as? [[String: Any]]).compactMap { $0["code"] as? String }
            #expect(documents.contains("parent-residence-permit"))
            #expect(documents.contains("parental-authority-proof"))
            #expect(documents.last == "cerfa-11203")
        }
    }

    @Test func anAbsentDateMeansTodayInParis() async throws {
        try await withTestApp { client in
            let withoutDate = contractExample.replacingOccurrences(of: "\"date\": \"2026-11-25\",", with: "")
            let body = try json(try await post(client, withoutDate).body)
            let validity = try #require(body["validity"] as? [String: Any])
            #expect(validity["issuedOn"] as? String == "2026-11-25")
            #expect(body["implicitRefusalOn"] as? String == "2027-01-25")
        }
    }

    @Test func labelsFollowAcceptLanguage() async throws {
        try await withTestApp { client in
            let french = try json(try await post(client, contractExample).body)
            let english = try json(try await post(client, contractExample, language: "en").body)
            let frenchLabel = (french["grounds"] as? [[String: Any]])?.first?["label"] as? String
            let englishLabel = (english["grounds"] as? [[String: Any]])?.first?["label"] as? String
            #expect(frenchLabel != nil && englishLabel != nil)
            #expect(frenchLabel != englishLabel)
        }
    }

    @Test(arguments: [
        (#""birthDate": "2016-04-02""#, #""birthDate": "2016-02-30""#, "child.birthDate"),
        (#""role": "parent""#, #""role": "uncle""#, "applicant.role"),
        (#""departement": "75""#, #""departement": "20""#, "residence.departement"),
        (#""kind": "resident""#, #""kind": 3"#, "parents[0].residencePermit.kind"),
        (#""nationalities": ["MA"],"#, #""nationalities": ["UK"],"#, "child.nationalities[0]"),
    ])
    func aMalformedFieldIsNamed(original: String, replacement: String, field: String) async throws {
        try await withTestApp { client in
            // given
            let body = contractExample.replacingOccurrences(of: original, with: replacement)
            #expect(body != contractExample)
            // when
            let response = try await post(client, body)
            // then
            #expect(response.status == .badRequest)
            let error = try #require(try json(response.body)["error"] as? [String: Any])
            #expect(error["field"] as? String == field)
            #expect((error["message"] as? String)?.isEmpty == false)
        }
    }

    @Test func threeParentsAndBrokenJSONAreRefused() async throws {
        try await withTestApp { client in
            let parent = #"{ "nationalities": ["MA"] }"#
            let three = contractExample.replacingOccurrences(of: #""stepParent": null"#, with: #""stepParent": null, "parents": [\#(parent), \#(parent), \#(parent)]"#)
            let tooMany = try await post(client, three)
            #expect(tooMany.status == .badRequest)
            #expect(((try json(tooMany.body)["error"] as? [String: Any])?["field"] as? String)?.hasPrefix("parents") == true)
            let broken = try await post(client, "{ not json")
            #expect(broken.status == .badRequest)
            #expect(try json(broken.body)["error"] != nil)
        }
    }

    @Test func openAPIDocumentParsesAndListsEveryAPIRoute() async throws {
        try await withTestApp { client in
            // given every route the router serves under /api and /health
            let config = AppConfig(environment: .test, database: .sqlite(path: ":memory:"))
            let database = try DatabaseService(config: config, logger: Logger(label: "t"))
            let router = try buildRouter(config: config, database: database, dependencies: .init())
            await database.databases.shutdownAsync()
            let apiRoutes = router.routes.filter { $0.path.description.hasPrefix("/api") || $0.path.description.hasPrefix("/health") }
            #expect(apiRoutes.count >= 4)
            // when
            let response = try await client.execute(uri: "/api/openapi.json", method: .get)
            let document = try json(response.body)
            // then
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            for route in apiRoutes {
                let operations = paths[route.path.description]
                #expect(operations?[route.method.rawValue.lowercased()] != nil, "\(route) is documented")
            }
        }
    }
}
