import Plot
import Testing

@testable import App

/// Every text and attribute value of the pages is escaped (`HTMLEscaping`).
@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        // (given, as text, as attribute value)
        ("Déposer la demande", "Déposer la demande", "Déposer la demande"),
        ("Côte d’Ivoire — l'enfant", "Côte d’Ivoire — l'enfant", "Côte d’Ivoire — l'enfant"),
        ("a < b & c > d", "a &lt; b &amp; c &gt; d", "a &lt; b &amp; c &gt; d"),
        (#"dit "oui""#, #"dit "oui""#, "dit &quot;oui&quot;"),
        ("&lt;b&gt; &#60;", "&amp;lt;b&amp;gt; &amp;#60;", "&amp;lt;b&amp;gt; &amp;#60;"),
        (#""><script>alert(1)</script>"#, #""&gt;&lt;script&gt;alert(1)&lt;/script&gt;"#, "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("", "", ""),
    ])
    func textAndAttributeValues(given: String, text: String, attribute: String) {
        #expect(HTMLEscaping.text(given) == text)
        #expect(HTMLEscaping.attribute(given) == attribute)
    }

    @Test func elementsEscapeTheirTextAndAttributes() {
        // given
        let node = element("a", [("href", #"/x?a=1&b="2""#), ("title", "<i>")], [.plainText("Tom & Jerry <3")])
        // when
        let html = Node<HTML.BodyContext>.group([node]).render()
        // then
        #expect(html == #"<a href="/x?a=1&amp;b=&quot;2&quot;" title="&lt;i&gt;">Tom &amp; Jerry &lt;3</a>"#)
    }
}

extension HTMLEscapingTests {
    @Test func aPageTitleMadeOfAnAnswerIsEscapedOnceAndNowhereElse() {
        // given: a title built from a name the family typed (the case page's title is the child's name)
        let page = PageContext(language: .fr, path: "/demandes")
        // when
        let html = Layout(page: page, title: #"Tom "<b>" & Co"#).render([])
        // then
        #expect(html.contains(#"<title>Tom "&lt;b&gt;" &amp; Co – dcem</title>"#))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("og:title"))
    }
}
