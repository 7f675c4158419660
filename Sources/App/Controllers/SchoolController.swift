import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// The school head's area and the préfecture's approval of heads (docs/pages.md#schools). A member
/// claims to head a school by its UAI code; a supervisor of the school's département decides. A
/// claim of another département answers 404.
struct SchoolController {
    let accounts: SchoolAccounts
    let trips: CollectiveTrips
    let now: @Sendable () -> Date

    func register(family: RouterGroup<FamilyRequestContext>, backOffice: RouterGroup<BackOfficeRequestContext>) {
        family.get(SiteURL.schoolArea.route) { request, context in
            try await area(notice: Self.notice(Notice(request), context.language), request: request, context: context)
        }
        family.post(SiteURL.schoolArea.route, use: claim)
        backOffice.get(SiteURL.backOfficeSchools.route) { request, context in
            let supervisor = try BackOfficeSupervisionController.supervisor(context)
            return try await desk(supervisor, notice: Notice(request) == .done ? context.language.catalog.school.decided : nil,
                                  request: request, context: context)
        }
        backOffice.post(SiteURL.backOfficeSchoolDecision(.key, .key).route, use: decide)
    }

    /// What the school's area confirms: a claim registered, a trip's draft deleted.
    static func notice(_ notice: Notice?, _ language: Language) -> String? {
        switch notice {
        case .done: language.catalog.school.registered
        case .draftDeleted: language.catalog.trip.deleted
        default: nil
        }
    }

    func area(errors: [FieldError] = [], values: [String: String] = [:], notice: String? = nil, status: HTTPResponse.Status = .ok,
              request: Request, context: FamilyRequestContext) async throws -> Response {
        let page = DossierController.page(context, .schoolArea)
        let claims = try await accounts.claims(of: context.userID)
        let model = SchoolAreaModel(page, claims: claims, errors: errors, values: values, notice: notice)
        let tripsModel = SchoolTripsModel(page, trips: try await trips.trips(of: context.userID), schools: claims.map(\.1),
                                          approved: try await trips.approvedSchools(of: context.userID))
        return try HTMLPage(status: status, html: SchoolAreaView.render(page, model, trips: tripsModel, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    @Sendable func claim(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let k = context.language.catalog.school
        var errors: [FieldError] = []
        var code: SchoolCode?
        switch SchoolCode.parse(form["uai"] ?? "") {
        case .success(let parsed): code = parsed
        case .failure(let problem): errors.append(FieldError(fieldID: "uai", message: problem.label(in: context.language)))
        }
        let school = form.trimmed("school") ?? "", head = form.trimmed("head") ?? ""
        let limit = 200
        if school.isEmpty { errors.append(FieldError(fieldID: "school", message: k.schoolNameMissing)) }
        else if school.count > limit { errors.append(FieldError(fieldID: "school", message: context.language.catalog.dossier.fieldTooLong(k.schoolNameLabel, limit))) }
        if head.isEmpty { errors.append(FieldError(fieldID: "head", message: k.headNameMissing)) }
        else if head.count > limit { errors.append(FieldError(fieldID: "head", message: context.language.catalog.dossier.fieldTooLong(k.headNameLabel, limit))) }
        if form["confirm-yes"] != "on" { errors.append(FieldError(fieldID: "confirm-yes", message: k.confirmMissing)) }
        guard let code, errors.isEmpty else {
            return try await area(errors: errors, values: form.values, status: .unprocessableContent, request: request, context: context)
        }
        _ = try await accounts.register(code, schoolName: school, headName: head, by: context.userID)
        return .seeOther(SiteURL.schoolArea.path(notice: .done))
    }

    func desk(_ supervisor: SignedInAgent, errors: [FieldError] = [], notice: String? = nil, status: HTTPResponse.Status = .ok,
              request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let page = PageContext(language: context.language, path: SiteURL.backOfficeSchools.path)
        let model = BackOfficeSchoolsModel(page, claims: try await accounts.claims(in: supervisor.prefecture.code), zone: supervisor.prefecture,
                                           errors: errors, notice: notice)
        return try HTMLPage(status: status, html: BackOfficeSchoolsView.render(page, model, agent: supervisor, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    @Sendable func decide(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let supervisor = try BackOfficeSupervisionController.supervisor(context)
        guard let raw = context.parameters.get("head"), let id = UUID(uuidString: raw),
              let decision = context.parameters.get("decision").flatMap(SchoolHeadDecision.init(rawValue:)) else { throw HTTPError(.notFound) }
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let k = context.language.catalog.school
        let field = "reason-\(id.uuidString.lowercased())"
        let reason = form.trimmed(field) ?? ""
        if decision == .refuse, reason.isEmpty || reason.count > 1_000 {
            let message = reason.isEmpty ? k.reasonMissing : context.language.catalog.dossier.fieldTooLong(k.refuseReasonLabel, 1_000)
            return try await desk(supervisor, errors: [FieldError(fieldID: field, message: message)], status: .unprocessableContent, request: request, context: context)
        }
        do {
            try await accounts.decide(id, approve: decision == .approve, reason: reason, by: supervisor.id, departement: supervisor.prefecture.code)
        } catch SchoolAccountError.notFound {
            throw HTTPError(.notFound)
        } catch SchoolAccountError.alreadyDecided {
            return try await desk(supervisor, notice: k.alreadyDecided, status: .conflict, request: request, context: context)
        }
        return .seeOther(SiteURL.backOfficeSchools.path(notice: .done))
    }
}
