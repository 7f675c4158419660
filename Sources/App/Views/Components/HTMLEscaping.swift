import Plot

/// HTML escaping for every text and attribute value the pages show.
///
/// Plot writes attribute values as given (a `"` in a typed answer would close the attribute) and
/// escapes text one `Character` at a time, building a string for each: most of a page's rendering
/// time. Here text escapes `& < >`, attribute values (always written in double quotes) `"` too,
/// byte by byte; a string with none of them, most labels, is returned as it is.
enum HTMLEscaping {
    static func text(_ string: String) -> String {
        escape(string, quotes: false)
    }

    static func attribute(_ string: String) -> String {
        escape(string, quotes: true)
    }

    private static func escape(_ string: String, quotes: Bool) -> String {
        let utf8 = string.utf8
        let special: (UInt8) -> Bool = { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || (quotes && byte == UInt8(ascii: "\""))
        }
        guard utf8.contains(where: special) else { return string }
        var escaped = [UInt8]()
        escaped.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where quotes: escaped.append(contentsOf: "&quot;".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}

extension Node {
    /// Text shown as it is written: every character that means something in HTML is escaped.
    static func plainText(_ text: String) -> Node {
        .raw(HTMLEscaping.text(text))
    }
}
