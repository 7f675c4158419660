import Plot
import TypedHTML

/// A field in error, shown in the summary at the top and again above the field
/// (docs/pages.md#validation).
struct FieldError: Equatable, Sendable {
    /// The id of the input the summary links to.
    let fieldID: String
    let message: String
}

/// One choice of a radio group.
struct Choice: Sendable {
    let value: String
    let label: String
    var hint: String? = nil
}

enum Forms {
    static func errorSummary(_ errors: [FieldError], title: String) -> BodyNode {
        guard !errors.isEmpty else { return .empty }
        return element("div", [("class", "error-summary"), ("role", "alert"), ("aria-labelledby", "error-summary-title"), ("tabindex", "-1")], [
            element("h2", [("id", "error-summary-title")], [.plainText(title)]),
            element("ul", [], errors.map { error in
                element("li", [], [element("a", [("href", "#\(error.fieldID)")], [.plainText(error.message)])])
            }),
        ])
    }

    static func csrf(_ token: String) -> BodyNode { .typed { $0.csrf(token) } }

    static func submit(_ label: String) -> BodyNode { .typed { $0.submit(label) } }

    static func backLink(_ href: String, label: String) -> BodyNode { .typed { $0.backLink(href, label: label) } }

    private static func errorMessage(_ error: FieldError?, id: String) -> BodyNode {
        guard let error else { return .empty }
        return element("p", [("class", "field-error"), ("id", "\(id)-error")], [.plainText(error.message)])
    }

    static func describedBy(_ id: String, hint: String?, error: FieldError?) -> String? {
        let ids = [hint != nil ? "\(id)-hint" : nil, error != nil ? "\(id)-error" : nil].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }

    /// A question answered by one of several choices: a fieldset whose legend is the page heading.
    static func radios(name: String, question: String, hint: String?, choices: [Choice], selected: String?, error: FieldError?) -> BodyNode {
        element("div", [("class", error == nil ? "field" : "field field--error")], [
            element("fieldset", [("aria-describedby", describedBy(name, hint: hint, error: error))], [
                element("legend", [], [element("h1", [], [.plainText(question)])]),
                hint.map { element("p", [("class", "hint"), ("id", "\(name)-hint")], [.plainText($0)]) } ?? .empty,
                errorMessage(error, id: name),
                element("div", [("class", "radios")], choices.enumerated().map { index, choice in
                    let id = index == 0 ? name : "\(name)-\(index + 1)"
                    return element("div", [("class", "radio")], [
                        voidElement("input", [("type", "radio"), ("id", id), ("name", name), ("value", choice.value), ("checked", flag(choice.value == selected)),
                                              ("aria-describedby", choice.hint != nil ? "\(id)-hint" : nil)]),
                        element("label", [("for", id)], [.plainText(choice.label)]),
                        choice.hint.map { element("p", [("class", "hint"), ("id", "\(id)-hint")], [.plainText($0)]) } ?? .empty,
                    ])
                }),
            ]),
        ])
    }

    /// A date as three numeric inputs (day, month, year), the GOV.UK way.
    static func date(name: String, question: String, hint: String?, labels: (day: String, month: String, year: String),
                     value: (day: String, month: String, year: String), error: FieldError?) -> BodyNode {
        func part(_ suffix: String, _ label: String, _ text: String, width: String) -> BodyNode {
            let id = suffix == "day" ? name : "\(name)-\(suffix)"
            return element("div", [("class", "date-part")], [
                element("label", [("for", id)], [.plainText(label)]),
                voidElement("input", [("type", "text"), ("inputmode", "numeric"), ("id", id), ("name", "\(name)-\(suffix)"),
                                      ("value", text), ("class", "input input--\(width)"), ("autocomplete", "off")]),
            ])
        }
        return element("div", [("class", error == nil ? "field" : "field field--error")], [
            element("fieldset", [("role", "group"), ("aria-describedby", describedBy(name, hint: hint, error: error))], [
                element("legend", [], [element("h1", [], [.plainText(question)])]),
                hint.map { element("p", [("class", "hint"), ("id", "\(name)-hint")], [.plainText($0)]) } ?? .empty,
                errorMessage(error, id: name),
                element("div", [("class", "date")], [
                    part("day", labels.day, value.day, width: "2"),
                    part("month", labels.month, value.month, width: "2"),
                    part("year", labels.year, value.year, width: "4"),
                ]),
            ]),
        ])
    }

