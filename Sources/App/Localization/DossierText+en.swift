import DCEMRules

extension DossierText {
    static let english = DossierText(
        myTitle: "My applications",
        myEmpty: "You have no application yet.",
        myStart: "Start an application",
        draft: "Draft",
        resume: "Go back to the application",
        open: "View the case",
        unnamedChild: "Child (name to fill in)",
        referenceLabel: "Reference",
        filedOnLabel: "Filed on",
        silenceLine: { date in "If the préfecture has not answered by \(date), the application counts as refused." },
        startTitle: "Start an application",
        startFromSimulator: "Your answers to the eligibility test are carried over to the application. Check the two choices below, suggested from them.",
        roleContradicts: "These two answers do not go together: a legal person's representative (ASE, association) chooses this situation and this role, and only they do",
        documentQuestion: "Which document are you applying for?",
        documentDCEM: "A travel document for a foreign minor (DCEM)",
        documentDCEMHint: "For a foreign child living in France. A school group trip is applied for by the school.",
        profileQuestion: "What is your situation?",
        startSituationQuestion: "Which sentence describes the child's situation?",
        startDocumentNote: "This service is for the DCEM, the travel document of a foreign child who lives in France. For a school group trip, the school applies.",
        startRoleQuestion: "Who are you to the child?",
        profileLabel: { profile in
            switch profile {
            case .nonEuropeanParentWithPermit: "A parent is a foreigner from outside the European Union and holds a French residence permit"
            case .europeanParentWithPermit: "A parent is a citizen of the European Union, the European Economic Area or Switzerland and holds a residence card"
            case .europeanWithoutPermit: "A parent is French, or a European citizen without a residence card"
            case .legalPersonRepresentative: "The child is in the care of a service (the ASE) or an association, which I represent"
            }
        },
        profileMissing: "Choose the situation that fits yours",
        roleQuestion: "Who is applying?",
        roleHint: { role in
            switch role {
            case .parent: "You are the child's father or mother."
            case .thirdPartyAuthority: "A judge gave you parental authority."
            case .mandatary: "A parent gave you a written mandate."
            case .legalPersonRepresentative: "You act for the ASE or an association."
            }
        },
        roleMissing: "Choose who is applying",
        startButton: "Start",
        taskTitle: "Your DCEM application",
        taskLead: "Fill in the parts in any order. Everything is saved as you go: you can stop and come back later, from any device.",
        sectionTitle: { section in
            switch section {
            case .child: "The child"
            case .parents: "The parents"
            case .applicant: "The applicant"
            case .address: "The child's address"
            case .situation: "The situation"
            case .documents: "Supporting documents"
            case .photos: "Photos"
            case .check: "Check and file"
            }
        },
        statusLabel: { status in
            switch status {
            case .notStarted: "Not started"
            case .inProgress: "In progress"
            case .completed: "Completed"
            case .cannotStartYet: "Cannot start yet"
            case .problem: "There is a problem"
            }
        },
        prefectureLine: { service, dep in "Service in charge: \(service) (\(dep))" },
        eligibleNow: "From your answers, the child can get the DCEM, on these grounds:",
        notEligibleNow: "From your answers, the child cannot get the DCEM. Check your answers about the situation.",
        notEligibleLink: "See why and change your answers",
        situationProblemTitle: "From your answers, the child cannot get the DCEM",
        situationProblemLead: "Here is the reason. If an answer is wrong, change it: the application updates at once.",
        situationAnswersTitle: "Your answers about the situation",
        situationProblemAfter: "If all your answers are right, the application cannot be filed. The préfecture of your département can tell you which document to ask for.",
        saveLater: "Save and come back later",
        deleteDraftHint: "A draft is not sent to the préfecture.",
        missing: { field in "Enter: \(field.lowercased())" },
        controlCharacters: { field in "“\(field)” must fit on one line, without invisible or control characters (line break, tab, zero-width space, text direction mark). Type it again." },
        controlCharactersInText: { field in "“\(field)” holds an invisible or control character (tab, zero-width space, text direction mark). Type the text again; line breaks are fine." },
        yes: "Yes",
        no: "No",
        saveContinue: "Save and continue",
        childTitle: "The child",
        surname: "Surname",
        givenNames: "Given names",
        sex: "Sex",
        female: "Female",
        male: "Male",
        birthPlace: "Town of birth",
        birthCountry: "Country of birth",
        nationality: "Nationality",
        nationalityHint: "As on the passport, for example: Moroccan.",
        passportNumber: "Passport number (optional)",
        passportNumberHint: "If the child has a passport: they always travel with it.",
        passportExpires: "Passport expiry date (optional)",
        passportExpiresHint: "For example 27 3 2030.",
        dateInFuture: { field in "“\(field)” is after today: check the year" },
        fieldTooLong: { field, max in "“\(field)”: \(max) characters at most, shorten it" },
        dateInvalid: { field in "Enter a date that exists for “\(field)”: the day, month and year in figures" },
        day: "Day",
        month: "Month",
        year: "Year",
        parentsTitle: "The parents",
        parentHeading: { n in "Parent \(n)" },
        parentBirthDate: "Date of birth (optional)",
        secondParentQuestion: "Are you declaring a second parent?",
        secondParentHint: "Leave parent 2's fields empty when parentage is established with one parent only.",
        applicantTitle: "The applicant",
        applicantLead: { role in "You are applying as: \(role)." },
        phone: "Phone number",
        phoneHint: "The préfecture may call you about the appointment. For example 06 12 34 56 78.",
        phoneInvalid: "Enter a phone number of 8 to 15 digits, for example 06 12 34 56 78",
        organisation: "Name of the organisation (ASE, association)",
        addressTitle: "The child's address",
        addressHint: "Where the child lives. It decides which préfecture handles the application.",
        line1: "Number and street",
        line2: "Address line 2 (optional)",
        postalCode: "Postcode",
        city: "Town",
        postalCodeInvalid: "Enter the 5-digit postcode of a French town, for example 75011",
        departementQuestion: "Which département is the town in?",
        departementHint: { code in "The postcode \(code) serves towns in several départements. The département decides which préfecture handles the application." },
        departementChoice: { d in "\(d.name) (\(d.code)) – \(d.serviceName)" },
        departementMissing: { code in "Choose the town’s département: the postcode \(code) serves several départements" },
        departementNotForPostalCode: { code, codes in
            codes.count == 1 ? "The postcode \(code) belongs to département \(codes[0]): check the postcode or choose that département"
                : "Choose one of the départements of the postcode \(code): \(codes.joined(separator: " or "))"
        },
        documentsTitle: "Supporting documents",
        documentsLead: "Each document has its own slot. You can upload several files for one document (front and back, several pages).",
        acceptedFiles: "Accepted formats: PDF, JPEG or PNG, at most 10 MB per file.",
        chooseFile: "Choose a file",
        upload: "Upload the file",
        remove: "Remove",
        noFile: "No file yet.",
        fileLine: { name, size in "\(name) (\(size))" },
        translationOf: { label in "Translation by a sworn translator: \(label)" },
        languageQuestion: { label in "Is “\(label)” written in French?" },
        languageFrench: "Yes, in French",
        languageForeign: "No, in another language",
        languageSave: "Save the answer",
        fileMissing: "Choose a file to upload",
        fileTooLarge: "The file is over 10 MB. Make it smaller (a lighter photo, a compressed PDF) and upload it again",
        fileWrongType: "The file must be a PDF, a JPEG or a PNG. Save it in one of these formats and upload it again",
        uploadMalformed: "The upload did not go through. Choose the file again and upload it",
        backToTasks: "Back to the application",
        photosTitle: "Photos of the child",
        photosLead: { date in "Two recent passport photos of the child, taken on \(date) or later (less than 6 months old at filing)." },
        photoTakenOn: "Date the photo was taken",
        photoDateInvalid: { earliest, today in "Enter the date of the photo, a day between \(earliest) and \(today)" },
        photoDateInFuture: { today in "The photo's date is after today: enter the day it was taken, \(today) at the latest" },
        photoNotImage: "The photo must be a JPEG or PNG picture, not a PDF: send the photo itself",
        photoTooOld: { date in "The photo must have been taken on \(date) or later. Have a more recent one taken" },
        photoLine: { name, date in "\(name), taken on \(date)" },
        checkTitle: "Check your application before you file it",
        change: "Change",
        notProvided: "Not provided",
        fileButton: "File the application",
        declaration: "By filing the application you certify that the information and documents are accurate. A false statement is punished by law.",
        problemSection: { section in "Complete the part “\(section)”" },
        problemLanguage: { label in "Say whether “\(label)” is written in French" },
        problemMissing: { label in "Add the document “\(label)”" },
        problemPhotos: { n in n > 1 ? "Add \(n) photos of the child" : "Add one more photo of the child" },
        problemOldPhotos: { date in "Replace the photos taken before \(date)" },
        documentsHeading: "Documents uploaded",
        eligibilityHeading: "Your right to the DCEM",
        groundsLine: "On these grounds:",
        confirmationTitle: "Application filed",
        confirmationReference: "Your reference",
        nextTitle: "What happens next",
        nextSteps: [
            "An acknowledgement of receipt has been sent to you by email.",
            "The préfecture examines the application. If a document is missing it will write to you: you upload it into your case.",
            "When the document is ready you get an appointment to collect it with the child.",
        ],
        silenceExplained: { date in "If the préfecture has not answered you by \(date), the application counts as refused (implicit refusal). This delay starts again if the préfecture asks you for a document and you provide it." },
        appealRoutes: "Against a refusal, explicit or implicit, you can ask the préfet to reconsider (recours gracieux) and go to the administrative court (recours contentieux), each within two months.",
        helpLine: "A question? Write to the préfecture from your case, under Messages.",
        receiptLink: "Print the acknowledgement of receipt",
        cerfaLink: "Print the filled-in cerfa form 11203",
        followLink: "Follow the case",
        receiptTitle: "Acknowledgement of receipt of the application",
        serviceLabel: "Service in charge of the application",
        implicitRefusalLabel: "Date of implicit refusal if there is no answer",
        hashLabel: "SHA-256 fingerprint",
        answersHeading: "Your answers",
        cerfaTitle: "Application for a travel document for a foreign minor — cerfa form 11203",
        cerfaNote: "Form filled in with the answers of your application. Print it, date and sign it, then add it (photo or scan) to the application's documents. Check every box: correct your application online rather than by hand.",
        cerfaChild: "1. The minor",
        cerfaParents: "3. The minor's parentage",
        cerfaApplicant: "2. The applicant",
        cerfaAddress: "4. The minor's address in France",
        cerfaLabel: { field in
            switch field {
            case .surname: "Surname"
            case .givenNames: "Given name(s)"
            case .sex: "Sex"
            case .birthDate: "Date of birth"
            case .birthPlace: "Place of birth"
            case .birthCountry: "Country of birth"
            case .nationality: "Nationality"
            case .passport: "Passport no."
            case .capacity: "Capacity"
            case .organisation: "Organisation"
            case .phone: "Telephone"
            case .email: "E-mail"
            case .street: "Address"
            case .postalCode: "Postal code"
            case .city: "Town"
            }
        },
        cerfaParent: { n in "Parent \(n)" },
        cerfaCertify: "I certify that the information on this form is accurate.",
        cerfaSignature: "Signed at ………………, on ……………… Applicant's signature:",
        stepsTitle: "Where the case stands",
        stepDone: { date in "Done on \(date)" },
        stepCurrent: "In progress",
        stepSince: { date in "Since \(date)" },
        stepLater: "To come",
        nextActionTitle: "What you need to do",
        nothingToDo: "Nothing for now: the préfecture will write to you.",
        requestTitle: "The préfecture asks for documents",
        requestBody: { why, date in "Reason: \(DossierText.sentence(why)) Answer by \(date)." },
        requestAnswer: "I have added the documents: send my answer",
        requestMissing: { label, photos in
            photos ? "Add two photos of the child before sending your answer" : "Add the requested document before sending your answer: \(label)"
        },
        requestAnswered: "Your answer has been sent. The préfecture's time to answer starts again today.",
        grantedTitle: "The DCEM is granted",
        grantedBody: { from, until, territory in "Valid from \(from) to \(until). \(territory)" },
        refusedTitle: "The application is refused",
        implicitRefusalTitle: "The application is implicitly refused",
        implicitRefusalBody: { date in "The préfecture did not answer by \(date): the law treats this silence as a refusal." },
        appealTitle: "Challenge the decision",
        challengeLead: { day in "If you disagree, you can challenge this decision until \(day):" },
        challengeLeadUndated: "If you disagree, you can challenge this decision within two months:",
        challengeGracieux: "ask the préfet to reconsider, in writing (recours gracieux);",
        challengeHierarchique: "ask the Minister of the Interior to reconsider, in writing (recours hiérarchique);",
        challengeCourt: { court in "go to the \(court) (administrative court, recours contentieux), by post or on the Télérecours citoyens website." },
        challengeNote: "If you write to the préfet or the minister before that date, you will still have two months to go to court, from their answer (or from two months of silence, which counts as a refusal). Attach a copy of the decision to your appeal.",
        reasonsLead: { day in "You can also ask the préfecture why the application was refused, until \(day). It must answer within one month; the time to go to court then only starts from its answer." },
        reasonsLink: "Ask for the reasons of the refusal",
        // Sent to the préfecture, which works in French: the request stays in French.
        reasonsRequestBody: { reference, day in
            "Bonjour,\n\nJe vous demande les motifs du refus implicite né le \(day) sur la demande de document de circulation pour étranger mineur \(reference) (article L. 232-4 du code des relations entre le public et l’administration).\n\nMerci."
        },
        decisionLetterLink: "Print the decision",
        decisionLetterTitle: "Decision on the application for a document de circulation pour étranger mineur",
        decisionDated: { day in "Decision of \(day)" },
        grantedNext: "The préfecture is preparing the document. It will send you an appointment to collect it: you will get an e-mail, and the appointment will be on this page.",
        renewBy: { until, by, months in "The DCEM is valid until \(until). To renew it, apply by \(by) at the latest: the préfecture has up to \(months) months to answer." },
        withdrawnNext: "You withdrew this application. You can make a new one whenever you want, from “My applications”.",
        stepNotApplicable: "Does not apply",
        prefectureWrote: { day in "The préfecture wrote to you on \(day): read its message" },
        dcemNumberLine: { number in "Document number: \(number)" },
        convocationTitle: "Your appointment",
        convocationBody: { place, day, time in "Appointment on \(day) at \(time), \(place)." },
        bringTitle: "What to bring",
        bringChild: "the child, who must be there;",
        bringConvocation: "this appointment letter;",
        bringFee: { amount in "a €\(amount) timbre fiscal (online at timbres.impots.gouv.fr or from a tobacconist)." },
        bringExempt: "no timbre fiscal: this application is exempt.",
        uncollectedWarning: { date in "A document not collected by \(date) is destroyed." },
        convocationLink: "Print the appointment letter",
        postponeTitle: "Ask for another appointment",
        postponeReason: "Why can you not come?",
        postponeDates: "Details (optional)",
        postponeDatesHint: "For example: mornings only, not on Wednesdays.",
        postponeButton: "Ask for another appointment",
        postponeSent: "Your request has been sent. The préfecture will answer you.",
        postponeFrom: "From which day can you come?",
        postponeFromHint: { first, last in last.map { "A date between \(first) and \($0): after that date, the document is no longer kept." } ?? "A date from \(first)." },
        postponeFromInvalid: { first, last in last.map { "Enter a real date, between \(first) and \($0)" } ?? "Enter a real date, from \(first)" },
        postponeTooLong: { field, max in "“\(field)”: \(max) characters at most" },
        postponePending: { from, appointment in "Your request for another appointment has been sent: you can come from \(from). Until the préfecture answers, your appointment stays \(appointment). If it cannot be moved, come to that appointment." },
        appointmentAt: { day, time in "on \(day) at \(time)" },
        familyTurn: { turn in
            switch turn {
            case .finishDraft: "To do: finish the application and file it"
            case .answerRequest: "To do: send the documents the préfecture asked for"
            case .collect: "To do: collect the document at the appointment"
            }
        },
        deleteDraftTitle: "Delete this draft",
        deleteDraftBody: "The answers and documents of this draft will be erased. Nothing was sent to the préfecture. This cannot be undone.",
        deleteDraftButton: "Delete the draft",
        draftDeleted: "The draft has been deleted.",
        withdrawTitle: "Withdraw the application",
        withdrawBody: "You can withdraw the application until the préfecture decides. The case is then closed; getting the document will take a new application.",
        withdrawButton: "Withdraw the application",
        withdrawnNotice: "The application has been withdrawn.",
        historyTitle: "History",
        correctTitle: "Correct or complete the case",
        correctLead: "Before you answer, you can also correct your answers or add other documents. What was already filed stays in the case.",
        renewTitle: "Renew the DCEM",
        renewLead: "Start the renewal: your answers carry over, and so do the civil-status records. Check them and add recent documents (proof of address, photos, residence permits).",
        renewButton: "Start the renewal",
        siblingTitle: "A brother or sister?",
        siblingLead: "Each child has an application of their own. The answers about the parents, the applicant and the address carry over, with their documents.",
        siblingButton: "Apply for another child",
        copiedFrom: { reference in "Prefilled from case \(reference). Check each section before you file." },
        postponeDeclined: { reason in "The préfecture could not accept the postponement: \(reason). The appointment below still stands." },
        deliveredOn: { date in "Document handed over on \(date)." },
        foreignerNumberLine: { number in "The child's foreigner number: \(number)" },
        rejectedTitle: "Documents the préfecture rejected",
        rejectedLine: { document, reason in "\(document): \(reason)" },
        messagesTitle: "Messages",
        messagesEmpty: "No message yet.",
        messageLabel: "Your message to the préfecture",
        messageSend: "Send the message",
        messageMissing: "Write your message",
        fromYou: "You",
        fromPrefecture: "The préfecture",
        messagesLink: { count in count == 0 ? "Write to the préfecture" : "Messages (\(count))" },
        messageLead: "Ask the préfecture a question or send it a detail. You can attach a file. To answer a request for documents, use the form on the case page instead.",
        messageAttachment: "Attached file (optional)",
        messageAttachmentHint: "PDF, JPEG or PNG, 10 MB at most.",
        messageTooLong: { max in "Shorten your message: \(max) characters at most" },
        messageSent: "Your message has been sent to the préfecture.",
        messageByLine: { author, when in "\(author), on \(when)" },
        messageMail: "The préfecture has written to you. Read its message in your case.",
        warnPassport: { date in "The child's passport expires on \(date), before the DCEM does: remember to renew it, the child travels with both." },
        warnPermit: { date in "A parent's residence permit expires on \(date): if you can, add the renewal receipt." },
        warnPhoto: { date in "A photo will be over 6 months old on \(date): file before then, or plan a more recent photo." },
        mailFiledSubject: { reference in "Acknowledgement of receipt — application \(reference)" },
        mailFiledBody: { reference, filedOn, service, silence, url in
            """
            Hello,

            Your application for a travel document for a foreign minor has been filed.

            Reference: \(reference)
            Filed on: \(filedOn)
            Service in charge: \(service)

            If this service has not answered you by \(silence), the application counts as refused (implicit refusal: article L. 231-4 of the code des relations entre le public et l'administration and decree n° 2014-1292 of 23 October 2014). This delay starts again if documents are asked of you, from the day you provide them.

            Against a refusal, explicit or implicit, you can ask the préfet to reconsider (recours gracieux) and go to the administrative court (recours contentieux), each within two months.

            Follow the case: \(url)
            """
        },
        mailActionSubject: { action, reference in
            switch action {
            case .startInstruction: "Application \(reference): examination started"
            case .requestDocuments: "Application \(reference): documents asked"
            case .answerRequest: "Application \(reference): answer sent"
            case .resumeInstruction: "Application \(reference): examination resumed"
            case .grant: "Application \(reference): DCEM granted"
            case .refuse: "Application \(reference): refused"
            case .implicitRefusal: "Application \(reference): implicit refusal"
            case .makeAvailable: "Application \(reference): document ready, your appointment"
            case .requestPostponement: "Application \(reference): another appointment asked"
            case .acceptPostponement: "Application \(reference): new appointment"
            case .declinePostponement: "Application \(reference): appointment unchanged"
            case .handOver: "Application \(reference): document handed over"
            case .markUncollected: "Application \(reference): document not collected"
            case .withdraw: "Application \(reference): withdrawn"
            case .file: "Application \(reference): filed"
            }
        },
        mailMessageSubject: { reference in "Application \(reference): new message from the préfecture" },
        bringApplicant: "yourself, with your identity document;",
        bringPassport: "the child's passport, if they have one;",
        mailUpdateBody: { reference, what, url in
            """
            Hello,

            There is news on application \(reference):

            \(what)

            All the details are in your case: \(url)
            """
        },
        actionMail: { action in
            switch action {
            case .startInstruction: "The préfecture has started examining the application."
            case .requestDocuments: "The préfecture asks you for documents. Upload them into your case by the date given: the préfecture's time to answer will start again from the day you answer."
            case .answerRequest: "Your answer has been passed to the préfecture. Its time to answer starts again today."
            case .resumeInstruction: "The préfecture is examining the case again as it stands."
            case .grant: "The DCEM is granted. You will get an appointment to collect it."
            case .refuse: "The application is refused. The reasons and the ways to challenge it are in your case."
            case .implicitRefusal: "The préfecture did not answer in time: the application is implicitly refused. The ways to challenge it are in your case."
            case .makeAvailable: "The document is ready. Your appointment letter is in your case: print it and come with the child."
            case .requestPostponement: "Your request for another appointment has been passed to the préfecture."
            case .acceptPostponement: "The préfecture accepted another appointment: a new appointment letter is in your case."
            case .declinePostponement: "The préfecture could not change the appointment: the first one stands."
            case .handOver: "The document has been handed over."
            case .markUncollected: "The document was not collected within 3 months: it has been destroyed."
            case .withdraw: "You withdrew the application. The case is closed and the préfecture has been told. Getting the document will take a new application."
            case .file: ""
            }
        },
        mailChildAccountSubject: { child in "A foreigner number for \(child)" },
        mailChildAccountBody: { child, number, url in
            """
            Hello,

            With the DCEM, \(child) now has a foreigner number of their own: \(number).
            Keep it: it will be asked for in future steps (renewing the DCEM, a residence permit at 18).

            The case: \(url)
            """
        },
        mailDraftDeletionSubject: { day in "Your draft will be deleted on \(day)" },
        mailDraftDeletionBody: { child, day, url in
            """
            Hello,

            Your DCEM application\(child.map { " for \($0)" } ?? "") has stayed a draft, unchanged, for almost 6 months.
            To protect your data, it will be deleted on \(day), with its documents, unless you open it before then.

            Open the draft: \(url)

            If you no longer mean to file it, there is nothing to do.
            """
        },
        archiveLink: "Download this application (ZIP)",
        mailSignature: "— DCEM online (automatic message, please do not reply)"
    )
}
