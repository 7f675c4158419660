import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// What a supervisor manages for the préfecture (docs/pages.md#supervision): the pick-up hours,
/// and the statistics. Agents without the role get 403 with a page saying so.
struct BackOfficeSupervisionController {
    let database: @Sendable () -> any Database
    let now: @Sendable () -> Date

    /// How many days of bookings the hours page lists.
    static let appointmentDays = 14
    /// How far ahead a closed day may be set.
    static let closedDayYears = 2

    func register(on backOffice: RouterGroup<BackOfficeRequestContext>) {
        backOffice.get(SiteURL.backOfficeCalendar.route) { request, context -> Response in
            let agent = try Self.supervisor(context)
            var values: [String: String] = ["slotMinutes": "30", "capacity": "4"]
            if let calendar = try await PickupSlots.calendar(for: agent.prefecture.code, on: database()) {
                values = ["place": calendar.place, "slotMinutes": String(calendar.slotMinutes), "capacity": String(calendar.capacity)]
                for (day, windows) in calendar.hours?.windows ?? [:] { values["hours-\(day)"] = PickupHours.text(windows) }
            }
            let t = context.language.catalog
            let notice: String? = switch Notice(request) {
            case .done: t.dossierDesk.calendarSaved
            case .closedDayAdded: t.supervision.closedDayAdded
            case .closedDayRemoved: t.supervision.closedDayRemoved
            default: nil
            }
            return try await calendarPage(agent, values: values, errors: [], notice: notice, status: .ok, request: request, context: context)
        }
        backOffice.post(SiteURL.backOfficeCalendar.route, use: saveCalendar)
        backOffice.post(SiteURL.backOfficeClosedDays.route, use: addClosedDay)
        backOffice.post(SiteURL.backOfficeClosedDayRemove.route, use: removeClosedDay)
        backOffice.get(SiteURL.backOfficeStatistics.route) { request, context -> Response in
            let agent = try Self.supervisor(context)
            let statistics = try await PrefectureStatistics.load(prefecture: agent.prefecture.code, on: database())
            let page = Self.page(context, .backOfficeStatistics)
            let model = BackOfficeStatisticsModel(page, agent: agent, statistics: statistics)
            return try HTMLPage(html: BackOfficeSupervisionView.statistics(page, model, agent: agent, csrf: context.session.csrfToken))
                .response(from: request, context: context)
        }
    }

