import DCEMDossier
import DCEMRules
import Foundation
import Hummingbird
import Testing

@testable import App

/// Every address the site links to resolves, through the router the service runs, to the route it
/// is registered with; and the router serves no route that is not an address.
@Suite struct SiteURLTests {
    /// One value of each address; each section of a dossier is a route of its own.
    static let samples: [SiteURL] = [
        .home,
        .stylesheet,
        .plaintext,
        .healthLive,
        .healthReady,
        .simulatorStart,
        .simulatorQuestion(.childNationality),
        .simulatorResult,
        .simulatorRestart,
        .apiEligibility,
        .apiOpenAPI,
        .signUp,
        .signUpSent,
        .login(next: "/mes-demandes"),
        .logout,
        .forgotPassword,
        .forgotPasswordSent,
        .changePassword,
        .account,
        .accountTokens,
        .accountTokenRevoke(UUID()),
        .myDossiers,
        .dossierStart,
        .dossier(UUID()),
        .dossierQuestion(UUID(), .parentSince(1)),
        .dossierUpload(UUID(), UploadSlot(code: .addressProof)),
        .dossierLanguage(UUID(), UploadSlot(code: .filiation, translation: false)),
        .dossierFile(UUID(), UUID()),
        .dossierRemoveFile(UUID(), UUID()),
        .dossierFiling(UUID()),
        .dossierConfirmation(UUID()),
        .dossierReceipt(UUID()),
        .dossierCERFA(UUID()),
        .dossierWithdraw(UUID()),
        .dossierAnswer(UUID()),
        .dossierPostponement(UUID()),
        .dossierConvocation(UUID()),
        .dossierDecision(UUID()),
        .information(.help), .information(.accessibility), .information(.legalNotice), .information(.personalData),
        .dossierDelete(UUID()),
        .dossierMessages(UUID()),
        .dossierRenew(UUID()),
        .dossierSibling(UUID()),
        .dossierMessageAttachment(UUID(), UUID()),
        .apiDossiers,
        .apiDossier(UUID()),
        .apiDossierAnswers(UUID(), .child),
        .apiDossierUpload(UUID(), .slot(UploadSlot(code: .filiation, translation: true))),
        .apiDossierUpload(UUID(), .photos),
        .apiDossierDocument(UUID(), UUID()),
        .apiDossierFiling(UUID()),
        .apiDossierWithdraw(UUID()),
        .apiDossierMessages(UUID()),
        .apiDossierMessageAttachment(UUID(), UUID()),
        .apiDossierAnswer(UUID()),
        .apiDossierPostponement(UUID()),
        .apiDossierRenewal(UUID()),
        .apiDossierSibling(UUID()),
        .devMail,
        .devMailMessage(UUID()),
        .backOffice,
        .backOfficeLogin,
        .backOfficeCode,
        .backOfficePassword,
        .backOfficeLogout,
        .backOfficeQueue,
        .backOfficeDossier(UUID()),
        .backOfficeDossierAction(UUID(), .grant),
        .backOfficeDossierAssign(UUID()),
        .backOfficeDossierFile(UUID(), UUID()),
        .backOfficeDossierFileReview(UUID(), UUID()),
        .backOfficeDossierVerdict(UUID(), UUID()),
        .backOfficeDossierMessages(UUID()),
        .backOfficeDossierAttachment(UUID(), UUID()),
        .backOfficeCalendar,
        .backOfficeStatistics,
        .backOfficeClosedDays,
        .backOfficeClosedDayRemove,
        .backOfficeAgents,
        .backOfficeAgentNew,
        .backOfficeAgentAction(UUID(), .resetCode),
        .backOfficeAssisted,
        .backOfficeAssistedEnd,
        .backOfficeAssistedResume(UUID()),
        .backOfficeDossierAccess(UUID()),
        .accountArchive,
        .dossierArchive(UUID()),
        .backOfficeDossierAccessLog(UUID()),
        .apiIssuedDocuments, .apiIssuedDocument(UUID()), .myDocumentWithdrawal(UUID()), .backOfficeDocumentWithdrawal(UUID()),
        .schoolTrips, .schoolTrip(UUID()), .schoolTripDetails(UUID()), .schoolTripPupils(UUID()), .schoolTripPupilRemove(UUID(), UUID()),
        .schoolTripImport(UUID()), .schoolTripFiling(UUID()), .schoolTripAttestation(UUID()), .schoolTripDelete(UUID()), .schoolPupilTemplate,
        .schoolTripPupil(UUID(), UUID()), .schoolTripFile(UUID(), UUID()),
        .schoolArea, .backOfficeSchools, .backOfficeSchoolDecision(UUID(), .approve), .backOfficeSchoolDecision(UUID(), .refuse),
        .myDocuments, .myDocument(UUID()), .myDocumentLapse(UUID()), .myDocumentLoss(UUID()), .myDocumentObservations(UUID()),
        .myDocumentRenewal(UUID()), .myDocumentReceipt(UUID()), .myDocumentFile(UUID(), UUID()),
        .backOfficeDocument(UUID()), .backOfficeDocumentAction(UUID(), .withdraw), .backOfficeDocumentReceipt(UUID()),
        .backOfficeDocumentFile(UUID(), UUID()),
        .verification, .apiVerification, .myDocumentPrint(UUID()),
        .backOfficeTrips, .backOfficeTrip(UUID()), .backOfficeTripPiece(UUID(), UUID()), .backOfficeTripVerdict(UUID(), UUID()),
        .backOfficeTripMessages(UUID()), .backOfficeTripDocument(UUID()), .schoolTripMessages(UUID()), .schoolTripDocument(UUID()),
    ] + CollectiveTravelAction.allCases.flatMap { [.backOfficeTripAction(UUID(), $0), .schoolTripAction(UUID(), $0)] } + DossierSection.allCases.map { .dossierSection(UUID(), $0) }
        + CollectiveTravelDocument.perPupil.map { .schoolTripPupilUpload(UUID(), UUID(), $0) }