    /// A choice from a long list (the départements), as a labelled `<select>`.
    static func select(name: String, question: String, hint: String?, options: [Choice], selected: String?, placeholder: String, error: FieldError?) -> BodyNode {
        element("div", [("class", error == nil ? "field" : "field field--error")], [
            element("h1", [], [element("label", [("for", name)], [.plainText(question)])]),
            hint.map { element("p", [("class", "hint"), ("id", "\(name)-hint")], [.plainText($0)]) } ?? .empty,
            errorMessage(error, id: name),
            element("select", [("id", name), ("name", name), ("class", "select"), ("aria-describedby", describedBy(name, hint: hint, error: error))],
                    [element("option", [("value", "")], [.plainText(placeholder)])] + options.map { option in
                        element("option", [("value", option.value), ("selected", flag(option.value == selected))], [.plainText(option.label)])
                    }),
        ])
    }

    /// A text input with its label; `heading` makes the label the page's `<h1>` (one-question pages).
    static func input(name: String, label: String, hint: String? = nil, type: InputType = .text, value: String = "",
                      autocomplete: String? = nil, inputMode: InputMode? = nil, width: String? = nil, heading: Bool = false,
                      error: FieldError?) -> BodyNode {
        .typed {
            $0.input(name: name, label: label, hint: hint, type: type, value: value, autocomplete: autocomplete, inputMode: inputMode,
                     width: width, heading: heading, error: error)
        }
    }

    /// A multi-line text input with its label.
    static func textarea(name: String, label: String, hint: String? = nil, value: String = "", rows: Int = 5, error: FieldError?) -> BodyNode {
        element("div", [("class", error == nil ? "field" : "field field--error")], [
            element("label", [("for", name), ("class", "label")], [.plainText(label)]),
            hint.map { element("p", [("class", "hint"), ("id", "\(name)-hint")], [.plainText($0)]) } ?? .empty,
            errorMessage(error, id: name),
            element("textarea", [("id", name), ("name", name), ("rows", String(rows)), ("class", "textarea"),
                                 ("aria-describedby", describedBy(name, hint: hint, error: error))], [.plainText(value)]),
        ])
    }

    /// A form that posts to `action` with the session's token: one button, for actions that change something.
    static func postButton(action: String, label: String, csrf token: String, secondary: Bool = false) -> BodyNode {
        .typed { $0.postButton(action: action, label: label, csrf: token, secondary: secondary) }
    }

    /// A short confirmation shown at the top of a page after a change ("Your details are saved").
    static func notice(_ text: String?) -> BodyNode {
        guard let text else { return .empty }
        return element("div", [("class", "notice"), ("role", "status")], [element("p", [], [.plainText(text)])])
    }

    /// Radios inside a page with several questions: the legend is a label, not the page heading.
    static func radioGroup(name: String, legend: String, hint: String? = nil, choices: [Choice], selected: String?, error: FieldError?) -> BodyNode {
        element("div", [("class", error == nil ? "field" : "field field--error")], [
            element("fieldset", [("aria-describedby", describedBy(name, hint: hint, error: error))], [
                element("legend", [("class", "label")], [.plainText(legend)]),
                hint.map { element("p", [("class", "hint"), ("id", "\(name)-hint")], [.plainText($0)]) } ?? .empty,
                errorMessage(error, id: name),
                element("div", [("class", "radios")], choices.enumerated().map { index, choice in
                    let id = index == 0 ? name : "\(name)-\(index + 1)"
                    return element("div", [("class", "radio")], [
                        voidElement("input", [("type", "radio"), ("id", id), ("name", name), ("value", choice.value), ("checked", flag(choice.value == selected)),
                                              ("aria-describedby", choice.hint != nil ? "\(id)-hint" : nil)]),
                        element("label", [("for", id)], [.plainText(choice.label)]),
                        choice.hint.map { element("p", [("class", "hint"), ("id", "\(id)-hint")], [.plainText($0)]) } ?? .empty,
                    ])
                }),
            ]),
        ])
    }

