import DCEMRules

/// A school trip's request, on the school head's pages (docs/pages.md#school-trips).
struct TripText: Sendable {
    let tripsTitle: String
    let noTrips: String
    let startButton: @Sendable (_ school: String) -> String
    let tripTitle: @Sendable (_ school: String) -> String
    let draftLead: String
    let referenceLine: @Sendable (_ reference: String, _ day: String) -> String
    let filedLead: String
    let openTrip: String
    let tripLine: @Sendable (_ destinations: String, _ departure: String) -> String
    // The trip's details
    let detailsTitle: String
    let destinationsLegend: String
    let destinationsHint: String
    let departureLegend: String
    let returnLegend: String
    let datesHint: String
    let lastFilingDay: @Sendable (_ day: String) -> String
    let tooLateAlready: @Sendable (_ day: String) -> String
    let placeLabel: String
    let placeHint: String
    let teacherLabel: String
    let teacherHint: String
    let teacherOfSchoolLegend: String
    let teacherOfSchoolLabel: String
    let adultsLabel: String
    let adultsHint: String
    let editTrip: String
    let saveButton: String
    let saved: String
    let destinationsMissing: String
    let destinationRefused: @Sendable (_ country: String, _ reason: String) -> String
    let dateInvalid: String
    let returnBeforeDeparture: String
    let textMissing: String
    // Pupils
    let pupilsTitle: String
    let pupilsLead: String
    let noPupils: String
    let keptTitle: @Sendable (_ count: Int) -> String
    let excludedTitle: @Sendable (_ count: Int) -> String
    let pupilLine: @Sendable (_ name: String, _ born: String, _ nationality: String) -> String
    let removeButton: String
    let addTitle: String
    let surnameLabel: String
    let givenNamesLabel: String
    let birthLegend: String
    let birthPlaceLabel: String
    let nationalityLabel: String
    let nationalityHint: String
    let holdsDCEMLegend: String
    let holdsDCEMLabel: String
    let addButton: String
    let nationalityUnknown: String
    let importTitle: String
    let importLead: String
    let templateLink: String
    let fileLabel: String
    let importButton: String
    let imported: @Sendable (_ count: Int) -> String
    let importErrorsTitle: String
    let tooManyPupils: @Sendable (_ max: Int) -> String
    let fileMissing: String
    // The attestation and the list, to sign
    let attestationLink: String
    let attestationTitle: String
    let attestationStatement: @Sendable (_ head: String, _ school: String, _ destinations: String, _ departure: String, _ returnOn: String,
                                         _ place: String, _ teacher: String) -> String
    let listTitle: String
    let bornLine: @Sendable (_ day: String, _ place: String) -> String
    let signatureLine: @Sendable (_ head: String) -> String
    // Mails
    let mailSubject: @Sendable (_ action: CollectiveTravelAction, _ reference: String) -> String
    let mailBody: @Sendable (_ action: CollectiveTravelAction, _ reference: String, _ link: String) -> String
    // Filing
    let fileTitle: String
    let fileLead: String
    let fileButton: String
    let refusedTitle: String
    let conflict: String
    let notADraft: String
    let notApproved: String
    // Each pupil's documents (`CollectiveTravelDocument.perPupil`)
    let documentsCount: @Sendable (_ given: Int, _ total: Int) -> String
    let documentsLink: @Sendable (_ name: String) -> String
    let pupilDocumentsTitle: @Sendable (_ name: String) -> String
    let pupilDocumentsLead: String
    let pupilNotOnDocument: @Sendable (_ reason: String) -> String
    let documentGiven: @Sendable (_ name: String, _ size: String, _ day: String) -> String
    let documentGivenTag: String
    let documentMissingTag: String
    let documentUploaded: String
    let documentsClosed: String
    let photoHint: String
    let backToTrip: String
    let missingTitle: String
    /// A per-pupil document in a few words, for the lists of what is missing.
    let documentShort: @Sendable (_ kind: CollectiveTravelDocument) -> String
    let noneOfTheFour: String
    let missingLine: @Sendable (_ name: String, _ documents: [String]) -> String
    let missingRefusal: @Sendable (_ name: String, _ documents: [String]) -> String
    let allDocumentsGiven: String
    let photoColumn: String
    let photoMissing: String
    let photoAlt: @Sendable (_ name: String) -> String
    // Deleting a draft
    let deleteTitle: String
    let deleteLead: String
    let deleteConfirm: String
    let deleteConfirmMissing: String
    let deleted: String
}
