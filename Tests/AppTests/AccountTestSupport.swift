import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// Family accounts as a test drives them: through the pages, reading the mailed password from the outbox.
enum Accounts {
    static let personalPassword = "une phrase assez longue"

    /// The temporary password in a mail's body (`xxxx-xxxx-xxxx`).
    static func temporaryPassword(in body: String) -> String? {
        body.split(whereSeparator: \.isWhitespace).map(String.init).first { word in
            word.count == 14 && word.split(separator: "-").count == 3 && word.split(separator: "-").allSatisfy { $0.count == 4 }
        }
    }

    /// Signs up, signs in with the mailed password, chooses a personal one: a member ready to apply.
    static func member(_ site: TestSite, email: String = "famille@example.fr", sourceLocation: SourceLocation = #_sourceLocation) async throws -> Browser {
        let browser = site.browser()
        let signUp = try await browser.get("/compte/creer")
        let sent = try await browser.post("/compte/creer", form: [("email", email)], csrf: signUp.csrfToken)
        #expect(sent.status == .seeOther, sourceLocation: sourceLocation)
        let mail = try #require(try await site.lastMail(to: email, kind: "account-created"), sourceLocation: sourceLocation)
        let password = try #require(temporaryPassword(in: mail.body), sourceLocation: sourceLocation)
        let login = try await browser.get("/compte/connexion")
        let loggedIn = try await browser.post("/compte/connexion", form: [("email", email), ("password", password)], csrf: login.csrfToken)
        #expect(loggedIn.location == "/compte/mot-de-passe", sourceLocation: sourceLocation)
        let change = try await browser.get("/compte/mot-de-passe")
        let changed = try await browser.post("/compte/mot-de-passe", form: [("password", personalPassword), ("confirm", personalPassword)],
                                             csrf: change.csrfToken)
        #expect(changed.location == "/mes-demandes", sourceLocation: sourceLocation)
        return browser
    }
}
