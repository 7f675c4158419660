import DCEMRules
import Testing
@testable import DCEMDossier

/// The one thing a family is told to do with a document (docs/pages.md#issued-documents), for every
/// state, and the renewal's window.
@Suite struct IssuedDocumentNextStepTests {
    static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    static func step(_ state: IssuedDocumentState, today: String = "2026-12-01", until: String? = "2031-11-24", birth: String? = "2016-04-14",
                     observations: String? = nil, observationsIn: Bool = false, started: Bool = false) -> IssuedDocumentNextStep {
        IssuedDocumentNextStep.of(state: state, today: d(today), validUntil: until.map(d), birthDate: birth.map(d),
                                  observationsUntil: observations.map(d), observationsIn: observationsIn, renewalStarted: started)
    }

    @Test func eachStateSaysOneThing() {
        #expect(Self.step(.valid) == .keep(renewFrom: Self.d("2031-07-24")))
        #expect(Self.step(.valid, today: "2031-07-24") == .renew)
        #expect(Self.step(.valid, today: "2031-07-24", started: true) == .finishRenewal)
        #expect(Self.step(.withdrawalPending, observations: "2026-12-16") == .observe(until: Self.d("2026-12-16")))
        // answered, or the period over: back to what the document itself asks
        #expect(Self.step(.withdrawalPending, observations: "2026-12-16", observationsIn: true) == .keep(renewFrom: Self.d("2031-07-24")))
        #expect(Self.step(.withdrawalPending, today: "2026-12-17", observations: "2026-12-16") == .keep(renewFrom: Self.d("2031-07-24")))
        for state in [IssuedDocumentState.expired, .lapsed, .withdrawn] { #expect(Self.step(state) == .giveBack) }
        #expect(Self.step(.expired, started: true) == .finishRenewal)
        #expect(Self.step(.reportedLost) == .replace)
        #expect(Self.step(.reportedStolen, started: true) == .finishRenewal)
        for state in [IssuedDocumentState.returned, .replaced] { #expect(Self.step(state) == .nothing) }
    }

    @Test func aDocumentEndingAtMajorityIsNotRenewed() {
        #expect(Self.step(.valid, today: "2026-12-01", until: "2027-02-28", birth: "2009-02-28") == .keep(renewFrom: nil))
        #expect(!IssuedDocumentNextStep.renewable(validUntil: Self.d("2027-02-28"), birthDate: Self.d("2009-02-28")))
        #expect(IssuedDocumentNextStep.renewable(validUntil: Self.d("2027-02-27"), birthDate: Self.d("2009-02-28")))
    }

    @Test func theFamilyMayStartTheApplicationOnlyWhenItIsDue() {
        #expect(!IssuedDocumentNextStep.mayRenew(state: .valid, Self.step(.valid)))
        #expect(IssuedDocumentNextStep.mayRenew(state: .valid, Self.step(.valid, today: "2031-07-24")))
        #expect(IssuedDocumentNextStep.mayRenew(state: .expired, Self.step(.expired)))
        #expect(IssuedDocumentNextStep.mayRenew(state: .reportedLost, Self.step(.reportedLost)))
        #expect(!IssuedDocumentNextStep.mayRenew(state: .withdrawn, Self.step(.withdrawn)))
        #expect(!IssuedDocumentNextStep.mayRenew(state: .returned, Self.step(.returned)))
    }
}
