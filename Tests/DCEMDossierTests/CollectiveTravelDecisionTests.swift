// The préfecture's decision on a document de voyage collectif, as data: per-pupil verdicts, then one
// decision for the group (docs/states.md#the-collective-travel-document).
import DCEMDossier
import DCEMRules
import Testing

@Suite struct CollectiveTravelDecisionTests {
    static func minor(_ surname: String, _ given: String = "A") -> CollectiveTravelMinor {
        CollectiveTravelMinor(surname: surname, givenNames: given, birthDate: CivilDate(iso: "2012-05-10")!,
                              birthPlace: "Rabat", nationalities: [Country(code: "MA")!])
    }

    static let departure = CivilDate(iso: "2027-03-16")!
    static let returnOn = CivilDate(iso: "2027-03-20")!

    static func pupils(_ verdicts: [PupilVerdict]) -> [PupilOnRequest] {
        let names = ["Zola", "Amrani", "Diallo", "Benali"]
        return verdicts.enumerated().map { PupilOnRequest(id: "p\($0.offset)", minor: minor(names[$0.offset]), verdict: $0.element) }
    }

    @Test func aPupilStruckOffWhileTheGroupGoesAhead() throws {
        let pupils = Self.pupils([.kept, .struckOff(.parentalAuthorizationMissing, note: ""), .kept, .kept])
        let decision = try CollectiveTravelDecision.grant(pupils, departure: Self.departure, returnOn: Self.returnOn).get()
        guard case let .granted(listed, struckOff, from, until) = decision else { Issue.record("\(decision)"); return }
        // the document lists the pupils kept, alphabetically
        #expect(listed.map(\.minor.surname) == ["Benali", "Diallo", "Zola"])
        #expect(listed.map(\.id) == ["p3", "p2", "p0"])
        #expect(struckOff.map(\.id) == ["p1"])
        #expect(struckOff.first?.reason == .parentalAuthorizationMissing)
        #expect(from == Self.departure && until == Self.returnOn)
    }

    @Test func noDecisionWhilePupilsWaitForTheirVerdict() {
        let pupils = Self.pupils([.kept, .pending, .kept, .pending])
        #expect(CollectiveTravelDecision.grant(pupils, departure: Self.departure, returnOn: Self.returnOn)
                == .failure(.verdictsPending(["p1", "p3"])))
    }

    @Test func noGrantWithEveryPupilStruckOff() {
        let pupils = Self.pupils([.struckOff(.photoMissing, note: ""), .struckOff(.identityDocumentMissing, note: "")])
        #expect(CollectiveTravelDecision.grant(pupils, departure: Self.departure, returnOn: Self.returnOn) == .failure(.noPupilKept))
    }

    @Test func anOtherReasonOrANotConcernedPupilNeedsItsNote() throws {
        let missing = Self.pupils([.kept, .struckOff(.other, note: "  "), .struckOff(.notConcerned, note: "")])
        #expect(CollectiveTravelDecision.grant(missing, departure: Self.departure, returnOn: Self.returnOn)
                == .failure(.noteMissing(["p1", "p2"])))
        let given = Self.pupils([.kept, .struckOff(.other, note: "Ne participe plus au voyage"),
                                 .struckOff(.notConcerned, note: "Nationalité française (acte de naissance)")])
        #expect(throws: Never.self) { try CollectiveTravelDecision.grant(given, departure: Self.departure, returnOn: Self.returnOn).get() }
    }

    @Test func aRefusalForTheGroupNeedsAReason() {
        #expect(CollectiveTravelDecision.refuse(reasons: [], text: "") == .failure(.noReason))
        #expect(CollectiveTravelDecision.refuse(reasons: [.filedTooLate, .destinationIreland, .filedTooLate], text: "Voir le courrier")
                == .success(.refused(reasons: [.filedTooLate, .destinationIreland], text: "Voir le courrier")))
    }

    @Test func strikeReasonsAreLabelled() {
        for language in Language.allCases {
            let labels = PupilStrikeReason.allCases.map { $0.label(in: language) }
            #expect(Set(labels).count == labels.count && labels.allSatisfy { !$0.isEmpty })
        }
    }

    @Test func aMissingDocumentOfAPupilGivesItsStrikeReason() {
        #expect(CollectiveTravelDocument.perPupil.compactMap(PupilStrikeReason.init(missing:))
                == [.parentalAuthorizationMissing, .parentsPermitsMissing, .identityDocumentMissing, .photoMissing])
        #expect(CollectiveTravelDocument.forTheGroup.compactMap(PupilStrikeReason.init(missing:)).isEmpty)
        #expect(CollectiveTravelDocument.forTheGroup == [.letterheadList, .headAttestation])
        #expect(CollectiveTravelDocument.forTheGroup.allSatisfy { $0.isProducedByTheService })
        for language in Language.allCases {
            let labels = CollectiveTravelDocument.allCases.map { $0.label(in: language) }
            #expect(Set(labels).count == labels.count)
        }
    }
}
