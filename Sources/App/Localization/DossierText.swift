import DCEMDossier
import DCEMRules

/// The family's application and case pages, and their mails.
struct DossierText: Sendable {
    // My applications
    let myTitle: String
    let myEmpty: String
    let myStart: String
    let draft: String
    let resume: String
    let open: String
    let unnamedChild: String
    let referenceLabel: String
    let filedOnLabel: String
    let silenceLine: @Sendable (_ date: String) -> String

    // Start
    let startTitle: String
    let startFromSimulator: String
    let roleContradicts: String
    let documentQuestion: String
    let documentDCEM: String
    let documentDCEMHint: String
    let profileQuestion: String
    /// The start's first page: one question, in a family's words (docs/pages.md#start).
    let startSituationQuestion: String
    let startDocumentNote: String
    /// The start's second page.
    let startRoleQuestion: String
    let profileLabel: @Sendable (SituationProfile) -> String
    let profileMissing: String
    let roleQuestion: String
    let roleHint: @Sendable (ApplicantRole) -> String
    let roleMissing: String
    let startButton: String

    // Task list
    let taskTitle: String
    let taskLead: String
    let sectionTitle: @Sendable (DossierSection) -> String
    let statusLabel: @Sendable (SectionStatus) -> String
    let prefectureLine: @Sendable (_ service: String, _ departement: String) -> String
    let eligibleNow: String
    let notEligibleNow: String
    /// The link from the task list to the reason and the answers that lead to it.
    let notEligibleLink: String
    /// The situation page when the answers make the child not eligible.
    let situationProblemTitle: String
    let situationProblemLead: String
    let situationAnswersTitle: String
    let situationProblemAfter: String
    let saveLater: String
    let deleteDraftHint: String

    // Shared form words
    let missing: @Sendable (_ field: String) -> String
    /// A field holding a line break or an invisible character (`TextInput`).
    let controlCharacters: @Sendable (_ field: String) -> String
    /// A text area holding an invisible character (line breaks are fine there).
    let controlCharactersInText: @Sendable (_ field: String) -> String
    let yes: String
    let no: String
    let saveContinue: String

    // Child
    let childTitle: String
    let surname: String
    let givenNames: String
    let sex: String
    let female: String
    let male: String
    let birthPlace: String
    let birthCountry: String
    let nationality: String
    let nationalityHint: String
    let passportNumber: String
    let passportNumberHint: String
    let passportExpires: String
    let passportExpiresHint: String
    let dateInFuture: @Sendable (_ field: String) -> String
    let fieldTooLong: @Sendable (_ field: String, _ max: Int) -> String
    let dateInvalid: @Sendable (_ field: String) -> String
    let day: String
    let month: String
    let year: String

    // Parents
    let parentsTitle: String
    let parentHeading: @Sendable (_ number: Int) -> String
    let parentBirthDate: String
    let secondParentQuestion: String
    let secondParentHint: String

    // Applicant
    let applicantTitle: String
    let applicantLead: @Sendable (_ role: String) -> String
    let phone: String
    let phoneHint: String
    let phoneInvalid: String
    let organisation: String

    // Address
    let addressTitle: String
    let addressHint: String
    let line1: String
    let line2: String
    let postalCode: String
    let city: String
    let postalCodeInvalid: String
    /// A postal code serving several départements: the family says which one.
    let departementQuestion: String
    let departementHint: @Sendable (_ postalCode: String) -> String
    let departementChoice: @Sendable (_ departement: Departement) -> String
    let departementMissing: @Sendable (_ postalCode: String) -> String
    let departementNotForPostalCode: @Sendable (_ postalCode: String, _ codes: [String]) -> String

    // Documents
    let documentsTitle: String
    let documentsLead: String
    let acceptedFiles: String
    let chooseFile: String
    let upload: String
    let remove: String
    let noFile: String
    let fileLine: @Sendable (_ name: String, _ size: String) -> String
    let translationOf: @Sendable (_ label: String) -> String
    let languageQuestion: @Sendable (_ label: String) -> String
    let languageFrench: String
    let languageForeign: String
    let languageSave: String
    let fileMissing: String
    let fileTooLarge: String
    let fileWrongType: String
    let uploadMalformed: String
    let backToTasks: String

