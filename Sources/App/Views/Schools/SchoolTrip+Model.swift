import DCEMDossier
import DCEMRules
import Foundation

/// A school trip's page (docs/pages.md#school-trips): the trip's form, the pupils kept and those
/// who will not be on the document with the reason, the import, the filing — or, once filed, its
/// reference.
struct SchoolTripModel: Sendable {
    struct Pupil: Sendable {
        let id: UUID
        let line: String
        let reason: String?
        /// The pupil's documents page.
        let href: String
        /// "3 of 4 documents", for a pupil on the document; nil for one the rules leave out.
        let documents: String?
        let complete: Bool
    }

    /// A pupil on the document with documents still missing, for the check before filing.
    struct Missing: Sendable {
        let href: String
        let line: String
    }

    let id: UUID
    let title: String
    let stateLabel: String
    let state: String
    let isDraft: Bool
    let reference: String?
    let version: Int
    let destinationChoices: [Choice]
    let lastFilingDay: String?
    let kept: [Pupil]
    let excluded: [Pupil]
    /// The trip as saved, once it has its destinations (the form is then folded under it).
    let summary: [SummaryRow]
    /// Before filing: each pupil kept whose documents are not all there (`CollectiveTravelPupilDocuments`).
    let missing: [Missing]
    let values: [String: String]
    let errors: [FieldError]
    let importErrors: [String]
    let refusals: [String]
    let notice: String?
    /// The draft's deletion, once confirmed: its address while the policy allows it, and its error.
    let deleteAction: String?
    let deleteError: FieldError?
    /// Once filed: what the school follows (steps, request, decision, messages, history).
    var follow: SchoolTripFollowModel? = nil

    init(_ page: PageContext, trip: CollectiveTrip, school: School, pupils: [TripPupil], today: CivilDate,
         present: [UUID: Set<CollectiveTravelDocument>] = [:], missing: [MissingPupilDocuments<UUID>] = [], values: [String: String]? = nil,
         errors: [FieldError] = [], importErrors: [String] = [], refusals: [String] = [], notice: String? = nil) {
        let t = page.text.trip
        id = trip.id!
        title = t.tripTitle(school.name)
        stateLabel = trip.currentState.label(in: page.language)
        state = trip.currentState == .draft ? "draft" : trip.currentState.rawValue
        isDraft = trip.currentState == .draft
        reference = trip.reference.map { t.referenceLine($0, DossierFormat.day(trip.filedOn, page)) }
        version = trip.version
        destinationChoices = CollectiveTrips.offeredDestinations(on: today).map { Choice(value: $0.code, label: page.language == .fr ? $0.frenchName : $0.code + " — " + $0.frenchName) }
        if let departure = trip.departureDay {
            let last = CollectiveTravel.latestFilingDay(departure: departure)
            lastFilingDay = isDraft ? (today <= last ? t.lastFilingDay(DossierFormat.day(last, page)) : t.tooLateAlready(DossierFormat.day(last, page))) : nil
        } else {
            lastFilingDay = nil
        }
        let minors = pupils.compactMap { pupil in pupil.minor.map { (pupil.id!, $0) } }
        func line(_ minor: CollectiveTravelMinor) -> String {
            t.pupilLine(minor.displayName, DossierFormat.day(minor.birthDate, page), minor.nationalities.map(\.frenchName).joined(separator: ", "))
        }
        let total = CollectiveTravelDocument.perPupil.count
        func onList(_ id: UUID, _ minor: CollectiveTravelMinor) -> Pupil {
            let given = CollectiveTravelPupilDocuments.given(present[id] ?? [])
            return Pupil(id: id, line: line(minor), reason: nil, href: SiteURL.schoolTripPupil(trip.id!, id).path,
                         documents: t.documentsCount(given, total), complete: given == total)
        }
        // Each pupil of the rules' lists found back once: two pupils typed alike keep their own rows.
        var unmatched = minors
        func pupilID(of minor: CollectiveTravelMinor) -> UUID? {
            guard let index = unmatched.firstIndex(where: { $0.1 == minor }) else { return nil }
            return unmatched.remove(at: index).0
        }
        if let departure = trip.departureDay, let returnOn = trip.returnDay {
            let list = CollectiveTravel.list(minors.map(\.1), departure: departure, returnOn: returnOn)
            kept = list.kept.compactMap { minor in pupilID(of: minor).map { onList($0, minor) } }
            excluded = list.excluded.compactMap { excluded in
                pupilID(of: excluded.minor).map {
                    Pupil(id: $0, line: line(excluded.minor), reason: excluded.reason.label(in: page.language),
                          href: SiteURL.schoolTripPupil(trip.id!, $0).path, documents: nil, complete: true)
                }
            }
        } else {
            kept = CollectiveTravel.alphabetical(minors.map(\.1)).compactMap { minor in pupilID(of: minor).map { onList($0, minor) } }
            excluded = []
        }
        self.missing = missing.compactMap { entry in
            guard let minor = minors.first(where: { $0.0 == entry.pupil })?.1 else { return nil }
            return Missing(href: SiteURL.schoolTripPupil(trip.id!, entry.pupil).path,
                           line: t.missingLine(minor.displayName, entry.documents.count == CollectiveTravelDocument.perPupil.count
                                         ? [t.noneOfTheFour] : entry.documents.map(t.documentShort)))
        }
        if trip.destinationCountries.isEmpty {
            summary = []
        } else {
            summary = [
                SummaryRow(t.destinationsLegend, trip.destinationCountries.map(\.frenchName).joined(separator: ", "), page: page),
                SummaryRow(t.departureLegend, DossierFormat.day(trip.departure, page), page: page),
                SummaryRow(t.returnLegend, DossierFormat.day(trip.returnOn, page), page: page),
                SummaryRow(t.placeLabel, trip.placeOfStay, page: page),
                SummaryRow(t.teacherLabel, trip.teacherName, page: page),
                SummaryRow(t.adultsLabel, trip.adults, page: page),
            ]
        }
        self.values = values ?? Self.values(of: trip)
        self.errors = errors
        self.importErrors = importErrors
        self.refusals = refusals
        self.notice = notice
        deleteAction = CollectiveTravelPolicy.schoolHead(.deleteDraft, in: trip.currentState) ? SiteURL.schoolTripDelete(trip.id!).path : nil
        deleteError = errors.first { $0.fieldID == Self.deleteConfirmField }
    }

