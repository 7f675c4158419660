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
    case devMail
    case devMailMessage(UUID)

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
        case .devMail: "/dev/mail"
        case .devMailMessage(let id): "/dev/mail/\(id.uuidString.lowercased())"
        }
    }

    /// The route pattern this address is registered under.
    var routePath: RouterPath {
        switch self {
        case .simulatorQuestion: "/simulateur/question/:question"
        case .devMailMessage: "/dev/mail/:id"
        default: RouterPath(stringLiteral: path)
        }
    }

    /// The same address with the language switch applied.
    func path(language: String) -> String { "\(path)?lang=\(language)" }
}
