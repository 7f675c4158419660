import Testing

@testable import App

/// What the layout writes from a page's values is escaped like everything else (docs/architecture.md#html).
@Suite struct LayoutEscapingTests {
    @Test func aPageTitleMadeOfAnAnswerIsEscapedOnceAndNowhereElse() {
        // given: a title built from a name the family typed (the case page's title is the child's name)
        let page = PageContext(language: .fr, path: "/demandes")
        // when
        let html = Layout(page: page, title: #"Tom "<b>" & Co"#).render { _ in }.description
        // then
        #expect(html.contains(#"<title>Tom "&lt;b&gt;" &amp; Co – dcem</title>"#))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("og:title"))
    }

    @Test func theLanguageSwitchCarriesThePagesAddressEscaped() {
        let page = PageContext(language: .en, path: #"/x"><script>"#)
        let html = Layout(page: page, title: "t").render { _ in }.description
        #expect(html.contains(#"href="/x&quot;&gt;&lt;script&gt;?lang=fr""#))
        #expect(!html.contains("<script>"))
    }

    @Test func eachLanguagesFrameIsItsOwn() {
        let french = Layout(page: PageContext(language: .fr, path: "/"), title: "t").render { _ in }.description
        let english = Layout(page: PageContext(language: .en, path: "/"), title: "t").render { _ in }.description
        #expect(french.hasPrefix(#"<!DOCTYPE html><html lang="fr">"#) && french.contains("Aller au contenu"))
        #expect(english.hasPrefix(#"<!DOCTYPE html><html lang="en">"#) && !english.contains("Aller au contenu"))
        #expect(french.hasSuffix("</footer></body></html>") && english.hasSuffix("</footer></body></html>"))
    }
}
