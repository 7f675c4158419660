import DCEMRules
import Foundation
import Hummingbird
import Testing

@testable import App

/// Every address the site links to falls under the route it is registered with: `path` (links)
/// and `routePath` (registration) can not drift apart unnoticed.
@Suite struct SiteURLTests {
    /// One value of each address (two where the pattern itself depends on the value).
    static let samples: [SiteURL] = [
        .home,
        .stylesheet,
        .plaintext,
        .healthLive,
        .healthReady,
        .simulatorStart,
        .simulatorQuestion("nationalite"),
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
        .dossierSection(UUID(), .child),
        .dossierSection(UUID(), .address),
        .dossierQuestion(UUID(), "nationalite"),
        .dossierUpload(UUID(), "address-proof"),
        .dossierLanguage(UUID(), "address-proof"),
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
        .dossierMessages(UUID()),
        .dossierRenew(UUID()),
        .dossierSibling(UUID()),
        .dossierMessageAttachment(UUID(), UUID()),
        .apiDossiers,
        .apiDossier(UUID()),
        .apiDossierAnswers(UUID(), .child),
        .apiDossierAnswers(UUID(), .address),
        .apiDossierUpload(UUID(), "address-proof"),
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
        .backOfficeDossierVerdict(UUID(), UUID()),
        .backOfficeDossierMessages(UUID()),
        .backOfficeDossierAttachment(UUID(), UUID()),
        .backOfficeCalendar,
        .backOfficeStatistics,
        .backOfficeAssisted,
        .backOfficeAssistedEnd,
        .backOfficeDossierAccess(UUID()),
    ]

    /// The case's name; exhaustive, so a new address fails to compile here until it has a sample.
    static func name(_ url: SiteURL) -> String {
        switch url {
        case .home: "home"
        case .stylesheet: "stylesheet"
        case .plaintext: "plaintext"
        case .healthLive: "healthLive"
        case .healthReady: "healthReady"
        case .simulatorStart: "simulatorStart"
        case .simulatorQuestion: "simulatorQuestion"
        case .simulatorResult: "simulatorResult"
        case .simulatorRestart: "simulatorRestart"
        case .apiEligibility: "apiEligibility"
        case .apiOpenAPI: "apiOpenAPI"
        case .signUp: "signUp"
        case .signUpSent: "signUpSent"
        case .login: "login"
        case .logout: "logout"
        case .forgotPassword: "forgotPassword"
        case .forgotPasswordSent: "forgotPasswordSent"
        case .changePassword: "changePassword"
        case .account: "account"
        case .accountTokens: "accountTokens"
        case .accountTokenRevoke: "accountTokenRevoke"
        case .myDossiers: "myDossiers"
        case .dossierStart: "dossierStart"
        case .dossier: "dossier"
        case .dossierSection: "dossierSection"
        case .dossierQuestion: "dossierQuestion"
        case .dossierUpload: "dossierUpload"
        case .dossierLanguage: "dossierLanguage"
        case .dossierFile: "dossierFile"
        case .dossierRemoveFile: "dossierRemoveFile"
        case .dossierFiling: "dossierFiling"
        case .dossierConfirmation: "dossierConfirmation"
        case .dossierReceipt: "dossierReceipt"
        case .dossierCERFA: "dossierCERFA"
        case .dossierWithdraw: "dossierWithdraw"
        case .dossierAnswer: "dossierAnswer"
        case .dossierPostponement: "dossierPostponement"
        case .dossierConvocation: "dossierConvocation"
        case .dossierMessages: "dossierMessages"
        case .dossierRenew: "dossierRenew"
        case .dossierSibling: "dossierSibling"
        case .dossierMessageAttachment: "dossierMessageAttachment"
        case .apiDossiers: "apiDossiers"
        case .apiDossier: "apiDossier"
        case .apiDossierAnswers: "apiDossierAnswers"
        case .apiDossierUpload: "apiDossierUpload"
        case .apiDossierDocument: "apiDossierDocument"
        case .apiDossierFiling: "apiDossierFiling"
        case .apiDossierWithdraw: "apiDossierWithdraw"
        case .apiDossierMessages: "apiDossierMessages"
        case .apiDossierMessageAttachment: "apiDossierMessageAttachment"
        case .apiDossierAnswer: "apiDossierAnswer"
        case .apiDossierPostponement: "apiDossierPostponement"
        case .apiDossierRenewal: "apiDossierRenewal"
        case .apiDossierSibling: "apiDossierSibling"
        case .devMail: "devMail"
        case .devMailMessage: "devMailMessage"
        case .backOffice: "backOffice"
        case .backOfficeLogin: "backOfficeLogin"
        case .backOfficeCode: "backOfficeCode"
        case .backOfficePassword: "backOfficePassword"
        case .backOfficeLogout: "backOfficeLogout"
        case .backOfficeQueue: "backOfficeQueue"
        case .backOfficeDossier: "backOfficeDossier"
        case .backOfficeDossierAction: "backOfficeDossierAction"
        case .backOfficeDossierAssign: "backOfficeDossierAssign"
        case .backOfficeDossierFile: "backOfficeDossierFile"
        case .backOfficeDossierVerdict: "backOfficeDossierVerdict"
        case .backOfficeDossierMessages: "backOfficeDossierMessages"
        case .backOfficeDossierAttachment: "backOfficeDossierAttachment"
        case .backOfficeCalendar: "backOfficeCalendar"
        case .backOfficeStatistics: "backOfficeStatistics"
        case .backOfficeAssisted: "backOfficeAssisted"
        case .backOfficeAssistedEnd: "backOfficeAssistedEnd"
        case .backOfficeDossierAccess: "backOfficeDossierAccess"
        }
    }

