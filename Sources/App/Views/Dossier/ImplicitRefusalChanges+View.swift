import DCEMRules
import TypedHTML

/// Every change of the implicit-refusal date with its reason, as the family reads it.
enum ImplicitRefusalChangesView {
    static func line(_ page: PageContext, _ change: ImplicitRefusalChange) -> String {
        ImplicitRefusalText.of(page.language).change(change.reason, DossierFormat.day(change.on, page),
                                                     change.implicitRefusalOn.map { DossierFormat.day($0, page) },
                                                     change.replyBy.map { DossierFormat.day($0, page) })
    }
}

extension HTMLWriter {
    /// The case page's section listing the changes (`lines`); nothing before filing.
    mutating func implicitRefusalChanges(_ page: PageContext, _ lines: [String]) {
        guard !lines.isEmpty else { return }
        let t = ImplicitRefusalText.of(page.language)
        element(.section, .class("section"), .id("date-de-reponse")) { section in
            section.element(.h2, text: t.historyTitle)
            section.element(.p, text: t.historyLead)
            section.timeline(lines)
            section.element(.p, .class("hint"), text: t.basis(Parameters.clockRestart.citation))
        }
    }

    /// Dated lines, oldest first.
    mutating func timeline(_ lines: [String]) {
        element(.ol, .class("timeline")) { list in
            for line in lines { list.element(.li, text: line) }
        }
    }
}
