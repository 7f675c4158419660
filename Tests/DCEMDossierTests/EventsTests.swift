import DCEMDossier
import Foundation
import DCEMRules
import Testing

@Suite struct DossierEventKindTests {
    /// Histories already stored keep their meaning: these spellings are in the database.
    @Test(arguments: [
        ("created", DossierEventKind.created), ("answers-saved", .answersSaved), ("answers-corrected", .answersCorrected),
        ("document-added", .documentAdded), ("document-removed", .documentRemoved), ("document-verdict", .documentVerdict),
        ("assigned", .assigned), ("message", .message), ("family-access", .familyAccess), ("file", .action(.file)),
        ("request-documents", .action(.requestDocuments)), ("hand-over", .action(.handOver)),
    ])
    func storedSpellingsStillRead(code: String, kind: DossierEventKind) {
        #expect(DossierEventKind(code: code) == kind)
        #expect(kind.code == code)
    }

    @Test func everyKindHasItsOwnCode() {
        let codes = DossierEventKind.allCases.map(\.code)
        #expect(Set(codes).count == codes.count)
        for kind in DossierEventKind.allCases { #expect(DossierEventKind(code: kind.code) == kind) }
        #expect(DossierEventKind(code: "no-such-event") == nil)
    }
}

@Suite struct StoredValueTests {
    @Test func aRefusalReasonIsACodeOrTheSentenceStoredBefore() {
        #expect(StoredRefusalReason(stored: "residence") == .reason(.residence))
        #expect(StoredRefusalReason(stored: "no-ground") == .reason(.noGround))
        let sentence = "Motif écrit à la main."
        #expect(StoredRefusalReason(stored: sentence) == .legacy(sentence))
    }

    @Test func decisionsAndAnswersKeepTheirStoredSpellings() {
        #expect(DossierDecision.granted.rawValue == "granted" && DossierDecision.refused.rawValue == "refused")
        #expect(PostponementAnswer.accepted.rawValue == "accepted" && PostponementAnswer.declined.rawValue == "declined")
    }
}

@Suite struct DossierNotificationTests {
    /// The outbox stores these kinds (the secrets' erasure reads two of them): the spellings stay.
    @Test func eachMailKeepsItsStoredKind() {
        let id = UUID()
        #expect(DossierNotification.Mail.dossierUpdate(dossier: id, reference: "R", action: .requestDocuments).kind == "case-request-documents")
        #expect(DossierNotification.Mail.messageFromPrefecture(dossier: id, reference: "R").kind == "case-message")
        #expect(DossierNotification.Mail.childAccount(dossier: id, childName: "A", foreignerNumber: "1").kind == "child-account")
        #expect(DossierNotification.Mail.accountCreated(temporaryPassword: "x", validHours: 1).kind == "account-created")
        #expect(DossierNotification.Mail.passwordReset(temporaryPassword: "x", validHours: 1).kind == "password-reset")
        #expect(DossierNotification.Mail.accountExists.kind == "account-exists")
    }
}
