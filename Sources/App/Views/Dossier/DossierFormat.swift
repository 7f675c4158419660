import DCEMDossier
import DCEMRules
import Foundation
import TypedHTML

/// Small pieces the dossier pages share.
enum DossierFormat {
    /// "1er mars 2027" / "1 March 2027" for an ISO day.
    static func day(_ iso: String?, _ page: PageContext) -> String {
        guard let iso, let date = CivilDate(iso: iso) else { return "" }
        return page.text.simulator.format(date)
    }

    static func day(_ date: CivilDate, _ page: PageContext) -> String { page.text.simulator.format(date) }

    /// An instant as a day and a time in the préfecture's zone: "25 novembre 2026, 10:05".
    static func moment(_ instant: Date, in departement: Departement, _ page: PageContext) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = departement.timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return "\(day(departement.today(at: instant), page)), \(time)"
    }

    /// A file size people read: "820 Ko", "1,4 Mo" / "820 KB", "1.4 MB".
    static func size(_ bytes: Int, _ language: DCEMRules.Language) -> String {
        let french = language == .fr
        if bytes < 1024 * 1024 {
            return "\(max(1, bytes / 1024)) \(french ? "Ko" : "KB")"
        }
        let tenths = (bytes * 10 / (1024 * 1024))
        let text = "\(tenths / 10)\(french ? "," : ".")\(tenths % 10)"
        return "\(text) \(french ? "Mo" : "MB")"
    }

    /// An upload slot's name in the reader's language ("Traduction de …" for a sworn translation).
    static func slotLabel(_ page: PageContext, _ slot: UploadSlot) -> String {
        let label = slot.code.label(in: page.language)
        return slot.translation ? page.text.dossier.translationOf(label) : label
    }

    /// The child's name as the family entered it, or a placeholder.
    static func childName(_ dossier: Dossier, _ page: PageContext) -> String {
        childName(dossier.childName, page)
    }

    /// The child's name as answered, or a placeholder until it is.
    static func childName(_ name: String?, _ page: PageContext) -> String {
        name ?? page.text.dossier.unnamedChild
    }
}

/// One row of a summary list: a label, the value (or "not provided"), an optional change link.
struct SummaryRow: Sendable {
    let label: String
    let value: String
    let change: String?

    init(_ label: String, _ value: String?, change: String? = nil, page: PageContext) {
        self.label = label
        self.value = (value?.isEmpty ?? true) ? page.text.dossier.notProvided : value!
        self.change = change
    }
}

/// A titled group of summary rows (a section of the answers).
struct SummarySection: Sendable {
    let title: String
    let rows: [SummaryRow]
}

extension HTMLWriter {
    mutating func summaryRow(_ row: SummaryRow, change: String) {
        element(.div) { item in
            item.element(.dt, text: row.label)
            item.element(.dd, text: row.value)
            if let href = row.change {
                item.element(.dd, .class("actions")) { actions in
                    actions.element(.a, .href(href)) { link in
                        link.text(change)
                        link.element(.span, .class("visually-hidden"), text: " " + row.label)
                    }
                }
            }
        }
    }

    /// `change`: the change link's words ("Modifier").
    mutating func summaryList(_ rows: [SummaryRow], change: String) {
        element(.dl, .class("summary-list")) { list in
            for row in rows { list.summaryRow(row, change: change) }
        }
    }

    /// Each section's title then its rows.
    mutating func summarySections(_ sections: [SummarySection], change: String) {
        for section in sections {
            element(.h2, text: section.title)
            summaryList(section.rows, change: change)
        }
    }

    /// A state or status as a tag: its label, and its code as the style's modifier.
    mutating func tag(_ text: String, _ kind: String) {
        element(.strong, .class("tag tag--\(kind)"), text: text)
    }
}
