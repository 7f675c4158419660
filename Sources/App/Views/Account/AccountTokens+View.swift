import DCEMRules
import Foundation
import Plot

/// A personal API token as the account page lists it.
struct TokenRow: Sendable {
    let id: UUID
    let name: String
    let prefix: String
    let createdAt: Date
    let lastUsedAt: Date?

    init(_ token: APIToken) {
        id = token.id!
        name = token.name
        prefix = token.prefix
        createdAt = token.createdAt
        lastUsedAt = token.lastUsedAt
    }
}

/// The account page's "API tokens" section, and the page that shows a new token once.
enum AccountTokensView {
    static func section(_ page: PageContext, tokens: [TokenRow], name: String, error: FieldError?, csrf: String) -> BodyNode {
        let t = page.text.api
        func day(_ date: Date) -> String {
            page.text.simulator.format(CivilDate.on(date, timeZone: TimeZone(identifier: "Europe/Paris")!))
        }
        let list: BodyNode = tokens.isEmpty ? element("p", [], [.plainText(t.tokensNone)]) : element("table", [("class", "table")], [
            element("thead", [], [element("tr", [], [t.tokenNameColumn, t.tokenPrefixColumn, t.tokenCreatedColumn, t.tokenLastUsedColumn, ""].map {
                element("th", [("scope", "col")], [.plainText($0)])
            })]),
            element("tbody", [], tokens.map { token in
                element("tr", [], [
                    element("td", [], [.plainText(token.name)]),
                    element("td", [], [element("code", [], [.plainText(token.prefix + "…")])]),
                    element("td", [], [.plainText(day(token.createdAt))]),
                    element("td", [], [.plainText(token.lastUsedAt.map(day) ?? t.tokenNeverUsed)]),
                    element("td", [], [Forms.postButton(action: SiteURL.accountTokenRevoke(token.id).path, label: t.tokenRevokeButton, csrf: csrf,
                                                        secondary: true)]),
                ])
            }),
        ])
        return element("section", [("id", "jetons"), ("aria-labelledby", "jetons-titre")], [
            element("h2", [("id", "jetons-titre")], [.plainText(t.tokensTitle)]),
            element("p", [], [.plainText(t.tokensLead)]),
            element("p", [], [.plainText(t.tokensKeptOnPasswordChange)]),
            list,
            element("form", [("method", "post"), ("action", SiteURL.accountTokens.path), ("novalidate", "")], [
                Forms.csrf(csrf),
                Forms.input(name: "tokenName", label: t.tokenNameLabel, hint: t.tokenNameHint, value: name, error: error),
                Forms.submit(t.tokenCreateButton),
            ]),
        ])
    }

    /// Shown once, in the answer to the creation form: the token is in no address and no session.
    static func created(_ page: PageContext, name: String, token: String) -> String {
        let t = page.text.api
        return Layout(page: page, title: t.tokenCreatedTitle, backLink: SiteURL.account.path).render([
            element("h1", [], [.plainText(t.tokenCreatedTitle)]),
            element("div", [("class", "panel")], [
                element("p", [], [.plainText(name)]),
                element("p", [], [element("code", [("id", "nouveau-jeton")], [.plainText(token)])]),
            ]),
            element("div", [("class", "panel panel--warn"), ("role", "alert")], [element("p", [], [element("strong", [], [.plainText(t.tokenCreatedWarning)])])]),
            element("p", [], [.plainText(t.tokenCreatedUsage)]),
            element("p", [], [element("a", [("href", SiteURL.account.path + "#jetons"), ("class", "button")], [.plainText(t.tokenBackToAccount)])]),
        ])
    }
}
