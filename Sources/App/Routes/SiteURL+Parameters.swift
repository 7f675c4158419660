import DCEMDossier
import DCEMRules
import Foundation

/// A parameter of an address: its value in a link, or `key` in the route the address is
/// registered under, where it prints as `:name` (the Swift Package Index's `SiteURL` does the same).
enum Parameter<Value: Hashable & Sendable>: Hashable, Sendable {
    case key
    case value(Value)
}

/// A value that can stand in a path segment.
protocol PathSegment: Hashable, Sendable {
    var pathSegment: String { get }
}

extension Parameter where Value: PathSegment {
    /// The segment: the value in a link, `:name` in a route.
    subscript(_ name: String) -> String {
        switch self {
        case .key: ":\(name)"
        case .value(let value): value.pathSegment
        }
    }
}

extension UUID: PathSegment { var pathSegment: String { uuidString.lowercased() } }
extension UploadSlot: PathSegment { var pathSegment: String { id } }
extension UploadTarget: PathSegment { var pathSegment: String { id } }
extension SituationQuestion: PathSegment { var pathSegment: String { id } }
extension DossierAction: PathSegment { var pathSegment: String { rawValue } }
extension CollectiveTravelAction: PathSegment { var pathSegment: String { rawValue } }
extension IssuedDocumentAction: PathSegment { var pathSegment: String { rawValue } }
/// A préfecture's answer to a school head's claim, as the address says it.
enum SchoolHeadDecision: String, CaseIterable, Sendable, PathSegment {
    case approve = "valider"
    case refuse = "refuser"

    var pathSegment: String { rawValue }
}
/// A pupil's document, as the address says it (in French, like the rest of the school's addresses).
extension CollectiveTravelDocument: PathSegment {
    var pathSegment: String {
        switch self {
        case .parentalAuthorization: "autorisation-parentale"
        case .parentsResidencePermits: "titres-de-sejour-des-parents"
        case .identityDocument: "piece-d-identite"
        case .photo: "photo"
        case .letterheadList: "liste-des-eleves"
        case .headAttestation: "attestation"
        }
    }

    /// The per-pupil document an address names; nil for anything else (a group's document too).
    init?(pathSegment: String) {
        guard let found = Self.perPupil.first(where: { $0.pathSegment == pathSegment }) else { return nil }
        self = found
    }
}
extension AgentAccountAction: PathSegment { var pathSegment: String { rawValue } }
/// The API names its sections in English (`/answers/child`); the pages in French (`/enfant`).
extension DossierSection: PathSegment { var pathSegment: String { apiName } }

