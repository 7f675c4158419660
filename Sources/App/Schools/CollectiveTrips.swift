import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// Why a trip's change was not recorded.
enum TripError: Error, Equatable {
    /// Not there, or not the head's: the same answer.
    case notFound
    /// Only a draft changes; the trip moved meanwhile (another tab).
    case notADraft
    case conflict
    /// The school's head is not (or no longer) approved.
    case notApproved
    case tooManyPupils
    /// Filing refused: the rules' reasons (`CollectiveTravel.evaluate`) or the workflow's.
    case refused([CollectiveTravelRefusal])
    /// Filing refused: documents still missing for pupils the rules keep on the document.
    case documentsMissing([MissingPupilDocuments<UUID>])
    case workflow(CollectiveTravelWorkflowError)
    /// The trip's state takes no pupil's document (`CollectiveTravelPolicy`, `uploadPupilDocument`).
    case documentsClosed
}

/// What the trip's form carries (docs/pages.md#school-trips).
struct TripDetails: Sendable, Equatable {
    var destinations: [Country]
    var departure: CivilDate?
    var returnOn: CivilDate?
    var placeOfStay: String
    var teacherName: String
    var teacherOfSchool: Bool
    var adults: String
}

/// A school trip's request, from the draft to the filing: the same patterns as a DCEM's case — the
/// head's own only, a version on every change, one transaction each (docs/pages.md#school-trips).
struct CollectiveTrips: Sendable {
    let database: @Sendable () -> any Database
    let publicURL: String
    let now: @Sendable () -> Date
    /// Releases a removed pupil's files at once; without it, the sweep removes them later.
    var orphans: OrphanFiles? = nil

    /// The countries the trip's form offers, by their French name: the European Union's on `day`
    /// but France; Ireland among them, refused with its reason when chosen (docs/pages.md#school-trips).
    static func offeredDestinations(on day: CivilDate) -> [Country] {
        Country.all.filter { $0.isEUMember(on: day) && !$0.isFrance }.sorted { TextKey.of($0.frenchName) < TextKey.of($1.frenchName) }
    }

    /// The schools `userID` heads with the préfecture's approval.
    func approvedSchools(of userID: UUID) async throws -> [School] {
        let heads = try await SchoolHead.query(on: database()).filter(\.$userID == userID).filter(\.$state == SchoolHead.State.approved.rawValue).all()
        return try await School.query(on: database()).filter(\.$id ~~ heads.map(\.schoolID)).sort(\.$name).all()
    }

    func trips(of userID: UUID) async throws -> [CollectiveTrip] {
        try await CollectiveTrip.query(on: database()).filter(\.$userID == userID).sort(\.$createdAt, .descending).limit(200).all()
    }

    func owned(_ id: UUID, by userID: UUID) async throws -> CollectiveTrip {
        guard let trip = try await CollectiveTrip.query(on: database()).filter(\.$id == id).filter(\.$userID == userID).first() else {
            throw TripError.notFound
        }
        return trip
    }

    func pupils(of tripID: UUID) async throws -> [TripPupil] {
        try await TripPupil.query(on: database()).filter(\.$tripID == tripID).sort(\.$surname).sort(\.$givenNames).all()
    }

    /// A new draft for `school`, or the untouched one a first click started (a double submit starts one).
    func start(for schoolID: UUID, by userID: UUID) async throws -> CollectiveTrip {
        guard let school = try await approvedSchools(of: userID).first(where: { $0.id == schoolID }) else { throw TripError.notApproved }
        let now = self.now()
        return try await database().transaction { db in
            if let untouched = try await CollectiveTrip.query(on: db).filter(\.$userID == userID).filter(\.$schoolID == schoolID)
                .filter(\.$state == CollectiveTravelState.draft.rawValue).filter(\.$version == 1).first() {
                return untouched
            }
            let trip = CollectiveTrip(school: school, userID: userID, now: now)
            try await trip.create(on: db)
            return trip
        }
    }

