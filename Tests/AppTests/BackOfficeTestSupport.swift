import DCEMRules
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// Préfecture agents as a test drives them: created by the function behind `dcem agent create`,
/// signed in through the pages, their one-time codes computed from the stored secret.
enum Agents {
    static let personalPassword = "une phrase d’agent assez longue"

    /// For tests that move cases through the workflow on their own database handle while the app
    /// runs: the mail worker stays asleep, so its writes never meet the test's on the SQLite file.
    static let sleepingMailWorker: @Sendable (inout AppConfig) -> Void = { $0.mailInterval = .seconds(3600) }

    static func create(_ site: TestSite, prefecture: String = "75", email: String = "agent@interieur.gouv.fr",
                       role: String = "agent") async throws -> CreatedAgent {
        try await AgentAccounts.create(prefecture: prefecture, email: email, name: "Camille Martin", role: role,
                                       hasher: PasswordHasher(cost: 4), now: testNow, on: site.db)
    }

    /// The code an authenticator app shows at `instant`, `stepsBack` steps earlier.
    static func code(_ site: TestSite, email: String, at instant: Date = testNow, stepsBack: Int64 = 0) async throws -> String {
        let agent = try #require(try await Agent.query(on: site.db).filter(\.$email == email).first())
        let secret = try #require(agent.totpSecret)
        return String(format: "%06d", AgentTOTP.code(secret: secret, step: AgentTOTP.step(at: instant) - stepsBack))
    }

    /// The password step; answers the page it leads to.
    static func password(_ browser: Browser, email: String, password: String) async throws -> Browser.Page {
        let form = try await browser.get("/backoffice/connexion")
        return try await browser.post("/backoffice/connexion", form: [("email", email), ("password", password)], csrf: form.csrfToken)
    }

    static func sendCode(_ browser: Browser, _ code: String) async throws -> Browser.Page {
        let form = try await browser.get("/backoffice/connexion/code")
        return try await browser.post("/backoffice/connexion/code", form: [("code", code)], csrf: form.csrfToken)
    }

    /// Creates an agent and takes them through the first login: password, code set-up, own password.
    static func signedIn(_ site: TestSite, prefecture: String = "75", email: String = "agent@interieur.gouv.fr", role: String = "agent",
                         sourceLocation: SourceLocation = #_sourceLocation) async throws -> Browser {
        let created = try await create(site, prefecture: prefecture, email: email, role: role)
        let browser = site.browser()
        let afterPassword = try await password(browser, email: email, password: created.temporaryPassword)
        #expect(afterPassword.location == "/backoffice/connexion/code", sourceLocation: sourceLocation)
        let afterCode = try await sendCode(browser, try await code(site, email: email))
        #expect(afterCode.location == "/backoffice/mot-de-passe", sourceLocation: sourceLocation)
        let form = try await browser.get("/backoffice/mot-de-passe")
        let changed = try await browser.post("/backoffice/mot-de-passe", form: [("password", personalPassword), ("confirm", personalPassword)],
                                             csrf: form.csrfToken)
        #expect(changed.location == "/backoffice/dossiers", sourceLocation: sourceLocation)
        return browser
    }
}

extension Journey {
    /// A member files a complete dossier for a child living at `postalCode`; answers its id.
    static func filed(_ site: TestSite, email: String, childSurname: String, postalCode: String = "75011", city: String = "Paris",
                      sourceLocation: SourceLocation = #_sourceLocation) async throws -> UUID {
        let browser = try await Accounts.member(site, email: email, sourceLocation: sourceLocation)
        let dossier = try await complete(browser, childSurname: childSurname, postalCode: postalCode, city: city, sourceLocation: sourceLocation)
        let check = try await browser.get("\(dossier)/verifier")
        let filed = try await browser.post("\(dossier)/deposer", form: [], csrf: check.csrfToken)
        #expect(filed.status == .seeOther, sourceLocation: sourceLocation)
        return try #require(UUID(uuidString: String(dossier.split(separator: "/").last!)), sourceLocation: sourceLocation)
    }
}
