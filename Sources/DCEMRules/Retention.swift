/// How long personal data is kept (docs/law.md#rule-24, the service's choice): the dates only;
/// the scheduler of the web layer reads them and acts.
public enum Retention {
    /// A draft last touched on `lastTouched` is deleted on this day: the same day
    /// `Parameters.draftRetentionMonths` later, or the last day of that month when it has no such day.
    public static func draftDeletionOn(lastTouched: CivilDate) -> CivilDate {
        lastTouched.adding(months: Parameters.draftRetentionMonths.value)
    }

    /// The day the family is told of that deletion: `Parameters.draftDeletionNoticeDays` before it.
    public static func draftDeletionNoticeOn(lastTouched: CivilDate) -> CivilDate {
        draftDeletionOn(lastTouched: lastTouched).adding(days: -Parameters.draftDeletionNoticeDays.value)
    }

    /// The deletion day a notice sent on `noticeSentOn` announces: the draft's own deletion day,
    /// or later when the notice goes out late (the service was stopped), so that the family always
    /// has the full notice period.
    public static func announcedDeletionOn(lastTouched: CivilDate, noticeSentOn: CivilDate) -> CivilDate {
        max(draftDeletionOn(lastTouched: lastTouched), noticeSentOn.adding(days: Parameters.draftDeletionNoticeDays.value))
    }

    /// A decided case is purged on this day: `Parameters.caseRetentionYears` after the later of its
    /// decision day and the last day of its document's validity (when a document was granted).
    /// 29 February becomes 28 February in a common year, as every year count does (ruling 18).
    public static func purgeOn(decidedOn: CivilDate, validUntil: CivilDate?) -> CivilDate {
        let later = validUntil.map { max($0, decidedOn) } ?? decidedOn
        return later.adding(years: Parameters.caseRetentionYears.value)
    }

    /// The latest day a draft may have been last touched on and be due for its notice on `today`:
    /// the drafts touched on or before it are. Calendar months have uneven lengths, so this steps
    /// to the exact day, like `Deadlines.latestAvailabilityPastCollection`.
    public static func latestTouchDueForNotice(on today: CivilDate) -> CivilDate {
        latest(on: today, due: draftDeletionNoticeOn(lastTouched:))
    }

    /// The latest day a draft may have been last touched on and be due for deletion on `today`.
    public static func latestTouchDueForDeletion(on today: CivilDate) -> CivilDate {
        latest(on: today, due: draftDeletionOn(lastTouched:))
    }

    /// The latest `d` with `due(d) <= today`; `due` never decreases as `d` grows.
    static func latest(on today: CivilDate, due: (CivilDate) -> CivilDate) -> CivilDate {
        var day = today.adding(months: -Parameters.draftRetentionMonths.value)
        while due(day) > today { day = day.adding(days: -1) }
        while due(day.adding(days: 1)) <= today { day = day.adding(days: 1) }
        return day
    }
}
