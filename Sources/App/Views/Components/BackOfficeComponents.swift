import TypedHTML

/// One row of a summary list, its value already in words (`notProvided` when there is none).
struct SummaryRow: Sendable {
    let label: String
    let value: String
}

/// Typed forms of the pieces the back-office pages share with the family's (`DossierFormat`), kept
/// apart while those pages move to the typed writer.
extension HTMLWriter {
    /// A summary list: each row a term and its value (`DossierFormat.summary` and `.row`, without
    /// change links, which the back office never shows).
    mutating func summaryList(_ rows: [SummaryRow]) {
        element(.dl, .class("summary-list")) { list in
            for row in rows {
                list.element(.div) { pair in
                    pair.element(.dt, text: row.label)
                    pair.element(.dd, text: row.value)
                }
            }
        }
    }
}
