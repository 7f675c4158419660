import Plot

typealias BodyNode = Node<HTML.BodyContext>

/// Builds any element with plain attributes. Plot's typed contexts do not model every pattern
/// we need (legends, ARIA, `inputmode`), so components use this. Plot writes attribute values as
/// given: they are escaped here (`HTMLEscaping`), as text is by `.plainText`.
func element(_ name: String, _ attributes: [(String, String?)] = [], _ children: [BodyNode] = []) -> BodyNode {
    let attributeNodes: [BodyNode] = attributes.compactMap { name, value in
        value.map { .attribute(escapedAttribute(name, $0)) }
    }
    return .element(named: name, nodes: attributeNodes + children)
}

/// A void element (`<input>`, `<meta>`) with plain attributes.
func voidElement(_ name: String, _ attributes: [(String, String?)]) -> BodyNode {
    .selfClosedElement(named: name, attributes: attributes.compactMap { name, value in value.map { escapedAttribute(name, $0) } })
}

private func escapedAttribute(_ name: String, _ value: String) -> Attribute<HTML.BodyContext> {
    Attribute(name: name, value: HTMLEscaping.attribute(value), ignoreIfValueIsEmpty: false)
}

/// A boolean attribute's value: present ("") when true, absent when false.
func flag(_ on: Bool) -> String? { on ? "" : nil }
