import Crypto
import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// Why a move on a filed trip was not recorded; nothing changed.
enum TripDeskError: Error, Equatable {
    /// Not there, a draft, or of another préfecture (or another head): the same answer.
    case notFound
    /// The trip moved since the form was shown (a colleague, another tab, a double submit).
    case conflict
    /// The state or the day forbids it.
    case workflow(CollectiveTravelWorkflowError)
    /// The grant as asked can not be taken (pupils not judged, none kept, a note missing).
    case decision(CollectiveTravelDecision.Problem)
    /// A verdict outside the instruction.
    case notJudging
}

/// What a move's form carries, already checked by the controller.
struct TripMoveInput: Sendable, Equatable {
    var requestText: String = ""
    var replyBy: CivilDate? = nil
    var refusals: [CollectiveTravelRefusal] = []
    var refusalText: String = ""
}

/// A filed school trip in the préfecture's hands, and the head's moves after filing
/// (docs/states.md#the-collective-travel-document): each move is a conditional update of the
/// trip's version, one event in its chained history and the head's mail, in one transaction.
struct TripDesk: Sendable {
    let database: @Sendable () -> any Database
    let publicURL: String
    let now: @Sendable () -> Date

    /// The states the préfecture's tab lists: undecided, or granted and not yet handed over.
    static let queueStates: [CollectiveTravelState] = CollectiveTravelState.allCases.filter {
        $0.isUndecided || $0 == .granted || $0 == .documentAvailable
    }

    /// The tab's trips of the préfecture, the nearest departure first, with their number of pupils.
    func queue(prefecture: String) async throws -> [(trip: CollectiveTrip, school: School?, pupils: Int)] {
        let db = database()
        let trips = try await CollectiveTrip.query(on: db).filter(\.$departement == prefecture)
            .filter(\.$state ~~ Self.queueStates.map(\.rawValue)).sort(\.$departure).sort(\.$reference).limit(500).all()
        guard !trips.isEmpty else { return [] }
        let schools = try await School.query(on: db).filter(\.$id ~~ Array(Set(trips.map(\.schoolID)))).all()
        let pupils = try await TripPupil.query(on: db).filter(\.$tripID ~~ trips.compactMap(\.id)).all()
        let counts = Dictionary(grouping: pupils, by: \.tripID).mapValues(\.count)
        return trips.map { trip in (trip, schools.first { $0.id == trip.schoolID }, counts[trip.id!] ?? 0) }
    }

    func queueCount(prefecture: String) async throws -> Int {
        try await CollectiveTrip.query(on: database()).filter(\.$departement == prefecture)
            .filter(\.$state ~~ Self.queueStates.map(\.rawValue)).count()
    }

    /// A filed trip of the préfecture, or `notFound`.
    func scoped(_ id: UUID, prefecture: String) async throws -> CollectiveTrip {
        guard let trip = try await CollectiveTrip.query(on: database()).filter(\.$id == id).filter(\.$departement == prefecture)
            .filter(\.$state != CollectiveTravelState.draft.rawValue).first() else { throw TripDeskError.notFound }
        return trip
    }

    func events(of tripID: UUID) async throws -> [TripEvent] {
        try await TripEvent.query(on: database()).filter(\.$tripID == tripID).sort(\.$seq).all()
    }

    func messages(of tripID: UUID) async throws -> [TripMessage] {
        try await TripMessage.query(on: database()).filter(\.$tripID == tripID).sort(\.$at).limit(500).all()
    }

    /// The pupils' current documents (a replaced file is not listed).
    func documents(of tripID: UUID) async throws -> [TripPupilDocument] {
        try await TripPupilDocument.query(on: database()).filter(\.$tripID == tripID).filter(\.$replacedAt == nil).sort(\.$uploadedAt).all()
    }

    func document(_ id: UUID, of tripID: UUID) async throws -> TripPupilDocument? {
        try await TripPupilDocument.query(on: database()).filter(\.$id == id).filter(\.$tripID == tripID).first()
    }

    /// The school's day: the département's zone (docs/law.md#time-zones).
    func today(of trip: CollectiveTrip) -> CivilDate {
        (Departement(code: trip.departement) ?? .paris).today(at: now())
    }