    // Photos
    let photosTitle: String
    let photosLead: @Sendable (_ earliest: String) -> String
    let photoTakenOn: String
    /// The photo's date is not a real day: the range that is accepted, from `earliest` to `today`.
    let photoDateInvalid: @Sendable (_ earliest: String, _ today: String) -> String
    let photoDateInFuture: @Sendable (_ today: String) -> String
    let photoNotImage: String
    let photoTooOld: @Sendable (_ earliest: String) -> String
    let photoLine: @Sendable (_ name: String, _ date: String) -> String

    // Check and file
    let checkTitle: String
    let change: String
    let notProvided: String
    let fileButton: String
    let declaration: String
    let problemSection: @Sendable (_ section: String) -> String
    let problemLanguage: @Sendable (_ label: String) -> String
    let problemMissing: @Sendable (_ label: String) -> String
    let problemPhotos: @Sendable (_ count: Int) -> String
    let problemOldPhotos: @Sendable (_ earliest: String) -> String
    let documentsHeading: String
    let eligibilityHeading: String
    let groundsLine: String

    // Confirmation and receipt
    let confirmationTitle: String
    let confirmationReference: String
    let nextTitle: String
    let nextSteps: [String]
    let silenceExplained: @Sendable (_ date: String) -> String
    let appealRoutes: String
    let helpLine: String
    let receiptLink: String
    let cerfaLink: String
    let followLink: String
    let receiptTitle: String
    let serviceLabel: String
    let implicitRefusalLabel: String
    let hashLabel: String
    let answersHeading: String

    // CERFA
    let cerfaTitle: String
    let cerfaNote: String
    let cerfaChild: String
    let cerfaParents: String
    let cerfaApplicant: String
    let cerfaAddress: String
    /// A box of the form, labelled as on paper (a noun, never a question or "(optional)").
    let cerfaLabel: @Sendable (CERFAModel.Field) -> String
    let cerfaParent: @Sendable (_ number: Int) -> String
    let cerfaCertify: String
    let cerfaSignature: String

    // Status
    let stepsTitle: String
    let stepDone: @Sendable (_ date: String) -> String
    let stepCurrent: String
    /// A step that lasts (the instruction, the document waiting at the préfecture), since its first day.
    let stepSince: @Sendable (_ date: String) -> String
    let stepLater: String
    let nextActionTitle: String
    let nothingToDo: String
    let requestTitle: String
    let requestBody: @Sendable (_ why: String, _ date: String) -> String
    let requestAnswer: String
    /// An answer sent without a requested document (`label`); `photos` when it is the photos.
    let requestMissing: @Sendable (_ label: String, _ photos: Bool) -> String
    let requestAnswered: String
    let grantedTitle: String
    let grantedBody: @Sendable (_ from: String, _ until: String, _ territory: String) -> String
    let refusedTitle: String
    let implicitRefusalTitle: String
    let implicitRefusalBody: @Sendable (_ date: String) -> String
    let appealTitle: String
    // How to challenge a refusal (docs/law.md#appeal).
    let challengeLead: @Sendable (_ lastDay: String) -> String
    let challengeLeadUndated: String
    let challengeGracieux: String
    let challengeHierarchique: String
    let challengeCourt: @Sendable (_ court: String) -> String
    let challengeNote: String
    let reasonsLead: @Sendable (_ lastDay: String) -> String
    let reasonsLink: String
    let reasonsRequestBody: @Sendable (_ reference: String, _ refusedOn: String) -> String
    let decisionLetterLink: String
    let decisionLetterTitle: String
    let decisionDated: @Sendable (_ date: String) -> String
    // What comes next once decided.
    let grantedNext: String
    let renewBy: @Sendable (_ validUntil: String, _ askBy: String, _ months: Int) -> String
    let withdrawnNext: String
    let stepNotApplicable: String
    let prefectureWrote: @Sendable (_ day: String) -> String
    let dcemNumberLine: @Sendable (_ number: String) -> String
    let convocationTitle: String
    let convocationBody: @Sendable (_ place: String, _ day: String, _ time: String) -> String
    let bringTitle: String
    let bringChild: String
    let bringConvocation: String
    let bringFee: @Sendable (_ amount: Int) -> String
    let bringExempt: String
    let uncollectedWarning: @Sendable (_ date: String) -> String
    let convocationLink: String
    let postponeTitle: String
    let postponeReason: String
    let postponeDates: String
    let postponeDatesHint: String
    let postponeButton: String
    let postponeSent: String
    let postponeFrom: String
    /// The days that may be proposed: from `first`, up to `last` when the collection deadline is known.
    let postponeFromHint: @Sendable (_ first: String, _ last: String?) -> String
    let postponeFromInvalid: @Sendable (_ first: String, _ last: String?) -> String
    let postponeTooLong: @Sendable (_ field: String, _ max: Int) -> String
    /// While the préfecture has not answered: the first appointment stands.
    let postponePending: @Sendable (_ from: String, _ appointment: String) -> String
    let appointmentAt: @Sendable (_ day: String, _ time: String) -> String
    let familyTurn: @Sendable (_ turn: FamilyTurn) -> String
    let deleteDraftTitle: String
    let deleteDraftBody: String
    let deleteDraftButton: String
    let draftDeleted: String
    let withdrawTitle: String
    let withdrawBody: String
    let withdrawButton: String
    let withdrawnNotice: String
    let historyTitle: String