/// Links: each address with its values (`.dossier(id)`); routes use `.key` (`.dossier(.key)`).
extension SiteURL {
    static func simulatorQuestion(_ question: SituationQuestion) -> SiteURL { .simulatorQuestion(.value(question)) }
    static func accountTokenRevoke(_ token: UUID) -> SiteURL { .accountTokenRevoke(.value(token)) }
    static func dossierArchive(_ id: UUID) -> SiteURL { .dossierArchive(.value(id)) }
    static func dossier(_ id: UUID) -> SiteURL { .dossier(.value(id)) }
    static func dossierSection(_ id: UUID, _ section: DossierSection) -> SiteURL { .dossierSection(.value(id), section) }
    static func dossierQuestion(_ id: UUID, _ question: SituationQuestion) -> SiteURL { .dossierQuestion(.value(id), .value(question)) }
    static func dossierUpload(_ id: UUID, _ slot: UploadSlot) -> SiteURL { .dossierUpload(.value(id), .value(slot)) }
    static func dossierLanguage(_ id: UUID, _ slot: UploadSlot) -> SiteURL { .dossierLanguage(.value(id), .value(slot)) }
    static func dossierFile(_ id: UUID, _ file: UUID) -> SiteURL { .dossierFile(.value(id), .value(file)) }
    static func dossierRemoveFile(_ id: UUID, _ file: UUID) -> SiteURL { .dossierRemoveFile(.value(id), .value(file)) }
    static func dossierFiling(_ id: UUID) -> SiteURL { .dossierFiling(.value(id)) }
    static func dossierConfirmation(_ id: UUID) -> SiteURL { .dossierConfirmation(.value(id)) }
    static func dossierReceipt(_ id: UUID) -> SiteURL { .dossierReceipt(.value(id)) }
    static func dossierCERFA(_ id: UUID) -> SiteURL { .dossierCERFA(.value(id)) }
    static func dossierWithdraw(_ id: UUID) -> SiteURL { .dossierWithdraw(.value(id)) }
    static func dossierDelete(_ id: UUID) -> SiteURL { .dossierDelete(.value(id)) }
    static func dossierAnswer(_ id: UUID) -> SiteURL { .dossierAnswer(.value(id)) }
    static func dossierPostponement(_ id: UUID) -> SiteURL { .dossierPostponement(.value(id)) }
    static func dossierConvocation(_ id: UUID) -> SiteURL { .dossierConvocation(.value(id)) }
    static func dossierDecision(_ id: UUID) -> SiteURL { .dossierDecision(.value(id)) }
    static func dossierMessages(_ id: UUID) -> SiteURL { .dossierMessages(.value(id)) }
    static func dossierRenew(_ id: UUID) -> SiteURL { .dossierRenew(.value(id)) }
    static func dossierSibling(_ id: UUID) -> SiteURL { .dossierSibling(.value(id)) }
    static func dossierMessageAttachment(_ id: UUID, _ message: UUID) -> SiteURL { .dossierMessageAttachment(.value(id), .value(message)) }
    static func apiDossier(_ id: UUID) -> SiteURL { .apiDossier(.value(id)) }
    static func apiDossierAnswers(_ id: UUID, _ section: DossierSection) -> SiteURL { .apiDossierAnswers(.value(id), .value(section)) }
    static func apiDossierUpload(_ id: UUID, _ target: UploadTarget) -> SiteURL { .apiDossierUpload(.value(id), .value(target)) }
    static func apiDossierDocument(_ id: UUID, _ document: UUID) -> SiteURL { .apiDossierDocument(.value(id), .value(document)) }
    static func apiDossierFiling(_ id: UUID) -> SiteURL { .apiDossierFiling(.value(id)) }
    static func apiDossierWithdraw(_ id: UUID) -> SiteURL { .apiDossierWithdraw(.value(id)) }
    static func apiDossierMessages(_ id: UUID) -> SiteURL { .apiDossierMessages(.value(id)) }
    static func apiDossierMessageAttachment(_ id: UUID, _ message: UUID) -> SiteURL { .apiDossierMessageAttachment(.value(id), .value(message)) }
    static func apiDossierAnswer(_ id: UUID) -> SiteURL { .apiDossierAnswer(.value(id)) }
    static func apiDossierPostponement(_ id: UUID) -> SiteURL { .apiDossierPostponement(.value(id)) }
    static func apiDossierRenewal(_ id: UUID) -> SiteURL { .apiDossierRenewal(.value(id)) }
    static func apiDossierSibling(_ id: UUID) -> SiteURL { .apiDossierSibling(.value(id)) }
    static func devMailMessage(_ id: UUID) -> SiteURL { .devMailMessage(.value(id)) }
    static func backOfficeDossier(_ id: UUID) -> SiteURL { .backOfficeDossier(.value(id)) }
    static func backOfficeDossierAction(_ id: UUID, _ action: DossierAction) -> SiteURL { .backOfficeDossierAction(.value(id), .value(action)) }
    static func backOfficeDossierAssign(_ id: UUID) -> SiteURL { .backOfficeDossierAssign(.value(id)) }
    static func backOfficeDossierFile(_ id: UUID, _ file: UUID) -> SiteURL { .backOfficeDossierFile(.value(id), .value(file)) }
    static func backOfficeDossierFileReview(_ id: UUID, _ file: UUID) -> SiteURL { .backOfficeDossierFileReview(.value(id), .value(file)) }
    static func backOfficeDossierVerdict(_ id: UUID, _ file: UUID) -> SiteURL { .backOfficeDossierVerdict(.value(id), .value(file)) }
    static func backOfficeDossierMessages(_ id: UUID) -> SiteURL { .backOfficeDossierMessages(.value(id)) }
    static func backOfficeDossierAttachment(_ id: UUID, _ message: UUID) -> SiteURL { .backOfficeDossierAttachment(.value(id), .value(message)) }
    static func backOfficeDossierAccess(_ id: UUID) -> SiteURL { .backOfficeDossierAccess(.value(id)) }
    static func backOfficeDossierAccessLog(_ id: UUID) -> SiteURL { .backOfficeDossierAccessLog(.value(id)) }
    static func backOfficeAssistedResume(_ id: UUID) -> SiteURL { .backOfficeAssistedResume(.value(id)) }
    static func backOfficeSchoolDecision(_ id: UUID, _ decision: SchoolHeadDecision) -> SiteURL { .backOfficeSchoolDecision(.value(id), .value(decision)) }
    static func schoolTrip(_ id: UUID) -> SiteURL { .schoolTrip(.value(id)) }
    static func schoolTripDetails(_ id: UUID) -> SiteURL { .schoolTripDetails(.value(id)) }
    static func schoolTripPupils(_ id: UUID) -> SiteURL { .schoolTripPupils(.value(id)) }
    static func schoolTripPupilRemove(_ id: UUID, _ pupil: UUID) -> SiteURL { .schoolTripPupilRemove(.value(id), .value(pupil)) }
    static func schoolTripImport(_ id: UUID) -> SiteURL { .schoolTripImport(.value(id)) }
    static func schoolTripFiling(_ id: UUID) -> SiteURL { .schoolTripFiling(.value(id)) }
    static func schoolTripAttestation(_ id: UUID) -> SiteURL { .schoolTripAttestation(.value(id)) }
    static func schoolTripDelete(_ id: UUID) -> SiteURL { .schoolTripDelete(.value(id)) }
    static func backOfficeTrip(_ id: UUID) -> SiteURL { .backOfficeTrip(.value(id)) }
    static func backOfficeTripPiece(_ id: UUID, _ document: UUID) -> SiteURL { .backOfficeTripPiece(.value(id), .value(document)) }
    static func backOfficeTripVerdict(_ id: UUID, _ pupil: UUID) -> SiteURL { .backOfficeTripVerdict(.value(id), .value(pupil)) }
    static func backOfficeTripAction(_ id: UUID, _ action: CollectiveTravelAction) -> SiteURL { .backOfficeTripAction(.value(id), .value(action)) }
    static func backOfficeTripMessages(_ id: UUID) -> SiteURL { .backOfficeTripMessages(.value(id)) }
    static func backOfficeTripDocument(_ id: UUID) -> SiteURL { .backOfficeTripDocument(.value(id)) }
    static func schoolTripAction(_ id: UUID, _ action: CollectiveTravelAction) -> SiteURL { .schoolTripAction(.value(id), .value(action)) }
    static func schoolTripMessages(_ id: UUID) -> SiteURL { .schoolTripMessages(.value(id)) }
    static func schoolTripDocument(_ id: UUID) -> SiteURL { .schoolTripDocument(.value(id)) }
    static func schoolTripPupil(_ id: UUID, _ pupil: UUID) -> SiteURL { .schoolTripPupil(.value(id), .value(pupil)) }
    static func schoolTripPupilUpload(_ id: UUID, _ pupil: UUID, _ kind: CollectiveTravelDocument) -> SiteURL {
        .schoolTripPupilUpload(.value(id), .value(pupil), .value(kind))
    }
    static func schoolTripFile(_ id: UUID, _ file: UUID) -> SiteURL { .schoolTripFile(.value(id), .value(file)) }
    static func apiIssuedDocument(_ id: UUID) -> SiteURL { .apiIssuedDocument(.value(id)) }
    static func myDocumentWithdrawal(_ id: UUID) -> SiteURL { .myDocumentWithdrawal(.value(id)) }
    static func backOfficeDocumentWithdrawal(_ id: UUID) -> SiteURL { .backOfficeDocumentWithdrawal(.value(id)) }
    static func myDocument(_ id: UUID) -> SiteURL { .myDocument(.value(id)) }
    static func myDocumentLapse(_ id: UUID) -> SiteURL { .myDocumentLapse(.value(id)) }
    static func myDocumentLoss(_ id: UUID) -> SiteURL { .myDocumentLoss(.value(id)) }
    static func myDocumentObservations(_ id: UUID) -> SiteURL { .myDocumentObservations(.value(id)) }
    static func myDocumentRenewal(_ id: UUID) -> SiteURL { .myDocumentRenewal(.value(id)) }
    static func myDocumentReceipt(_ id: UUID) -> SiteURL { .myDocumentReceipt(.value(id)) }
    static func myDocumentFile(_ id: UUID, _ file: UUID) -> SiteURL { .myDocumentFile(.value(id), .value(file)) }
    static func myDocumentPrint(_ id: UUID) -> SiteURL { .myDocumentPrint(.value(id)) }
    static func backOfficeDocument(_ id: UUID) -> SiteURL { .backOfficeDocument(.value(id)) }
    static func backOfficeDocumentAction(_ id: UUID, _ action: IssuedDocumentAction) -> SiteURL { .backOfficeDocumentAction(.value(id), .value(action)) }
    static func backOfficeDocumentReceipt(_ id: UUID) -> SiteURL { .backOfficeDocumentReceipt(.value(id)) }
    static func backOfficeDocumentFile(_ id: UUID, _ file: UUID) -> SiteURL { .backOfficeDocumentFile(.value(id), .value(file)) }
    static func backOfficeAgentAction(_ id: UUID, _ action: AgentAccountAction) -> SiteURL { .backOfficeAgentAction(.value(id), .value(action)) }
}
