import DCEMRules
import Foundation
import TypedHTML

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

/// The page that shows a new token once.
enum AccountTokensView {
    /// Shown once, in the answer to the creation form: the token is in no address and no session.
    static func created(_ page: PageContext, name: String, token: String) -> RenderedHTML {
        let t = page.text.api
        return Layout(page: page, title: t.tokenCreatedTitle, backLink: SiteURL.account.path).render { main in
            main.element(.h1, text: t.tokenCreatedTitle)
            main.element(.div, .class("panel")) { panel in
                panel.element(.p, text: name)
                panel.element(.p) { $0.element(.code, .id("nouveau-jeton"), text: token) }
            }
            main.element(.div, .class("panel panel--warn"), .role("alert")) { $0.element(.p) { $0.element(.strong, text: t.tokenCreatedWarning) } }
            main.element(.p, text: t.tokenCreatedUsage)
            main.element(.p) { $0.element(.a, .href(SiteURL.account.path + "#jetons"), .class("button"), text: t.tokenBackToAccount) }
        }
    }
}

extension HTMLWriter {
    /// The account page's "API tokens" section: the tokens, each with its revoke button, and the form for a new one.
    mutating func apiTokens(_ page: PageContext, tokens: [TokenRow], name: String, error: FieldError?, csrf: String) {
        let t = page.text.api
        func day(_ date: Date) -> String {
            page.text.simulator.format(CivilDate.on(date, timeZone: TimeZone(identifier: "Europe/Paris")!))
        }
        element(.section, .id("jetons"), .aria(.labelledby, "jetons-titre")) { section in
            section.element(.h2, .id("jetons-titre"), text: t.tokensTitle)
            section.element(.p, text: t.tokensLead)
            section.element(.p, text: t.tokensKeptOnPasswordChange)
            if tokens.isEmpty {
                section.element(.p, text: t.tokensNone)
            } else {
                section.element(.table, .class("table")) { table in
                    table.element(.thead) { head in
                        head.element(.tr) { row in
                            for column in [t.tokenNameColumn, t.tokenPrefixColumn, t.tokenCreatedColumn, t.tokenLastUsedColumn, ""] {
                                row.element(.th, .scope("col"), text: column)
                            }
                        }
                    }
                    table.element(.tbody) { body in
                        for token in tokens {
                            body.element(.tr) { row in
                                row.element(.td, text: token.name)
                                row.element(.td) { $0.element(.code, text: token.prefix + "…") }
                                row.element(.td, text: day(token.createdAt))
                                row.element(.td, text: token.lastUsedAt.map(day) ?? t.tokenNeverUsed)
                                row.element(.td) {
                                    $0.postButton(action: SiteURL.accountTokenRevoke(token.id).path, label: t.tokenRevokeButton, csrf: csrf, secondary: true)
                                }
                            }
                        }
                    }
                }
            }
            section.element(.form, .method(.post), .action(SiteURL.accountTokens.path), .novalidate()) { form in
                form.csrf(csrf)
                form.input(name: "tokenName", label: t.tokenNameLabel, hint: t.tokenNameHint, value: name, error: error)
                form.submit(t.tokenCreateButton)
            }
        }
    }
}
