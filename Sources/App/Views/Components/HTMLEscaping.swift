import Plot
import TypedHTML

/// HTML escaping for the text and attribute values of the pages still written with Plot, which
/// writes attribute values as given (a `"` in a typed answer would close the attribute) and escapes
/// text one `Character` at a time. The same escaping as `TypedHTML`'s, from the same code.
enum HTMLEscaping {
    static func text(_ string: String) -> String {
        HTMLWriter.escaped(string, quotes: false)
    }

    static func attribute(_ string: String) -> String {
        HTMLWriter.escaped(string, quotes: true)
    }
}

extension Node {
    /// Text shown as it is written: every character that means something in HTML is escaped.
    static func plainText(_ text: String) -> Node {
        .raw(HTMLEscaping.text(text))
    }
}