    /// Changes a draft as `action` (the trip or its pupils, while the policy allows it): `change`
    /// edits it, the version moves only if nobody moved it meanwhile; what `change` returns comes back.
    @discardableResult
    func change<Value: Sendable>(_ id: UUID, as action: SchoolHeadAction, by userID: UUID, expectedVersion: Int?,
                                 _ change: @escaping @Sendable (CollectiveTrip, any Database) async throws -> Value) async throws -> Value {
        let now = self.now()
        return try await database().transaction { db in
            guard let trip = try await CollectiveTrip.query(on: db).filter(\.$id == id).filter(\.$userID == userID).first() else {
                throw TripError.notFound
            }
            guard CollectiveTravelPolicy.schoolHead(action, in: trip.currentState) else { throw TripError.notADraft }
            if let expectedVersion, expectedVersion != trip.version { throw TripError.conflict }
            let value = try await change(trip, db)
            guard try await Self.claim(trip, to: trip.currentState, now: now, on: db) else { throw TripError.conflict }
            try await trip.update(on: db)
            return value
        }
    }

    func saveDetails(_ id: UUID, _ details: TripDetails, by userID: UUID, expectedVersion: Int?) async throws {
        try await change(id, as: .editTrip, by: userID, expectedVersion: expectedVersion) { trip, _ in
            trip.destinations = details.destinations.map(\.code).joined(separator: ",")
            trip.departure = details.departure?.iso
            trip.returnOn = details.returnOn?.iso
            trip.placeOfStay = details.placeOfStay
            trip.teacherName = details.teacherName
            trip.teacherOfSchool = details.teacherOfSchool
            trip.adults = details.adults
        }
    }

    /// Adds pupils (one from the form, or a CSV's rows), within `PupilCSV.maxPupils` for the trip.
    func addPupils(_ id: UUID, _ minors: [CollectiveTravelMinor], by userID: UUID) async throws {
        let now = self.now()
        try await change(id, as: .editPupils, by: userID, expectedVersion: nil) { trip, db in
            let count = try await TripPupil.query(on: db).filter(\.$tripID == trip.id!).count()
            guard count + minors.count <= PupilCSV.maxPupils else { throw TripError.tooManyPupils }
            for minor in minors { try await TripPupil(tripID: trip.id!, minor: minor, now: now).create(on: db) }
        }
    }

    /// Removes a pupil with their documents; the files no other row refers to go too.
    func removePupil(_ id: UUID, pupil: UUID, by userID: UUID) async throws {
        let hashes = try await change(id, as: .editPupils, by: userID, expectedVersion: nil) { trip, db -> [String] in
            guard try await TripPupil.query(on: db).filter(\.$id == pupil).filter(\.$tripID == trip.id!).count() == 1 else { throw TripError.notFound }
            let hashes = try await TripPupilDocument.query(on: db).filter(\.$tripID == trip.id!).filter(\.$pupilID == pupil).all().map(\.sha256)
            try await TripPupilDocument.query(on: db).filter(\.$tripID == trip.id!).filter(\.$pupilID == pupil).delete()
            try await TripPupil.query(on: db).filter(\.$id == pupil).delete()
            return hashes
        }
        await release(hashes)
    }

    /// Deletes the head's draft with its pupils, their documents' rows and its history; the files go
    /// when no other row refers to them. A draft already gone, or filed meanwhile, is refused.
    func deleteDraft(_ id: UUID, by userID: UUID) async throws {
        let hashes = try await database().transaction { db -> [String] in
            guard let trip = try await CollectiveTrip.query(on: db).filter(\.$id == id).filter(\.$userID == userID).first() else {
                throw TripError.notFound
            }
            guard CollectiveTravelPolicy.schoolHead(.deleteDraft, in: trip.currentState) else { throw TripError.notADraft }
            let hashes = try await TripPupilDocument.query(on: db).filter(\.$tripID == id).all().map(\.sha256)
            try await TripPupilDocument.query(on: db).filter(\.$tripID == id).delete()
            try await TripPupil.query(on: db).filter(\.$tripID == id).delete()
            try await TripEvent.query(on: db).filter(\.$tripID == id).delete()
            try await TripMessage.query(on: db).filter(\.$tripID == id).delete()
            try await CollectiveTrip.query(on: db).filter(\.$id == id).filter(\.$state == CollectiveTravelState.draft.rawValue).delete()
            return hashes
        }
        await release(hashes)
    }

    /// After rows were deleted: their files go unless another row refers to them; a failure leaves
    /// them to the orphans' sweep.
    private func release(_ hashes: [String]) async {
        guard let orphans else { return }
        for hash in Set(hashes) { _ = try? await orphans.release(hash) }
    }

