import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird
import SQLKit

/// The préfecture's side of a school trip (docs/pages.md#the-prefectures-side-of-a-school-trip):
/// the tab, the trip's page, the pupils' documents and verdicts, the moves, messages and the
/// printable document. Every route reads the trip through the agent's préfecture: another
/// préfecture's trip, a draft or an unknown id all answer 404.
struct BackOfficeTripController {
    let desk: TripDesk
    let reader: QueueReader
    let files: any FileStorage
    let codes: VerificationCodes
    let publicURL: String

    func register(on backOffice: RouterGroup<BackOfficeRequestContext>) {
        backOffice.get(SiteURL.backOfficeTrips.route, use: queue)
        backOffice.get(SiteURL.backOfficeTrip(.key).route) { request, context in
            try await page(try await load(context), notice: Notice(request), request: request, context: context)
        }
        backOffice.get(SiteURL.backOfficeTripPiece(.key, .key).route, use: piece)
        backOffice.post(SiteURL.backOfficeTripVerdict(.key, .key).route, use: verdict)
        backOffice.post(SiteURL.backOfficeTripAction(.key, .key).route, use: act)
        backOffice.post(SiteURL.backOfficeTripMessages(.key).route, use: message)
        backOffice.get(SiteURL.backOfficeTripDocument(.key).route, use: document)
    }

    @Sendable func queue(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let agent = try context.signedIn()
        let today = agent.prefecture.today(at: desk.now())
        guard let sql = desk.database() as? any SQLDatabase else { throw HTTPError(.internalServerError) }
        let counts = try await reader.counts(prefecture: agent.prefecture.code, agent: agent.id, today: today, on: sql)
        let page = PageContext(language: context.language, path: SiteURL.backOfficeTrips.path)
        let model = BackOfficeTripsModel(page, agent: agent, caseCounts: counts, trips: try await desk.queue(prefecture: agent.prefecture.code), today: today)
        return try HTMLPage(html: BackOfficeTripsView.render(page, model, agent: agent, csrf: context.session.csrfToken)).response(from: request, context: context)
    }

    func load(_ context: BackOfficeRequestContext) async throws -> CollectiveTrip {
        guard let raw = context.parameters.get("trip"), let id = UUID(uuidString: raw) else { throw HTTPError(.notFound) }
        do {
            return try await desk.scoped(id, prefecture: try context.signedIn().prefecture.code)
        } catch TripDeskError.notFound {
            throw HTTPError(.notFound)
        }
    }

