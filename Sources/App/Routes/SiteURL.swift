import DCEMDossier
import DCEMRules
import Foundation
import Hummingbird

/// Every address of the site, in one place, each defined once: `path` with the parameters' values
/// is a link, and the same `path` with `.key` parameters is the route it is registered under
/// (`SiteURL.dossier(.key).route`), so a link can not point to a route that does not exist.
/// Parameters are typed (a slot, a question, an action), never free text.
enum SiteURL: Equatable, Sendable {
    case home
    case stylesheet
    case plaintext
    case healthLive
    case healthReady
    case simulatorStart
    case simulatorQuestion(Parameter<SituationQuestion>)
    case simulatorResult
    /// Help, accessibility, legal notice, personal data: linked from every page's footer.
    case information(InformationPage)
    case simulatorRestart
    case apiEligibility
    case apiOpenAPI
    case signUp
    case signUpSent
    /// `next`: a path of the site to return to once signed in.
    case login(next: String?)
    case logout
    case forgotPassword
    case forgotPasswordSent
    case changePassword
    case account
    case accountTokens
    case accountTokenRevoke(Parameter<UUID>)
    /// Everything the account holds, as one ZIP (docs/pages.md#the-familys-archive).
    case accountArchive
    case myDossiers
    case dossierStart
    case dossier(Parameter<UUID>)
    /// Each section is a route of its own: the section is part of the pattern, not a parameter.
    case dossierSection(Parameter<UUID>, DossierSection)
    case dossierQuestion(Parameter<UUID>, Parameter<SituationQuestion>)
    case dossierUpload(Parameter<UUID>, Parameter<UploadSlot>)
    case dossierLanguage(Parameter<UUID>, Parameter<UploadSlot>)
    case dossierFile(Parameter<UUID>, Parameter<UUID>)
    case dossierRemoveFile(Parameter<UUID>, Parameter<UUID>)
    case dossierFiling(Parameter<UUID>)
    case dossierConfirmation(Parameter<UUID>)
    case dossierReceipt(Parameter<UUID>)
    case dossierCERFA(Parameter<UUID>)
    case dossierWithdraw(Parameter<UUID>)
    /// Deleting a draft: the confirmation, then the deletion.
    case dossierDelete(Parameter<UUID>)
    case dossierAnswer(Parameter<UUID>)
    case dossierPostponement(Parameter<UUID>)
    case dossierConvocation(Parameter<UUID>)
    /// The printable decision letter of a refusal.
    case dossierDecision(Parameter<UUID>)
    case dossierMessages(Parameter<UUID>)
    case dossierRenew(Parameter<UUID>)
    case dossierSibling(Parameter<UUID>)
    case dossierMessageAttachment(Parameter<UUID>, Parameter<UUID>)
    /// One case of the family's archive, as a ZIP (docs/pages.md#the-familys-archive).
    case dossierArchive(Parameter<UUID>)
    case apiDossiers
    case apiDossier(Parameter<UUID>)
    case apiDossierAnswers(Parameter<UUID>, Parameter<DossierSection>)
    case apiDossierUpload(Parameter<UUID>, Parameter<UploadTarget>)
    case apiDossierDocument(Parameter<UUID>, Parameter<UUID>)
    case apiDossierFiling(Parameter<UUID>)
    case apiDossierWithdraw(Parameter<UUID>)
    case apiDossierMessages(Parameter<UUID>)
    case apiDossierMessageAttachment(Parameter<UUID>, Parameter<UUID>)
    case apiDossierAnswer(Parameter<UUID>)
    case apiDossierPostponement(Parameter<UUID>)
    case apiDossierRenewal(Parameter<UUID>)
    case apiDossierSibling(Parameter<UUID>)
    case apiIssuedDocuments
    case apiIssuedDocument(Parameter<UUID>)
    case devMail
    case devMailMessage(Parameter<UUID>)
    // The préfecture's back office (docs/pages.md#back-office).
    case backOffice
    case backOfficeLogin
    case backOfficeCode
    case backOfficePassword
    case backOfficeLogout
    case backOfficeQueue
    case backOfficeDossier(Parameter<UUID>)
    case backOfficeDossierAction(Parameter<UUID>, Parameter<DossierAction>)
    case backOfficeDossierAssign(Parameter<UUID>)
    case backOfficeDossierFile(Parameter<UUID>, Parameter<UUID>)
    /// One document beside the answers and its verdict form (docs/pages.md#reviewing-documents).
    case backOfficeDossierFileReview(Parameter<UUID>, Parameter<UUID>)
    case backOfficeDossierVerdict(Parameter<UUID>, Parameter<UUID>)
    case backOfficeDossierMessages(Parameter<UUID>)
    case backOfficeDossierAttachment(Parameter<UUID>, Parameter<UUID>)
    case backOfficeCalendar
    case backOfficeStatistics
    /// Adding a closed day to the pick-up hours, and opening one again.
    case backOfficeClosedDays
    case backOfficeClosedDayRemove
    /// The préfecture's agents, for its supervisors (docs/pages.md#agents).
    case backOfficeAgents
    case backOfficeAgentNew
    case backOfficeAgentAction(Parameter<UUID>, Parameter<AgentAccountAction>)
    // Assisted filing at the counter (docs/law.md#rule-19).
    case backOfficeAssisted
    case backOfficeAssistedEnd
    /// A draft paused at the counter, taken up again by an agent of the préfecture.
    case backOfficeAssistedResume(Parameter<UUID>)
    case backOfficeDossierAccess(Parameter<UUID>)
    /// Who looked at a case in the back office: supervisors only (docs/pages.md#access-log).
    case backOfficeDossierAccessLog(Parameter<UUID>)
    // The issued DCEM's life (docs/pages.md#issued-documents).
    case myDocuments
    case myDocument(Parameter<UUID>)
    /// The family declares a residence permit or French nationality (the document lapses).
    case myDocumentLapse(Parameter<UUID>)
    /// The family declares a loss or theft (invalid at once, a replacement started).
    case myDocumentLoss(Parameter<UUID>)
    case myDocumentObservations(Parameter<UUID>)
    /// Starts (or reopens) the renewal prefilled from the document.
    case myDocumentRenewal(Parameter<UUID>)
    case myDocumentReceipt(Parameter<UUID>)
    case myDocumentFile(Parameter<UUID>, Parameter<UUID>)
    /// The printable decision of a withdrawal, for the family and the back office.
    case myDocumentWithdrawal(Parameter<UUID>)
    case backOfficeDocumentWithdrawal(Parameter<UUID>)
    case backOfficeDocument(Parameter<UUID>)
    case backOfficeDocumentAction(Parameter<UUID>, Parameter<IssuedDocumentAction>)
    case backOfficeDocumentReceipt(Parameter<UUID>)
    case backOfficeDocumentFile(Parameter<UUID>, Parameter<UUID>)
    // The public verification of a DCEM and the printed document (docs/pages.md#verification).
    case verification
    case apiVerification
    /// The printable DCEM, with its verification code and the verification page's address.
    case myDocumentPrint(Parameter<UUID>)
    // Schools and their heads (docs/pages.md#schools).
    case schoolArea
    case backOfficeSchools
    case backOfficeSchoolDecision(Parameter<UUID>, Parameter<SchoolHeadDecision>)
    // A school trip's request (docs/pages.md#school-trips).
    case schoolTrips
    case schoolTrip(Parameter<UUID>)
    case schoolTripDetails(Parameter<UUID>)
    case schoolTripPupils(Parameter<UUID>)
    case schoolTripPupilRemove(Parameter<UUID>, Parameter<UUID>)
    case schoolTripImport(Parameter<UUID>)
    case schoolTripFiling(Parameter<UUID>)
    /// The head's attestation and the pupils' list, produced from the answers, to print and sign.
    case schoolTripAttestation(Parameter<UUID>)
    /// Deletes a draft, once confirmed.
    case schoolTripDelete(Parameter<UUID>)
    /// The pupils' CSV template.
    case schoolPupilTemplate
    // The préfecture's side of a school trip, and what the head does after filing (docs/pages.md#the-prefectures-side-of-a-school-trip).
    case backOfficeTrips
    case backOfficeTrip(Parameter<UUID>)
    case backOfficeTripPiece(Parameter<UUID>, Parameter<UUID>)
    case backOfficeTripVerdict(Parameter<UUID>, Parameter<UUID>)
    case backOfficeTripAction(Parameter<UUID>, Parameter<CollectiveTravelAction>)
    case backOfficeTripMessages(Parameter<UUID>)
    case backOfficeTripDocument(Parameter<UUID>)
    case schoolTripAction(Parameter<UUID>, Parameter<CollectiveTravelAction>)
    case schoolTripMessages(Parameter<UUID>)
    case schoolTripDocument(Parameter<UUID>)
    /// One pupil's documents (`CollectiveTravelDocument.perPupil`): the four slots, each with its form.
    case schoolTripPupil(Parameter<UUID>, Parameter<UUID>)
    case schoolTripPupilUpload(Parameter<UUID>, Parameter<UUID>, Parameter<CollectiveTravelDocument>)
    /// A pupil's file, for the head of the school only (inline for a picture, saved for a PDF).
    case schoolTripFile(Parameter<UUID>, Parameter<UUID>)

