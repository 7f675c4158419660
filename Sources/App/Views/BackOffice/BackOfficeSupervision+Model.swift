import DCEMRules
import Foundation

/// The pick-up hours page as the controller fills it: the form (the saved calendar, or what the
/// supervisor typed), the closed days to come, and the next days' bookings.
struct BackOfficeCalendarModel: Sendable {
    /// A text field's value and its error.
    struct Field: Sendable {
        let value: String
        let error: FieldError?
    }

    /// One weekday's windows.
    struct Day: Sendable {
        let name: String
        let label: String
        let field: Field
    }

    struct ClosedDay: Sendable {
        let label: String
        let iso: String
        let reason: String?
        let removeLabel: String
    }

    /// A booking as the controller reads it.
    struct Booking: Sendable {
        let day: CivilDate
        let time: String
        let dossierID: UUID
        let reference: String
        let child: String
    }

    struct Appointment: Sendable {
        let day: String
        let time: String
        let reference: String
        let link: String
        let child: String
        /// Shown when the day was closed after the booking.
        let closedTag: String?
    }

    static let closedDaysAnchor = "jours-fermes"

    let serviceName: String
    let errors: [FieldError]
    let notice: String?
    let place: Field
    let days: [Day]
    let slotMinutes: Field
    let capacity: Field
    let closedDays: [ClosedDay]
    let closedDay: (day: String, month: String, year: String)
    let closedDayError: FieldError?
    let closedLabel: Field
    let appointmentsTitle: String
    let appointments: [Appointment]
    /// Said above the bookings when some fall on a closed day.
    let closedWarning: String?

    init(_ page: PageContext, agent: SignedInAgent, values: [String: String], errors: [FieldError], notice: String?, today: CivilDate,
         closedDays: [(CivilDate, String?)], appointments: [Booking], appointmentDays: Int) {
        let t = page.text.supervision
        func field(_ name: String) -> Field { Field(value: values[name] ?? "", error: errors.first { $0.fieldID == name }) }
        serviceName = agent.prefecture.serviceName
        self.errors = errors
        self.notice = notice
        place = field("place")
        days = (1...7).map { Day(name: "hours-\($0)", label: t.dayHoursLabel($0), field: field("hours-\($0)")) }
        slotMinutes = field("slotMinutes")
        capacity = field("capacity")
        self.closedDays = closedDays.map { day, reason in
            let label = DossierFormat.day(day, page)
            return ClosedDay(label: label, iso: day.iso, reason: reason, removeLabel: t.closedDayRemove(label))
        }
        closedDay = (values["closed-day"] ?? "", values["closed-month"] ?? "", values["closed-year"] ?? "")
        closedDayError = errors.first { $0.fieldID == "closed-day" }
        closedLabel = field("closed-label")
        appointmentsTitle = t.appointmentsTitle(appointmentDays)
        let closed = Set(closedDays.map(\.0))
        self.appointments = appointments.map { booking in
            Appointment(day: DossierFormat.day(booking.day, page), time: booking.time, reference: booking.reference,
                        link: SiteURL.backOfficeDossier(booking.dossierID).path, child: booking.child,
                        closedTag: closed.contains(booking.day) ? t.bookedOnClosedDay : nil)
        }
        let onClosed = self.appointments.filter { $0.closedTag != nil }.count
        closedWarning = onClosed > 0 ? t.bookedOnClosedDays(onClosed) : nil
    }
}

/// The préfecture's statistics in words and figures, ready to show; each figure is one of
/// `PrefectureStatistics`' own, so the same figure reads the same wherever it appears.
struct BackOfficeStatisticsModel: Sendable {
    struct Month: Sendable {
        /// "décembre 2026".
        let month: String
        let filed: String
        let decided: String
        let implicit: String
    }

    let serviceName: String
    /// The number of cases in each state but the draft.
    let perState: [SummaryRow]
    let totalFiled: String
    /// Explicit decisions, implicit refusals, and explicit decisions after an implicit refusal.
    let decisions: [String]
    /// The time from filing to explicit decision, median and 90th percentile.
    let delays: [String]
    /// Documents not collected, and the cases left out of the months for want of a day.
    let other: [String]
    let months: [Month]
    let total: Month

    init(_ page: PageContext, agent: SignedInAgent, statistics s: PrefectureStatistics) {
        let t = page.text.supervision
        serviceName = agent.prefecture.serviceName
        perState = DossierState.allCases.filter { $0 != .draft }.map { SummaryRow($0.label(in: page.language), String(s.perState[$0] ?? 0), page: page) }
        totalFiled = t.totalFiled(s.filed)
        decisions = [t.explicitDecisions(s.explicitDecisions, s.granted, s.refused), t.implicitRefusals(s.implicitRefusals)]
            + (s.decidedAfterImplicit > 0 ? [t.decidedAfterImplicit(s.decidedAfterImplicit)] : [])
        delays = [t.median(s.decisionDaysMedian), t.p90(s.decisionDaysP90)]
        other = [t.uncollected(s.uncollected)] + (s.undated > 0 ? [t.undated(s.undated)] : [])
        months = s.months.map { month in
            let parts = month.month.split(separator: "-").compactMap { Int($0) }
            let name = parts.count == 2 ? t.monthName(parts[0], parts[1]) : month.month
            return Month(month: name, filed: String(month.filed), decided: String(month.decided), implicit: String(month.implicit))
        }
        total = Month(month: t.totalRow, filed: String(s.months.map(\.filed).reduce(0, +)), decided: String(s.months.map(\.decided).reduce(0, +)),
                      implicit: String(s.months.map(\.implicit).reduce(0, +)))
    }
}
