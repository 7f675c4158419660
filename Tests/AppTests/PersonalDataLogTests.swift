import DCEMRules
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import App

/// No personal data in logs (docs/architecture.md#logs). A whole journey runs with every logger of
/// the service at trace level and captured; no name, date of birth, address, e-mail, phone,
/// foreigner or DCEM number, password or token may appear in any message or metadata.
@Suite struct PersonalDataLogTests {
    static let email = "nourhane.zaroukian@example.fr"
    static let parentForeignerNumber = "7512398765"

    /// The values the journey types, in every form a log line could carry them.
    static let typed: [String] = [
        "Zaroukian", "Nourhane", "Belkacemi", "Tarik", "Tanger", "XK987654",
        "2014-07-23", "23/07/2014", "23.07.2014", "07/23/2014", "23 juillet 2014", "23 July 2014", "July 23, 2014",
        email, "nourhane.zaroukian%40example.fr", "06 98 76 54 32", "0698765432", "+33698765432", "06+98+76+54+32",
        parentForeignerNumber, "27 rue des Acacias", "27+rue+des+Acacias", "27%20rue%20des%20Acacias",
        Accounts.personalPassword, Agents.personalPassword,
    ]

    /// The application on a database of its own, every logger writing into `records` at trace level.
    static func withCapturedSite<Value: Sendable>(_ records: LogRecords, _ body: @Sendable (TestSite) async throws -> Value) async throws -> Value {
        let logger = records.logger(level: .trace)
        return try await withTestSite(configure: { config in
            config.logLevel = .trace
            Agents.sleepingMailWorker(&config)
        }, dependencies: { $0.logger = logger }, body)
    }

    /// The situation answers of `Journey`, with this child's date of birth.
    static let situation: [String: [(String, String)]] = Journey.situation.merging([
        "naissance": [("naissance-day", "23"), ("naissance-month", "7"), ("naissance-year", "2014")],
        // The simulator's own questions (a dossier knows them from its start and address).
        "departement": [("departement", "75")], "nombre-de-parents": [("nombre-de-parents", "1")], "demandeur": [("demandeur", "parent")],
    ]) { _, new in new }

    /// Walks question pages from `first` until the flow leaves them; answers where it landed.
    static func walk(_ browser: Browser, from first: String, prefix: String) async throws -> String {
        var location = first
        var steps = 0
        while location.hasPrefix(prefix), steps < 30 {
            steps += 1
            let id = String(location.dropFirst(prefix.count))
            let page = try await browser.get(location)
            let fields = try #require(situation[id], "no answer for \(id)")
            let answered = try await browser.post(location, form: fields, csrf: page.csrfToken)
            #expect(answered.status == .seeOther, "question \(id)")
            location = try #require(answered.location)
        }
        return location
    }

