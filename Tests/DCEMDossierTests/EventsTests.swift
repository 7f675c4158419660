import DCEMCase
import Foundation
import DCEMRules
import Testing

@Suite struct CaseEventKindTests {
    /// Histories already stored keep their meaning: these spellings are in the database.
    @Test(arguments: [
        ("created", CaseEventKind.created), ("answers-saved", .answersSaved), ("answers-corrected", .answersCorrected),
        ("document-added", .documentAdded), ("document-removed", .documentRemoved), ("document-verdict", .documentVerdict),
        ("assigned", .assigned), ("message", .message), ("family-access", .familyAccess), ("file", .action(.file)),
        ("request-documents", .action(.requestDocuments)), ("hand-over", .action(.handOver)),
    ])
    func storedSpellingsStillRead(code: String, kind: CaseEventKind) {
        #expect(CaseEventKind(code: code) == kind)
        #expect(kind.code == code)
    }

    @Test func everyKindHasItsOwnCode() {
        let codes = CaseEventKind.allCases.map(\.code)
        #expect(Set(codes).count == codes.count)
        for kind in CaseEventKind.allCases { #expect(CaseEventKind(code: kind.code) == kind) }
        #expect(CaseEventKind(code: "no-such-event") == nil)
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
        #expect(CaseDecision.granted.rawValue == "granted" && CaseDecision.refused.rawValue == "refused")
        #expect(PostponementAnswer.accepted.rawValue == "accepted" && PostponementAnswer.declined.rawValue == "declined")
    }
}

@Suite struct CaseNotificationTests {
    /// The outbox stores these kinds (the secrets' erasure reads two of them): the spellings stay.
    @Test func eachMailKeepsItsStoredKind() {
        let id = UUID()
        #expect(CaseNotification.Mail.caseUpdate(dossier: id, reference: "R", action: .requestDocuments).kind == "case-request-documents")
        #expect(CaseNotification.Mail.messageFromPrefecture(dossier: id, reference: "R").kind == "case-message")
        #expect(CaseNotification.Mail.childAccount(dossier: id, childName: "A", foreignerNumber: "1").kind == "child-account")
        #expect(CaseNotification.Mail.accountCreated(temporaryPassword: "x", validHours: 1).kind == "account-created")
        #expect(CaseNotification.Mail.passwordReset(temporaryPassword: "x", validHours: 1).kind == "password-reset")
        #expect(CaseNotification.Mail.accountExists.kind == "account-exists")
    }
}
