import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// A school trip's request on the head's side (docs/pages.md#school-trips): start one for an
/// approved school, fill in the trip, add pupils one by one or from a CSV file, file it. Every route
/// checks the trip is the head's own: any other id answers 404.
struct SchoolTripController {
    let trips: CollectiveTrips
    let documents: TripPupilDocuments
    let desk: TripDesk
    let files: any FileStorage
    let codes: VerificationCodes
    let rateLimiter: any RateLimiter
    let now: @Sendable () -> Date

    func register(on family: RouterGroup<FamilyRequestContext>) {
        family.post(SiteURL.schoolTrips.route, use: start)
        family.get(SiteURL.schoolTrip(.key).route) { request, context in
            let trip = try await load(context)
            return try await page(trip, notice: notice(Notice(request), context), request: request, context: context)
        }
        family.post(SiteURL.schoolTripDetails(.key).route, use: saveDetails)
        family.post(SiteURL.schoolTripPupils(.key).route, use: addPupil)
        family.post(SiteURL.schoolTripPupilRemove(.key, .key).route, use: removePupil)
        family.post(SiteURL.schoolTripImport(.key).route, use: importPupils)
        family.post(SiteURL.schoolTripFiling(.key).route, use: file)
        family.post(SiteURL.schoolTripDelete(.key).route, use: deleteDraft)
        family.get(SiteURL.schoolTripAttestation(.key).route) { request, context in
            let trip = try await load(context)
            guard let school = try await School.find(trip.schoolID, on: trips.database()) else { throw HTTPError(.notFound) }
            let head = try await SchoolHead.query(on: trips.database()).filter(\.$schoolID == school.id!).filter(\.$userID == context.userID).first()
            let page = DossierController.page(context, .schoolTripAttestation(trip.id!))
            let photos = try await documents.current(of: trip.id!).compactMapValues { $0[.photo]?.id }
            let model = TripAttestationModel(page, trip: trip, school: school, headName: head?.headName ?? "", pupils: try await trips.pupils(of: trip.id!),
                                             photos: photos)
            return try HTMLPage(html: TripAttestationView.render(page, model, backLink: SiteURL.schoolTrip(trip.id!).path)).response(from: request, context: context)
        }
        family.post(SiteURL.schoolTripAction(.key, .key).route, use: act)
        family.post(SiteURL.schoolTripMessages(.key).route, use: message)
        family.get(SiteURL.schoolTripDocument(.key).route, use: document)
        family.get(SiteURL.schoolPupilTemplate.route) { _, _ in
            var response = Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"eleves.csv\""],
                                    body: .init(byteBuffer: ByteBuffer(string: PupilCSV.template)))
            response.headers[.cacheControl] = "no-store"
            return response
        }
    }

    func load(_ context: FamilyRequestContext) async throws -> CollectiveTrip {
        guard let raw = context.parameters.get("trip"), let id = UUID(uuidString: raw) else { throw HTTPError(.notFound) }
        do {
            return try await trips.owned(id, by: context.userID)
        } catch TripError.notFound {
            throw HTTPError(.notFound)
        }
    }

    func notice(_ notice: Notice?, _ context: FamilyRequestContext) -> String? {
        let t = context.language.catalog.trip
        switch notice {
        case .done: return t.saved
        case .messageSent: return context.language.catalog.dossier.messageSent
        case .withdrawn, .answered: return context.language.catalog.tripDesk.done
        default: return nil
        }
    }

    func page(_ trip: CollectiveTrip, values: [String: String]? = nil, errors: [FieldError] = [], importErrors: [String] = [], refusals: [String] = [],
              notice: String? = nil, status: HTTPResponse.Status = .ok, request: Request, context: FamilyRequestContext) async throws -> Response {
        let page = DossierController.page(context, .schoolTrip(trip.id!))
        guard let school = try await School.find(trip.schoolID, on: trips.database()) else { throw HTTPError(.notFound) }
        let today = (Departement(code: trip.departement) ?? .paris).today(at: now())
        let merged = values.map { SchoolTripModel.values(of: trip).merging($0) { $1 } }
        let pupils = try await trips.pupils(of: trip.id!)
        let present = try await documents.current(of: trip.id!).mapValues { Set($0.keys) }
        let missing = trip.currentState == .draft ? try await trips.missingDocuments(trip, pupils: pupils) : []
        var model = SchoolTripModel(page, trip: trip, school: school, pupils: pupils, today: today, present: present, missing: missing,
                                    values: merged, errors: errors, importErrors: importErrors, refusals: refusals, notice: notice)
        if trip.currentState != .draft {
            model.follow = SchoolTripFollowModel(page, trip: trip, pupils: pupils, events: try await desk.events(of: trip.id!),
                                                 messages: try await desk.messages(of: trip.id!), errors: errors, values: values ?? [:])
        }
        return try HTMLPage(status: status, html: SchoolTripView.render(page, model, csrf: context.session.csrfToken)).response(from: request, context: context)
    }

    /// A refusal of the trips' service as the page says it.
    func refused(_ error: TripError, request: Request, context: FamilyRequestContext) async throws -> Response {
        let t = context.language.catalog.trip
        if error == .notFound { throw HTTPError(.notFound) }
        let fresh = try await load(context)
        let message: String = switch error {
        case .notADraft: t.notADraft
        case .notApproved: t.notApproved
        case .tooManyPupils: t.tooManyPupils(PupilCSV.maxPupils)
        case .documentsClosed: t.documentsClosed
        default: t.conflict
        }
        return try await page(fresh, notice: message, status: .conflict, request: request, context: context)
    }

    @Sendable func start(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        guard let school = form["school"].flatMap(UUID.init(uuidString:)) else { throw HTTPError(.notFound) }
        do {
            let trip = try await trips.start(for: school, by: context.userID)
            return .seeOther(SiteURL.schoolTrip(trip.id!).path)
        } catch TripError.notApproved {
            throw HTTPError(.notFound)
        }
    }

    @Sendable func saveDetails(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let trip = try await load(context)
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let t = context.language.catalog.trip
        var errors: [FieldError] = []
        let today = (Departement(code: trip.departement) ?? .paris).today(at: now())
        let offered = CollectiveTrips.offeredDestinations(on: today)
        let chosen = offered.filter { form["destination-\($0.code)"] == "on" }.sorted()
        let firstBox = "destination-\(offered.first?.code ?? "")"
        if chosen.isEmpty { errors.append(FieldError(fieldID: firstBox, message: t.destinationsMissing)) }
        func date(_ name: String) -> CivilDate? {
            let answer = DateAnswer(day: form["\(name)-day"] ?? "", month: form["\(name)-month"] ?? "", year: form["\(name)-year"] ?? "")
            guard let day = answer.civil else { errors.append(FieldError(fieldID: "\(name)-day", message: t.dateInvalid)); return nil }
            return day
        }
        let departure = date("departure"), returnOn = date("return")
        if let departure, let returnOn, returnOn < departure { errors.append(FieldError(fieldID: "return-day", message: t.returnBeforeDeparture)) }
        if let departure {
            // A destination the document can not name (Ireland) is refused here, with the rule's reason.
            for country in chosen {
                if let reason = CollectiveTravel.destinationRefusal(country, departure: departure) {
                    errors.append(FieldError(fieldID: "destination-\(country.code)", message: t.destinationRefused(country.frenchName, reason.label(in: context.language))))
                }
            }
        }
        let limit = 200
        func text(_ name: String, required: Bool, max: Int = limit, label: String) -> String {
            let value = form.trimmed(name) ?? ""
            if required, value.isEmpty { errors.append(FieldError(fieldID: name, message: t.textMissing)) }
            if value.count > max { errors.append(FieldError(fieldID: name, message: context.language.catalog.dossier.fieldTooLong(label, max))) }
            return value
        }
        let place = text("place", required: true, label: t.placeLabel)
        let teacher = text("teacher", required: true, label: t.teacherLabel)
        let adults = text("adults", required: false, max: 2_000, label: t.adultsLabel)
        guard errors.isEmpty else {
            return try await page(trip, values: form.values, errors: errors, status: .unprocessableContent, request: request, context: context)
        }
        do {
            try await trips.saveDetails(trip.id!, TripDetails(destinations: chosen, departure: departure, returnOn: returnOn, placeOfStay: place,
                                                              teacherName: teacher, teacherOfSchool: form["teacher-of-school-yes"] == "on", adults: adults),
                                        by: context.userID, expectedVersion: form["version"].flatMap(Int.init))
        } catch let error as TripError {
            return try await refused(error, request: request, context: context)
        }
        return .seeOther(SiteURL.schoolTrip(trip.id!).path(notice: .done))
    }

    @Sendable func addPupil(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let trip = try await load(context)
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let t = context.language.catalog.trip
        var errors: [FieldError] = []
        func text(_ name: String) -> String {
            let value = form.trimmed(name) ?? ""
            if value.isEmpty { errors.append(FieldError(fieldID: name, message: t.textMissing)) }
            if value.count > PupilCSV.maxFieldLength {
                errors.append(FieldError(fieldID: name, message: context.language.catalog.dossier.fieldTooLong(name, PupilCSV.maxFieldLength)))
            }
            return value
        }
        let surname = text("pupil-surname"), given = text("pupil-given")
        let birth = DateAnswer(day: form["pupil-birth-day"] ?? "", month: form["pupil-birth-month"] ?? "", year: form["pupil-birth-year"] ?? "").civil
        if birth == nil { errors.append(FieldError(fieldID: "pupil-birth-day", message: t.dateInvalid)) }
        let place = text("pupil-place")
        let typed = form.trimmed("pupil-nationality") ?? ""
        let nationality = Country(frenchNameOrCode: typed)
        if nationality == nil { errors.append(FieldError(fieldID: "pupil-nationality", message: typed.isEmpty ? t.textMissing : t.nationalityUnknown)) }
        guard let birth, let nationality, errors.isEmpty else {
            return try await page(trip, values: form.values, errors: errors, status: .unprocessableContent, request: request, context: context)
        }
        let minor = CollectiveTravelMinor(surname: surname, givenNames: given, birthDate: birth, birthPlace: place, nationalities: [nationality],
                                          holdsValidDCEM: form["pupil-dcem-yes"] == "on")
        do {
            try await trips.addPupils(trip.id!, [minor], by: context.userID)
        } catch let error as TripError {
            return try await refused(error, request: request, context: context)
        }
        return .seeOther(SiteURL.schoolTrip(trip.id!).path(notice: .done))
    }

    @Sendable func removePupil(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let trip = try await load(context)
        guard let pupil = context.parameters.get("pupil").flatMap(UUID.init(uuidString:)) else { throw HTTPError(.notFound) }
        do {
            try await trips.removePupil(trip.id!, pupil: pupil, by: context.userID)
        } catch let error as TripError {
            return try await refused(error, request: request, context: context)
        }
        return .seeOther(SiteURL.schoolTrip(trip.id!).path(notice: .done))
    }

    /// Deletes the draft once the box is ticked; the school's area says so.
    @Sendable func deleteDraft(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let trip = try await load(context)
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        guard form[SchoolTripModel.deleteConfirmField] == "on" else {
            let error = FieldError(fieldID: SchoolTripModel.deleteConfirmField, message: context.language.catalog.trip.deleteConfirmMissing)
            return try await page(trip, errors: [error], status: .unprocessableContent, request: request, context: context)
        }
        do {
            try await trips.deleteDraft(trip.id!, by: context.userID)
        } catch let error as TripError {
            return try await refused(error, request: request, context: context)
        }
        return .seeOther(SiteURL.schoolArea.path(notice: .draftDeleted))
    }

    /// A CSV file of pupils: every line's errors named, and none added while any remains.
    @Sendable func importPupils(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let trip = try await load(context)
        let t = context.language.catalog.trip, d = context.language.catalog.dossier
        if let wait = try await rateLimiter.hit(.uploadsPerUser, key: context.userID.uuidString, now: now()) {
            return try AccountController.tooMany(DossierController.page(context, .schoolTrip(trip.id!)), seconds: wait, request: request, context: context)
        }
        let form: MultipartForm
        do {
            form = try await MultipartUpload.read(request, storingFilesIn: nil, maxFileSize: 1 << 20)
        } catch .fileTooLarge, .bodyTooLarge {
            return try await page(trip, errors: [FieldError(fieldID: "csv-file", message: d.fileTooLarge)], status: .unprocessableContent, request: request, context: context)
        } catch {
            return try await page(trip, errors: [FieldError(fieldID: "csv-file", message: d.uploadMalformed)], status: .unprocessableContent, request: request, context: context)
        }
        // Read into memory (`storingFilesIn: nil`): a list of at most 1 MiB, parsed, never kept.
        guard let bytes = form.files.first(where: { $0.size > 0 })?.bytes else {
            return try await page(trip, errors: [FieldError(fieldID: "csv-file", message: t.fileMissing)], status: .unprocessableContent, request: request, context: context)
        }
        let today = (Departement(code: trip.departement) ?? .paris).today(at: now())
        let parsed = PupilCSV.parse(PupilCSV.decode(Array(bytes.readableBytesView)), today: today)
        guard parsed.errors.isEmpty else {
            return try await page(trip, importErrors: parsed.errors.map { $0.message(in: context.language) }, status: .unprocessableContent,
                                  request: request, context: context)
        }
        do {
            try await trips.addPupils(trip.id!, parsed.pupils.map(\.minor), by: context.userID)
        } catch let error as TripError {
            return try await refused(error, request: request, context: context)
        }
        return try await page(try await load(context), notice: t.imported(parsed.pupils.count), request: request, context: context)
    }

    @Sendable func file(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let trip = try await load(context)
        do {
            let filed = try await trips.file(trip.id!, by: context.userID)
            return .seeOther(SiteURL.schoolTrip(filed.id!).path)
        } catch TripError.refused(let reasons) {
            return try await page(trip, refusals: reasons.map { $0.label(in: context.language) }, status: .unprocessableContent, request: request, context: context)
        } catch TripError.documentsMissing(let missing) {
            // Each pupil on the document named, with each document still missing.
            let t = context.language.catalog.trip
            let names = Dictionary(uniqueKeysWithValues: try await trips.pupils(of: trip.id!).compactMap { pupil in pupil.minor.map { (pupil.id!, $0.displayName) } })
            let lines = missing.map { entry in t.missingRefusal(names[entry.pupil] ?? "", entry.documents.map(t.documentShort)) }
            return try await page(trip, refusals: lines, status: .unprocessableContent, request: request, context: context)
        } catch TripError.workflow(let error) {
            let message: String = switch error {
            case .tooLate(_, let last): context.language.catalog.trip.tooLateAlready(DossierFormat.day(last, DossierController.page(context, .schoolTrip(trip.id!))))
            default: context.language.catalog.trip.notADraft
            }
            return try await page(trip, refusals: [message], status: .unprocessableContent, request: request, context: context)
        } catch let error as TripError {
            return try await refused(error, request: request, context: context)
        }
    }

    // MARK: After filing (docs/pages.md#the-prefectures-side-of-a-school-trip)

    /// The head's moves after filing: withdraw (confirmed) and send the documents asked; the
    /// workflow decides, the version read with the page must still hold.
    @Sendable func act(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let trip = try await load(context)
        guard let action = context.parameters.get("action").flatMap(CollectiveTravelAction.init(rawValue:)),
              action == .withdraw || action == .answerRequest else { throw HTTPError(.notFound) }
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let t = context.language.catalog.tripDesk
        guard let version = form.trimmed(BackOfficeTripModel.versionField).flatMap(Int.init) else {
            return try await page(trip, refusals: [t.versionMissing], status: .unprocessableContent, request: request, context: context)
        }
        if action == .withdraw, form["confirm-withdraw-yes"] != "on" {
            return try await page(trip, errors: [FieldError(fieldID: "confirm-withdraw-yes", message: t.withdrawConfirmMissing)],
                                  status: .unprocessableContent, request: request, context: context)
        }
        do {
            try await desk.perform(action, on: trip.id!, by: .schoolHead, actorID: context.userID, expectedVersion: version)
        } catch TripDeskError.notFound {
            throw HTTPError(.notFound)
        } catch TripDeskError.conflict {
            return try await page(try await load(context), refusals: [t.conflict], status: .conflict, request: request, context: context)
        } catch TripDeskError.workflow(let error) {
            return try await page(try await load(context), refusals: [BackOfficeTripController.message(error, context.language)], status: .conflict,
                                  request: request, context: context)
        }
        return .seeOther(SiteURL.schoolTrip(trip.id!).path(notice: action == .withdraw ? .withdrawn : .answered))
    }

    @Sendable func message(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let trip = try await load(context)
        guard CollectiveTravelPolicy.schoolHead(.writeMessage, in: trip.currentState) else { throw HTTPError(.notFound) }
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        switch DossierMessages.check(body: form["body"] ?? "", file: nil, text: context.language.catalog.dossier) {
        case .invalid(_, let errors):
            return try await page(trip, values: form.values, errors: errors, status: .unprocessableContent, request: request, context: context)
        case .valid(let body, _):
            try await desk.post(to: trip, by: .schoolHead, authorID: context.userID, body: body)
            return .seeOther(SiteURL.schoolTrip(trip.id!).path(notice: .messageSent, anchor: "#messages"))
        }
    }

    /// The printable document, once the préfecture made it available (policy `printDocument`).
    @Sendable func document(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let trip = try await load(context)
        guard CollectiveTravelPolicy.schoolHead(.printDocument, in: trip.currentState) else { throw HTTPError(.notFound) }
        let page = DossierController.page(context, .schoolTripDocument(trip.id!))
        let model = TripDocumentModel(page, trip: trip, printable: try await desk.printable(trip, codes: codes), publicURL: trips.publicURL) { SiteURL.schoolTripFile(trip.id!, $0).path }
        return try HTMLPage(html: TripDocumentView.render(page, model, backLink: SiteURL.schoolTrip(trip.id!).path)).response(from: request, context: context)
    }
}