    /// The address with its parameters as keys: the route it must resolve to. Exhaustive, so a
    /// new address fails to compile here until it is named.
    static func keyed(_ url: SiteURL) -> SiteURL {
        switch url {
        case .home: .home
        case .stylesheet: .stylesheet
        case .plaintext: .plaintext
        case .healthLive: .healthLive
        case .healthReady: .healthReady
        case .simulatorStart: .simulatorStart
        case .simulatorQuestion: .simulatorQuestion(.key)
        case .simulatorResult: .simulatorResult
        case .simulatorRestart: .simulatorRestart
        case .apiEligibility: .apiEligibility
        case .apiOpenAPI: .apiOpenAPI
        case .signUp: .signUp
        case .signUpSent: .signUpSent
        case .login: .login(next: nil)
        case .logout: .logout
        case .forgotPassword: .forgotPassword
        case .forgotPasswordSent: .forgotPasswordSent
        case .changePassword: .changePassword
        case .account: .account
        case .accountTokens: .accountTokens
        case .accountTokenRevoke: .accountTokenRevoke(.key)
        case .myDossiers: .myDossiers
        case .dossierStart: .dossierStart
        case .dossier: .dossier(.key)
        case .dossierSection(_, let section): .dossierSection(.key, section)
        case .dossierQuestion: .dossierQuestion(.key, .key)
        case .dossierUpload: .dossierUpload(.key, .key)
        case .dossierLanguage: .dossierLanguage(.key, .key)
        case .dossierFile: .dossierFile(.key, .key)
        case .dossierRemoveFile: .dossierRemoveFile(.key, .key)
        case .dossierFiling: .dossierFiling(.key)
        case .dossierConfirmation: .dossierConfirmation(.key)
        case .dossierReceipt: .dossierReceipt(.key)
        case .dossierCERFA: .dossierCERFA(.key)
        case .dossierWithdraw: .dossierWithdraw(.key)
        case .dossierAnswer: .dossierAnswer(.key)
        case .dossierPostponement: .dossierPostponement(.key)
        case .dossierConvocation: .dossierConvocation(.key)
        case .dossierDecision: .dossierDecision(.key)
        case .information: url
        case .dossierDelete: .dossierDelete(.key)
        case .dossierMessages: .dossierMessages(.key)
        case .dossierRenew: .dossierRenew(.key)
        case .dossierSibling: .dossierSibling(.key)
        case .dossierMessageAttachment: .dossierMessageAttachment(.key, .key)
        case .apiDossiers: .apiDossiers
        case .apiDossier: .apiDossier(.key)
        case .apiDossierAnswers: .apiDossierAnswers(.key, .key)
        case .apiDossierUpload: .apiDossierUpload(.key, .key)
        case .apiDossierDocument: .apiDossierDocument(.key, .key)
        case .apiDossierFiling: .apiDossierFiling(.key)
        case .apiDossierWithdraw: .apiDossierWithdraw(.key)
        case .apiDossierMessages: .apiDossierMessages(.key)
        case .apiDossierMessageAttachment: .apiDossierMessageAttachment(.key, .key)
        case .apiDossierAnswer: .apiDossierAnswer(.key)
        case .apiDossierPostponement: .apiDossierPostponement(.key)
        case .apiDossierRenewal: .apiDossierRenewal(.key)
        case .apiDossierSibling: .apiDossierSibling(.key)
        case .devMail: .devMail
        case .devMailMessage: .devMailMessage(.key)
        case .backOffice: .backOffice
        case .backOfficeLogin: .backOfficeLogin
        case .backOfficeCode: .backOfficeCode
        case .backOfficePassword: .backOfficePassword
        case .backOfficeLogout: .backOfficeLogout
        case .backOfficeQueue: .backOfficeQueue
        case .backOfficeDossier: .backOfficeDossier(.key)
        case .backOfficeDossierAction: .backOfficeDossierAction(.key, .key)
        case .backOfficeDossierAssign: .backOfficeDossierAssign(.key)
        case .backOfficeDossierFile: .backOfficeDossierFile(.key, .key)
        case .backOfficeDossierFileReview: .backOfficeDossierFileReview(.key, .key)
        case .backOfficeDossierVerdict: .backOfficeDossierVerdict(.key, .key)
        case .backOfficeDossierMessages: .backOfficeDossierMessages(.key)
        case .backOfficeDossierAttachment: .backOfficeDossierAttachment(.key, .key)
        case .backOfficeCalendar: .backOfficeCalendar
        case .backOfficeStatistics: .backOfficeStatistics
        case .backOfficeClosedDays: .backOfficeClosedDays
        case .backOfficeClosedDayRemove: .backOfficeClosedDayRemove
        case .backOfficeAgents: .backOfficeAgents
        case .backOfficeAgentNew: .backOfficeAgentNew
        case .backOfficeAgentAction: .backOfficeAgentAction(.key, .key)
        case .backOfficeAssisted: .backOfficeAssisted
        case .backOfficeAssistedEnd: .backOfficeAssistedEnd
        case .backOfficeAssistedResume: .backOfficeAssistedResume(.key)
        case .backOfficeDossierAccess: .backOfficeDossierAccess(.key)
        case .accountArchive: .accountArchive
        case .dossierArchive: .dossierArchive(.key)
        case .backOfficeDossierAccessLog: .backOfficeDossierAccessLog(.key)
        case .myDocuments: .myDocuments
        case .myDocumentWithdrawal: .myDocumentWithdrawal(.key)
        case .backOfficeDocumentWithdrawal: .backOfficeDocumentWithdrawal(.key)
        case .schoolArea: .schoolArea
        case .schoolTrips: .schoolTrips
        case .schoolTrip: .schoolTrip(.key)
        case .schoolTripDetails: .schoolTripDetails(.key)
        case .schoolTripPupils: .schoolTripPupils(.key)
        case .schoolTripPupilRemove: .schoolTripPupilRemove(.key, .key)
        case .schoolTripImport: .schoolTripImport(.key)
        case .schoolTripFiling: .schoolTripFiling(.key)
        case .schoolTripAttestation: .schoolTripAttestation(.key)
        case .schoolTripDelete: .schoolTripDelete(.key)
        case .schoolPupilTemplate: .schoolPupilTemplate
        case .schoolTripPupil: .schoolTripPupil(.key, .key)
        case .schoolTripPupilUpload: .schoolTripPupilUpload(.key, .key, .key)
        case .schoolTripFile: .schoolTripFile(.key, .key)
        case .backOfficeSchools: .backOfficeSchools
        case .backOfficeSchoolDecision: .backOfficeSchoolDecision(.key, .key)
        case .apiIssuedDocuments: .apiIssuedDocuments
        case .apiIssuedDocument: .apiIssuedDocument(.key)
        case .myDocument: .myDocument(.key)
        case .myDocumentLapse: .myDocumentLapse(.key)
        case .myDocumentLoss: .myDocumentLoss(.key)
        case .myDocumentObservations: .myDocumentObservations(.key)
        case .myDocumentRenewal: .myDocumentRenewal(.key)
        case .myDocumentReceipt: .myDocumentReceipt(.key)
        case .myDocumentFile: .myDocumentFile(.key, .key)
        case .backOfficeDocument: .backOfficeDocument(.key)
        case .backOfficeDocumentAction: .backOfficeDocumentAction(.key, .key)
        case .backOfficeDocumentReceipt: .backOfficeDocumentReceipt(.key)
        case .backOfficeDocumentFile: .backOfficeDocumentFile(.key, .key)
        case .verification: .verification
        case .apiVerification: .apiVerification
        case .myDocumentPrint: .myDocumentPrint(.key)
        case .backOfficeTrips: .backOfficeTrips
        case .backOfficeTrip: .backOfficeTrip(.key)
        case .backOfficeTripPiece: .backOfficeTripPiece(.key, .key)
        case .backOfficeTripVerdict: .backOfficeTripVerdict(.key, .key)
        case .backOfficeTripAction: .backOfficeTripAction(.key, .key)
        case .backOfficeTripMessages: .backOfficeTripMessages(.key)
        case .backOfficeTripDocument: .backOfficeTripDocument(.key)
        case .schoolTripAction: .schoolTripAction(.key, .key)
        case .schoolTripMessages: .schoolTripMessages(.key)
        case .schoolTripDocument: .schoolTripDocument(.key)
        }
    }

