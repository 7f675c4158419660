import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// Each pupil's documents on the head's side (docs/pages.md#school-trips): the pupil's page with
/// its four slots, an upload per slot, the download of the head's own files. The trip is the
/// head's own and the pupil on it, or 404; files are checked by content (`FileSniffer`), limited
/// while streaming, stored by hash, as a DCEM case's are.
struct SchoolTripDocumentsController {
    let trips: SchoolTripController
    let documents: TripPupilDocuments
    let rateLimiter: any RateLimiter
    let now: @Sendable () -> Date

    func register(on family: RouterGroup<FamilyRequestContext>) {
        family.get(SiteURL.schoolTripPupil(.key, .key).route) { request, context in
            let (trip, pupil) = try await load(context)
            let notice = Notice(request) == .done ? context.language.catalog.trip.documentUploaded : nil
            return try await page(trip, pupil, notice: notice, request: request, context: context)
        }
        family.post(SiteURL.schoolTripPupilUpload(.key, .key, .key).route, use: upload)
        family.get(SiteURL.schoolTripFile(.key, .key).route, use: download)
    }

    /// The head's trip and one of its pupils; anything else is not found.
    func load(_ context: FamilyRequestContext) async throws -> (CollectiveTrip, TripPupil) {
        let trip = try await trips.load(context)
        guard let id = context.parameters.get("pupil").flatMap(UUID.init(uuidString:)),
              let pupil = try await TripPupil.query(on: trips.trips.database()).filter(\.$id == id).filter(\.$tripID == trip.id!).first() else {
            throw HTTPError(.notFound)
        }
        return (trip, pupil)
    }

    func page(_ trip: CollectiveTrip, _ pupil: TripPupil, errors: [FieldError] = [], notice: String? = nil, status: HTTPResponse.Status = .ok,
              request: Request, context: FamilyRequestContext) async throws -> Response {
        guard let minor = pupil.minor else { throw HTTPError(.notFound) }
        let page = DossierController.page(context, .schoolTripPupil(trip.id!, pupil.id!))
        var exclusion: CollectiveTravelExclusion? = nil
        if let departure = trip.departureDay, let returnOn = trip.returnDay,
           let checked = try await trips.trips.checked([pupil], returnOn: returnOn).first {
            exclusion = CollectiveTravel.exclusion(of: checked.minor, departure: departure, returnOn: returnOn)
        }
        let model = TripPupilModel(page, trip: trip, pupil: pupil, minor: minor, exclusion: exclusion,
                                   current: try await documents.current(of: trip.id!)[pupil.id!] ?? [:],
                                   mayUpload: CollectiveTravelPolicy.schoolHead(.uploadPupilDocument, in: trip.currentState),
                                   errors: errors, notice: notice, csrf: context.session.csrfToken)
        return try HTMLPage(status: status, html: TripPupilView.render(page, model)).response(from: request, context: context)
    }

    @Sendable func upload(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let (trip, pupil) = try await load(context)
        guard let kind = context.parameters.get("kind").flatMap(CollectiveTravelDocument.init(pathSegment:)) else { throw HTTPError(.notFound) }
        let t = context.language.catalog.trip, d = context.language.catalog.dossier
        // A filed trip takes no file, until the préfecture asks for documents.
        guard CollectiveTravelPolicy.schoolHead(.uploadPupilDocument, in: trip.currentState) else {
            return try await page(trip, pupil, notice: t.documentsClosed, status: .conflict, request: request, context: context)
        }
        if let wait = try await rateLimiter.hit(.uploadsPerUser, key: context.userID.uuidString, now: now()) {
            return try AccountController.tooMany(DossierController.page(context, .schoolTripPupil(trip.id!, pupil.id!)), seconds: wait,
                                                 request: request, context: context)
        }
        let field = TripPupilModel.fieldID(kind)
        let file: KeptFile
        switch await DossierDocumentsController.readFile(request, files: documents.files, text: d, photos: kind == .photo) {
        case .invalid(let message, _):
            return try await page(trip, pupil, errors: [FieldError(fieldID: field, message: message)], status: .unprocessableContent,
                                  request: request, context: context)
        case .file(let kept, _) where !TripPupilDocuments.accepts(kept.kind, for: kind):
            return try await page(trip, pupil, errors: [FieldError(fieldID: field, message: d.photoNotImage)], status: .unprocessableContent,
                                  request: request, context: context)
        case .file(let kept, _):
            file = kept
        }
        do {
            try await documents.record(trip: trip.id!, pupil: pupil.id!, kind: kind, file: file, by: context.userID)
        } catch TripError.notFound {
            throw HTTPError(.notFound)
        } catch let error as TripError where error == .documentsClosed || error == .conflict {
            let (fresh, pupil) = try await load(context)
            return try await page(fresh, pupil, notice: error == .conflict ? t.conflict : t.documentsClosed, status: .conflict,
                                  request: request, context: context)
        }
        return .seeOther(SiteURL.schoolTripPupil(trip.id!, pupil.id!).path(notice: .done, anchor: "#piece-\(kind.pathSegment)"))
    }

    /// The head's own file: a picture shown (the list prints the photos), a PDF saved, never run
    /// as a page (`FileResponse`).
    @Sendable func download(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let trip = try await trips.load(context)
        guard let id = context.parameters.get("file").flatMap(UUID.init(uuidString:)),
              let file = try await documents.file(id, of: trip.id!),
              let bytes = try await documents.files.pieces(sha256: file.sha256) else { throw HTTPError(.notFound) }
        return BackOfficeTripController.download(bytes, file)
    }
}
