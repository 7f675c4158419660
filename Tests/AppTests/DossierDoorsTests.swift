import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Testing

@testable import App

/// The same family action on a case in the same state gives the same answer from the pages and
/// from the API, and that answer is `DossierPolicy`'s: state × door × action.
@Suite struct DossierDoorsTests {
    /// The states a family meets, each built the way production gets there.
    static let states: [DossierState] = [.draft, .filed, .underInstruction, .awaitingDocuments, .granted, .documentAvailable, .withdrawn]

    /// Two cases of one member in `state`: one for each door.
    static func cases(in state: DossierState, site: TestSite, browser: Browser) async throws -> [(path: String, id: UUID)] {
        let workflow = DossierJourneyTests.workflow(site)
        let userID = try await browser.userID(site)
        var made: [(path: String, id: UUID)] = []
        for index in 0..<2 {
            let surname = "Benali\(index)"
            if state == .draft {
                let path = try await Journey.complete(browser, childSurname: surname)
                made.append((path, try #require(UUID(uuidString: String(path.split(separator: "/").last!)))))
                continue
            }
            let (path, id) = try await Journey.filed(browser, childSurname: surname)
            switch state {
            case .withdrawn:
                try await workflow.withdraw(id, by: userID)
            case .underInstruction, .awaitingDocuments, .granted, .documentAvailable:
                try await workflow.startInstruction(id, by: nil)
                if state == .awaitingDocuments {
                    try await workflow.requestDocuments(id, by: nil, codes: [.addressProof], why: "illisible",
                                                        replyBy: CivilDate(year: 2026, month: 12, day: 20)!)
                }
                if state == .granted || state == .documentAvailable { try await workflow.grant(id, by: nil) }
                if state == .documentAvailable { try await workflow.makeAvailable(id, by: nil) }
            default: break
            }
            #expect(try await Dossier.find(id, on: site.db)?.currentState == state)
            made.append((path, id))
        }
        return made
    }

    enum Door: CaseIterable { case page, api }

    /// Does `action` on `target` through `door`, and says whether it took effect (what the family sees afterwards).
    static func attempt(_ action: FamilyAction, on target: (path: String, id: UUID), door: Door, site: TestSite, browser: Browser,
                        api: APIClient) async throws -> Bool {
        let before = try #require(try await Dossier.find(target.id, on: site.db))
        let apiPath = SiteURL.apiDossier(target.id).path
        let dossiers = try await Dossier.query(on: site.db).count()
        // The session's form token: the pages of a state that refuses the action have no form to take it from.
        let csrf = try await browser.get("/compte").csrfToken
        switch (action, door) {
        case (.editAnswers, .page):
            _ = try await browser.post("\(target.path)/enfant", form: [
                ("surname", "Corrigé"), ("givenNames", "Yasmine"), ("sex", "F"), ("birthPlace", "Casablanca"), ("birthCountry", "Maroc"),
                ("nationality", "marocaine"), ("passportNumber", "AB123456"), ("passportExpires-day", "1"), ("passportExpires-month", "6"),
                ("passportExpires-year", "2031"),
            ], csrf: csrf)
        case (.editAnswers, .api):
            _ = try await api.put("\(apiPath)/answers/child", json: APIJourney.child.replacingOccurrences(of: #""surname":"Benali""#, with: #""surname":"Corrigé""#))
        case (.withdraw, .page):
            _ = try await browser.post("\(target.path)/retirer", form: [], csrf: csrf)
        case (.withdraw, .api):
            _ = try await api.post("\(apiPath)/withdraw", json: #"{"version":\#(before.version)}"#)
        case (.requestPostponement, .page):
            _ = try await browser.post("\(target.path)/report", form: [("reason", "examen"), ("available-from-day", "17"), ("available-from-month", "12"), ("available-from-year", "2026")], csrf: csrf)
        case (.requestPostponement, .api):
            _ = try await api.post("\(apiPath)/postponement", json: #"{"reason":"examen","availableFrom":"2026-12-17"}"#)
        case (.startSibling, .page):
            _ = try await browser.post("\(target.path)/autre-enfant", form: [], csrf: csrf)
        case (.startSibling, .api):
            _ = try await api.post("\(apiPath)/sibling", json: "{}")
        default:
            Issue.record("no door for \(action)")
        }
        let after = try #require(try await Dossier.find(target.id, on: site.db))
        switch action {
        case .editAnswers: return after.childName?.contains("Corrigé") == true
        case .withdraw: return after.currentState == .withdrawn && before.currentState != .withdrawn
        case .requestPostponement: return after.currentState == .postponementRequested
        case .startSibling: return try await Dossier.query(on: site.db).count() > dossiers
        default: return false
        }
    }

    static let actions: [FamilyAction] = [.editAnswers, .withdraw, .requestPostponement, .startSibling]

    @Test(arguments: states)
    func bothDoorsGiveThePolicysAnswer(_ state: DossierState) async throws {
        try await withTestSite { site in
            if state == .documentAvailable { try await DossierCounterTests.openCounter(site) }
            let browser = try await Accounts.member(site, email: "portes@example.fr")
            let api = APIClient(client: site.client, token: try await APIJourney.createToken(browser))
            for action in Self.actions {
                let expected = DossierPolicy.family(action, in: state)
                let pair = try await Self.cases(in: state, site: site, browser: browser)
                let page = try await Self.attempt(action, on: pair[0], door: .page, site: site, browser: browser, api: api)
                let viaAPI = try await Self.attempt(action, on: pair[1], door: .api, site: site, browser: browser, api: api)
                #expect(page == expected, "page, \(state.rawValue), \(action.rawValue)")
                #expect(viaAPI == expected, "API, \(state.rawValue), \(action.rawValue)")
            }
        }
    }
}
