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

    func register(on backOffice: RouterGroup<BackOfficeRequestContext>) {
        backOffice.get(SiteURL.backOfficeCalendar.route) { request, context -> Response in
            let agent = try Self.supervisor(context)
            var values: [String: String] = ["slotMinutes": "30", "capacity": "4", "opens": "09:00", "closes": "12:00"]
            if let calendar = try await PickupSlots.calendar(for: agent.prefecture.code, on: database()) {
                values = ["place": calendar.place, "opens": calendar.opens, "closes": calendar.closes,
                          "slotMinutes": String(calendar.slotMinutes), "capacity": String(calendar.capacity)]
                for day in calendar.hours?.weekdays ?? [] { values["day-\(day)"] = "on" }
            }
            let notice = Notice(request) == .done ? context.language.catalog.dossierDesk.calendarSaved : nil
            let page = Self.page(context, .backOfficeCalendar)
            let model = BackOfficeCalendarModel(page, agent: agent, values: values, errors: [], notice: notice)
            return try HTMLPage(html: BackOfficeSupervisionView.calendar(page, model, agent: agent, csrf: context.session.csrfToken))
                .response(from: request, context: context)
        }
        backOffice.post(SiteURL.backOfficeCalendar.route, use: saveCalendar)
        backOffice.get(SiteURL.backOfficeStatistics.route) { request, context -> Response in
            let agent = try Self.supervisor(context)
            let statistics = try await PrefectureStatistics.load(prefecture: agent.prefecture.code, on: database())
            let page = Self.page(context, .backOfficeStatistics)
            let model = BackOfficeStatisticsModel(page, agent: agent, statistics: statistics)
            return try HTMLPage(html: BackOfficeSupervisionView.statistics(page, model, agent: agent, csrf: context.session.csrfToken))
                .response(from: request, context: context)
        }
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
        let place = String((form.trimmed("place") ?? "").prefix(300))
        let hours = PickupHours(weekdays: Set((1...7).filter { form["day-\($0)"] == "on" }),
                                opens: (form["opens"]).flatMap(PickupHours.minutes) ?? -1,
                                closes: (form["closes"]).flatMap(PickupHours.minutes) ?? -1,
                                slotMinutes: form.trimmed("slotMinutes").flatMap { Int($0) } ?? 0,
                                capacity: form.trimmed("capacity").flatMap { Int($0) } ?? 0)
        var errors: [FieldError] = []
        if !TextInput.isAccepted(place, .singleLine) {
            // Printed on every convocation: one line, nothing invisible (`TextInput`).
            errors.append(FieldError(fieldID: "place", message: context.language.catalog.dossier.controlCharacters(t.calendarPlace)))
        } else if place.isEmpty {
            errors.append(FieldError(fieldID: "place", message: t.missing(t.calendarPlace)))
        }
        for problem in hours.problems {
            let field = problem == .weekdays ? "day-1" : problem.rawValue
            errors.append(FieldError(fieldID: field, message: t.calendarProblem(problem)))
        }
        guard errors.isEmpty else {
            let page = Self.page(context, .backOfficeCalendar)
            let model = BackOfficeCalendarModel(page, agent: agent, values: form.values, errors: errors, notice: nil)
            return try HTMLPage(status: .unprocessableContent, html: BackOfficeSupervisionView.calendar(page, model, agent: agent, csrf: context.session.csrfToken))
                .response(from: request, context: context)
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
}
