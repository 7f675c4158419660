/// Dates that follow from a filing (rulings 2, 13, 14, 16).
public enum Deadlines {
    /// Ruling 2: silence for N months after the filing date means refusal (N = 4 until
    /// 2019-02-28, then 2; Décret n° 2014-1292). Same day N months later, or the last day of
    /// that month when it has no such day.
    public static func implicitRefusalDate(filedOn: CivilDate) -> CivilDate {
        filedOn.adding(months: Parameters.implicitRefusalMonths.value(on: filedOn))
    }

    /// Ruling 16 (CRPA L. 114-5): when the préfecture asked for missing documents, the delay
    /// runs again in full from the day the family provides them (or the day instruction resumes
    /// without them: `resume-instruction`, docs/states.md#transitions). The delay is the one
    /// that applies to the application, i.e. the one in force on its filing date.
    public static func implicitRefusalDate(restartedOn: CivilDate, filedOn: CivilDate) -> CivilDate {
        restartedOn.adding(months: Parameters.implicitRefusalMonths.value(on: filedOn))
    }

    /// Ruling 13: the last day a document made available on `availableOn` can be collected;
    /// after it the document is destroyed.
    public static func lastCollectionDay(availableOn: CivilDate) -> CivilDate {
        availableOn.adding(months: Parameters.uncollectedMonths.value)
    }

    /// Ruling 13, read backwards: the latest availability day whose last collection day is before
    /// `today`, so the documents made available on or before it are not collected in time. Calendar
    /// months have uneven lengths, so this steps from `today` minus the months to the exact day.
    public static func latestAvailabilityPastCollection(on today: CivilDate) -> CivilDate {
        var day = today.adding(months: -Parameters.uncollectedMonths.value)
        while lastCollectionDay(availableOn: day) >= today { day = day.adding(days: -1) }
        while lastCollectionDay(availableOn: day.adding(days: 1)) < today { day = day.adding(days: 1) }
        return day
    }

    /// Ruling 14: photos must be taken on or after this day.
    public static func earliestPhotoDate(filedOn: CivilDate) -> CivilDate {
        filedOn.adding(months: -Parameters.photoMaxAgeMonths.value)
    }
}
