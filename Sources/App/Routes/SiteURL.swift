import DCEMDossier
import DCEMRules
import Foundation
import Hummingbird

/// Every address of the site, in one place: routes are registered from it and links are built from it,
/// so a link can not point to a route that does not exist.
enum SiteURL: Equatable, Sendable {
    case home
    case stylesheet
    case plaintext
    case healthLive
    case healthReady
    case simulatorStart
    case simulatorQuestion(String)
    case simulatorResult
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
    case accountTokenRevoke(UUID)
    case myDossiers
    case dossierStart
    case dossier(UUID)
    case dossierSection(UUID, DossierSection)
    case dossierQuestion(UUID, String)
    case dossierUpload(UUID, String)
    case dossierLanguage(UUID, String)
    case dossierFile(UUID, UUID)
    case dossierRemoveFile(UUID, UUID)
    case dossierFiling(UUID)
    case dossierConfirmation(UUID)
    case dossierReceipt(UUID)
    case dossierCERFA(UUID)
    case dossierWithdraw(UUID)
    case dossierAnswer(UUID)
    case dossierPostponement(UUID)
    case dossierConvocation(UUID)
    case dossierMessages(UUID)
    case dossierRenew(UUID)
    case dossierSibling(UUID)
    case dossierMessageAttachment(UUID, UUID)
    case apiDossiers
    case apiDossier(UUID)
    case apiDossierAnswers(UUID, DossierSection)
    case apiDossierUpload(UUID, String)
    case apiDossierDocument(UUID, UUID)
    case apiDossierFiling(UUID)
    case apiDossierWithdraw(UUID)
    case apiDossierMessages(UUID)
    case apiDossierMessageAttachment(UUID, UUID)
    case apiDossierAnswer(UUID)
    case apiDossierPostponement(UUID)
    case apiDossierRenewal(UUID)
    case apiDossierSibling(UUID)
    case devMail
    case devMailMessage(UUID)
    // The préfecture's back office (docs/pages.md#back-office).
    case backOffice
    case backOfficeLogin
    case backOfficeCode
    case backOfficePassword
    case backOfficeLogout
    case backOfficeQueue
    case backOfficeDossier(UUID)
    case backOfficeDossierAction(UUID, DossierAction)
    case backOfficeDossierAssign(UUID)
    case backOfficeDossierFile(UUID, UUID)
    case backOfficeDossierVerdict(UUID, UUID)
    case backOfficeDossierMessages(UUID)
    case backOfficeDossierAttachment(UUID, UUID)
    case backOfficeCalendar
    case backOfficeStatistics
    // Assisted filing at the counter (rule 19).
    case backOfficeAssisted
    case backOfficeAssistedEnd
    case backOfficeDossierAccess(UUID)

