import Foundation
import TypedHTML

/// `/dev/mail`: what the service would have sent, for whoever develops it (development only).
enum DevMailView {
    static func list(_ page: PageContext, mails: [DevMailItem]) -> RenderedHTML {
        let text = page.text.devMail
        let headers = [text.recipient, text.subject, text.kind, text.status, text.createdAt]
        return Layout(page: page, title: text.title).render { main in
            main.element(.h1, text: text.title)
            main.element(.p, .class("lead"), text: text.lead)
            guard !mails.isEmpty else {
                main.element(.p, text: text.empty)
                return
            }
            main.element(.table, .class("table")) { table in
                table.element(.thead) { head in
                    head.element(.tr) { row in
                        for header in headers { row.element(.th, .scope("col"), text: header) }
                    }
                }
                table.element(.tbody) { body in
                    for mail in mails {
                        body.element(.tr) { row in
                            row.element(.td, text: mail.recipient)
                            // The subject is the link: it says which message it opens.
                            row.element(.td) { $0.element(.a, .href(SiteURL.devMailMessage(mail.id).path), text: mail.subject) }
                            row.element(.td, text: mail.kind)
                            row.element(.td, text: text.statusName(mail.status))
                            row.element(.td) { $0.element(.time, .datetime(iso8601(mail.createdAt)), text: shown(mail.createdAt)) }
                        }
                    }
                }
            }
        }
    }

    static func message(_ page: PageContext, mail: DevMailItem) -> RenderedHTML {
        let text = page.text.devMail
        return Layout(page: page, title: mail.subject, backLink: SiteURL.devMail.path).render { main in
            main.element(.h1, text: mail.subject)
            main.element(.dl, .class("summary-list")) { list in
                func row(_ label: String, _ value: String?) {
                    guard let value else { return }
                    list.element(.div) { pair in
                        pair.element(.dt, text: label)
                        pair.element(.dd, text: value)
                    }
                }
                row(text.recipient, mail.recipient)
                row(text.kind, mail.kind)
                row(text.status, text.statusName(mail.status))
                row(text.attempts, "\(mail.attempts)")
                row(text.createdAt, shown(mail.createdAt))
                row(text.sentAt, mail.sentAt.map(shown))
                row(text.lastError, mail.lastError)
            }
            main.element(.h2, text: text.body)
            if mail.erased {
                main.element(.p, text: text.erased)
            } else {
                main.element(.pre, .class("mail-body"), text: mail.body)
            }
            main.element(.p) { $0.element(.a, .href(SiteURL.devMail.path), text: text.backToList) }
        }
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