    @Test func aWholeJourneyAtTraceLevelLogsNoPersonalData() async throws {
        let records = LogRecords()
        let secrets = try await Self.withCapturedSite(records) { site -> [String] in
            // given: a family signs up, signs in, mistypes a password, signs up again, forgets it
            let family = try await Accounts.member(site, email: Self.email)
            let visitor = site.browser()
            let login = try await visitor.get("/compte/connexion")
            #expect(try await visitor.post("/compte/connexion", form: [("email", Self.email), ("password", "pas le bon")], csrf: login.csrfToken).status
                == .unprocessableContent)
            let signUp = try await visitor.get("/compte/creer")
            #expect(try await visitor.post("/compte/creer", form: [("email", Self.email)], csrf: signUp.csrfToken).status == .seeOther)
            #expect(try await visitor.get("/compte/creer/envoye?email=\(Browser.encode(Self.email))").status == .ok)
            let forgot = try await visitor.get("/compte/mot-de-passe-oublie")
            #expect(try await visitor.post("/compte/mot-de-passe-oublie", form: [("email", Self.email)], csrf: forgot.csrfToken).status == .seeOther)

            // the simulator, with the child's date of birth
            let end = try await Self.walk(family, from: "/simulateur/question/nationalite-enfant", prefix: "/simulateur/question/")
            #expect(end == "/simulateur/resultat")
            #expect(try await family.get(end).status == .ok)

            // the profile's foreigner number, then the dossier: names, birth, address, phone, documents, photos
            let account = try await family.get("/compte")
            #expect(try await family.post("/compte", form: [("foreignerNumber", Self.parentForeignerNumber)], csrf: account.csrfToken).status == .seeOther)
            let dossier = try await Journey.start(family)
            let csrf = try await family.get("\(dossier)/enfant").csrfToken
            let sections: [(String, [(String, String)])] = [
                ("enfant", [("surname", "Zaroukian"), ("givenNames", "Nourhane"), ("sex", "F"), ("birthPlace", "Tanger"), ("birthCountry", "Maroc"),
                            ("nationality", "marocaine"), ("passportNumber", "XK987654"), ("passportExpires-day", "1"),
                            ("passportExpires-month", "6"), ("passportExpires-year", "2031")]),
                ("parents", [("parent1-surname", "Belkacemi"), ("parent1-givenNames", "Tarik"), ("parent1-nationality", "marocaine"), ("second", "no")]),
                ("demandeur", [("phone", "06 98 76 54 32")]),
                ("adresse", [("line1", "27 rue des Acacias"), ("line2", ""), ("postalCode", "75011"), ("city", "Paris")]),
            ]
            for (section, fields) in sections {
                #expect(try await family.post("\(dossier)/\(section)", form: fields, csrf: csrf).status == .seeOther, "\(section)")
            }
            let situation = try #require(try await family.get("\(dossier)/situation").location)
            #expect(try await Self.walk(family, from: situation, prefix: "\(dossier)/situation/") == dossier)
            try await Journey.uploadDocuments(family, dossier)
            try await Journey.uploadPhotos(family, dossier)
            let check = try await family.get("\(dossier)/verifier")
            #expect(try await family.post("\(dossier)/deposer", form: [], csrf: check.csrfToken).status == .seeOther)
            let id = try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)))

            // a message with a file named after the family; the API with a token
            let messages = try await family.get("\(dossier)/messages")
            #expect(try await family.upload(try DossierMessagesTests.action(messages), fields: [("body", "Bonjour, ici Tarik Belkacemi, 06 98 76 54 32.")],
                                            fileName: "bail-Belkacemi.pdf", type: "application/pdf", bytes: Journey.pdf, csrf: nil).status == .seeOther)
            let token = try await APIJourney.createToken(family)
            let api = APIClient(client: site.client, token: token)
            #expect(try await api.get(SiteURL.apiDossier(id).path).status == .ok)
            #expect(try await api.post(SiteURL.apiDossierMessages(id).path, json: #"{"body":"Nourhane Zaroukian, née le 23/07/2014"}"#).status == .created)
            #expect(try await APIClient(client: site.client, token: "dcem_faux\(token.suffix(8))").get(SiteURL.apiDossiers.path).status == .unauthorized)

            // an agent signs in, starts instruction, writes, and grants: DCEM and foreigner numbers assigned
            let agent = try await Agents.signedIn(site)
            let dossierURL = SiteURL.backOfficeDossier(id).path
            #expect(try await agent.get("/backoffice/dossiers?q=Zaroukian").status == .ok)
            #expect(try await BackOfficeDossierTests.act(agent, dossierURL, .startInstruction).status == .seeOther)
            let page = try await agent.get(dossierURL)
            #expect(try await agent.post("\(dossierURL)/messages", form: [("body", "Madame Belkacemi, merci.")], csrf: page.csrfToken).status == .seeOther)
            #expect(try await BackOfficeDossierTests.act(agent, dossierURL, .grant).status == .seeOther)
            #expect(try await family.get(dossier).status == .ok)

            // the mails go out through the service's own worker and transport
            let worker = MailWorker(database: site.database, transport: MailTransports.make(site.config, logger: records.logger()), interval: .seconds(3600),
                                    now: { testNow }, logger: records.logger())
            #expect(await worker.deliverDue(now: testNow) > 0)

            // what the service assigned is personal too
            let granted = try #require(try await Dossier.find(id, on: site.db))
            let assigned = try await ForeignerAccount.query(on: site.db).all().map(\.foreignerNumber)
            #expect(!assigned.isEmpty)
            return Self.typed + assigned + [try #require(granted.decodedOutcome()?.dcemNumber), token]
        }

        // then: the loggers did write (mail ids, passes), and nothing personal
        let all = records.all
        #expect(all.contains { $0.message.contains("delivered") })
        var leaks: [String] = []
        for record in all {
            let text = record.text.lowercased()
            for secret in secrets where text.contains(secret.lowercased()) {
                leaks.append("\(secret) in [\(record.level)] \(record.text.prefix(300))")
            }
        }
        #expect(leaks.isEmpty, Comment(rawValue: "\n" + leaks.joined(separator: "\n")))
    }
}