    func page(_ trip: CollectiveTrip, errors: [FieldError] = [], values: [String: String] = [:], notice: Notice? = nil,
              status: HTTPResponse.Status = .ok, request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let agent = try context.signedIn()
        let db = desk.database()
        guard let school = try await School.find(trip.schoolID, on: db) else { throw HTTPError(.notFound) }
        let head = try await SchoolHead.query(on: db).filter(\.$schoolID == school.id!).filter(\.$userID == trip.userID).first()
        let today = desk.today(of: trip)
        let events = try await desk.events(of: trip.id!)
        let ids = Array(Set(events.compactMap { $0.actor == CollectiveTravelActor.agent.rawValue ? $0.actorID : nil }))
        let agents = ids.isEmpty ? [] : try await Agent.query(on: db).filter(\.$id ~~ ids).all()
        let names = Dictionary(agents.compactMap { agent in agent.id.map { ($0, agent.name) } }, uniquingKeysWith: { first, _ in first })
        let t = context.language.catalog.tripDesk
        let text: String? = switch notice {
        case .done: t.done
        case .recorded: t.verdictRecorded
        case .messageSent: context.language.catalog.dossier.messageSent
        default: nil
        }
        let actions = trip.context(today: today).map { CollectiveTravelPolicy.agentTransitions(in: trip.currentState, context: $0) } ?? []
        let pageContext = PageContext(language: context.language, path: SiteURL.backOfficeTrip(trip.id!).path)
        let model = BackOfficeTripModel(pageContext, trip: trip, school: school, headName: head?.headName ?? "", pupils: try await TripPupil.query(on: db)
                                            .filter(\.$tripID == trip.id!).all(),
                                        documents: try await desk.documents(of: trip.id!), events: events, messages: try await desk.messages(of: trip.id!),
                                        agentNames: names, today: today, actions: actions,
                                        judging: CollectiveTravelPolicy.agent(.judgePupils, in: trip.currentState), errors: errors, values: values,
                                        notice: text)
        return try HTMLPage(status: status, html: BackOfficeTripView.render(pageContext, model, agent: agent, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    /// A pupil's document: an image shown in the browser, a PDF saved; never sniffed as another type.
    @Sendable func piece(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let trip = try await load(context)
        guard let raw = context.parameters.get("piece"), let id = UUID(uuidString: raw),
              let document = try await desk.document(id, of: trip.id!), let bytes = try await files.pieces(sha256: document.sha256) else {
            throw HTTPError(.notFound)
        }
        return Self.download(bytes, document)
    }

    /// A trip's file as both sides serve it: a picture shown (the printed list shows the photos), a
    /// PDF saved, never run as a page (`FileResponse`).
    static func download(_ bytes: (size: Int, pieces: StoredFilePieces), _ document: TripPupilDocument) -> Response {
        let isImage = document.mediaType.hasPrefix("image/")
        return FileResponse.make(bytes, mediaType: document.mediaType, name: "\(document.kind)-\(document.id!.uuidString.prefix(8).lowercased())",
                                 disposition: isImage ? .inline : .attachment)
    }

    // MARK: Verdicts

    @Sendable func verdict(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let trip = try await load(context)
        let agent = try context.signedIn()
        guard let pupilID = context.parameters.get("pupil").flatMap(UUID.init(uuidString:)) else { throw HTTPError(.notFound) }
        let key = pupilID.uuidString.lowercased()
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let t = context.language.catalog.tripDesk
        let name = "verdict-\(key)", noteName = "note-\(key)"
        let note = form.trimmed(noteName) ?? ""
        var errors: [FieldError] = []
        let verdict: PupilVerdict?
        switch form[name] {
        case "kept": verdict = .kept
        case let value? where value.hasPrefix("struck-off:"):
            verdict = PupilStrikeReason(rawValue: String(value.dropFirst("struck-off:".count))).map { .struckOff($0, note: note) }
        default: verdict = nil
        }
        if verdict == nil { errors.append(FieldError(fieldID: name, message: t.verdictMissing)) }
        if !TextInput.isAccepted(note, .singleLine) {
            errors.append(FieldError(fieldID: noteName, message: context.language.catalog.dossier.controlCharacters(t.strikeNoteLabel)))
        } else if note.count > 300 {
            errors.append(FieldError(fieldID: noteName, message: t.textTooLong(t.strikeNoteLabel, 300)))
        }
        if case let .struckOff(reason, _)? = verdict, reason == .other || reason == .notConcerned, note.isEmpty {
            errors.append(FieldError(fieldID: noteName, message: t.textMissing(t.strikeNoteLabel)))
        }
        guard let verdict, errors.isEmpty else {
            return try await page(trip, errors: errors, values: form.values, status: .unprocessableContent, request: request, context: context)
        }
        do {
            try await desk.judge(trip, pupil: pupilID, verdict, seen: form["seen-\(key)"] ?? "", by: agent.id)
        } catch TripDeskError.notFound {
            throw HTTPError(.notFound)
        } catch TripDeskError.conflict {
            return try await page(try await load(context), errors: [FieldError(fieldID: name, message: t.verdictChangedMeanwhile)], status: .conflict,
                                  request: request, context: context)
        } catch TripDeskError.notJudging {
            return try await page(try await load(context), errors: [FieldError(fieldID: "actions", message: t.notJudging)], status: .conflict,
                                  request: request, context: context)
        }
        return .seeOther(SiteURL.backOfficeTrip(trip.id!).path(notice: .recorded, anchor: "#eleve-\(key)"))
    }

    // MARK: Moves

    @Sendable func act(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let trip = try await load(context)
        let agent = try context.signedIn()
        // A move no agent ever makes is no address; one the state or the day forbids now is a 409.
        guard let action = context.parameters.get("action").flatMap(CollectiveTravelAction.init(rawValue:)),
              CollectiveTravelState.allCases.contains(where: { CollectiveTravelWorkflow.allowedActions(from: $0, for: .agent).contains(action) }) else {
            throw HTTPError(.notFound)
        }
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let t = context.language.catalog.tripDesk
        guard let version = form.trimmed(BackOfficeTripModel.versionField).flatMap(Int.init) else {
            return try await page(trip, errors: [FieldError(fieldID: "actions", message: t.versionMissing)], status: .unprocessableContent,
                                  request: request, context: context)
        }
        var input = TripMoveInput()
        var errors: [FieldError] = []
        let limit = 2_000
        func text(_ name: String, label: String, required: Bool) -> String {
            let value = (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            switch TextInput.check(value, .textArea) {
            case .failure: errors.append(FieldError(fieldID: name, message: context.language.catalog.dossier.controlCharactersInText(label)))
            case .success: break
            }
            if required, value.isEmpty { errors.append(FieldError(fieldID: name, message: t.textMissing(label))) }
            if value.count > limit { errors.append(FieldError(fieldID: name, message: t.textTooLong(label, limit))) }
            return value
        }
        switch action {
        case .requestDocuments:
            input.requestText = text("request-text", label: t.requestTextLabel, required: true)
            let answer = DateAnswer(day: form["reply-by-day"] ?? "", month: form["reply-by-month"] ?? "", year: form["reply-by-year"] ?? "")
            if let day = answer.civil {
                let today = desk.today(of: trip)
                if day <= today || (trip.departureDay.map { day > $0 } ?? false) {
                    errors.append(FieldError(fieldID: "reply-by-day", message: t.replyByPast))
                }
                input.replyBy = day
            } else {
                errors.append(FieldError(fieldID: "reply-by-day", message: t.dateInvalid(t.replyByLegend)))
            }
        case .refuse:
            input.refusals = CollectiveTravelRefusal.allCases.filter { form["refusal-\($0.rawValue)"] == "on" }
            if input.refusals.isEmpty {
                errors.append(FieldError(fieldID: "refusal-\(CollectiveTravelRefusal.allCases.first!.rawValue)", message: t.reasonsMissing))
            }
            input.refusalText = text("refusal-text", label: t.refuseTextLabel, required: false)
        default: break
        }
        guard errors.isEmpty else {
            return try await page(trip, errors: errors, values: form.values, status: .unprocessableContent, request: request, context: context)
        }
        do {
            try await desk.perform(action, on: trip.id!, by: .agent, actorID: agent.id, expectedVersion: version, input: input)
        } catch TripDeskError.notFound {
            throw HTTPError(.notFound)
        } catch TripDeskError.conflict {
            return try await refused(trip, t.conflict, request: request, context: context)
        } catch TripDeskError.workflow(let error) {
            return try await refused(trip, Self.message(error, context.language), request: request, context: context)
        } catch TripDeskError.decision(let problem) {
            // The verdicts are not complete: said with the pupils' names, nothing recorded.
            return try await page(try await load(context), errors: [FieldError(fieldID: "actions", message: try await problemText(problem, context.language))],
                                  status: .unprocessableContent, request: request, context: context)
        }
        return .seeOther(SiteURL.backOfficeTrip(trip.id!).path(notice: .done))
    }

    /// The state or the day forbids it, or someone moved first: 409, the page as it now stands.
    func refused(_ trip: CollectiveTrip, _ message: String, request: Request, context: BackOfficeRequestContext) async throws -> Response {
        try await page(try await load(context), errors: [FieldError(fieldID: "actions", message: message)], status: .conflict, request: request, context: context)
    }

    static func message(_ error: CollectiveTravelWorkflowError, _ language: Language) -> String {
        let t = language.catalog.tripDesk
        let format = { (day: CivilDate) in language.catalog.simulator.format(day) }
        return switch error {
        case .tooLate(_, let last): t.tooLate(format(last))
        case .tooEarly(_, let until): t.tooEarly(format(until))
        default: t.notAllowed
        }
    }

    func problemText(_ problem: CollectiveTravelDecision.Problem, _ language: Language) async throws -> String {
        let t = language.catalog.tripDesk
        func names(_ ids: [String]) async throws -> String {
            let uuids = ids.compactMap(UUID.init(uuidString:))
            let pupils = try await TripPupil.query(on: desk.database()).filter(\.$id ~~ uuids).all()
            return CollectiveTravel.alphabetical(pupils.compactMap(\.minor)).map(\.displayName).joined(separator: ", ")
        }
        return switch problem {
        case .verdictsPending(let ids): t.pendingPupils(try await names(ids))
        case .noteMissing(let ids): t.noteMissing(try await names(ids))
        case .noPupilKept: t.noPupilKept
        case .noReason: t.reasonsMissing
        }
    }

    // MARK: Messages

    @Sendable func message(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let trip = try await load(context)
        let agent = try context.signedIn()
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        switch DossierMessages.check(body: form["body"] ?? "", file: nil, text: context.language.catalog.dossier) {
        case .invalid(_, let errors):
            return try await page(trip, errors: errors, values: form.values, status: .unprocessableContent, request: request, context: context)
        case .valid(let body, _):
            try await desk.post(to: trip, by: .agent, authorID: agent.id, body: body)
            return .seeOther(SiteURL.backOfficeTrip(trip.id!).path(notice: .messageSent, anchor: "#messages"))
        }
    }

    // MARK: The document

    @Sendable func document(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let trip = try await load(context)
        guard CollectiveTravelPolicy.schoolHead(.printDocument, in: trip.currentState) else { throw HTTPError(.notFound) }
        let page = PageContext(language: context.language, path: SiteURL.backOfficeTripDocument(trip.id!).path)
        let model = TripDocumentModel(page, trip: trip, printable: try await desk.printable(trip, codes: codes), publicURL: publicURL) { SiteURL.backOfficeTripPiece(trip.id!, $0).path }
        return try HTMLPage(html: TripDocumentView.render(page, model, backLink: SiteURL.backOfficeTrip(trip.id!).path,
                                                    navigation: BackOfficeChrome.navigation(page, agent: try context.signedIn(), csrf: context.session.csrfToken))).response(from: request, context: context)
    }
}