    /// A pattern's segments, a capture as `*` (the router prints `{name}`, `path` prints `:name`).
    static func shape(_ pattern: String) -> [String] {
        pattern.split(separator: "/").map { $0.hasPrefix(":") || $0.hasPrefix("{") ? "*" : String($0) }
    }

    /// The route the router picks for `link`: among the patterns it matches, a literal segment wins
    /// over a capture at the first place they differ (Hummingbird's trie does the same).
    static func resolve(_ link: String, among patterns: [[String]]) -> [String]? {
        let segments = link.split(separator: "?", maxSplits: 1)[0].split(separator: "/").map(String.init)
        let matching = patterns.filter { pattern in
            pattern.count == segments.count && zip(pattern, segments).allSatisfy { $0 == "*" || $0 == $1 }
        }
        return matching.max { a, b in
            guard let (x, y) = zip(a, b).first(where: { $0 != $1 }) else { return false }
            return x == "*" && y != "*"
        }
    }

    static func registeredPatterns() async throws -> [[String]] {
        // Development: the mail viewer's routes exist there only.
        try await withTestSite(configure: { $0.environment = .development }) { site in
            let router = try buildRouter(config: site.config, database: site.database, dependencies: .init())
            return Array(Set(router.routes.map { shape($0.path.description) }))
        }
    }

