/// The mails an issued DCEM owes its family before its dates (ruling 23, docs/law.md#rule-23):
/// renew before the validity ends, and what majority changes before the 18th birthday. Pure: the
/// scheduler sends each one once, on or after its day, while the document is still in force.

/// One reminder of an issued DCEM. The raw values are stored (one mail per document and kind).
public enum DocumentReminder: String, CaseIterable, Sendable, Codable {
    /// The first renewal reminder (4 months before the end): the renewal opens.
    case renewalFirst = "renewal-first"
    /// The last renewal reminder (1 month before the end).
    case renewalLast = "renewal-last"
    /// Three months before the 18th birthday: the document is void two months after it; ask for a
    /// residence permit.
    case majority

    /// The day it is due, for a document valid until `validUntil` whose holder was born on `birthDate`.
    public func dueOn(validUntil: CivilDate, birthDate: CivilDate?) -> CivilDate? {
        let months = Parameters.renewalReminderMonths.value
        switch self {
        case .renewalFirst: return validUntil.adding(months: -months[0])
        case .renewalLast: return validUntil.adding(months: -months[months.count - 1])
        case .majority:
            guard let birthDate else { return nil }
            return birthDate.adding(years: Parameters.majorityAge.value).adding(months: -Parameters.majorityReminderMonths.value)
        }
    }

    /// The reminders due on `today` and not yet sent, for a document in `state`. A document that
    /// ends at majority (validity end = the 18th birthday or after) is not to be renewed: a DCEM is
    /// for minors, so the renewal reminders give way to the majority one.
    public static func due(today: CivilDate, state: IssuedDocumentState, validUntil: CivilDate, birthDate: CivilDate?,
                           sent: Set<DocumentReminder>) -> [DocumentReminder] {
        guard state.isInForce, today <= validUntil else { return [] }
        let majority = birthDate.map { $0.adding(years: Parameters.majorityAge.value) }
        // A DCEM is for minors: one that ends at majority is not renewed.
        let renewable = majority.map { validUntil < $0 } ?? true
        let due = allCases.filter { reminder in
            guard !sent.contains(reminder), let day = reminder.dueOn(validUntil: validUntil, birthDate: birthDate), day <= today else { return false }
            switch reminder {
            // Once the last one went, the first has nothing to add.
            case .renewalFirst: return renewable && !sent.contains(.renewalLast)
            case .renewalLast: return renewable
            // Only while the birthday is ahead: after it, the lapse itself tells the family.
            case .majority: return majority.map { today < $0 } ?? false
            }
        }
        // A late pass (the service was down) sends the later renewal reminder only, not both.
        return due.contains(.renewalLast) ? due.filter { $0 != .renewalFirst } : due
    }

    /// From this day the family may start the renewal from the document (the first reminder's day).
    public static func renewalOpensOn(validUntil: CivilDate) -> CivilDate {
        validUntil.adding(months: -Parameters.renewalReminderMonths.value[0])
    }

    /// The day a renewal draft untouched since `lastTouched` is recalled.
    public static func renewalDraftReminderOn(lastTouched: CivilDate) -> CivilDate {
        lastTouched.adding(days: Parameters.renewalDraftReminderDays.value)
    }
}

/// Why a DCEM is withdrawn: which condition of issue is no longer met (ruling 20). Stored as codes,
/// worded by the catalog; the notice and the decision give them.
public enum WithdrawalGround: String, CaseIterable, Sendable, Codable {
    /// None of the cases of issue applies to the child any more (CESEDA L. 414-4).
    case noGround = "no-ground"
    /// The child no longer lives habitually in France.
    case residence
    /// The parent's right of residence, on which the DCEM rested, has ended.
    case parentRight = "parent-right"
    /// The DCEM was obtained on false statements or documents.
    case fraud
}
