import TypedHTML

/// "My applications": every dossier of the member, drafts first in time order, with its state.
enum MyDossiersView {
    static func render(_ page: PageContext, _ model: MyDossiersModel) -> RenderedHTML {
        let t = page.text.dossier
        return Layout(page: page, title: t.myTitle).render { main in
            main.notice(model.notice)
            main.element(.h1, text: t.myTitle)
            if model.cards.isEmpty {
                main.element(.p, text: t.myEmpty)
            } else {
                main.element(.ul, .class("cards")) { list in
                    for card in model.cards {
                        list.element(.li, .class("card")) { item in
                            item.element(.h2, .class("card__title")) { $0.element(.a, .href(card.href), text: card.child) }
                            item.element(.p) { $0.tag(card.stateLabel, card.state) }
                            if let toDo = card.toDo { item.element(.p, .class("card__to-do"), text: toDo) }
                            if let reference = card.reference { item.element(.p, text: reference) }
                            if let silence = card.silence { item.element(.p, .class("hint"), text: silence) }
                            item.element(.p) { $0.element(.a, .href(card.href), text: card.openLabel) }
                        }
                    }
                }
            }
            main.element(.p) { $0.element(.a, .href(SiteURL.dossierStart.path), .class("button"), text: t.myStart) }
            main.element(.p) { $0.element(.a, .href(SiteURL.account.path), text: page.text.account.accountLink) }
        }
    }
}