    /// What the printed document reads: the school, the pupils kept (alphabetically), their
    /// current photos, the verification code.
    struct Printable: Sendable {
        let school: School?
        let listed: [TripPupil]
        let photos: [TripPupilDocument]
        let code: String?
    }

    func printable(_ trip: CollectiveTrip, codes: VerificationCodes) async throws -> Printable {
        let db = database()
        let listed = TripVerification.listed(try await TripPupil.query(on: db).filter(\.$tripID == trip.id!).all())
        let photos = try await documents(of: trip.id!).filter { $0.kind == CollectiveTravelDocument.photo.rawValue }
        let code = try await TripVerification.payload(for: trip, pupils: listed.count).asyncMap {
            try await codes.keys.signer(today: codes.today()).code(for: $0)
        }
        return Printable(school: try await School.find(trip.schoolID, on: db), listed: listed, photos: photos, code: code)
    }

    // MARK: Verdicts

    /// An agent's verdict on one pupil while the instruction runs; `seen` is the verdict the page
    /// showed (a colleague's verdict given meanwhile is not overwritten unseen).
    func judge(_ trip: CollectiveTrip, pupil pupilID: UUID, _ verdict: PupilVerdict, seen: String, by agentID: UUID) async throws {
        let now = self.now()
        try await database().transaction { db in
            guard let fresh = try await CollectiveTrip.find(trip.id!, on: db) else { throw TripDeskError.notFound }
            guard CollectiveTravelPolicy.agent(.judgePupils, in: fresh.currentState) else { throw TripDeskError.notJudging }
            guard let pupil = try await TripPupil.query(on: db).filter(\.$id == pupilID).filter(\.$tripID == fresh.id!).first() else {
                throw TripDeskError.notFound
            }
            guard Self.verdictCode(pupil.pupilVerdict) == seen else { throw TripDeskError.conflict }
            switch verdict {
            case .pending: pupil.verdict = nil; pupil.strikeReason = nil; pupil.strikeNote = nil
            case .kept: pupil.verdict = "kept"; pupil.strikeReason = nil; pupil.strikeNote = nil
            case .struckOff(let reason, let note): pupil.verdict = "struck-off"; pupil.strikeReason = reason.rawValue; pupil.strikeNote = note
            }
            try await pupil.update(on: db)
            let name = pupil.minor?.displayName ?? ""
            try await TripEvents.append(to: fresh.id!, actor: .agent, actorID: agentID, action: "verdict",
                                        details: "\(name): \(Self.verdictCode(verdict))", at: now, on: db)
        }
    }

    /// The verdict as a form's hidden field carries it.
    static func verdictCode(_ verdict: PupilVerdict) -> String {
        switch verdict {
        case .pending: "pending"
        case .kept: "kept"
        case .struckOff(let reason, _): "struck-off:" + reason.rawValue
        }
    }

    // MARK: Moves