    /// The request as the rules read it on `filedOn`: the head's declared DCEMs, and those the
    /// service issued and still in force for a pupil of the same name and birth date.
    func request(_ trip: CollectiveTrip, pupils: [TripPupil], filedOn: CivilDate) async throws -> CollectiveTravelRequest? {
        guard let departure = trip.departureDay, let returnOn = trip.returnDay else { return nil }
        return CollectiveTravelRequest(filedOn: filedOn, departure: departure, returnOn: returnOn, destinations: trip.destinationCountries,
                                       requestedByHeadOfSchool: true, leader: GroupLeader(name: trip.teacherName, isTeacherOfTheSchool: trip.teacherOfSchool),
                                       minors: try await checked(pupils, returnOn: returnOn).map(\.minor))
    }

    /// Each pupil as the rules read them: a DCEM the service issued for the same name and birth
    /// date, in force until `returnOn`, counts as held.
    func checked(_ pupils: [TripPupil], returnOn: CivilDate) async throws -> [(id: UUID, minor: CollectiveTravelMinor)] {
        let minors = pupils.compactMap { pupil in pupil.minor.map { (id: pupil.id!, minor: $0) } }
        let births = Array(Set(minors.map(\.minor.birthDate.iso)))
        let inForce = IssuedDocumentState.allCases.filter(\.isInForce).map(\.rawValue)
        let issued = births.isEmpty ? [] : try await IssuedDocument.query(on: database()).filter(\.$holderBirthDate ~~ births)
            .filter(\.$state ~~ inForce).all()
        return minors.map { entry -> (id: UUID, minor: CollectiveTravelMinor) in
            var minor = entry.minor
            let name = TextKey.of("\(minor.givenNames) \(minor.surname)")
            if issued.contains(where: { $0.holderBirthDate == minor.birthDate.iso && TextKey.of($0.holderName) == name
                                        && ($0.validUntil.flatMap(CivilDate.init(iso:)).map { $0 >= returnOn } ?? false) }) {
                minor.holdsValidDCEM = true
            }
            return (id: entry.id, minor: minor)
        }
    }

    /// The documents still missing for each pupil the rules keep on the document, in the list's
    /// order (`CollectiveTravelPupilDocuments`); before the dates are known, every pupil counts.
    func missingDocuments(_ trip: CollectiveTrip, pupils: [TripPupil]) async throws -> [MissingPupilDocuments<UUID>] {
        let entries: [(id: UUID, minor: CollectiveTravelMinor)]
        if let departure = trip.departureDay, let returnOn = trip.returnDay {
            entries = try await checked(pupils, returnOn: returnOn)
                .filter { CollectiveTravel.exclusion(of: $0.minor, departure: departure, returnOn: returnOn) == nil }
        } else {
            entries = pupils.compactMap { pupil in pupil.minor.map { (id: pupil.id!, minor: $0) } }
        }
        let sorted = CollectiveTravel.alphabetical(entries.map(\.minor))
        var remaining = entries
        let kept = sorted.compactMap { minor -> UUID? in
            guard let index = remaining.firstIndex(where: { $0.minor == minor }) else { return nil }
            return remaining.remove(at: index).id
        }
        let rows = try await TripPupilDocument.query(on: database()).filter(\.$tripID == trip.id!).filter(\.$replacedAt == nil).all()
        var present: [UUID: Set<CollectiveTravelDocument>] = [:]
        for row in rows { if let kind = row.document { present[row.pupilID, default: []].insert(kind) } }
        return CollectiveTravelPupilDocuments.missing(kept: kept, present: present)
    }