    /// The path of this address: a link, or with `.key` parameters the route's pattern.
    var path: String {
        switch self {
        case .home: "/"
        case .stylesheet: "/static/site.css"
        case .plaintext: "/plaintext"
        case .healthLive: "/health/live"
        case .healthReady: "/health/ready"
        case .simulatorStart: "/simulateur"
        case .simulatorQuestion(let question): "/simulateur/question/\(question["question"])"
        case .simulatorResult: "/simulateur/resultat"
        case .information(let page): "/\(page.rawValue)"
        case .simulatorRestart: "/simulateur/recommencer"
        case .apiEligibility: "/api/v1/eligibility"
        case .apiOpenAPI: "/api/openapi.json"
        case .signUp: "/compte/creer"
        case .signUpSent: "/compte/creer/envoye"
        case .login(let next): "/compte/connexion" + (next.map { "?suite=" + (Self.queryValue($0)) } ?? "")
        case .logout: "/compte/deconnexion"
        case .forgotPassword: "/compte/mot-de-passe-oublie"
        case .forgotPasswordSent: "/compte/mot-de-passe-oublie/envoye"
        case .changePassword: "/compte/mot-de-passe"
        case .account: "/compte"
        case .accountTokens: "/compte/jetons"
        case .accountTokenRevoke(let id): "/compte/jetons/\(id["token"])/revoquer"
        case .accountArchive: "/compte/archive"
        case .myDossiers: "/mes-demandes"
        case .dossierStart: "/demandes/nouvelle"
        case .dossier(let id): "/demandes/\(id["dossier"])"
        case .dossierSection(let id, let section): "/demandes/\(id["dossier"])/\(section.rawValue)"
        case .dossierQuestion(let id, let question): "/demandes/\(id["dossier"])/situation/\(question["question"])"
        case .dossierUpload(let id, let slot): "/demandes/\(id["dossier"])/pieces/\(slot["slot"])"
        case .dossierLanguage(let id, let slot): "/demandes/\(id["dossier"])/pieces/\(slot["slot"])/langue"
        case .dossierFile(let id, let file): "/demandes/\(id["dossier"])/fichiers/\(file["file"])"
        case .dossierRemoveFile(let id, let file): "/demandes/\(id["dossier"])/fichiers/\(file["file"])/supprimer"
        case .dossierFiling(let id): "/demandes/\(id["dossier"])/deposer"
        case .dossierConfirmation(let id): "/demandes/\(id["dossier"])/confirmation"
        case .dossierReceipt(let id): "/demandes/\(id["dossier"])/accuse-de-reception"
        case .dossierCERFA(let id): "/demandes/\(id["dossier"])/cerfa"
        case .dossierWithdraw(let id): "/demandes/\(id["dossier"])/retirer"
        case .dossierDelete(let id): "/demandes/\(id["dossier"])/supprimer"
        case .dossierAnswer(let id): "/demandes/\(id["dossier"])/reponse"
        case .dossierPostponement(let id): "/demandes/\(id["dossier"])/report"
        case .dossierConvocation(let id): "/demandes/\(id["dossier"])/convocation"
        case .dossierDecision(let id): "/demandes/\(id["dossier"])/decision"
        case .dossierMessages(let id): "/demandes/\(id["dossier"])/messages"
        case .dossierRenew(let id): "/demandes/\(id["dossier"])/renouveler"
        case .dossierSibling(let id): "/demandes/\(id["dossier"])/autre-enfant"
        case .dossierMessageAttachment(let id, let message): "/demandes/\(id["dossier"])/messages/\(message["message"])/piece-jointe"
        case .dossierArchive(let id): "/demandes/\(id["dossier"])/archive"
        case .apiDossiers: "/api/v1/dossiers"
        case .apiDossier(let id): "/api/v1/dossiers/\(id["dossier"])"
        case .apiDossierAnswers(let id, let section): "/api/v1/dossiers/\(id["dossier"])/answers/\(section["section"])"
        // One parameter name for both: an upload names a slot, a removal a document.
        case .apiDossierUpload(let id, let target): "/api/v1/dossiers/\(id["dossier"])/documents/\(target["target"])"
        case .apiDossierDocument(let id, let document): "/api/v1/dossiers/\(id["dossier"])/documents/\(document["target"])"
        case .apiDossierFiling(let id): "/api/v1/dossiers/\(id["dossier"])/file"
        case .apiDossierWithdraw(let id): "/api/v1/dossiers/\(id["dossier"])/withdraw"
        case .apiDossierMessages(let id): "/api/v1/dossiers/\(id["dossier"])/messages"
        case .apiDossierMessageAttachment(let id, let message):
            "/api/v1/dossiers/\(id["dossier"])/messages/\(message["message"])/attachment"
        case .apiDossierAnswer(let id): "/api/v1/dossiers/\(id["dossier"])/answer"
        case .apiDossierPostponement(let id): "/api/v1/dossiers/\(id["dossier"])/postponement"
        case .apiDossierRenewal(let id): "/api/v1/dossiers/\(id["dossier"])/renewal"
        case .apiDossierSibling(let id): "/api/v1/dossiers/\(id["dossier"])/sibling"
        case .apiIssuedDocuments: "/api/v1/issued-documents"
        case .apiIssuedDocument(let id): "/api/v1/issued-documents/\(id["document"])"
        case .devMail: "/dev/mail"
        case .devMailMessage(let id): "/dev/mail/\(id["id"])"
        case .backOffice: "/backoffice"
        case .backOfficeLogin: "/backoffice/connexion"
        case .backOfficeCode: "/backoffice/connexion/code"
        case .backOfficePassword: "/backoffice/mot-de-passe"
        case .backOfficeLogout: "/backoffice/deconnexion"
        case .backOfficeQueue: "/backoffice/dossiers"
        case .backOfficeDossier(let id): "/backoffice/dossiers/\(id["dossier"])"
        case .backOfficeDossierAssign(let id): "/backoffice/dossiers/\(id["dossier"])/attribution"
        case .backOfficeDossierAction(let id, let action): "/backoffice/dossiers/\(id["dossier"])/actions/\(action["action"])"
        case .backOfficeDossierFile(let id, let file): "/backoffice/dossiers/\(id["dossier"])/fichiers/\(file["file"])"
        case .backOfficeDossierFileReview(let id, let file): "/backoffice/dossiers/\(id["dossier"])/fichiers/\(file["file"])/examen"
        case .backOfficeDossierVerdict(let id, let file): "/backoffice/dossiers/\(id["dossier"])/fichiers/\(file["file"])/avis"
        case .backOfficeDossierMessages(let id): "/backoffice/dossiers/\(id["dossier"])/messages"
        case .backOfficeDossierAttachment(let id, let message): "/backoffice/dossiers/\(id["dossier"])/messages/\(message["message"])/piece-jointe"
        case .backOfficeCalendar: "/backoffice/horaires"
        case .backOfficeStatistics: "/backoffice/statistiques"
        case .backOfficeClosedDays: "/backoffice/horaires/jours-fermes"
        case .backOfficeClosedDayRemove: "/backoffice/horaires/jours-fermes/rouvrir"
        case .backOfficeAgents: "/backoffice/agents"
        case .backOfficeAgentNew: "/backoffice/agents/nouveau"
        case .backOfficeAgentAction(let id, let action): "/backoffice/agents/\(id["agent"])/\(action["action"])"
        case .backOfficeAssisted: "/backoffice/guichet"
        case .backOfficeAssistedEnd: "/backoffice/guichet/terminer"
        case .backOfficeAssistedResume(let id): "/backoffice/guichet/\(id["dossier"])/reprendre"
        case .backOfficeDossierAccess(let id): "/backoffice/dossiers/\(id["dossier"])/acces-famille"
        case .backOfficeDossierAccessLog(let id): "/backoffice/dossiers/\(id["dossier"])/consultations"
        case .myDocuments: "/mes-documents"
        case .myDocument(let id): "/mes-documents/\(id["document"])"
        case .myDocumentLapse(let id): "/mes-documents/\(id["document"])/caducite"
        case .myDocumentLoss(let id): "/mes-documents/\(id["document"])/perte-ou-vol"
        case .myDocumentObservations(let id): "/mes-documents/\(id["document"])/observations"
        case .myDocumentRenewal(let id): "/mes-documents/\(id["document"])/renouveler"
        case .myDocumentReceipt(let id): "/mes-documents/\(id["document"])/recu-restitution"
        case .myDocumentFile(let id, let file): "/mes-documents/\(id["document"])/fichiers/\(file["file"])"
        case .backOfficeDocument(let id): "/backoffice/documents/\(id["document"])"
        case .myDocumentWithdrawal(let id): "/mes-documents/\(id["document"])/decision-de-retrait"
        case .backOfficeDocumentWithdrawal(let id): "/backoffice/documents/\(id["document"])/decision-de-retrait"
        case .backOfficeDocumentAction(let id, let action): "/backoffice/documents/\(id["document"])/actions/\(action["action"])"
        case .backOfficeDocumentReceipt(let id): "/backoffice/documents/\(id["document"])/recu-restitution"
        case .backOfficeDocumentFile(let id, let file): "/backoffice/documents/\(id["document"])/fichiers/\(file["file"])"
        case .verification: "/verifier"
        case .apiVerification: "/api/v1/verification"
        case .myDocumentPrint(let id): "/mes-documents/\(id["document"])/imprimer"
        case .schoolArea: "/etablissement"
        case .backOfficeSchools: "/backoffice/etablissements"
        case .backOfficeSchoolDecision(let id, let decision): "/backoffice/etablissements/\(id["head"])/\(decision["decision"])"
        case .schoolTrips: "/etablissement/voyages"
        case .schoolTrip(let id): "/etablissement/voyages/\(id["trip"])"
        case .schoolTripDetails(let id): "/etablissement/voyages/\(id["trip"])/voyage"
        case .schoolTripPupils(let id): "/etablissement/voyages/\(id["trip"])/eleves"
        case .schoolTripPupilRemove(let id, let pupil): "/etablissement/voyages/\(id["trip"])/eleves/\(pupil["pupil"])/retirer"
        case .schoolTripImport(let id): "/etablissement/voyages/\(id["trip"])/import"
        case .schoolTripFiling(let id): "/etablissement/voyages/\(id["trip"])/deposer"
        case .schoolTripDelete(let id): "/etablissement/voyages/\(id["trip"])/supprimer"
        case .schoolTripAttestation(let id): "/etablissement/voyages/\(id["trip"])/attestation"
        case .schoolPupilTemplate: "/etablissement/modele-eleves.csv"
        case .backOfficeTrips: "/backoffice/voyages"
        case .backOfficeTrip(let id): "/backoffice/voyages/\(id["trip"])"
        case .backOfficeTripPiece(let id, let piece): "/backoffice/voyages/\(id["trip"])/pieces/\(piece["piece"])"
        case .backOfficeTripVerdict(let id, let pupil): "/backoffice/voyages/\(id["trip"])/eleves/\(pupil["pupil"])/verdict"
        case .backOfficeTripAction(let id, let action): "/backoffice/voyages/\(id["trip"])/actions/\(action["action"])"
        case .backOfficeTripMessages(let id): "/backoffice/voyages/\(id["trip"])/messages"
        case .backOfficeTripDocument(let id): "/backoffice/voyages/\(id["trip"])/document"
        case .schoolTripAction(let id, let action): "/etablissement/voyages/\(id["trip"])/actions/\(action["action"])"
        case .schoolTripMessages(let id): "/etablissement/voyages/\(id["trip"])/messages"
        case .schoolTripDocument(let id): "/etablissement/voyages/\(id["trip"])/document"
        case .schoolTripPupil(let id, let pupil): "/etablissement/voyages/\(id["trip"])/eleves/\(pupil["pupil"])"
        case .schoolTripPupilUpload(let id, let pupil, let kind): "/etablissement/voyages/\(id["trip"])/eleves/\(pupil["pupil"])/pieces/\(kind["kind"])"
        case .schoolTripFile(let id, let file): "/etablissement/voyages/\(id["trip"])/fichiers/\(file["file"])"
        }
    }

