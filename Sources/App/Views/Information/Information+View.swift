import TypedHTML

/// Help, accessibility, legal notice, personal data: plain sections of text.
enum InformationView {
    static func render(_ page: PageContext, _ model: InformationModel) -> RenderedHTML {
        Layout(page: page, title: model.title).render { main in
            main.element(.h1, text: model.title)
            for section in model.sections {
                main.element(.section, .class("section")) { part in
                    if let heading = section.heading { part.element(.h2, text: heading) }
                    for paragraph in section.paragraphs { part.element(.p, text: paragraph) }
                    if !section.list.isEmpty { part.list(section.list) }
                }
            }
        }
    }
}