    /// The path of this address, as a link.
    var path: String {
        switch self {
        case .home: "/"
        case .stylesheet: "/static/site.css"
        case .plaintext: "/plaintext"
        case .healthLive: "/health/live"
        case .healthReady: "/health/ready"
        case .simulatorStart: "/simulateur"
        case .simulatorQuestion(let id): "/simulateur/question/\(id)"
        case .simulatorResult: "/simulateur/resultat"
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
        case .accountTokenRevoke(let id): "/compte/jetons/\(id.uuidString.lowercased())/revoquer"
        case .myDossiers: "/mes-demandes"
        case .dossierStart: "/demandes/nouvelle"
        case .dossier(let id): "/demandes/\(id.uuidString.lowercased())"
        case .dossierSection(let id, let section): "/demandes/\(id.uuidString.lowercased())/\(section.rawValue)"
        case .dossierQuestion(let id, let question): "/demandes/\(id.uuidString.lowercased())/situation/\(question)"
        case .dossierUpload(let id, let slot): "/demandes/\(id.uuidString.lowercased())/pieces/\(slot)"
        case .dossierLanguage(let id, let slot): "/demandes/\(id.uuidString.lowercased())/pieces/\(slot)/langue"
        case .dossierFile(let id, let file): "/demandes/\(id.uuidString.lowercased())/fichiers/\(file.uuidString.lowercased())"
        case .dossierRemoveFile(let id, let file): "/demandes/\(id.uuidString.lowercased())/fichiers/\(file.uuidString.lowercased())/supprimer"
        case .dossierFiling(let id): "/demandes/\(id.uuidString.lowercased())/deposer"
        case .dossierConfirmation(let id): "/demandes/\(id.uuidString.lowercased())/confirmation"
        case .dossierReceipt(let id): "/demandes/\(id.uuidString.lowercased())/accuse-de-reception"
        case .dossierCERFA(let id): "/demandes/\(id.uuidString.lowercased())/cerfa"
        case .dossierWithdraw(let id): "/demandes/\(id.uuidString.lowercased())/retirer"
        case .dossierAnswer(let id): "/demandes/\(id.uuidString.lowercased())/reponse"
        case .dossierPostponement(let id): "/demandes/\(id.uuidString.lowercased())/report"
        case .dossierConvocation(let id): "/demandes/\(id.uuidString.lowercased())/convocation"
        case .dossierMessages(let id): "/demandes/\(id.uuidString.lowercased())/messages"
        case .dossierRenew(let id): "/demandes/\(id.uuidString.lowercased())/renouveler"
        case .dossierSibling(let id): "/demandes/\(id.uuidString.lowercased())/autre-enfant"
        case .dossierMessageAttachment(let id, let message): "/demandes/\(id.uuidString.lowercased())/messages/\(message.uuidString.lowercased())/piece-jointe"
        case .apiDossiers: "/api/v1/dossiers"
        case .apiDossier(let id): "/api/v1/dossiers/\(id.uuidString.lowercased())"
        case .apiDossierAnswers(let id, let section): "/api/v1/dossiers/\(id.uuidString.lowercased())/answers/\(section.apiName)"
        case .apiDossierUpload(let id, let slot): "/api/v1/dossiers/\(id.uuidString.lowercased())/documents/\(slot)"
        case .apiDossierDocument(let id, let document): "/api/v1/dossiers/\(id.uuidString.lowercased())/documents/\(document.uuidString.lowercased())"
        case .apiDossierFiling(let id): "/api/v1/dossiers/\(id.uuidString.lowercased())/file"
        case .apiDossierWithdraw(let id): "/api/v1/dossiers/\(id.uuidString.lowercased())/withdraw"
        case .apiDossierMessages(let id): "/api/v1/dossiers/\(id.uuidString.lowercased())/messages"
        case .apiDossierMessageAttachment(let id, let message):
            "/api/v1/dossiers/\(id.uuidString.lowercased())/messages/\(message.uuidString.lowercased())/attachment"
        case .apiDossierAnswer(let id): "/api/v1/dossiers/\(id.uuidString.lowercased())/answer"
        case .apiDossierPostponement(let id): "/api/v1/dossiers/\(id.uuidString.lowercased())/postponement"
        case .apiDossierRenewal(let id): "/api/v1/dossiers/\(id.uuidString.lowercased())/renewal"
        case .apiDossierSibling(let id): "/api/v1/dossiers/\(id.uuidString.lowercased())/sibling"
        case .devMail: "/dev/mail"
        case .devMailMessage(let id): "/dev/mail/\(id.uuidString.lowercased())"
        case .backOffice: "/backoffice"
        case .backOfficeLogin: "/backoffice/connexion"
        case .backOfficeCode: "/backoffice/connexion/code"
        case .backOfficePassword: "/backoffice/mot-de-passe"
        case .backOfficeLogout: "/backoffice/deconnexion"
        case .backOfficeQueue: "/backoffice/dossiers"
        case .backOfficeDossier(let id): "/backoffice/dossiers/\(id.uuidString.lowercased())"
        case .backOfficeDossierAssign(let id): "/backoffice/dossiers/\(id.uuidString.lowercased())/attribution"
        case .backOfficeDossierAction(let id, let action): "/backoffice/dossiers/\(id.uuidString.lowercased())/actions/\(action.rawValue)"
        case .backOfficeDossierFile(let id, let file): "/backoffice/dossiers/\(id.uuidString.lowercased())/fichiers/\(file.uuidString.lowercased())"
        case .backOfficeDossierVerdict(let id, let file): "/backoffice/dossiers/\(id.uuidString.lowercased())/fichiers/\(file.uuidString.lowercased())/avis"
        case .backOfficeDossierMessages(let id): "/backoffice/dossiers/\(id.uuidString.lowercased())/messages"
        case .backOfficeDossierAttachment(let id, let message): "/backoffice/dossiers/\(id.uuidString.lowercased())/messages/\(message.uuidString.lowercased())/piece-jointe"
        case .backOfficeCalendar: "/backoffice/horaires"
        case .backOfficeStatistics: "/backoffice/statistiques"
        case .backOfficeAssisted: "/backoffice/guichet"
        case .backOfficeAssistedEnd: "/backoffice/guichet/terminer"
        case .backOfficeDossierAccess(let id): "/backoffice/dossiers/\(id.uuidString.lowercased())/acces-famille"
        }
    }

