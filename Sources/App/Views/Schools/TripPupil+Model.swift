import DCEMDossier
import DCEMRules
import Foundation

/// One pupil's documents on the head's side (docs/pages.md#school-trips): the four slots of
/// `CollectiveTravelDocument.perPupil`, each given (its name, size and day) or missing, with its
/// form while the trip takes files.
struct TripPupilModel: Sendable {
    struct Slot: Sendable {
        let kind: CollectiveTravelDocument
        /// The file input's id, the error's field.
        let fieldID: String
        let anchor: String
        let label: String
        let hint: String?
        let tag: String
        let given: Bool
        /// The file in force: its line and its link; a photo shows itself too.
        let line: String?
        let href: String?
        let picture: Bool
        let uploadAction: String?
    }

    let tripID: UUID
    let title: String
    let line: String
    let photoAlt: String
    /// Why the rules leave the pupil off the document (no documents are asked then), or nil.
    let notOnDocument: String?
    let slots: [Slot]
    let errors: [FieldError]
    let notice: String?
    let backLink: String

    static func fieldID(_ kind: CollectiveTravelDocument) -> String { "file-\(kind.pathSegment)" }

    init(_ page: PageContext, trip: CollectiveTrip, pupil: TripPupil, minor: CollectiveTravelMinor, exclusion: CollectiveTravelExclusion?,
         current: [CollectiveTravelDocument: TripPupilDocument], mayUpload: Bool, errors: [FieldError] = [], notice: String? = nil, csrf: String) {
        let t = page.text.trip
        let zone = Departement(code: trip.departement) ?? .paris
        tripID = trip.id!
        title = t.pupilDocumentsTitle(minor.displayName)
        line = t.pupilLine(minor.displayName, DossierFormat.day(minor.birthDate, page), minor.nationalities.map(\.frenchName).joined(separator: ", "))
        photoAlt = t.photoAlt(minor.displayName)
        notOnDocument = exclusion.map { t.pupilNotOnDocument($0.label(in: page.language)) }
        slots = CollectiveTravelDocument.perPupil.map { kind in
            let file = current[kind]
            return Slot(kind: kind, fieldID: Self.fieldID(kind), anchor: "piece-\(kind.pathSegment)", label: kind.label(in: page.language),
                        hint: kind == .photo ? t.photoHint : nil,
                        tag: file == nil ? t.documentMissingTag : t.documentGivenTag, given: file != nil,
                        line: file.map { t.documentGiven($0.originalName, DossierFormat.size($0.size, page.language),
                                                         DossierFormat.day(zone.today(at: $0.uploadedAt), page)) },
                        href: file.map { SiteURL.schoolTripFile(trip.id!, $0.id!).path },
                        picture: file.map { $0.mediaType.hasPrefix("image/") } ?? false,
                        uploadAction: mayUpload && exclusion == nil ? DossierDocumentsView.uploadAction(.schoolTripPupilUpload(trip.id!, pupil.id!, kind), csrf: csrf) : nil)
        }
        self.errors = errors
        self.notice = notice
        backLink = SiteURL.schoolTrip(trip.id!).path
    }

    func error(_ field: String) -> FieldError? { errors.first { $0.fieldID == field } }
}
