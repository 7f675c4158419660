/// The pages every public service owes its users (docs/pages.md#information), linked from every
/// page's footer: help, accessibility, legal notice, personal data.
enum InformationPage: String, CaseIterable, Sendable {
    case help = "aide"
    case accessibility = "accessibilite"
    case legalNotice = "mentions-legales"
    case personalData = "donnees-personnelles"
}

/// A part of an information page: an optional heading, paragraphs, then a list.
struct InformationSection: Sendable {
    let heading: String?
    let paragraphs: [String]
    let list: [String]

    init(_ heading: String? = nil, _ paragraphs: [String], list: [String] = []) {
        self.heading = heading
        self.paragraphs = paragraphs
        self.list = list
    }
}

struct InformationText: Sendable {
    /// The footer's navigation label.
    let footerLabel: String
    let title: @Sendable (InformationPage) -> String
    let sections: @Sendable (InformationPage) -> [InformationSection]
}
