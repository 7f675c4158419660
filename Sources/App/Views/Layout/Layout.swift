import Hummingbird
import Plot
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
    /// Replaces the family's menu (the back office has its own); the language switch is always added.
    var navigation: Navigation? = nil

    /// A page not yet written by the typed writer: its Plot nodes inside the layout.
    func render(_ content: [BodyNode]) -> String {
        render { $0.plot(content) }
    }

    func render(_ content: (inout HTMLWriter) -> Void) -> String {
        let text = page.text.layout
        let fullTitle = (hasErrors ? text.errorTitlePrefix : "") + "\(title) – dcem"
        let switchTo = page.otherLanguage
        var html = HTMLWriter()
        html.doctype()
        html.element(.html, .lang(page.language == .fr ? "fr" : "en")) { document in
            document.element(.head) { head in
                head.void(.meta, .charset("UTF-8"))
                head.void(.meta, .name("viewport"), .content("width=device-width, initial-scale=1"))
                head.element(.title, text: fullTitle)
                head.void(.link, .rel(.stylesheet), .href(SiteURL.stylesheet.path))
            }
            document.element(.body) { body in
                body.element(.a, .href("#content"), .class("skip-link"), text: text.skipLink)
                body.element(.header, .class("site-header")) { header in
                    header.element(.div, .class("site-header__inner")) { inner in
                        inner.element(.a, .href(SiteURL.home.path), .class("site-header__name")) { name in
                            name.text(text.serviceName)
                            name.element(.span, .class("site-header__tagline"), text: text.serviceTagline)
                        }
                        inner.element(.nav, .aria(.label, text.navigationLabel)) { nav in
                            nav.element(.ul, .class("site-nav")) { list in
                                if let items = navigation ?? AssistedFilingView.navigation(page) {
                                    items(&list)
                                } else {
                                    list.element(.li) { $0.element(.a, .href(SiteURL.home.path), text: text.homeLink) }
                                    list.element(.li) { $0.element(.a, .href(SiteURL.simulatorStart.path), text: text.simulatorLink) }
                                    list.element(.li) { $0.element(.a, .href(SiteURL.myDossiers.path), text: text.dossiersLink) }
                                }
                                list.element(.li) {
                                    $0.element(.a, .href("\(page.path)?lang=\(switchTo.rawValue)"), .lang(switchTo.rawValue), .hreflang(switchTo.rawValue),
                                               text: text.switchLanguageLabel)
                                }
                            }
                        }
                    }
                }
                body.element(.div, .class("container")) { container in
                    // Inside `main`: every piece of content sits in a landmark (axe-core's "region").
                    container.element(.main, .id("content"), .tabindex(-1)) { main in
                        AssistedFilingView.banner(&main, page)
                        if let backLink { main.backLink(backLink, label: text.backLink) }
                        content(&main)
                        if printable { main.element(.p, .class("print-hint no-print"), text: text.printHint) }
                    }
                }
                body.element(.footer, .class("site-footer")) { footer in
                    footer.element(.div, .class("container")) { $0.element(.p, text: text.footerNote) }
                }
            }
        }
        return html.html
    }
}

/// An HTML page as a response, with the right content type.
struct HTMLPage: ResponseGenerator {
    var status: HTTPResponse.Status = .ok
    let html: String

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var buffer = ByteBuffer()
        buffer.writeString(html)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"], body: .init(byteBuffer: buffer))
    }
}
