import Plot

typealias BodyNode = Node<HTML.BodyContext>

/// Builds any element with plain attributes. Plot's typed contexts do not model every pattern
/// we need (legends, ARIA, `inputmode`), so components use this; Plot still escapes every text
/// and attribute value.
func element(_ name: String, _ attributes: [(String, String?)] = [], _ children: [BodyNode] = []) -> BodyNode {
    let attributeNodes: [BodyNode] = attributes.compactMap { name, value in
        value.map { .attribute(Attribute(name: name, value: $0, ignoreIfValueIsEmpty: false)) }
    }
    return .element(named: name, nodes: attributeNodes + children)
}

/// A void element (`<input>`, `<meta>`) with plain attributes.
func voidElement(_ name: String, _ attributes: [(String, String?)]) -> BodyNode {
    .selfClosedElement(named: name, attributes: attributes.compactMap { name, value in
        value.map { Attribute<HTML.BodyContext>(name: name, value: $0, ignoreIfValueIsEmpty: false) }
    })
}

/// A boolean attribute's value: present ("") when true, absent when false.
func flag(_ on: Bool) -> String? { on ? "" : nil }
