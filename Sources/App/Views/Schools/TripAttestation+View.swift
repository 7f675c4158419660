import DCEMRules
import Foundation
import TypedHTML

/// What the school signs and joins to its request (docs/law.md#rule-12): the head's attestation —
/// the trip's dates, the place of stay, the accompanying adults, the teacher in charge — and the
/// alphabetical list of the pupils on the document, produced from the answers, to print on the
/// school's letterhead.
struct TripAttestationModel: Sendable {
    struct Pupil: Sendable {
        let surname: String
        let givenNames: String
        let born: String
        let nationality: String
        /// The photo's address (the head's download route), or nil when not given yet.
        let photo: String?
        let photoAlt: String
    }

    let reference: String
    let school: String
    let head: String
    let statement: String
    let adults: [String]
    let pupils: [Pupil]

    /// `photos`: the photo file in force of each pupil who has one.
    init(_ page: PageContext, trip: CollectiveTrip, school: School, headName: String, pupils: [TripPupil], photos: [UUID: UUID] = [:]) {
        let t = page.text.trip
        reference = trip.reference ?? school.uai
        self.school = "\(school.name) (\(school.uai))"
        head = headName
        statement = t.attestationStatement(headName, school.name, trip.destinationCountries.map(\.frenchName).joined(separator: ", "),
                                           DossierFormat.day(trip.departure, page), DossierFormat.day(trip.returnOn, page), trip.placeOfStay,
                                           trip.teacherName)
        adults = trip.adults.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let entries = pupils.compactMap { pupil in pupil.minor.map { (pupil.id!, $0) } }
        let minors = entries.map(\.1)
        let listed: [CollectiveTravelMinor]
        if let departure = trip.departureDay, let returnOn = trip.returnDay {
            listed = CollectiveTravel.list(minors, departure: departure, returnOn: returnOn).kept
        } else {
            listed = CollectiveTravel.alphabetical(minors)
        }
        var unmatched = entries
        self.pupils = listed.map { minor in
            let id = unmatched.firstIndex { $0.1 == minor }.map { unmatched.remove(at: $0).0 }
            return Pupil(surname: minor.surname.uppercased(), givenNames: minor.givenNames,
                         born: t.bornLine(DossierFormat.day(minor.birthDate, page), minor.birthPlace),
                         nationality: minor.nationalities.map(\.frenchName).joined(separator: ", "),
                         photo: id.flatMap { photos[$0] }.map { SiteURL.schoolTripFile(trip.id!, $0).path },
                         photoAlt: t.photoAlt(minor.displayName))
        }
    }
}

enum TripAttestationView {
    static func render(_ page: PageContext, _ model: TripAttestationModel, backLink: String) -> RenderedHTML {
        let t = page.text.trip
        return Layout(page: page, title: t.attestationTitle, backLink: backLink, printable: true, printReference: model.reference).render { main in
            main.element(.p, text: model.school)
            main.element(.h1, text: t.attestationTitle)
            main.element(.p, text: model.statement)
            if !model.adults.isEmpty {
                main.element(.h2, text: t.adultsLabel)
                main.list(model.adults)
            }
            main.element(.h2, .id("pupils-list"), text: t.listTitle)
            // A phone scrolls the five columns sideways rather than breaking names letter by letter.
            main.element(.div, .class("table-scroll"), .role("region"), .aria(.labelledby, "pupils-list"), .tabindex(0)) { scroll in
            scroll.element(.table, .class("table")) { table in
                table.element(.thead) { head in
                    head.element(.tr) { row in
                        for column in [t.photoColumn, t.surnameLabel, t.givenNamesLabel, t.birthLegend, t.nationalityLabel] { row.element(.th, text: column) }
                    }
                }
                table.element(.tbody) { body in
                    for pupil in model.pupils {
                        body.element(.tr) { row in
                            row.element(.td) { cell in
                                if let photo = pupil.photo {
                                    cell.void(.img, .src(photo), .alt(pupil.photoAlt), .class("pupil-photo"))
                                } else {
                                    cell.element(.span, .class("hint"), text: t.photoMissing)
                                }
                            }
                            row.element(.td, text: pupil.surname)
                            row.element(.td, text: pupil.givenNames)
                            row.element(.td, text: pupil.born)
                            row.element(.td, text: pupil.nationality)
                        }
                    }
                }
            }
            }
            main.element(.p, text: t.signatureLine(model.head))
        }
    }
}