    /// The pattern this address is registered under: build it with `.key` parameters.
    var route: RouterPath { RouterPath(stringLiteral: path) }

    /// Where a member lands once signed in.
    static let afterLogin = SiteURL.myDossiers

    /// A value for a query string: letters, digits, `-._~/` kept, everything else percent-encoded.
    static func queryValue(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// A return path is kept only when it is a path of this site: one `/` followed by a path
    /// character, then only visible ASCII other than a backslash and `:`. Browsers drop tabs and
    /// line breaks from a `Location` and read a backslash as `/`, so `/<tab>/host` or `/\host` would leave
    /// the site (WHATWG URL, "special" schemes); each percent-decoded form is held to the same rule.
    static func safeReturnPath(_ candidate: String?) -> String? {
        guard let candidate, candidate.utf8.count <= 200 else { return nil }
        var form = candidate
        for _ in 0..<4 {
            guard isLocalPath(form) else { return nil }
            guard let decoded = form.removingPercentEncoding, decoded != form else { return candidate }
            form = decoded
        }
        return nil
    }

    private static func isLocalPath(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        guard bytes.first == UInt8(ascii: "/") else { return false }
        guard bytes.allSatisfy({ (0x21...0x7E).contains($0) && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: ":") }) else { return false }
        guard bytes.count > 1 else { return true }
        // RFC 3986 pchar (unreserved, sub-delims, "%", "@") right after the first slash; ":" is refused throughout.
        let pathCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=%@".utf8)
        return pathCharacters.contains(bytes[1])
    }

    /// The same address with the language switch applied.
    func path(language: String) -> String { "\(path)?lang=\(language)" }
}