    /// Makes `action` by `actor` on the trip read at `expectedVersion`: the workflow's table and
    /// date guards decide, the decision is checked by `CollectiveTravelDecision`, the version
    /// moves once (a double submit, or a colleague first, is a conflict), one event, one mail.
    @discardableResult
    func perform(_ action: CollectiveTravelAction, on tripID: UUID, by actor: CollectiveTravelActor, actorID: UUID?, expectedVersion: Int,
                 input: TripMoveInput = TripMoveInput()) async throws -> CollectiveTrip {
        let now = self.now()
        let publicURL = self.publicURL
        return try await database().transaction { db in
            guard let trip = try await CollectiveTrip.find(tripID, on: db), trip.currentState != .draft else { throw TripDeskError.notFound }
            guard trip.version == expectedVersion else { throw TripDeskError.conflict }
            let zone = Departement(code: trip.departement) ?? .paris
            let today = zone.today(at: now)
            guard let context = trip.context(today: today) else { throw TripDeskError.workflow(.missingDate(action)) }
            let target: CollectiveTravelState
            switch CollectiveTravelWorkflow.apply(action, to: trip.currentState, by: actor, context: context) {
            case .failure(let error): throw TripDeskError.workflow(error)
            case .success(let state): target = state
            }
            var details = ""
            switch action {
            case .requestDocuments:
                trip.requestText = input.requestText
                trip.replyBy = input.replyBy?.iso
                details = input.replyBy?.iso ?? ""
            case .grant:
                // The pupils the rules put on the document each need a verdict; those they leave off never do.
                let pupils = try await TripPupil.query(on: db).filter(\.$tripID == tripID).all()
                let onRequest = Self.onDocumentByRules(pupils, departure: context.departure, returnOn: context.returnOn).map { pupil, minor in
                    PupilOnRequest(id: pupil.id!.uuidString, minor: minor, verdict: pupil.pupilVerdict)
                }
                switch CollectiveTravelDecision.grant(onRequest, departure: context.departure, returnOn: context.returnOn) {
                case .failure(let problem): throw TripDeskError.decision(problem)
                case .success(.granted(let listed, let struckOff, _, _)):
                    details = "\(listed.count)/\(struckOff.count)"
                case .success: break
                }
                trip.decision = TripDecisionRecord(granted: true, reasons: [], text: "").json
                trip.decidedOn = today.iso
                trip.decidedBy = actorID
                let serial = try await DossierStore.nextValue("dvc-document-\(zone.code)-\(today.year)", on: db)
                trip.documentNumber = "\(zone.code)DVC\(today.year)\(String(format: "%06d", serial))"
            case .refuse:
                switch CollectiveTravelDecision.refuse(reasons: input.refusals, text: input.refusalText) {
                case .failure(let problem): throw TripDeskError.decision(problem)
                case .success(.refused(let reasons, let text)):
                    trip.decision = TripDecisionRecord(granted: false, reasons: reasons.map(\.rawValue), text: text).json
                    details = reasons.map(\.rawValue).joined(separator: ",")
                case .success: break
                }
                trip.decidedOn = today.iso
                trip.decidedBy = actorID
            default: break
            }
            guard try await CollectiveTrips.claim(trip, to: target, now: now, on: db) else { throw TripDeskError.conflict }
            try await trip.update(on: db)
            try await TripEvents.append(to: tripID, actor: actor, actorID: actorID, action: action.rawValue, details: details, at: now, on: db)
            try await MailWriter(publicURL: publicURL).send(
                DossierNotification(to: .account(trip.userID), .tripUpdate(trip: tripID, reference: trip.reference ?? "", action: action)), on: db, now: now)
            return trip
        }
    }

    /// The pupils the rules keep on the document (`CollectiveTravel.list`), with their minor.
    static func onDocumentByRules(_ pupils: [TripPupil], departure: CivilDate, returnOn: CivilDate) -> [(TripPupil, CollectiveTravelMinor)] {
        let minors = pupils.compactMap { pupil in pupil.minor.map { (pupil, $0) } }
        let kept = CollectiveTravel.list(minors.map(\.1), departure: departure, returnOn: returnOn).kept
        return minors.filter { kept.contains($0.1) }
    }

    // MARK: Messages

    /// A message, checked by the caller as a case's is (`DossierMessages.check`: text only, 5,000
    /// characters at most). A resent form (same author and text within `DossierMessages.resendWindow`)
    /// writes nothing more; the préfecture's message is mailed to the head, as a case's to the family.
    func post(to trip: CollectiveTrip, by author: CollectiveTravelActor, authorID: UUID, body: String) async throws {
        let now = self.now()
        let publicURL = self.publicURL
        let tripID = trip.id!
        try await database().transaction { db in
            let recent = try await TripMessage.query(on: db).filter(\.$tripID == tripID).filter(\.$at >= now.addingTimeInterval(-DossierMessages.resendWindow)).all()
            if recent.contains(where: { $0.authorID == authorID && $0.author == author.rawValue && $0.body == body }) { return }
            try await TripMessage(tripID: tripID, at: now, author: author, authorID: authorID, body: body).create(on: db)
            if author == .agent {
                try await MailWriter(publicURL: publicURL).send(
                    DossierNotification(to: .account(trip.userID), .tripMessage(trip: tripID, reference: trip.reference ?? "")), on: db, now: now)
            }
        }
    }

