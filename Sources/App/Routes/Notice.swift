import DCEMDossier
import Hummingbird

/// What a page confirms after an action that redirected to it, carried in its address (`?fait=`):
/// a page reloaded or bookmarked shows the same confirmation. The spellings are the addresses'.
enum Notice: String, CaseIterable, Sendable {
    /// The family answered the préfecture's request for documents.
    case answered = "reponse"
    case postponementRequested = "report"
    case withdrawn = "retrait"
    /// A draft was deleted (shown on "my applications").
    case draftDeleted = "suppression"
    case messageSent = "message"
    /// A back-office action went through (the case page, the pick-up calendar).
    case done = "1"
    /// A verdict on a document was recorded: no mail goes for it, the family sees it on its page.
    case recorded = "avis"
    /// A supervisor acted on an agent's account (the agents' list).
    case agentDisabled = "desactive"
    case agentEnabled = "reactive"
    case agentCodeReset = "code"
    /// A closed day was added to, or removed from, the pick-up hours.
    case closedDayAdded = "ferme"
    case closedDayRemoved = "rouvert"
    /// The family declared an issued DCEM lapsed, lost or stolen, or sent observations on its withdrawal.
    case lapseDeclared = "caducite"
    case lossDeclared = "perte"
    case observationsSent = "observations"

    static let parameter = "fait"

    init?(_ request: Request) {
        guard let raw = request.uri.queryParameters[Self.parameter[...]].map(String.init), let notice = Notice(rawValue: raw) else { return nil }
        self = notice
    }
}

extension SiteURL {
    /// The page's address with `notice` to show; `anchor` (`#…`) after it.
    func path(notice: Notice, anchor: String = "") -> String { path + "?\(Notice.parameter)=\(notice.rawValue)" + anchor }
}

/// A message the family's messages page starts with, written for them (docs/law.md#appeal: asking
/// for an implicit refusal's reasons).
enum MessageTemplate: String, CaseIterable, Sendable {
    case reasons = "motifs"

    static let parameter = "modele"

    init?(_ request: Request) {
        guard let raw = request.uri.queryParameters[Self.parameter[...]].map(String.init), let template = MessageTemplate(rawValue: raw) else { return nil }
        self = template
    }
}

extension SiteURL {
    /// The messages page starting with `template`'s text.
    func path(template: MessageTemplate) -> String { path + "?\(MessageTemplate.parameter)=\(template.rawValue)" }
}

extension SiteURL {
    /// The start page's marker that the family came from the simulator's result, whose answers are
    /// then carried over (docs/pages.md#from-the-simulator).
    static let fromSimulatorField = "depuis"
    static let fromSimulatorValue = "simulateur"

    /// The start page, from the simulator's result.
    static var dossierStartFromSimulator: String { dossierStart.path + "?\(fromSimulatorField)=\(fromSimulatorValue)" }

    /// The start's second page carries the first page's answer (docs/pages.md#start).
    static let startProfileField = "profil"

    /// The start's second page, for `profile`.
    static func dossierStartRole(_ profile: SituationProfile, fromSimulator: Bool) -> String {
        dossierStart.path + "?\(startProfileField)=\(profile.rawValue)" + (fromSimulator ? "&\(fromSimulatorField)=\(fromSimulatorValue)" : "")
    }
}
