/// An information page (docs/pages.md#information): its title and sections from the catalog (the
/// footer links the others).
struct InformationModel: Sendable {
    let title: String
    let sections: [InformationSection]

    init(_ page: PageContext, _ information: InformationPage) {
        let text = page.text.information
        title = text.title(information)
        sections = text.sections(information)
    }
}
