import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// A school trip's request for a document de voyage collectif (docs/states.md, the collective
/// travel document): its own kind of case, asked by the head of an approved school.
final class CollectiveTrip: Model, @unchecked Sendable {
    static let schema = "collective_trips"

    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    /// The head who asks (`SchoolHead.userID`).
    @Field(key: "user_id") var userID: UUID
    /// A `CollectiveTravelState` code.
    @Field(key: "state") var state: String
    /// Moves with every change: a form older than the trip is refused.
    @Field(key: "version") var version: Int
    /// `DVC-<département>-<year>-<serial>`, given at filing.
    @OptionalField(key: "reference") var reference: String?
    /// The school's département: its préfecture decides.
    @Field(key: "departement") var departement: String
    /// Destination states, ISO codes comma-separated.
    @Field(key: "destinations") var destinations: String
    @OptionalField(key: "departure") var departure: String?
    @OptionalField(key: "return_on") var returnOn: String?
    @Field(key: "place_of_stay") var placeOfStay: String
    @Field(key: "teacher_name") var teacherName: String
    @Field(key: "teacher_of_school") var teacherOfSchool: Bool
    /// The accompanying adults, one a line, as the head typed them.
    @Field(key: "adults") var adults: String
    @OptionalField(key: "filed_on") var filedOn: String?
    /// The pending (or last) request for documents: what the préfecture asked, and by when.
    @OptionalField(key: "request_text") var requestText: String?
    @OptionalField(key: "reply_by") var replyBy: String?
    /// The decision as `TripDecisionRecord` JSON; the pupils struck off carry their own reasons.
    @OptionalField(key: "decision") var decision: String?
    @OptionalField(key: "decided_on") var decidedOn: String?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    /// The document's number, given at the grant (`DVC-<département>-<year>-<serial>-D`).
    @OptionalField(key: "document_number") var documentNumber: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(school: School, userID: UUID, now: Date) {
        self.id = UUID()
        self.schoolID = school.id!
        self.userID = userID
        self.state = CollectiveTravelState.draft.rawValue
        self.version = 1
        self.departement = school.departement
        self.destinations = ""
        self.placeOfStay = ""
        self.teacherName = ""
        self.teacherOfSchool = false
        self.adults = ""
        self.createdAt = now
        self.updatedAt = now
    }

    var currentState: CollectiveTravelState { CollectiveTravelState(rawValue: state) ?? .draft }
    var destinationCountries: [Country] { destinations.split(separator: ",").compactMap { Country(code: String($0)) } }
    var departureDay: CivilDate? { departure.flatMap(CivilDate.init(iso:)) }
    var returnDay: CivilDate? { returnOn.flatMap(CivilDate.init(iso:)) }
    var replyByDay: CivilDate? { replyBy.flatMap(CivilDate.init(iso:)) }
    var decisionRecord: TripDecisionRecord? {
        decision.flatMap { try? JSONDecoder().decode(TripDecisionRecord.self, from: Data($0.utf8)) }
    }

    /// What the workflow's date guards read, on `today` in the school's zone.
    func context(today: CivilDate) -> CollectiveTravelContext? {
        guard let departure = departureDay, let returnOn = returnDay else { return nil }
        return CollectiveTravelContext(today: today, departure: departure, returnOn: returnOn, replyBy: replyByDay)
    }
}

/// The decision as stored: granted, or refused with the reasons' codes and the agent's text.
struct TripDecisionRecord: Codable, Sendable, Equatable {
    var granted: Bool
    var reasons: [String]
    var text: String

    var refusals: [CollectiveTravelRefusal] { reasons.compactMap(CollectiveTravelRefusal.init(rawValue:)) }
    var json: String { String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self) }
}

/// A pupil on a trip's list, as the head entered or imported them.
final class TripPupil: Model, @unchecked Sendable {
    static let schema = "trip_pupils"

    @ID(key: .id) var id: UUID?
    @Field(key: "trip_id") var tripID: UUID
    @Field(key: "surname") var surname: String
    @Field(key: "given_names") var givenNames: String
    @Field(key: "birth_date") var birthDate: String
    @Field(key: "birth_place") var birthPlace: String
    /// ISO codes, comma-separated.
    @Field(key: "nationalities") var nationalities: String
    /// Declared by the head: the pupil holds a DCEM still valid.
    @Field(key: "holds_dcem") var holdsDCEM: Bool
    /// The agent's verdict: nil while pending, `kept` or `struck-off` (with a `PupilStrikeReason` and a note).
    @OptionalField(key: "verdict") var verdict: String?
    @OptionalField(key: "strike_reason") var strikeReason: String?
    @OptionalField(key: "strike_note") var strikeNote: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(tripID: UUID, minor: CollectiveTravelMinor, now: Date) {
        self.id = UUID()
        self.tripID = tripID
        self.surname = minor.surname
        self.givenNames = minor.givenNames
        self.birthDate = minor.birthDate.iso
        self.birthPlace = minor.birthPlace
        self.nationalities = minor.nationalities.map(\.code).joined(separator: ",")
        self.holdsDCEM = minor.holdsValidDCEM
        self.createdAt = now
    }

    var minor: CollectiveTravelMinor? {
        guard let born = CivilDate(iso: birthDate) else { return nil }
        return CollectiveTravelMinor(surname: surname, givenNames: givenNames, birthDate: born, birthPlace: birthPlace,
                                     nationalities: nationalities.split(separator: ",").compactMap { Country(code: String($0)) },
                                     holdsValidDCEM: holdsDCEM)
    }

    var pupilVerdict: PupilVerdict {
        switch verdict {
        case "kept": return .kept
        case "struck-off": return .struckOff(strikeReason.flatMap(PupilStrikeReason.init(rawValue:)) ?? .other, note: strikeNote ?? "")
        default: return .pending
        }
    }
}

/// A document given for one pupil of a trip (`CollectiveTravelDocument.perPupil`): the
/// authorization, the parents' permits, the identity document or the photo; stored by its content
/// like every upload. A new file for the same pupil and kind replaces the earlier one on the list
/// (the earlier row is kept, `replaced_at` set, so the préfecture sees what changed after a request).
final class TripPupilDocument: Model, @unchecked Sendable {
    static let schema = "trip_pupil_documents"

    @ID(key: .id) var id: UUID?
    @Field(key: "trip_id") var tripID: UUID
    @Field(key: "pupil_id") var pupilID: UUID
    /// A per-pupil `CollectiveTravelDocument` code.
    @Field(key: "kind") var kind: String
    @Field(key: "sha256") var sha256: String
    @Field(key: "size") var size: Int
    @Field(key: "media_type") var mediaType: String
    @Field(key: "original_name") var originalName: String
    @Field(key: "uploaded_at") var uploadedAt: Date
    /// The head's account.
    @Field(key: "uploaded_by") var uploadedBy: UUID
    /// Set when a newer file of the same kind for the same pupil took its place.
    @OptionalField(key: "replaced_at") var replacedAt: Date?

    init() {}

    init(tripID: UUID, pupilID: UUID, kind: CollectiveTravelDocument, stored: StoredFile, mediaType: String, originalName: String,
         by userID: UUID, now: Date) {
        self.id = UUID()
        self.tripID = tripID
        self.pupilID = pupilID
        self.kind = kind.rawValue
        self.sha256 = stored.sha256
        self.size = stored.size
        self.mediaType = mediaType
        self.originalName = originalName
        self.uploadedAt = now
        self.uploadedBy = userID
    }

    var document: CollectiveTravelDocument? { CollectiveTravelDocument(rawValue: kind) }
}
