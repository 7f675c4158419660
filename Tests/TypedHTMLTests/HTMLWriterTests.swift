import Testing
import TypedHTML

@Suite struct HTMLWriterTests {
    @Test(arguments: [
        ("plain label", "plain label"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        // Quotes are harmless in text: only attribute values are written between quotes.
        ("\"quoted\"", "\"quoted\""),
        ("Benali–Ould Ahmed Éléonore 👩‍👧", "Benali–Ould Ahmed Éléonore 👩‍👧"),
    ])
    func textIsEscapedAsItIsWritten(_ input: String, _ expected: String) {
        var html = HTMLWriter()
        html.text(input)
        #expect(html.html == expected)
    }

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
    func escapedStringsForTextAndAttributeValues(given: String, text: String, attribute: String) {
        var asText = HTMLWriter()
        asText.text(given)
        #expect(asText.html == text)
        var asAttribute = HTMLWriter()
        asAttribute.void(.br, .title(given))
        // An empty value writes the bare name.
        #expect(asAttribute.html == (attribute.isEmpty ? "<br title/>" : #"<br title="\#(attribute)"/>"#))
    }

    @Test func everyNumberOfAttributesWritesTheSameWay() {
        // Zero to two attributes have overloads of their own (no array); three and more share one.
        var html = HTMLWriter()
        html.element(.p, text: "0")
        html.element(.p, .class("a"), text: "1")
        html.element(.p, .class("a"), .id("b"), text: "2")
        html.element(.p, .class("a"), .id("b"), .lang(nil), text: "3")
        html.element(.p, .class("a"), .id("b"), .lang("fr"), .hreflang("en"), text: "4")
        html.element(.div) { $0.element(.div, .class("x")) { $0.element(.div, .class("y"), .role("z")) { $0.text("&") } } }
        html.element(.div, .class("a"), .id("b"), .role("c")) { $0.text("<") }
        #expect(html.html == #"<p>0</p><p class="a">1</p><p class="a" id="b">2</p><p class="a" id="b">3</p>"#
            + #"<p class="a" id="b" lang="fr" hreflang="en">4</p><div><div class="x"><div class="y" role="z">&amp;</div></div></div>"#
            + #"<div class="a" id="b" role="c">&lt;</div>"#)
    }

    @Test func attributeValuesAreEscapedIncludingQuotes() {
        var html = HTMLWriter()
        html.element(.a, .href("/x?a=1&b=\"2\""), .title("<b>")) { $0.text("x") }
        #expect(html.html == #"<a href="/x?a=1&amp;b=&quot;2&quot;" title="&lt;b&gt;">x</a>"#)
    }

    @Test func aNilValueLeavesTheAttributeOutAndAnEmptyOneWritesTheBareName() {
        var html = HTMLWriter()
        html.element(.form, .method(.post), .class(nil), .novalidate()) { form in
            form.void(.input, .type(.checkbox), .name("ok"), .checked(true), .required(false))
        }
        #expect(html.html == #"<form method="post" novalidate><input type="checkbox" name="ok" checked/></form>"#)
    }

    @Test func elementsNestInTheOrderTheyAreWritten() {
        var html = HTMLWriter()
        html.doctype()
        html.element(.ul, .aria(.label, "Étapes"), .data(.state, "filed")) { list in
            for item in ["un", "deux"] {
                list.element(.li, text: item)
            }
        }
        #expect(html.html == #"<!DOCTYPE html><ul aria-label="Étapes" data-state="filed"><li>un</li><li>deux</li></ul>"#)
    }

    @Test func aFragmentIsReusedAsWritten() {
        var fragment = HTMLWriter()
        fragment.element(.p, text: "a < b")
        var page = HTMLWriter()
        page.append(fragment)
        page.append(fragment)
        #expect(page.html == "<p>a &lt; b</p><p>a &lt; b</p>")
    }
}
