/// Writes one page's HTML into one buffer, as it goes: no node tree is built. Every text and every
/// attribute value is escaped as it is written; raw markup only goes through `unescaped(trusted:)`,
/// which no page uses (docs/architecture.md#html).
///
///     var html = HTMLWriter()
///     html.element(.p, .class("hint")) { $0.text(label) }
public struct HTMLWriter: Sendable {
    @usableFromInline var bytes: [UInt8]

    public init(capacity: Int = 16_384) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The page as a string (tests, mail bodies); a response takes `rendered`, with no conversion.
    public var html: String { String(decoding: bytes, as: UTF8.self) }

    /// What was written, as bytes: a page goes to the response as it is, without becoming a
    /// `String` first (which would validate and copy it once more).
    public var rendered: RenderedHTML { RenderedHTML(bytes: bytes) }

    /// `<!DOCTYPE html>`, to open a document.
    public mutating func doctype() {
        bytes.append(contentsOf: "<!DOCTYPE html>".utf8)
    }

    /// Text, with `&`, `<` and `>` escaped.
    @inlinable
    public mutating func text(_ string: String) {
        Self.escape(string, quotes: false, into: &bytes)
    }

    /// An element with its attributes (an attribute whose value is nil is left out) and content.
    @inlinable
    public mutating func element(_ tag: Tag, _ first: Attribute, _ second: Attribute, _ third: Attribute, _ more: Attribute...,
                                 content: (inout HTMLWriter) -> Void = { _ in }) {
        openStart(tag)
        write(first)
        write(second)
        write(third)
        write(more)
        bytes.append(UInt8(ascii: ">"))
        content(&self)
        close(tag)
    }

    /// An element with its attributes given as an array (built by a loop or a condition).
    @inlinable
    public mutating func element(_ tag: Tag, attributes: [Attribute], content: (inout HTMLWriter) -> Void = { _ in }) {
        open(tag, attributes)
        content(&self)
        close(tag)
    }

    /// An element whose only content is text: `<dt>Name</dt>`.
    @inlinable
    public mutating func element(_ tag: Tag, _ first: Attribute, _ second: Attribute, _ third: Attribute, _ more: Attribute..., text: String) {
        openStart(tag)
        write(first)
        write(second)
        write(third)
        write(more)
        bytes.append(UInt8(ascii: ">"))
        self.text(text)
        close(tag)
    }

    // The same with no, one or two attributes (above: three or more), written without building an
    // array: most elements have at most two, and a variadic list costs an allocation per element.

    @inlinable
    public mutating func element(_ tag: Tag, content: (inout HTMLWriter) -> Void = { _ in }) {
        openStart(tag)
        bytes.append(UInt8(ascii: ">"))
        content(&self)
        close(tag)
    }

    @inlinable
    public mutating func element(_ tag: Tag, _ first: Attribute, content: (inout HTMLWriter) -> Void = { _ in }) {
        openStart(tag)
        write(first)
        bytes.append(UInt8(ascii: ">"))
        content(&self)
        close(tag)
    }

    @inlinable
    public mutating func element(_ tag: Tag, _ first: Attribute, _ second: Attribute, content: (inout HTMLWriter) -> Void = { _ in }) {
        openStart(tag)
        write(first)
        write(second)
        bytes.append(UInt8(ascii: ">"))
        content(&self)
        close(tag)
    }

    @inlinable
    public mutating func element(_ tag: Tag, text: String) {
        openStart(tag)
        bytes.append(UInt8(ascii: ">"))
        self.text(text)
        close(tag)
    }

    @inlinable
    public mutating func element(_ tag: Tag, _ first: Attribute, text: String) {
        openStart(tag)
        write(first)
        bytes.append(UInt8(ascii: ">"))
        self.text(text)
        close(tag)
    }

    @inlinable
    public mutating func element(_ tag: Tag, _ first: Attribute, _ second: Attribute, text: String) {
        openStart(tag)
        write(first)
        write(second)
        bytes.append(UInt8(ascii: ">"))
        self.text(text)
        close(tag)
    }

    /// A void element (`<input>`, `<meta>`): attributes, no content, no closing tag.
    @inlinable
    public mutating func void(_ tag: VoidTag, _ attributes: Attribute...) {
        void(tag, attributes: attributes)
    }

    @inlinable
    public mutating func void(_ tag: VoidTag, attributes: [Attribute]) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: tag.rawValue.utf8)
        write(attributes)
        bytes.append(contentsOf: "/>".utf8)
    }

    /// An element's start tag alone, for a frame written once and reused around many contents (the
    /// layout's parts): the matching `end` is the caller's to write. Pages write whole elements.
    public mutating func start(_ tag: Tag, _ attributes: Attribute...) {
        open(tag, attributes)
    }

    /// The end tag of an element opened by `start`.
    public mutating func end(_ tag: Tag) {
        close(tag)
    }

    /// Markup written as it is. The one escape hatch: for markup this program wrote itself and
    /// already escaped (a fragment cached per language), never for anything a person typed.
    public mutating func unescaped(trusted markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Another writer's output (a fragment written once and reused).
    public mutating func append(_ fragment: HTMLWriter) {
        bytes.append(contentsOf: fragment.bytes)
    }

    @inlinable
    mutating func open(_ tag: Tag, _ attributes: [Attribute]) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: tag.rawValue.utf8)
        write(attributes)
        bytes.append(UInt8(ascii: ">"))
    }

    @inlinable
    mutating func openStart(_ tag: Tag) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: tag.rawValue.utf8)
    }

    @inlinable
    mutating func close(_ tag: Tag) {
        bytes.append(contentsOf: "</".utf8)
        bytes.append(contentsOf: tag.rawValue.utf8)
        bytes.append(UInt8(ascii: ">"))
    }

    @inlinable
    mutating func write(_ attributes: [Attribute]) {
        for attribute in attributes { write(attribute) }
    }

    @inlinable
    mutating func write(_ attribute: Attribute) {
        guard let value = attribute.value else { return }
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: attribute.name.utf8)
        // An empty value is written as the bare name (`novalidate`, `checked`).
        guard !value.isEmpty else { return }
        bytes.append(contentsOf: "=\"".utf8)
        Self.escape(value, quotes: true, into: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Text escapes `& < >`; attribute values, always in double quotes, `"` too. Byte by byte: a
    /// string with none of them, most labels, is copied as it is.
    @usableFromInline
    static func escape(_ string: String, quotes: Bool, into bytes: inout [UInt8]) {
        var string = string
        string.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let replacement: StaticString
                switch utf8[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where quotes: replacement = "&quot;"
                default: continue
                }
                // The run since the last special byte in one copy, then the entity.
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }
}

/// A finished page: the UTF-8 bytes its writer wrote, every value in them already escaped.
public struct RenderedHTML: Sendable, Equatable, CustomStringConvertible {
    public let bytes: [UInt8]

    /// The page as text, for tests and for looking at it.
    public var description: String { String(decoding: bytes, as: UTF8.self) }
}
