/// One attribute: a name this module knows and a value, escaped when written. A nil value leaves
/// the attribute out; an empty one writes the bare name (a boolean attribute that is on).
public struct Attribute: Sendable {
    public let name: String
    public let value: String?

    @inlinable
    init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    /// A boolean attribute: present when `on`.
    @inlinable static func flag(_ name: String, _ on: Bool) -> Attribute { Attribute(name, on ? "" : nil) }

    @inlinable public static func `class`(_ value: String?) -> Attribute { Attribute("class", value) }
    @inlinable public static func id(_ value: String?) -> Attribute { Attribute("id", value) }
    @inlinable public static func href(_ value: String?) -> Attribute { Attribute("href", value) }
    @inlinable public static func src(_ value: String) -> Attribute { Attribute("src", value) }
    @inlinable public static func alt(_ value: String) -> Attribute { Attribute("alt", value) }
    @inlinable public static func title(_ value: String) -> Attribute { Attribute("title", value) }
    @inlinable public static func lang(_ value: String?) -> Attribute { Attribute("lang", value) }
    @inlinable public static func hreflang(_ value: String?) -> Attribute { Attribute("hreflang", value) }
    @inlinable public static func rel(_ value: Rel) -> Attribute { Attribute("rel", value.rawValue) }
    @inlinable public static func charset(_ value: String) -> Attribute { Attribute("charset", value) }
    @inlinable public static func name(_ value: String?) -> Attribute { Attribute("name", value) }
    @inlinable public static func content(_ value: String) -> Attribute { Attribute("content", value) }
    @inlinable public static func value(_ value: String?) -> Attribute { Attribute("value", value) }
    @inlinable public static func type(_ value: InputType) -> Attribute { Attribute("type", value.rawValue) }
    @inlinable public static func type(_ value: ButtonType) -> Attribute { Attribute("type", value.rawValue) }
    @inlinable public static func `for`(_ value: String) -> Attribute { Attribute("for", value) }
    @inlinable public static func method(_ value: FormMethod) -> Attribute { Attribute("method", value.rawValue) }
    @inlinable public static func action(_ value: String) -> Attribute { Attribute("action", value) }
    @inlinable public static func enctype(_ value: String) -> Attribute { Attribute("enctype", value) }
    @inlinable public static func accept(_ value: String) -> Attribute { Attribute("accept", value) }
    @inlinable public static func autocomplete(_ value: String?) -> Attribute { Attribute("autocomplete", value) }
    @inlinable public static func inputmode(_ value: InputMode?) -> Attribute { Attribute("inputmode", value?.rawValue) }
    /// Left out when nil.
    @inlinable public static func spellcheck(_ on: Bool?) -> Attribute { Attribute("spellcheck", on.map { $0 ? "true" : "false" }) }
    @inlinable public static func rows(_ value: Int) -> Attribute { Attribute("rows", String(value)) }
    @inlinable public static func maxlength(_ value: Int) -> Attribute { Attribute("maxlength", String(value)) }
    @inlinable public static func tabindex(_ value: Int) -> Attribute { Attribute("tabindex", String(value)) }
    @inlinable public static func scope(_ value: String) -> Attribute { Attribute("scope", value) }
    /// A `<time>`'s machine-readable instant or day.
    @inlinable public static func datetime(_ value: String) -> Attribute { Attribute("datetime", value) }
    @inlinable public static func role(_ value: String) -> Attribute { Attribute("role", value) }
    @inlinable public static func draggable(_ on: Bool) -> Attribute { Attribute("draggable", on ? "true" : "false") }
    @inlinable public static func checked(_ on: Bool) -> Attribute { flag("checked", on) }
    @inlinable public static func selected(_ on: Bool) -> Attribute { flag("selected", on) }
    @inlinable public static func required(_ on: Bool) -> Attribute { flag("required", on) }
    @inlinable public static func disabled(_ on: Bool) -> Attribute { flag("disabled", on) }
    @inlinable public static func novalidate(_ on: Bool = true) -> Attribute { flag("novalidate", on) }
    @inlinable public static func open(_ on: Bool) -> Attribute { flag("open", on) }
    /// `aria-*`: the ARIA attributes the pages use.
    @inlinable public static func aria(_ name: ARIA, _ value: String?) -> Attribute { Attribute(name.rawValue, value) }
    /// `data-*`, for the stylesheet and the tests.
    @inlinable public static func data(_ name: DataName, _ value: String?) -> Attribute { Attribute(name.rawValue, value) }
}

/// Each with its whole attribute name, written as it is (no name built per element).
public enum ARIA: String, Sendable {
    case label = "aria-label", labelledby = "aria-labelledby", describedby = "aria-describedby", current = "aria-current"
    case sort = "aria-sort", hidden = "aria-hidden", live = "aria-live", invalid = "aria-invalid", expanded = "aria-expanded"
    case controls = "aria-controls"
}

public enum DataName: String, Sendable {
    case state = "data-state", tab = "data-tab", mark = "data-mark"
}

public enum Rel: String, Sendable {
    case stylesheet, alternate, noopener, prev, next
}

public enum InputType: String, Sendable {
    case text, email, password, hidden, number, date, file, radio, checkbox, search, tel, url
}

public enum ButtonType: String, Sendable {
    case submit, button, reset
}

public enum FormMethod: String, Sendable {
    case get, post
}

public enum InputMode: String, Sendable {
    case numeric, decimal, text, email, tel, url, search, none
}
