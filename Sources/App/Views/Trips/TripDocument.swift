import DCEMDossier
import DCEMRules
import Foundation
import TypedHTML

/// The printable document de voyage collectif (docs/pages.md#the-prefectures-side-of-a-school-trip).
struct TripDocumentModel: Sendable {
    struct Pupil: Sendable {
        let name: String
        let born: String
        let nationality: String
        let photo: String?
    }

    let title: String
    let number: String
    let intro: String
    let rows: [VerificationResultModel.Row]
    let validity: String
    let pupilsTitle: String
    let pupils: [Pupil]
    let code: String?
    let verifyAt: String

    init(_ page: PageContext, trip: CollectiveTrip, printable: TripDesk.Printable, publicURL: String, photo: (UUID) -> String) {
        let t = page.text.tripDesk, k = page.text.trip
        let prefecture = (Departement(code: trip.departement) ?? .paris).serviceName
        title = t.documentTitle
        number = trip.documentNumber ?? ""
        intro = t.documentIntro(prefecture)
        var rows: [VerificationResultModel.Row] = [
            .init(label: t.documentNumber, value: trip.documentNumber ?? ""),
            .init(label: t.columnSchool, value: printable.school.map { "\($0.name) (UAI \($0.uai))" } ?? ""),
            .init(label: k.teacherLabel, value: trip.teacherName),
            .init(label: k.destinationsLegend, value: trip.destinationCountries.map(\.frenchName).joined(separator: ", ")),
        ]
        // No empty line when the teacher goes alone, as on the head's attestation.
        if !trip.adults.allSatisfy(\.isWhitespace) { rows.append(.init(label: k.adultsLabel, value: trip.adults)) }
        self.rows = rows
        validity = t.validity(DossierFormat.day(trip.departure, page), DossierFormat.day(trip.returnOn, page))
        pupilsTitle = t.pupilsListed(printable.listed.count)
        pupils = printable.listed.compactMap { pupil in
            guard let minor = pupil.minor else { return nil }
            // The current photo: the desk lists the files by upload time, the newest last.
            let current = printable.photos.last { $0.pupilID == pupil.id }
            return Pupil(name: minor.displayName, born: k.bornLine(DossierFormat.day(minor.birthDate, page), minor.birthPlace),
                         nationality: minor.nationalities.map(\.frenchName).joined(separator: ", "), photo: current.map { photo($0.id!) })
        }
        code = printable.code
        verifyAt = t.verificationLine(publicURL + SiteURL.verification.path)
    }
}

enum TripDocumentView {
    static func render(_ page: PageContext, _ model: TripDocumentModel, backLink: String, navigation: Layout.Navigation? = nil) -> RenderedHTML {
        let t = page.text.tripDesk
        return Layout(page: page, title: model.title + " " + model.number, backLink: backLink, printable: true, printReference: model.number, navigation: navigation).render { main in
            main.element(.h1, text: model.title)
            main.element(.p, .class("lead"), text: model.intro)
            main.rows(model.rows)
            main.element(.p, .class("panel"), text: model.validity)
            main.element(.h2, .id("pupils-on-document"), text: model.pupilsTitle)
            // A phone scrolls the columns sideways rather than breaking names letter by letter (the
            // printed page's frame has a fixed layout, so the wide table does not stretch it).
            main.element(.div, .class("table-scroll"), .role("region"), .aria(.labelledby, "pupils-on-document"), .tabindex(0)) { scroll in
            scroll.element(.table, .class("table")) { table in
                table.element(.thead) { head in
                    head.element(.tr) { row in
                        for label in [t.columnPhoto, t.columnName, t.columnBorn, t.columnNationality] { row.element(.th, .scope("col"), text: label) }
                    }
                }
                table.element(.tbody) { body in
                    for pupil in model.pupils {
                        body.element(.tr) { tr in
                            tr.element(.td) { cell in
                                if let photo = pupil.photo {
                                    cell.void(.img, .src(photo), .alt(t.photoOf(pupil.name)), .class("pupil-photo"))
                                } else {
                                    cell.element(.span, .class("hint"), text: t.photoMissing)
                                }
                            }
                            tr.element(.th, .scope("row"), text: pupil.name)
                            tr.element(.td, text: pupil.born)
                            tr.element(.td, text: pupil.nationality)
                        }
                    }
                }
            }
            }
            main.element(.h2, text: t.verificationCode)
            if let code = model.code {
                main.element(.p, .class("reference hash"), text: code)
            } else {
                main.element(.p, text: page.text.verification.printCodeUnavailable)
            }
            main.element(.p, text: model.verifyAt)
        }
    }
}
