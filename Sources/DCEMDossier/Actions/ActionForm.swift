import DCEMRules

/// A field of an action's form that can not be taken as sent: the field's name (the input the
/// error summary links to) and what is wrong. The catalog words it in the agent's language.
public struct ActionFieldError: Equatable, Sendable {
    public let field: String
    public let problem: Problem

    public enum Problem: Equatable, Sendable {
        case missing
        /// Not a day that exists, or a day the action can not take.
        case invalidDate
        /// A control or invisible character (`TextInput`); `inTextArea`: line breaks were allowed.
        case controlCharacters(inTextArea: Bool)
        case tooLong(max: Int)
        /// A choice among several boxes, none ticked.
        case noneChosen
        case notANumber
    }

    public init(field: String, problem: Problem) {
        self.field = field
        self.problem = problem
    }
}

/// The errors of one form, all at once: the agent corrects every field in one go.
public struct ActionFieldErrors: Error, Equatable, Sendable {
    public let errors: [ActionFieldError]
    public init(_ errors: [ActionFieldError]) { self.errors = errors }
}

/// The fields of a form as sent (name → value), read the same way by every command.
public struct ActionForm: Sendable {
    public let values: [String: String]
    public private(set) var errors: [ActionFieldError] = []

    public init(_ values: [String: String]) { self.values = values }

    /// The longest free text an agent's action keeps, in characters: a reason, a request's why.
    public static let maxText = 2000
    public static let maxLine = 200

    /// A value, trimmed; nil when absent or blank.
    public func trimmed(_ name: String) -> String? {
        let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return value.isEmpty ? nil : value
    }

    public func isTicked(_ name: String) -> Bool { values[name] == "on" }

    public mutating func fail(_ field: String, _ problem: ActionFieldError.Problem) {
        errors.append(ActionFieldError(field: field, problem: problem))
    }

    /// A typed text, trimmed and checked (`TextInput`): nil when absent; an error naming the field
    /// when it holds a character it may not, or is longer than `limit` (never cut silently).
    public mutating func text(_ name: String, _ kind: TextInput.Kind, limit: Int, required: Bool) -> String? {
        guard let typed = trimmed(name) else {
            if required { fail(name, .missing) }
            return nil
        }
        switch TextInput.check(typed, kind) {
        case .failure:
            fail(name, .controlCharacters(inTextArea: kind == .textArea))
            return nil
        case .success(let normalised):
            guard normalised.count <= limit else {
                fail(name, .tooLong(max: limit))
                return nil
            }
            return normalised
        }
    }

    /// A day typed in three inputs `<name>-day`, `-month`, `-year`; the error names `<name>-day`.
    /// Nil and no error when all three are empty and the day is optional.
    public mutating func day(_ name: String, required: Bool) -> CivilDate? {
        let parts = [trimmed(name + "-day"), trimmed(name + "-month"), trimmed(name + "-year")]
        if parts.allSatisfy({ $0 == nil }) {
            // Left empty: asked for, rather than called a date that does not exist.
            if required { fail(name + "-day", .missing) }
            return nil
        }
        guard let day = parts[0].flatMap({ Int($0) }), let month = parts[1].flatMap({ Int($0) }),
              let yearText = parts[2], yearText.count == 4, let year = Int(yearText),
              let date = CivilDate(year: year, month: month, day: day) else {
            fail(name + "-day", .invalidDate)
            return nil
        }
        return date
    }

    /// `command` when no field failed, else every error.
    public func result<Command>(_ command: @autoclosure () -> Command?) -> Result<Command, ActionFieldErrors> {
        if errors.isEmpty, let command = command() { return .success(command) }
        return .failure(ActionFieldErrors(errors))
    }
}