    // Completing a case sent back
    let correctTitle: String
    let correctLead: String

    // Starting again from a case
    let renewTitle: String
    let renewLead: String
    let renewButton: String
    let siblingTitle: String
    let siblingLead: String
    let siblingButton: String
    let copiedFrom: @Sendable (_ reference: String) -> String

    let postponeDeclined: @Sendable (_ reason: String) -> String
    let deliveredOn: @Sendable (_ date: String) -> String
    let foreignerNumberLine: @Sendable (_ number: String) -> String

    let rejectedTitle: String
    let rejectedLine: @Sendable (_ document: String, _ reason: String) -> String

    // Messages
    let messagesTitle: String
    let messagesEmpty: String
    let messageLabel: String
    let messageSend: String
    let messageMissing: String
    let fromYou: String
    let fromPrefecture: String
    let messagesLink: @Sendable (_ count: Int) -> String
    let messageLead: String
    let messageAttachment: String
    let messageAttachmentHint: String
    let messageTooLong: @Sendable (_ max: Int) -> String
    let messageSent: String
    let messageByLine: @Sendable (_ author: String, _ when: String) -> String
    /// The sentence of the update mail when the préfecture writes.
    let messageMail: String

    // Warnings
    let warnPassport: @Sendable (_ date: String) -> String
    let warnPermit: @Sendable (_ date: String) -> String
    let warnPhoto: @Sendable (_ date: String) -> String

    // Mails
    let mailFiledSubject: @Sendable (_ reference: String) -> String
    let mailFiledBody: @Sendable (_ reference: String, _ filedOn: String, _ service: String, _ silence: String, _ url: String) -> String
    /// The subject says what happened, so that the mail is understood from the inbox.
    let mailActionSubject: @Sendable (_ action: DossierAction, _ reference: String) -> String
    let mailMessageSubject: @Sendable (_ reference: String) -> String
    let bringApplicant: String
    let bringPassport: String
    let mailUpdateBody: @Sendable (_ reference: String, _ what: String, _ url: String) -> String
    /// One sentence per action, for the update mail.
    let actionMail: @Sendable (DossierAction) -> String
    let mailChildAccountSubject: @Sendable (_ child: String) -> String
    let mailChildAccountBody: @Sendable (_ child: String, _ number: String, _ url: String) -> String
    /// The notice before an untouched draft is deleted (docs/law.md#retention); `child`: the
    /// child's name when the draft has one.
    let mailDraftDeletionSubject: @Sendable (_ day: String) -> String
    let mailDraftDeletionBody: @Sendable (_ child: String?, _ day: String, _ url: String) -> String
    /// The case page's link to its own archive (docs/pages.md#the-familys-archive).
    let archiveLink: String
    let mailSignature: String

    /// A text the préfecture typed, ended by one full stop: none added after `.`, `!`, `?` or `…`.
    static func sentence(_ text: String) -> String {
        guard let last = text.last, !".!?…".contains(last) else { return text }
        return text + "."
    }
}

extension Language {
    /// "Label : value" in French, "Label: value" in English.
    func labelled(_ label: String, _ value: String) -> String {
        self == .fr ? "\(label) : \(value)" : "\(label): \(value)"
    }
}
