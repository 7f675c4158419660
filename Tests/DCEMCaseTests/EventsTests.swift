import DCEMCase
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