    // MARK: Scheduler

    /// Granted trips never collected, whose return has passed (the scheduler's).
    func uncollectedPastReturn(today: CivilDate, limit: Int) async throws -> [CollectiveTrip] {
        try await CollectiveTrip.query(on: database()).filter(\.$state ~~ CollectiveTravelPolicy.uncollectedStates.map(\.rawValue))
            .filter(\.$returnOn < today.iso).sort(\.$returnOn).limit(limit).all()
    }

    /// The scheduler marks a granted document never collected by the return day; the school is told.
    /// False when another instance moved it first, or its day has not come in its zone.
    func markUncollected(_ trip: CollectiveTrip) async throws -> Bool {
        do {
            try await perform(.markUncollected, on: trip.id!, by: .scheduler, actorID: nil, expectedVersion: trip.version)
            return true
        } catch let error as TripDeskError where error != .notFound {
            return false
        }
    }
}

/// A trip's history, chained like a case's (docs/states.md#history): each event holds the SHA-256
/// of the one before it and of its own content. Written once, in the move's transaction, after the
/// trip's row is locked so that two writers never take the same place.
enum TripEvents {
    static func append(to tripID: UUID, actor: CollectiveTravelActor, actorID: UUID?, action: String, details: String, at: Date,
                       on db: any Database) async throws {
        if let sql = db as? any SQLDatabase {
            try await sql.update(CollectiveTrip.schema).set("updated_at", to: SQLColumn("updated_at")).where("id", .equal, tripID).run()
        }
        let last = try await TripEvent.query(on: db).filter(\.$tripID == tripID).sort(\.$seq, .descending).first()
        let event = TripEvent()
        event.id = UUID()
        event.tripID = tripID
        event.seq = (last?.seq ?? 0) + 1
        event.at = Date(timeIntervalSince1970: Double(EventChain.milliseconds(at)) / 1000)
        event.actor = actor.rawValue
        event.actorID = actorID
        event.action = action
        event.details = details
        event.previousHash = last?.hash ?? EventChain.genesis
        event.hash = hash(of: event, previous: event.previousHash)
        try await event.create(on: db)
    }

    static func hash(of event: TripEvent, previous: String) -> String {
        let content = [
            previous, event.tripID.uuidString.lowercased(), String(event.seq), String(EventChain.milliseconds(event.at)), event.actor,
            event.actorID?.uuidString.lowercased() ?? "", event.action, event.details,
        ].joined(separator: "\u{1F}")
        return Hex.encode(SHA256.hash(data: Data(content.utf8)))
    }

    /// The links of a trip's chain that do not hold (empty: whole).
    static func broken(_ events: [TripEvent]) -> [Int] {
        var previous = EventChain.genesis
        var broken: [Int] = []
        for (index, event) in events.sorted(by: { $0.seq < $1.seq }).enumerated() {
            if event.seq != index + 1 || event.previousHash != previous || event.hash != hash(of: event, previous: previous) { broken.append(event.seq) }
            previous = event.hash
        }
        return broken
    }
}

/// What the DVC's verification code signs (docs/states.md#verification): the document's number,
/// the number of pupils on it and its validity (the departure to the return)
/// (the trip's state, not the code, says whether it still holds: a withdrawn trip answers so). No name:
/// the code is read by strangers.
enum TripVerification {
    static func payload(for trip: CollectiveTrip, pupils: Int) -> VerificationPayload? {
        guard let number = trip.documentNumber, let from = trip.departureDay, let until = trip.returnDay else { return nil }
        return VerificationPayload(number: number, initials: "DVC\(pupils)", birthDate: from, validFrom: from, validUntil: until,
                                   territory: .all, stateVersion: 1)
    }

    /// The pupils kept on a granted trip, alphabetically (the document's list).
    static func listed(_ pupils: [TripPupil]) -> [TripPupil] {
        let kept = pupils.filter { $0.pupilVerdict == .kept }
        let minors = kept.compactMap { pupil in pupil.minor.map { (pupil, $0) } }
        return CollectiveTravel.alphabetical(minors.map(\.1)).compactMap { minor in minors.first { $0.1 == minor }?.0 }
    }
}
