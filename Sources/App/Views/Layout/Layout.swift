import Hummingbird
import Plot

/// The page frame shared by every page: skip link, header with the language switch, one `<main>`,
/// footer. Pages supply their title and content; hooks let them add a back link or a print button.
struct Layout {
    let page: PageContext
    var title: String
    var hasErrors = false
    var backLink: String? = nil
    var printable = false
    /// Replaces the family's menu (the back office has its own); the language switch is always added.
    var navigation: [BodyNode]? = nil

    func render(_ content: [BodyNode]) -> String {
        let text = page.text.layout
        let fullTitle = (hasErrors ? text.errorTitlePrefix : "") + "\(title) – dcem"
        let switchTo = page.otherLanguage
        let document = HTML(
            .lang(page.language == .fr ? .french : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Plot's `.title` copies the title, unescaped, into social-network meta tags.
                .raw("<title>\(HTMLEscaping.text(fullTitle))</title>"),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path))
            ),
            .body(
                element("a", [("href", "#content"), ("class", "skip-link")], [.plainText(text.skipLink)]),
                element("header", [("class", "site-header")], [
                    element("div", [("class", "site-header__inner")], [
                        element("a", [("href", SiteURL.home.path), ("class", "site-header__name")], [
                            .plainText(text.serviceName),
                            element("span", [("class", "site-header__tagline")], [.plainText(text.serviceTagline)]),
                        ]),
                        element("nav", [("aria-label", text.navigationLabel)], [
                            element("ul", [("class", "site-nav")], (navigation ?? AssistedFilingView.navigation(page) ?? [
                                element("li", [], [element("a", [("href", SiteURL.home.path)], [.plainText(text.homeLink)])]),
                                element("li", [], [element("a", [("href", SiteURL.simulatorStart.path)], [.plainText(text.simulatorLink)])]),
                                element("li", [], [element("a", [("href", SiteURL.myDossiers.path)], [.plainText(text.dossiersLink)])]),
                            ]) + [
                                element("li", [], [element("a", [("href", "\(page.path)?lang=\(switchTo.rawValue)"), ("lang", switchTo.rawValue),
                                                                  ("hreflang", switchTo.rawValue)], [.plainText(text.switchLanguageLabel)])]),
                            ]),
                        ]),
                    ]),
                ]),
                element("div", [("class", "container")], [
                    // Inside `main`: every piece of content sits in a landmark (axe-core's "region").
                    element("main", [("id", "content"), ("tabindex", "-1")], [
                        AssistedFilingView.banner(page),
                        backLink.map { Forms.backLink($0, label: text.backLink) } ?? .empty,
                    ] + content + [
                        printable ? element("p", [("class", "print-hint no-print")], [.plainText(text.printHint)]) : .empty,
                    ]),
                ]),
                element("footer", [("class", "site-footer")], [
                    element("div", [("class", "container")], [element("p", [], [.plainText(text.footerNote)])]),
                ])
            )
        )
        return document.render()
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
