import DCEMRules

/// All the text the site shows, one complete catalog per language.
///
/// Each part is a struct whose memberwise initialiser the compiler checks: a language can not ship
/// with a missing text. Adding a language is one new `Catalog+xx.swift` file and a case in `Language`;
/// no view changes.
///
/// A class: pages reach it through `page.text` many times per render, and a struct of hundreds of
/// strings and closures was copied, each retained and released, at every access (measured: a sixth
/// of the queue page's time).
final class Catalog: Sendable {
    let layout: LayoutText
    let home: HomeText
    let errors: ErrorText
    let simulator: SimulatorText
    let account: AccountText
    let api: APIText
    let dossier: DossierText
    let devMail: DevMailText
    let backOffice: BackOfficeText
    let dossierDesk: DossierDeskText
    let assisted: AssistedText
    let history: HistoryText
    let information: InformationText
    let queue: QueueText
    let supervision: SupervisionText
    let issuedDocument: IssuedDocumentText
    let verification: VerificationText
    let school: SchoolText
    let trip: TripText
    let tripDesk: TripDeskText

    init(layout: LayoutText, home: HomeText, errors: ErrorText, simulator: SimulatorText, account: AccountText, api: APIText,
         dossier: DossierText, devMail: DevMailText, backOffice: BackOfficeText, dossierDesk: DossierDeskText, assisted: AssistedText,
         history: HistoryText, information: InformationText, queue: QueueText, supervision: SupervisionText,
         issuedDocument: IssuedDocumentText, verification: VerificationText, school: SchoolText,
         trip: TripText, tripDesk: TripDeskText) {
        self.layout = layout
        self.home = home
        self.errors = errors
        self.simulator = simulator
        self.account = account
        self.api = api
        self.dossier = dossier
        self.devMail = devMail
        self.backOffice = backOffice
        self.dossierDesk = dossierDesk
        self.assisted = assisted
        self.history = history
        self.information = information
        self.queue = queue
        self.supervision = supervision
        self.issuedDocument = issuedDocument
        self.verification = verification
        self.school = school
        self.trip = trip
        self.tripDesk = tripDesk
    }

    static func of(_ language: Language) -> Catalog {
        switch language {
        case .fr: .french
        case .en: .english
        }
    }
}

struct LayoutText: Sendable {
    let serviceName: String
    let serviceTagline: String
    let skipLink: String
    let navigationLabel: String
    let homeLink: String
    let simulatorLink: String
    /// The family's space: their applications (sign-in first when needed).
    let dossiersLink: String
    /// The signed-in member's account, named by their address.
    let accountLink: @Sendable (_ email: String) -> String
    /// The name of the other language, written in that language, for the switch.
    let switchLanguageLabel: String
    let footerNote: String
    let backLink: String
    let continueButton: String
    let errorSummaryTitle: String
    let errorTitlePrefix: String
    /// Shown on records worth keeping: printing needs no script, the browser's menu does it.
    let printHint: String
}

struct HomeText: Sendable {
    // Every figure (fee, delays, ages, validity) comes from `HomeModel`, never typed here.
    let title: String
    let lead: String
    let whatTitle: String
    let whatBody: @Sendable (HomeModel) -> [String]
    let whoTitle: String
    let whoBody: String
    let whoList: @Sendable (HomeModel) -> [String]
    let notConcernedTitle: String
    let notConcernedBody: String
    let costTitle: String
    let costBody: @Sendable (_ amountEUR: Int) -> String
    /// The exemption of rule 1: only when the `eea-parent` or `eea-step-parent` ground applies.
    let costExemption: @Sendable (HomeModel) -> String
    let durationTitle: String
    let durationBody: @Sendable (HomeModel) -> [String]
    let delayTitle: String
    let delayBody: @Sendable (_ months: Int) -> String
    let startSimulator: String
    let sourcesNote: String
}

struct ErrorText: Sendable {
    let notFoundTitle: String
    let notFoundBody: String
    let forbiddenTitle: String
    let expiredFormBody: String
    /// A page the signed-in account may not open (a supervisor's page for an agent).
    let forbiddenBody: String
    let signedOutTitle: String
    let signedOutBody: String
    let signInAgain: String
    let badRequestTitle: String
    let badRequestBody: String
    /// A form's body over `BoundedFormBody.readLimit`: nothing saved, the browser still has the text.
    let tooLargeTitle: String
    let tooLargeBody: @Sendable (_ kilobytes: Int) -> String
    /// 409: the application changed meanwhile (another tab, a double click, the préfecture).
    let conflictTitle: String
    let conflictBody: String
    let serverErrorTitle: String
    let serverErrorBody: String
    /// A case whose stored answers can not be read.
    let unreadableDossierTitle: String
    let unreadableDossierBody: String
    /// 503 when too many passwords are being checked at once.
    let hashingBusyTitle: String
    let hashingBusyBody: @Sendable (_ seconds: Int) -> String
    /// 503 when no database connection came free in time: too many requests at once.
    let busyTitle: String
    let busyBody: @Sendable (_ seconds: Int) -> String
    /// 503 while the database can not be reached: the service is down for a while, nothing is lost.
    let unavailableTitle: String
    let unavailableBody: String
    let backHome: String
}
