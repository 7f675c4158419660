extension TripText {
    static let english = TripText(
        tripsTitle: "Your school trips",
        noTrips: "No trip yet.",
        startButton: { school in "Prepare a trip — \(school)" },
        tripTitle: { school in "School trip — \(school)" },
        draftLead: "Collective travel document for the trip's foreign pupils. Fill in the trip, add the pupils, then file the request at least 15 days before departure.",
        referenceLine: { reference, day in "Request \(reference), filed on \(day)" },
        filedLead: "The request is in the hands of the préfecture of the school’s département.",
        openTrip: "Open",
        tripLine: { destinations, departure in "\(destinations) — leaving on \(departure)" },
        detailsTitle: "The trip",
        destinationsLegend: "Countries visited",
        destinationsHint: "A country of the European Union. Ireland asks for an individual travel document: it is not possible here.",
        departureLegend: "Departure date",
        returnLegend: "Return date",
        datesHint: "For example 14 4 2027",
        lastFilingDay: { day in "Last day to file the request: \(day)." },
        tooLateAlready: { day in "The last day to file was \(day): the request can no longer be filed for these dates." },
        placeLabel: "Place of stay",
        placeHint: "Town and lodging, for example Youth hostel, Berlin",
        teacherLabel: "Teacher in charge of the group",
        teacherHint: "Given name and surname",
        teacherOfSchoolLegend: "Teacher of the school",
        teacherOfSchoolLabel: "This teacher teaches at the school.",
        adultsLabel: "Other accompanying adults",
        adultsHint: "One a line: given name, surname and role",
        editTrip: "Change the trip",
        saveButton: "Save the trip",
        saved: "The trip is saved.",
        destinationsMissing: "Choose at least one country.",
        destinationRefused: { country, reason in "\(country): \(reason)" },
        dateInvalid: "Give a real date: day, month and year.",
        returnBeforeDeparture: "The return must be on the departure day or after.",
        textMissing: "This field is required.",
        pupilsTitle: "The pupils",
        pupilsLead: "Only pupils who are foreign minors for the whole trip are on the document. A French or European pupil, one who turns 18 before the return, or one who already holds a valid DCEM is not: the reason is given.",
        noPupils: "No pupil yet.",
        keptTitle: { count in count == 1 ? "1 pupil on the document" : "\(count) pupils on the document" },
        excludedTitle: { count in count == 1 ? "1 pupil who will not be on it" : "\(count) pupils who will not be on it" },
        pupilLine: { name, born, nationality in "\(name), born on \(born), \(nationality)" },
        removeButton: "Remove",
        addTitle: "Add a pupil",
        surnameLabel: "Surname",
        givenNamesLabel: "Given names",
        birthLegend: "Date of birth",
        birthPlaceLabel: "Place of birth",
        nationalityLabel: "Nationality",
        nationalityHint: "The country in French or its code, for example Maroc or MA",
        holdsDCEMLegend: "DCEM",
        holdsDCEMLabel: "The pupil already holds a valid DCEM",
        addButton: "Add the pupil",
        nationalityUnknown: "This country is not recognised: write its French name or its two-letter code.",
        importTitle: "Import a list (CSV)",
        importLead: "A CSV file, one line per pupil, with the template's columns. Lines in error are named and none is added while any remains.",
        templateLink: "Download the template (CSV)",
        fileLabel: "CSV file",
        importButton: "Import",
        imported: { count in count == 1 ? "1 pupil added." : "\(count) pupils added." },
        importErrorsTitle: "The file was not imported",
        tooManyPupils: { max in "A request lists at most \(max) pupils." },
        fileMissing: "Choose a CSV file.",
        attestationLink: "Attestation and list of pupils (to print and sign)",
        attestationTitle: "Attestation of the head of the school",
        attestationStatement: { head, school, destinations, departure, returnOn, place, teacher in
            "I, the undersigned \(head), head of \(school), certify that the pupils listed below take part in a school trip to \(destinations), from \(departure) to \(returnOn), staying at \(place), under the responsibility of \(teacher), a teacher of the school."
        },
        listTitle: "List of pupils (alphabetical order)",
        bornLine: { day, place in "\(day), \(place)" },
        signatureLine: { head in "Signature and stamp of the school — \(head)" },
        mailSubject: { action, reference in
            switch action {
            case .file: "Collective travel document request filed: \(reference)"
            case .closeDeparturePassed: "Request \(reference) closed: the departure has passed"
            case .requestDocuments: "Request \(reference): the préfecture asks for documents"
            case .grant: "Request \(reference): collective travel document granted"
            case .refuse: "Request \(reference): collective travel document refused"
            case .makeAvailable: "Request \(reference): the document is ready"
            default: "Request \(reference): news"
            }
        },
        mailBody: { action, reference, link in
            switch action {
            case .file: "Your request \(reference) is filed. The préfecture of the school's département is examining it. Follow it here: \(link)"
            case .closeDeparturePassed: "The departure day passed with no decision on request \(reference): it is closed and can no longer be decided. \(link)"
            case .requestDocuments: "The préfecture asks for documents for request \(reference). What it asks and the deadline are on the trip's page: \(link)"
            case .grant: "The préfecture grants the collective travel document for request \(reference). The decision, and the pupils not on it with the reason, are on the trip's page: \(link)"
            case .refuse: "The préfecture refuses the collective travel document for request \(reference). The reasons are on the trip's page: \(link)"
            case .makeAvailable: "The collective travel document of request \(reference) is ready: collect it at the préfecture before the departure. \(link)"
            case .markUncollected: "The collective travel document of request \(reference) was not collected before the end of the trip: it is of no use any more. \(link)"
            default: "Request \(reference) changed: \(link)"
            }
        },
        fileTitle: "File the request",
        fileLead: "Check the trip and the list: once filed, they no longer change. The préfecture of the school's département decides.",
        fileButton: "File the request",
        refusedTitle: "The request cannot be filed",
        conflict: "The trip changed since the page was shown (another tab?). Here is its current state.",
        notADraft: "The request is filed: it no longer changes.",
        notApproved: "The préfecture has not (yet) approved your account as head of this school.",
        documentsCount: { given, total in "\(given) of \(total) documents" },
        documentsLink: { name in "Documents of \(name)" },
        pupilDocumentsTitle: { name in "Documents of \(name)" },
        pupilDocumentsLead: "For each pupil on the document, the school joins these four documents. A new file replaces the previous one.",
        pupilNotOnDocument: { reason in "This pupil will not be on the document. \(reason) No document is asked for them." },
        documentGiven: { name, size, day in "\(name) (\(size)), sent on \(day)" },
        documentGivenTag: "Given",
        documentMissingTag: "Missing",
        documentUploaded: "The document is saved.",
        documentsClosed: "The request is filed: the documents no longer change, unless the préfecture asks for some.",
        photoHint: "A recent photo, JPEG or PNG: it is printed beside the name on the list of pupils.",
        backToTrip: "Back to the trip",
        missingTitle: "Documents still missing",
        documentShort: { kind in
            switch kind {
            case .parentalAuthorization: "parental authorization"
            case .parentsResidencePermits: "parents' residence permits"
            case .identityDocument: "identity document or birth certificate"
            case .photo: "photo"
            case .letterheadList, .headAttestation: kind.label(in: .en)
            }
        },
        noneOfTheFour: "none of the four documents",
        missingLine: { name, documents in "\(name): \(documents.joined(separator: "; "))" },
        missingRefusal: { name, documents in "Missing for \(name): \(documents.joined(separator: "; "))" },
        allDocumentsGiven: "The documents of every pupil on the document are here.",
        photoColumn: "Photo",
        photoMissing: "photo missing",
        photoAlt: { name in "Photo of \(name)" },
        deleteTitle: "Delete this draft",
        deleteLead: "The trip, its list of pupils and their documents are erased. Nothing was sent to the préfecture.",
        deleteConfirm: "I confirm deleting this draft",
        deleteConfirmMissing: "Tick the box to confirm the deletion.",
        deleted: "The draft is deleted."
    )
}
