import Hummingbird
import DCEMRules
import TypedHTML

/// The page frame shared by every page: skip link, header with the language switch, one `<main>`,
/// footer. Pages supply their title and content; hooks let them add a back link or a print button.
struct Layout {
    /// The menu's items (`<li>`s), written into the layout's list.
    typealias Navigation = @Sendable (inout HTMLWriter) -> Void
    /// No menu but the language switch (the back office's sign-in pages).
    static let noNavigation: Navigation = { _ in }

    let page: PageContext
    var title: String
    var hasErrors = false
    var backLink: String? = nil
    var printable = false
    /// A record's reference, printed at the top of every page (docs/pages.md#print): the content
    /// goes in a presentation table whose header row the browser repeats on each printed page.
    var printReference: String? = nil
    /// Replaces the family's menu (the back office has its own); the language switch is always added.
    var navigation: Navigation? = nil

    func render(_ content: (inout HTMLWriter) -> Void) -> RenderedHTML {
        let text = page.text.layout
        let parts = Parts.of(page.language)
        let switchTo = page.otherLanguage
        var html = HTMLWriter()
        html.append(parts.beforeTitle)
        html.text((hasErrors ? text.errorTitlePrefix : "") + "\(title) – dcem")
        html.append(parts.beforeMenu)
        if let items = navigation ?? AssistedFilingView.navigation(page) {
            items(&html)
        } else {
            html.append(parts.familyMenu)
            if let member = page.member {
                html.element(.li) { $0.element(.a, .href(SiteURL.account.path), .class("site-nav__account"), text: text.accountLink(member.email)) }
                html.element(.li) { $0.postButton(action: SiteURL.logout.path, label: page.text.account.logoutButton, csrf: member.csrf, secondary: true) }
            }
        }
        html.element(.li) {
            $0.element(.a, .href("\(page.path)?lang=\(switchTo.rawValue)"), .lang(switchTo.rawValue), .hreflang(switchTo.rawValue),
                       text: text.switchLanguageLabel)
        }
        html.append(parts.beforeContent)
        AssistedFilingView.banner(&html, page)
        if let backLink { html.backLink(backLink, label: text.backLink) }
        if let printReference {
            html.element(.table, .class("print-frame"), .role("presentation")) { table in
                table.element(.thead) { $0.element(.tr) { $0.element(.td, .class("print-reference"), text: printReference) } }
                table.element(.tbody) { $0.element(.tr) { row in row.element(.td) { content(&$0) } } }
            }
        } else {
            content(&html)
        }
        if printable { html.append(parts.printHint) }
        html.append(parts.afterContent)
        return html.rendered
    }

    /// What every page of a language shares, written once (docs/architecture.md#html): the document
    /// up to the title, the header up to the menu, the family's menu, the frame around the content
    /// and the footer. A page writes only its title, its menu's language switch and its content.
    struct Parts: Sendable {
        let beforeTitle: HTMLWriter
        let beforeMenu: HTMLWriter
        let familyMenu: HTMLWriter
        let beforeContent: HTMLWriter
        let printHint: HTMLWriter
        let afterContent: HTMLWriter

        static func of(_ language: DCEMRules.Language) -> Parts { language == .fr ? french : english }

        private static let french = Parts(.fr)
        private static let english = Parts(.en)

        private init(_ language: DCEMRules.Language) {
            let text = Catalog.of(language).layout
            var part = HTMLWriter(capacity: 1024)
            part.doctype()
            part.start(.html, .lang(language == .fr ? "fr" : "en"))
            part.start(.head)
            part.void(.meta, .charset("UTF-8"))
            part.void(.meta, .name("viewport"), .content("width=device-width, initial-scale=1"))
            part.start(.title)
            beforeTitle = part

            part = HTMLWriter(capacity: 1024)
            part.end(.title)
            part.void(.link, .rel(.stylesheet), .href(SiteURL.stylesheet.path))
            part.end(.head)
            part.start(.body)
            part.element(.a, .href("#content"), .class("skip-link"), text: text.skipLink)
            part.start(.header, .class("site-header"))
            part.start(.div, .class("site-header__inner"))
            part.element(.a, .href(SiteURL.home.path), .class("site-header__name")) { name in
                name.text(text.serviceName)
                name.element(.span, .class("site-header__tagline"), text: text.serviceTagline)
            }
            part.start(.nav, .aria(.label, text.navigationLabel))
            part.start(.ul, .class("site-nav"))
            beforeMenu = part

            part = HTMLWriter(capacity: 512)
            part.element(.li) { $0.element(.a, .href(SiteURL.home.path), text: text.homeLink) }
            part.element(.li) { $0.element(.a, .href(SiteURL.simulatorStart.path), text: text.simulatorLink) }
            part.element(.li) { $0.element(.a, .href(SiteURL.myDossiers.path), text: text.dossiersLink) }
            part.element(.li) { $0.element(.a, .href(SiteURL.myDocuments.path), text: Catalog.of(language).issuedDocument.listLink) }
            familyMenu = part

            part = HTMLWriter(capacity: 256)
            part.end(.ul)
            part.end(.nav)
            part.end(.div)
            part.end(.header)
            part.start(.div, .class("container"))
            // Inside `main`: every piece of content sits in a landmark (axe-core's "region").
            part.start(.main, .id("content"), .tabindex(-1))
            beforeContent = part

            part = HTMLWriter(capacity: 256)
            part.element(.p, .class("print-hint no-print"), text: text.printHint)
            printHint = part

            part = HTMLWriter(capacity: 512)
            part.end(.main)
            part.end(.div)
            let information = Catalog.of(language).information
            part.element(.footer, .class("site-footer")) { footer in
                footer.element(.div, .class("container")) { container in
                    container.element(.nav, .aria(.label, information.footerLabel)) { nav in
                        nav.element(.ul, .class("footer-links")) { list in
                            for page in InformationPage.allCases {
                                list.element(.li) { $0.element(.a, .href(SiteURL.information(page).path), text: information.title(page)) }
                            }
                        }
                    }
                    container.element(.p, text: text.footerNote)
                }
            }
            part.end(.body)
            part.end(.html)
            afterContent = part
        }
    }
}

/// An HTML page as a response, with the right content type.
struct HTMLPage: ResponseGenerator {
    var status: HTTPResponse.Status = .ok
    let html: RenderedHTML

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let buffer = ByteBuffer(bytes: html.bytes)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"], body: .init(byteBuffer: buffer))
    }
}