    /// The route pattern this address is registered under.
    var routePath: RouterPath {
        switch self {
        case .simulatorQuestion: "/simulateur/question/:question"
        case .login: "/compte/connexion"
        case .dossier: "/demandes/:dossier"
        case .dossierSection(_, let section): RouterPath(stringLiteral: "/demandes/:dossier/\(section.rawValue)")
        case .dossierQuestion: "/demandes/:dossier/situation/:question"
        case .dossierUpload: "/demandes/:dossier/pieces/:slot"
        case .dossierLanguage: "/demandes/:dossier/pieces/:slot/langue"
        case .dossierFile: "/demandes/:dossier/fichiers/:file"
        case .dossierRemoveFile: "/demandes/:dossier/fichiers/:file/supprimer"
        case .dossierFiling: "/demandes/:dossier/deposer"
        case .dossierConfirmation: "/demandes/:dossier/confirmation"
        case .dossierReceipt: "/demandes/:dossier/accuse-de-reception"
        case .dossierCERFA: "/demandes/:dossier/cerfa"
        case .dossierWithdraw: "/demandes/:dossier/retirer"
        case .dossierAnswer: "/demandes/:dossier/reponse"
        case .dossierPostponement: "/demandes/:dossier/report"
        case .dossierConvocation: "/demandes/:dossier/convocation"
        case .dossierMessages: "/demandes/:dossier/messages"
        case .dossierRenew: "/demandes/:dossier/renouveler"
        case .dossierSibling: "/demandes/:dossier/autre-enfant"
        case .dossierMessageAttachment: "/demandes/:dossier/messages/:message/piece-jointe"
        case .accountTokenRevoke: "/compte/jetons/:token/revoquer"
        case .apiDossier: "/api/v1/dossiers/:dossier"
        case .apiDossierAnswers: "/api/v1/dossiers/:dossier/answers/:section"
        // One parameter name for both: an upload names a slot, a removal a document.
        case .apiDossierUpload, .apiDossierDocument: "/api/v1/dossiers/:dossier/documents/:target"
        case .apiDossierFiling: "/api/v1/dossiers/:dossier/file"
        case .apiDossierWithdraw: "/api/v1/dossiers/:dossier/withdraw"
        case .apiDossierMessages: "/api/v1/dossiers/:dossier/messages"
        case .apiDossierMessageAttachment: "/api/v1/dossiers/:dossier/messages/:message/attachment"
        case .apiDossierAnswer: "/api/v1/dossiers/:dossier/answer"
        case .apiDossierPostponement: "/api/v1/dossiers/:dossier/postponement"
        case .apiDossierRenewal: "/api/v1/dossiers/:dossier/renewal"
        case .apiDossierSibling: "/api/v1/dossiers/:dossier/sibling"
        case .devMailMessage: "/dev/mail/:id"
        case .backOfficeDossier: "/backoffice/dossiers/:dossier"
        case .backOfficeDossierAction: "/backoffice/dossiers/:dossier/actions/:action"
        case .backOfficeDossierAssign: "/backoffice/dossiers/:dossier/attribution"
        case .backOfficeDossierFile: "/backoffice/dossiers/:dossier/fichiers/:file"
        case .backOfficeDossierVerdict: "/backoffice/dossiers/:dossier/fichiers/:file/avis"
        case .backOfficeDossierMessages: "/backoffice/dossiers/:dossier/messages"
        case .backOfficeDossierAttachment: "/backoffice/dossiers/:dossier/messages/:message/piece-jointe"
        case .backOfficeDossierAccess: "/backoffice/dossiers/:dossier/acces-famille"
        default: RouterPath(stringLiteral: path)
        }
    }

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