    /// The hours page: the form (saved or typed), the closed days to come, the next days' bookings.
    private func calendarPage(_ agent: SignedInAgent, values: [String: String], errors: [FieldError], notice: String?, status: HTTPResponse.Status,
                              request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let db = database()
        let today = agent.prefecture.today(at: now())
        let closed = try await PickupSlots.closedDays(for: agent.prefecture.code, from: today, on: db)
        let booked = try await PickupSlots.booked(prefecture: agent.prefecture.code, from: today, days: Self.appointmentDays, on: db)
        let ids = booked.map(\.dossierID)
        let dossiers = ids.isEmpty ? [] : try await Dossier.query(on: db).filter(\.$id ~~ ids).filter(\.$departement == agent.prefecture.code).all()
        let byID = Dictionary(uniqueKeysWithValues: dossiers.compactMap { dossier in dossier.id.map { ($0, dossier) } })
        let appointments = booked.compactMap { slot -> BackOfficeCalendarModel.Booking? in
            guard let dossier = byID[slot.dossierID], let day = CivilDate(iso: slot.day) else { return nil }
            return .init(day: day, time: slot.time, dossierID: slot.dossierID, reference: dossier.reference ?? "", child: dossier.childName ?? "")
        }
        let page = Self.page(context, .backOfficeCalendar)
        let model = BackOfficeCalendarModel(page, agent: agent, values: values, errors: errors, notice: notice, today: today,
                                            closedDays: closed.compactMap { day in CivilDate(iso: day.day).map { ($0, day.label) } },
                                            appointments: appointments, appointmentDays: Self.appointmentDays)
        return try HTMLPage(status: status, html: BackOfficeSupervisionView.calendar(page, model, agent: agent, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    /// The saved calendar's values, for a page answering another form (a closed day's).
    private func savedValues(_ agent: SignedInAgent) async throws -> [String: String] {
        guard let calendar = try await PickupSlots.calendar(for: agent.prefecture.code, on: database()) else {
            return ["slotMinutes": "30", "capacity": "4"]
        }
        var values = ["place": calendar.place, "slotMinutes": String(calendar.slotMinutes), "capacity": String(calendar.capacity)]
        for (day, windows) in calendar.hours?.windows ?? [:] { values["hours-\(day)"] = PickupHours.text(windows) }
        return values
    }

    static func page(_ context: BackOfficeRequestContext, _ url: SiteURL) -> PageContext {
        PageContext(language: context.language, path: url.path)
    }

    static func supervisor(_ context: BackOfficeRequestContext) throws -> SignedInAgent {
        let agent = try context.signedIn()
        guard agent.role == .supervisor else { throw HTTPError(.forbidden, message: context.language.catalog.dossierDesk.supervisorsOnly) }
        return agent
    }

    @Sendable func saveCalendar(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let agent = try Self.supervisor(context)
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let t = context.language.catalog.dossierDesk
        let s = context.language.catalog.supervision
        let place = String((form.trimmed("place") ?? "").prefix(300))
        var windows: [Int: [PickupWindow]] = [:]
        var unreadable: [PickupHours.Problem] = []
        for day in 1...7 {
            let typed = form["hours-\(day)"] ?? ""
            if let read = PickupHours.windows(typed) { windows[day] = read } else { unreadable.append(.day(day, .unreadable)) }
        }
        let hours = PickupHours(windows: windows, slotMinutes: form.trimmed("slotMinutes").flatMap { Int($0) } ?? 0,
                                capacity: form.trimmed("capacity").flatMap { Int($0) } ?? 0)
        var errors: [FieldError] = []
        if !TextInput.isAccepted(place, .singleLine) {
            // Printed on every convocation: one line, nothing invisible (`TextInput`).
            errors.append(FieldError(fieldID: "place", message: context.language.catalog.dossier.controlCharacters(t.calendarPlace)))
        } else if place.isEmpty {
            errors.append(FieldError(fieldID: "place", message: t.missing(t.calendarPlace)))
        }
        // An unreadable day is reported as such; a day left empty is closed, not an error, unless every day is.
        let problems = unreadable + hours.problems.filter { !(($0 == .noOpenDay) && !unreadable.isEmpty) }
        for problem in problems.sorted(by: { Self.order($0) < Self.order($1) }) {
            errors.append(FieldError(fieldID: problem.fieldID, message: s.hoursProblem(problem)))
        }
        guard errors.isEmpty else {
            return try await calendarPage(agent, values: form.values, errors: errors, notice: nil, status: .unprocessableContent,
                                          request: request, context: context)
        }
        let now = self.now()
        try await database().transaction { db in
            if let calendar = try await PickupSlots.calendar(for: agent.prefecture.code, on: db) {
                calendar.apply(hours, place: place, now: now)
                try await calendar.update(on: db)
            } else {
                try await PickupCalendar(prefecture: agent.prefecture.code, hours: hours, place: place, now: now).create(on: db)
            }
        }
        return .seeOther(SiteURL.backOfficeCalendar.path(notice: .done))
    }

    /// Errors in the form's order: the days, then the slot, then the capacity.
    private static func order(_ problem: PickupHours.Problem) -> Int {
        switch problem {
        case .noOpenDay: 1
        case .day(let weekday, _): weekday
        case .slotMinutes: 10
        case .capacity: 11
        }
    }

    @Sendable func addClosedDay(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let agent = try Self.supervisor(context)
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let s = context.language.catalog.supervision
        let today = agent.prefecture.today(at: now())
        let typed = DateAnswer(day: form["closed-day"] ?? "", month: form["closed-month"] ?? "", year: form["closed-year"] ?? "")
        let label = form.trimmed("closed-label")
        let last = today.adding(years: Self.closedDayYears)
        var errors: [FieldError] = []
        if let day = typed.civil {
            if day < today { errors.append(FieldError(fieldID: "closed-day", message: s.closedDayPast)) }
            if day > last { errors.append(FieldError(fieldID: "closed-day", message: s.closedDayTooFar(DossierFormat.day(last, Self.page(context, .backOfficeCalendar))))) }
        } else {
            errors.append(FieldError(fieldID: "closed-day", message: s.closedDayInvalid))
        }
        if let label, label.count > 100 || !TextInput.isAccepted(label, .singleLine) {
            errors.append(FieldError(fieldID: "closed-label", message: s.closedDayReasonInvalid))
        }
        guard errors.isEmpty, let day = typed.civil else {
            var values = try await savedValues(agent)
            for name in ["closed-day", "closed-month", "closed-year", "closed-label"] { values[name] = form[name] ?? "" }
            return try await calendarPage(agent, values: values, errors: errors, notice: nil, status: .unprocessableContent,
                                          request: request, context: context)
        }
        try await PickupSlots.close(day, label: label, prefecture: agent.prefecture.code, now: now(), on: database())
        return .seeOther(SiteURL.backOfficeCalendar.path(notice: .closedDayAdded, anchor: "#" + BackOfficeCalendarModel.closedDaysAnchor))
    }

    @Sendable func removeClosedDay(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let agent = try Self.supervisor(context)
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        guard let day = form.trimmed("day").flatMap(CivilDate.init(iso:)) else { throw HTTPError(.notFound) }
        try await PickupSlots.reopen(day, prefecture: agent.prefecture.code, on: database())
        return .seeOther(SiteURL.backOfficeCalendar.path(notice: .closedDayRemoved, anchor: "#" + BackOfficeCalendarModel.closedDaysAnchor))
    }
}