    static let deleteConfirmField = "confirm-delete-yes"

    /// The form's values as the trip stands.
    static func values(of trip: CollectiveTrip) -> [String: String] {
        var values: [String: String] = ["place": trip.placeOfStay, "teacher": trip.teacherName, "adults": trip.adults]
        if trip.teacherOfSchool { values["teacher-of-school-yes"] = "on" }
        for country in trip.destinationCountries { values["destination-\(country.code)"] = "on" }
        for (name, day) in [("departure", trip.departureDay), ("return", trip.returnDay)] {
            guard let day else { continue }
            values["\(name)-day"] = String(day.day)
            values["\(name)-month"] = String(day.month)
            values["\(name)-year"] = String(day.year)
        }
        return values
    }

    func error(_ field: String) -> FieldError? { errors.first { $0.fieldID == field } }
}

/// The trips on the school head's area, one line each.
struct SchoolTripsModel: Sendable {
    struct Trip: Sendable {
        let href: String
        let title: String
        let line: String
        let stateLabel: String
        let state: String
    }

    struct Start: Sendable {
        let schoolID: UUID
        let label: String
    }

    let trips: [Trip]
    let starts: [Start]

    init(_ page: PageContext, trips: [CollectiveTrip], schools: [School], approved: [School]) {
        let t = page.text.trip
        self.trips = trips.map { trip in
            let school = schools.first { $0.id == trip.schoolID }?.name ?? ""
            return Trip(href: SiteURL.schoolTrip(trip.id!).path, title: trip.reference ?? t.tripTitle(school),
                        line: t.tripLine(trip.destinationCountries.map(\.frenchName).joined(separator: ", "), DossierFormat.day(trip.departure, page)),
                        stateLabel: trip.currentState.label(in: page.language), state: trip.currentState == .draft ? "draft" : trip.currentState.rawValue)
        }
        starts = approved.map { Start(schoolID: $0.id!, label: t.startButton($0.name)) }
    }
}
