import Foundation
import Plot

/// `/dev/mail`: what the service would have sent, for whoever develops it (development only).
enum DevMailView {
    static func list(_ page: PageContext, mails: [DevMailItem]) -> String {
        let text = page.text.devMail
        let headers = [text.recipient, text.subject, text.kind, text.status, text.createdAt]
        return Layout(page: page, title: text.title).render([
            element("h1", [], [.plainText(text.title)]),
            element("p", [("class", "lead")], [.plainText(text.lead)]),
            mails.isEmpty ? element("p", [], [.plainText(text.empty)]) : element("table", [("class", "table")], [
                element("thead", [], [element("tr", [], headers.map { element("th", [("scope", "col")], [.plainText($0)]) })]),
                element("tbody", [], mails.map { mail in
                    element("tr", [], [
                        element("td", [], [.plainText(mail.recipient)]),
                        // The subject is the link: it says which message it opens.
                        element("td", [], [element("a", [("href", SiteURL.devMailMessage(mail.id).path)], [.plainText(mail.subject)])]),
                        element("td", [], [.plainText(mail.kind)]),
                        element("td", [], [.plainText(text.statusName(mail.status))]),
                        element("td", [], [element("time", [("datetime", iso8601(mail.createdAt))], [.plainText(shown(mail.createdAt))])]),
                    ])
                }),
            ]),
        ])
    }

    static func message(_ page: PageContext, mail: DevMailItem) -> String {
        let text = page.text.devMail
        func row(_ label: String, _ value: String?) -> BodyNode {
            guard let value else { return .empty }
            return element("div", [], [element("dt", [], [.plainText(label)]), element("dd", [], [.plainText(value)])])
        }
        return Layout(page: page, title: mail.subject, backLink: SiteURL.devMail.path).render([
            element("h1", [], [.plainText(mail.subject)]),
            element("dl", [("class", "summary-list")], [
                row(text.recipient, mail.recipient),
                row(text.kind, mail.kind),
                row(text.status, text.statusName(mail.status)),
                row(text.attempts, "\(mail.attempts)"),
                row(text.createdAt, shown(mail.createdAt)),
                row(text.sentAt, mail.sentAt.map(shown)),
                row(text.lastError, mail.lastError),
            ]),
            element("h2", [], [.plainText(text.body)]),
            mail.erased ? element("p", [], [.plainText(text.erased)]) : element("pre", [("class", "mail-body")], [.plainText(mail.body)]),
            element("p", [], [element("a", [("href", SiteURL.devMail.path)], [.plainText(text.backToList)])]),
        ])
    }

    /// Stored instants are UTC (docs/law.md#time-zones); a developer's page shows them as such.
    static func shown(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss 'UTC'"
        return formatter.string(from: date)
    }

    static func iso8601(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
