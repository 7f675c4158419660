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
    /// A change made from "check your answers" comes back there (docs/pages.md#check-answers): the
    /// link, the form's action and the redirect after saving all carry it.
    static let returnToCheckQuery = "?retour=verifier"

    /// The second button of an application's forms, "save and come back later"
    /// (docs/pages.md#save-later): its name and value in the submitted form.
    static let saveLaterName = "action"
    static let saveLaterValue = "later"

    /// Whether a submitted form came from that button.
    static func savesForLater(_ form: FormFields) -> Bool { form[saveLaterName] == saveLaterValue }

    /// The ids of a field's hint and error, for `aria-describedby`.
    static func describedBy(_ id: String, hint: String?, error: FieldError?) -> String? {
        let ids = [hint != nil ? "\(id)-hint" : nil, error != nil ? "\(id)-error" : nil].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }
}

/// The form components, written by the typed writer.
extension HTMLWriter {
    mutating func csrf(_ token: String) {
        void(.input, .type(.hidden), .name("_csrf"), .value(token))
    }

    mutating func submit(_ label: String) {
        element(.button, .type(.submit), .class("button"), text: label)
    }

    /// The main button, then "save and come back later" (docs/pages.md#save-later); Enter submits the first.
    mutating func submitOrSaveLater(_ label: String, later: String) {
        element(.div, .class("button-group")) { buttons in
            buttons.submit(label)
            buttons.element(.button, .type(.submit), .name(Forms.saveLaterName), .value(Forms.saveLaterValue), .class("button button--secondary"),
                            text: later)
        }
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
            field.hint(hint, id: name)
            field.fieldError(error, id: name)
            field.void(.input, .type(type), .id(name), .name(name), .value(type == .password ? nil : value),
                       .class(width.map { "input input--\($0)" } ?? "input"), .autocomplete(autocomplete), .inputmode(inputMode),
                       .spellcheck(type == .email ? false : nil), .aria(.describedby, Forms.describedBy(name, hint: hint, error: error)))
        }
    }

    /// The errors at the top of a page, each linking to its field (docs/pages.md#validation).
    mutating func errorSummary(_ errors: [FieldError], title: String) {
        errorSummary(links: errors.map { (href: "#\($0.fieldID)", message: $0.message) }, title: title)
    }

    /// The same summary when a problem is put right on another page (check your answers).
    mutating func errorSummary(links: [(href: String, message: String)], title: String) {
        guard !links.isEmpty else { return }
        element(.div, .class("error-summary"), .role("alert"), .aria(.labelledby, "error-summary-title"), .tabindex(-1)) { summary in
            summary.element(.h2, .id("error-summary-title"), text: title)
            summary.element(.ul) { list in
                for link in links {
                    list.element(.li) { $0.element(.a, .href(link.href), text: link.message) }
                }
            }
        }
    }

    /// A field's error, above the field.
    mutating func fieldError(_ error: FieldError?, id: String) {
        guard let error else { return }
        element(.p, .class("field-error"), .id("\(id)-error"), text: error.message)
    }

    mutating func hint(_ hint: String?, id: String) {
        guard let hint else { return }
        element(.p, .class("hint"), .id("\(id)-hint"), text: hint)
    }

    /// A short confirmation shown at the top of a page after a change ("Your details are saved").
    mutating func notice(_ text: String?) {
        guard let text else { return }
        element(.div, .class("notice"), .role("status")) { $0.element(.p, text: text) }
    }

    /// A question answered by one of several choices: a fieldset whose legend is the page heading.
    mutating func radios(name: String, question: String, hint: String?, choices: [Choice], selected: String?, error: FieldError?) {
        radioFieldset(name: name, hint: hint, choices: choices, selected: selected, error: error) { $0.element(.legend) { $0.element(.h1, text: question) } }
    }

    /// Radios inside a page with several questions: the legend is a label, not the page heading.
    mutating func radioGroup(name: String, legend: String, hint: String? = nil, choices: [Choice], selected: String?, error: FieldError?) {
        radioFieldset(name: name, hint: hint, choices: choices, selected: selected, error: error) { $0.element(.legend, .class("label"), text: legend) }
    }

    private mutating func radioFieldset(name: String, hint: String?, choices: [Choice], selected: String?, error: FieldError?,
                                        legend: (inout HTMLWriter) -> Void) {
        element(.div, .class(error == nil ? "field" : "field field--error")) { field in
            field.element(.fieldset, .aria(.describedby, Forms.describedBy(name, hint: hint, error: error))) { set in
                legend(&set)
                set.hint(hint, id: name)
                set.fieldError(error, id: name)
                set.element(.div, .class("radios")) { radios in
                    for (index, choice) in choices.enumerated() {
                        let id = index == 0 ? name : "\(name)-\(index + 1)"
                        radios.element(.div, .class("radio")) { radio in
                            radio.void(.input, .type(.radio), .id(id), .name(name), .value(choice.value), .checked(choice.value == selected),
                                       .aria(.describedby, choice.hint != nil ? "\(id)-hint" : nil))
                            radio.element(.label, .for(id), text: choice.label)
                            radio.hint(choice.hint, id: id)
                        }
                    }
                }
            }
        }
    }

    /// A date as three numeric inputs (day, month, year), the GOV.UK way.
    mutating func date(name: String, question: String, hint: String?, labels: (day: String, month: String, year: String),
                       value: (day: String, month: String, year: String), error: FieldError?) {
        dateFieldset(name: name, firstID: name, hint: hint, labels: labels, value: value, error: error) {
            $0.element(.legend) { $0.element(.h1, text: question) }
        }
    }

    /// A date inside a page with several questions (three inputs, legend as a label).
    mutating func dateGroup(name: String, legend: String, hint: String?, labels: (day: String, month: String, year: String),
                            value: (day: String, month: String, year: String), error: FieldError?) {
        dateFieldset(name: name, firstID: "\(name)-day", hint: hint, labels: labels, value: value, error: error) {
            $0.element(.legend, .class("label"), text: legend)
        }
    }

    /// `firstID`: the day input's id, which the hint, the error and the summary's link hang on.
    private mutating func dateFieldset(name: String, firstID: String, hint: String?, labels: (day: String, month: String, year: String),
                                       value: (day: String, month: String, year: String), error: FieldError?,
                                       legend: (inout HTMLWriter) -> Void) {
        element(.div, .class(error == nil ? "field" : "field field--error")) { field in
            field.element(.fieldset, .role("group"), .aria(.describedby, Forms.describedBy(firstID, hint: hint, error: error))) { set in
                legend(&set)
                set.hint(hint, id: firstID)
                set.fieldError(error, id: firstID)
                set.element(.div, .class("date")) { date in
                    for (suffix, label, text, width) in [("day", labels.day, value.day, 2), ("month", labels.month, value.month, 2),
                                                         ("year", labels.year, value.year, 4)] {
                        let id = suffix == "day" ? firstID : "\(name)-\(suffix)"
                        date.element(.div, .class("date-part")) { part in
                            part.element(.label, .for(id), text: label)
                            part.void(.input, .type(.text), .inputmode(.numeric), .id(id), .name("\(name)-\(suffix)"), .value(text),
                                      .class("input input--\(width)"), .autocomplete("off"))
                        }
                    }
                }
            }
        }
    }

    /// A choice from a long list (the départements), as a labelled `<select>`.
    mutating func select(name: String, question: String, hint: String?, options: [Choice], selected: String?, placeholder: String, error: FieldError?) {
        element(.div, .class(error == nil ? "field" : "field field--error")) { field in
            field.element(.h1) { $0.element(.label, .for(name), text: question) }
            field.hint(hint, id: name)
            field.fieldError(error, id: name)
            field.element(.select, .id(name), .name(name), .class("select"), .aria(.describedby, Forms.describedBy(name, hint: hint, error: error))) { select in
                select.element(.option, .value(""), text: placeholder)
                for option in options {
                    select.element(.option, .value(option.value), .selected(option.value == selected), text: option.label)
                }
            }
        }
    }

    /// A multi-line text input with its label.
    mutating func textarea(name: String, label: String, hint: String? = nil, value: String = "", rows: Int = 5, error: FieldError?) {
        element(.div, .class(error == nil ? "field" : "field field--error")) { field in
            field.element(.label, .for(name), .class("label"), text: label)
            field.hint(hint, id: name)
            field.fieldError(error, id: name)
            field.element(.textarea, .id(name), .name(name), .rows(rows), .class("textarea"),
                          .aria(.describedby, Forms.describedBy(name, hint: hint, error: error)), text: value)
        }
    }

    /// Checkboxes, each with its own name (`prefix-value`), since a form's repeated names keep only the last.
    mutating func checkboxes(prefix: String, legend: String, choices: [Choice], checked: Set<String>, error: FieldError?) {
        let first = "\(prefix)-\(choices.first?.value ?? "")"
        element(.div, .class(error == nil ? "field" : "field field--error")) { field in
            field.element(.fieldset, .aria(.describedby, Forms.describedBy(first, hint: nil, error: error))) { set in
                set.element(.legend, .class("label"), text: legend)
                set.fieldError(error, id: first)
                set.element(.div, .class("checkboxes")) { boxes in
                    for choice in choices {
                        let id = "\(prefix)-\(choice.value)"
                        boxes.element(.div, .class("checkbox")) { box in
                            box.void(.input, .type(.checkbox), .id(id), .name(id), .value("on"), .checked(checked.contains(choice.value)))
                            box.element(.label, .for(id), text: choice.label)
                        }
                    }
                }
            }
        }
    }
}