    /// Files the draft: the rules as of today in the school's département, the workflow's date guard,
    /// a reference. Filing twice answers the trip already filed.
    func file(_ id: UUID, by userID: UUID) async throws -> CollectiveTrip {
        let now = self.now()
        let trip = try await owned(id, by: userID)
        if trip.currentState != .draft { return trip }
        let zone = Departement(code: trip.departement) ?? .paris
        let today = zone.today(at: now)
        guard let request = try await request(trip, pupils: try await pupils(of: id), filedOn: today) else {
            throw TripError.refused([.noDestination])
        }
        let result = CollectiveTravel.evaluate(request)
        guard result.accepted else { throw TripError.refused(result.refusals) }
        // Each pupil on the document comes with their four documents (docs/law.md#rule-12).
        let missing = try await missingDocuments(trip, pupils: try await pupils(of: id))
        guard missing.isEmpty else { throw TripError.documentsMissing(missing) }
        if case .failure(let error) = CollectiveTravelWorkflow.apply(.file, to: .draft, by: .schoolHead,
                                                                     context: CollectiveTravelContext(today: today, departure: request.departure,
                                                                                                      returnOn: request.returnOn)) {
            throw TripError.workflow(error)
        }
        return try await database().transaction { db in
            guard let fresh = try await CollectiveTrip.find(id, on: db), fresh.currentState == .draft else {
                guard let filed = try await CollectiveTrip.find(id, on: db) else { throw TripError.notFound }
                return filed
            }
            // What was checked is what is filed: a pupil or a file added meanwhile (another tab) is checked again.
            guard fresh.version == trip.version else { throw TripError.conflict }
            let serial = try await DossierStore.nextValue("dvc-\(zone.code)-\(today.year)", on: db)
            guard try await Self.claim(fresh, to: .filed, now: now, on: db) else { throw TripError.conflict }
            let reference = "DVC-\(zone.code)-\(today.year)-\(String(format: "%06d", serial))"
            fresh.reference = reference
            fresh.filedOn = today.iso
            try await fresh.update(on: db)
            try await TripEvents.append(to: id, actor: .schoolHead, actorID: userID, action: CollectiveTravelAction.file.rawValue, details: "", at: now, on: db)
            try await MailWriter(publicURL: publicURL).send(
                DossierNotification(to: .account(userID), .tripUpdate(trip: id, reference: reference, action: .file)), on: db, now: now)
            return fresh
        }
    }

    /// The trips whose departure day has passed while still undecided, oldest first (the scheduler's).
    func undecidedPastDeparture(today: CivilDate, limit: Int) async throws -> [CollectiveTrip] {
        try await CollectiveTrip.query(on: database()).filter(\.$state ~~ CollectiveTravelState.allCases.filter(\.isUndecided).map(\.rawValue))
            .filter(\.$departure < today.iso).sort(\.$departure).limit(limit).all()
    }

    /// The scheduler closes a trip whose departure passed undecided; the school is told. False when
    /// another instance (or an agent) moved it first, or its day has not come in its zone.
    func closeDeparturePassed(_ trip: CollectiveTrip) async throws -> Bool {
        let now = self.now()
        let publicURL = self.publicURL
        return try await database().transaction { db in
            guard let fresh = try await CollectiveTrip.find(trip.id!, on: db), fresh.version == trip.version,
                  let departure = fresh.departureDay, let returnOn = fresh.returnDay else { return false }
            let today = (Departement(code: fresh.departement) ?? .paris).today(at: now)
            guard case .success(let target) = CollectiveTravelWorkflow.apply(.closeDeparturePassed, to: fresh.currentState, by: .scheduler,
                                                                             context: CollectiveTravelContext(today: today, departure: departure, returnOn: returnOn)),
                  try await Self.claim(fresh, to: target, now: now, on: db) else { return false }
            try await TripEvents.append(to: fresh.id!, actor: .scheduler, actorID: nil, action: CollectiveTravelAction.closeDeparturePassed.rawValue,
                                        details: "", at: now, on: db)
            try await MailWriter(publicURL: publicURL).send(
                DossierNotification(to: .account(fresh.userID), .tripUpdate(trip: fresh.id!, reference: fresh.reference ?? "", action: .closeDeparturePassed)),
                on: db, now: now)
            return true
        }
    }

    /// Moves the row only if nobody moved it since it was read.
    static func claim(_ trip: CollectiveTrip, to state: CollectiveTravelState, now: Date, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase, let id = trip.id else { return false }
        let rows = try await sql.update(CollectiveTrip.schema)
            .set("state", to: state.rawValue).set("version", to: trip.version + 1).set("updated_at", to: now)
            .where("id", .equal, id).where("state", .equal, trip.state).where("version", .equal, trip.version)
            .returning("id").all()
        guard !rows.isEmpty else { return false }
        trip.state = state.rawValue
        trip.version += 1
        trip.updatedAt = now
        return true
    }
}
