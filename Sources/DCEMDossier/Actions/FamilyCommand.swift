import DCEMRules

/// The family asks for another appointment to collect the document (docs/states.md#postponement):
/// why, the first day they can come, and optionally when suits them best. The first day is a real
/// day the préfecture can use: after today, and no later than the last day to collect the document
/// (docs/law.md#rule-13), after which it is destroyed.
public struct PostponementRequestCommand: Equatable, Sendable {
    public let reason: String
    public let availableFrom: CivilDate
    /// "Mornings only", "not on Wednesdays": free text, optional.
    public let details: String?

    public init(reason: String, availableFrom: CivilDate, details: String?) {
        self.reason = reason
        self.availableFrom = availableFrom
        self.details = details
    }

    public enum Field: String, CaseIterable, Sendable {
        case reason
        case availableFrom = "available-from"
        case details = "dates"
    }

    public static let maxReason = 2000
    public static let maxDetails = 500

    /// The days the family may propose: from tomorrow to the last collection day, if known.
    public static func acceptsAvailableFrom(_ day: CivilDate, today: CivilDate, lastCollectionDay: CivilDate?) -> Bool {
        day > today && lastCollectionDay.map { day <= $0 } ?? true
    }

    public static func parse(_ fields: [String: String], today: CivilDate, lastCollectionDay: CivilDate?) -> Result<Self, ActionFieldErrors> {
        var form = ActionForm(fields)
        let reason = form.text(Field.reason.rawValue, .textArea, limit: maxReason, required: true)
        var from = form.day(Field.availableFrom.rawValue, required: true)
        if let day = from, !acceptsAvailableFrom(day, today: today, lastCollectionDay: lastCollectionDay) {
            form.fail(Field.availableFrom.rawValue + "-day", .invalidDate)
            from = nil
        }
        let details = form.text(Field.details.rawValue, .textArea, limit: maxDetails, required: false)
        return form.result(reason.flatMap { reason in from.map { Self(reason: reason, availableFrom: $0, details: details) } })
    }
}