    static let allNames: Set<String> = ["home", "stylesheet", "plaintext", "healthLive", "healthReady", "simulatorStart", "simulatorQuestion", "simulatorResult", "simulatorRestart", "apiEligibility", "apiOpenAPI", "signUp", "signUpSent", "login", "logout", "forgotPassword", "forgotPasswordSent", "changePassword", "account", "accountTokens", "accountTokenRevoke", "myDossiers", "dossierStart", "dossier", "dossierSection", "dossierQuestion", "dossierUpload", "dossierLanguage", "dossierFile", "dossierRemoveFile", "dossierFiling", "dossierConfirmation", "dossierReceipt", "dossierCERFA", "dossierWithdraw", "dossierAnswer", "dossierPostponement", "dossierConvocation", "dossierMessages", "dossierRenew", "dossierSibling", "dossierMessageAttachment", "apiDossiers", "apiDossier", "apiDossierAnswers", "apiDossierUpload", "apiDossierDocument", "apiDossierFiling", "apiDossierWithdraw", "apiDossierMessages", "apiDossierMessageAttachment", "apiDossierAnswer", "apiDossierPostponement", "apiDossierRenewal", "apiDossierSibling", "devMail", "devMailMessage", "backOffice", "backOfficeLogin", "backOfficeCode", "backOfficePassword", "backOfficeLogout", "backOfficeQueue", "backOfficeDossier", "backOfficeDossierAction", "backOfficeDossierAssign", "backOfficeDossierFile", "backOfficeDossierVerdict", "backOfficeDossierMessages", "backOfficeDossierAttachment", "backOfficeCalendar", "backOfficeStatistics", "backOfficeAssisted", "backOfficeAssistedEnd", "backOfficeDossierAccess"];

    @Test func everyAddressHasASample() {
        #expect(Set(Self.samples.map(Self.name)) == Self.allNames)
    }

    @Test(arguments: samples)
    func theLinkFallsUnderItsRegisteredRoute(_ url: SiteURL) {
        let link = url.path.split(separator: "?", maxSplits: 1)[0].split(separator: "/", omittingEmptySubsequences: true)
        let pattern = url.routePath.description.split(separator: "/", omittingEmptySubsequences: true)
        #expect(link.count == pattern.count, "\(url.path) under \(url.routePath)")
        // A parameter prints as `{name}` (or `:name`); any value of the link stands for it.
        for (segment, expected) in zip(link, pattern) where !expected.hasPrefix(":") && !expected.hasPrefix("{") {
            #expect(segment == expected, "\(url.path) under \(url.routePath)")
        }
    }
}