    @Test func everyLinkResolvesToItsOwnRoute() async throws {
        let patterns = try await Self.registeredPatterns()
        for url in Self.samples {
            let own = Self.shape(Self.keyed(url).route.description)
            #expect(Self.resolve(url.path, among: patterns) == own, "\(url.path) should resolve to \(Self.keyed(url).path)")
        }
    }

    @Test func everyRouteTheRouterServesIsAnAddress() async throws {
        let patterns = Set(try await Self.registeredPatterns())
        let addresses = Set(Self.samples.map { Self.shape(Self.keyed($0).route.description) })
        #expect(patterns.subtracting(addresses).isEmpty, "routes with no address: \(patterns.subtracting(addresses))")
        #expect(addresses.subtracting(patterns).isEmpty, "addresses with no route: \(addresses.subtracting(patterns))")
    }

    /// One definition: the link and the route are the same path, with values or with keys.
    @Test func aLinkIsItsRouteWithTheValues() throws {
        let id = try #require(UUID(uuidString: "0F8A5C3E-1B2D-4E6F-8A9B-0C1D2E3F4A5B"))
        #expect(SiteURL.dossier(.key).path == "/demandes/:dossier")
        #expect(SiteURL.dossier(id).path == "/demandes/0f8a5c3e-1b2d-4e6f-8a9b-0c1d2e3f4a5b")
        #expect(SiteURL.dossierSection(id, .child).path == "/demandes/0f8a5c3e-1b2d-4e6f-8a9b-0c1d2e3f4a5b/enfant")
        #expect(SiteURL.dossierQuestion(id, .parentSince(2)).path.hasSuffix("/situation/\(SituationQuestion.parentSince(2).id)"))
        #expect(SiteURL.dossierUpload(.key, .key).path == "/demandes/:dossier/pieces/:slot")
        #expect(SiteURL.dossierUpload(id, UploadSlot(code: .filiation, translation: true)).path.hasSuffix("/pieces/filiation.traduction"))
        #expect(SiteURL.apiDossierUpload(id, .photos).path.hasSuffix("/documents/photo"))
        #expect(SiteURL.apiDossierAnswers(id, .child).path.hasSuffix("/answers/child"))
        #expect(SiteURL.backOfficeDossierAction(id, .grant).path.hasSuffix("/actions/grant"))
        #expect(SiteURL.login(next: "/mes-demandes?x=1").path == "/compte/connexion?suite=/mes-demandes%3Fx%3D1")
        #expect(SiteURL.login(next: nil).route.description.contains("?") == false)
        #expect(SiteURL.schoolTripPupil(id, id).path == "/etablissement/voyages/\(id.uuidString.lowercased())/eleves/\(id.uuidString.lowercased())")
        #expect(SiteURL.schoolTripPupilUpload(.key, .key, .key).path == "/etablissement/voyages/:trip/eleves/:pupil/pieces/:kind")
        #expect(SiteURL.schoolTripPupilUpload(id, id, .photo).path.hasSuffix("/pieces/photo"))
        #expect(SiteURL.schoolTripFile(.key, .key).path == "/etablissement/voyages/:trip/fichiers/:file")
    }

    /// A pupil's document is named in French in the address, and only the four per-pupil kinds are read back.
    @Test func aPupilsDocumentReadsBackFromItsAddress() {
        for kind in CollectiveTravelDocument.allCases {
            #expect(CollectiveTravelDocument(pathSegment: kind.pathSegment) == (kind.isPerPupil ? kind : nil))
        }
        #expect(Set(CollectiveTravelDocument.perPupil.map(\.pathSegment)).count == 4)
        #expect(CollectiveTravelDocument(pathSegment: "parental-authorization") == nil)
        #expect(CollectiveTravelDocument(pathSegment: "") == nil)
    }
}