    /// A date inside a page with several questions (three inputs, legend as a label).
    static func dateGroup(name: String, legend: String, hint: String?, labels: (day: String, month: String, year: String),
                          value: (day: String, month: String, year: String), error: FieldError?) -> BodyNode {
        func part(_ suffix: String, _ label: String, _ text: String, width: String) -> BodyNode {
            let id = suffix == "day" ? "\(name)-day" : "\(name)-\(suffix)"
            return element("div", [("class", "date-part")], [
                element("label", [("for", id)], [.plainText(label)]),
                voidElement("input", [("type", "text"), ("inputmode", "numeric"), ("id", id), ("name", "\(name)-\(suffix)"),
                                      ("value", text), ("class", "input input--\(width)"), ("autocomplete", "off")]),
            ])
        }
        return element("div", [("class", error == nil ? "field" : "field field--error")], [
            element("fieldset", [("role", "group"), ("aria-describedby", describedBy("\(name)-day", hint: hint, error: error))], [
                element("legend", [("class", "label")], [.plainText(legend)]),
                hint.map { element("p", [("class", "hint"), ("id", "\(name)-day-hint")], [.plainText($0)]) } ?? .empty,
                errorMessage(error, id: "\(name)-day"),
                element("div", [("class", "date")], [
                    part("day", labels.day, value.day, width: "2"),
                    part("month", labels.month, value.month, width: "2"),
                    part("year", labels.year, value.year, width: "4"),
                ]),
            ]),
        ])
    }

    /// Checkboxes, each with its own name (`prefix-value`), since a form's repeated names keep only the last.
    static func checkboxes(prefix: String, legend: String, choices: [Choice], checked: Set<String>, error: FieldError?) -> BodyNode {
        let first = "\(prefix)-\(choices.first?.value ?? "")"
        return element("div", [("class", error == nil ? "field" : "field field--error")], [
            element("fieldset", [("aria-describedby", describedBy(first, hint: nil, error: error))], [
                element("legend", [("class", "label")], [.plainText(legend)]),
                errorMessage(error, id: first),
                element("div", [("class", "checkboxes")], choices.map { choice in
                    let id = "\(prefix)-\(choice.value)"
                    return element("div", [("class", "checkbox")], [
                        voidElement("input", [("type", "checkbox"), ("id", id), ("name", id), ("value", "on"), ("checked", flag(checked.contains(choice.value)))]),
                        element("label", [("for", id)], [.plainText(choice.label)]),
                    ])
                }),
            ]),
        ])
    }
}

/// The same components for pages written by the typed writer.
extension HTMLWriter {
    mutating func csrf(_ token: String) {
        void(.input, .type(.hidden), .name("_csrf"), .value(token))
    }

    mutating func submit(_ label: String) {
        element(.button, .type(.submit), .class("button"), text: label)
    }

    mutating func backLink(_ href: String, label: String) {
        element(.a, .href(href), .class("back-link"), text: label)
    }

    /// A form that posts to `action` with the session's token: one button, for actions that change something.
    mutating func postButton(action: String, label: String, csrf token: String, secondary: Bool = false) {
        element(.form, .method(.post), .action(action), .class("inline-form")) { form in
            form.csrf(token)
            form.element(.button, .type(.submit), .class(secondary ? "button button--secondary" : "button"), text: label)
        }
    }

    /// A text input with its label; `heading` makes the label the page's `<h1>` (one-question pages).
    mutating func input(name: String, label: String, hint: String? = nil, type: InputType = .text, value: String = "",
                        autocomplete: String? = nil, inputMode: InputMode? = nil, width: String? = nil, heading: Bool = false,
                        error: FieldError? = nil) {
        element(.div, .class(error == nil ? "field" : "field field--error")) { field in
            if heading {
                field.element(.h1) { $0.element(.label, .for(name), text: label) }
            } else {
                field.element(.label, .for(name), .class("label"), text: label)
            }
            if let hint { field.element(.p, .class("hint"), .id("\(name)-hint"), text: hint) }
            if let error { field.element(.p, .class("field-error"), .id("\(name)-error"), text: error.message) }
            field.void(.input, .type(type), .id(name), .name(name), .value(type == .password ? nil : value),
                       .class(width.map { "input input--\($0)" } ?? "input"), .autocomplete(autocomplete), .inputmode(inputMode),
                       .spellcheck(type == .email ? false : nil), .aria(.describedby, Forms.describedBy(name, hint: hint, error: error)))
        }
    }
}
