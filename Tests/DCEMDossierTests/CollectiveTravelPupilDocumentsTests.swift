// The documents a school gives for each pupil kept on the collective document (docs/law.md#rule-12).
import DCEMDossier
import DCEMRules
import Testing

@Suite struct CollectiveTravelPupilDocumentsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let kept: [String]
        let present: [String: Set<CollectiveTravelDocument>]
        let missing: [String: [CollectiveTravelDocument]]
        /// The pupils named by the answer, in its order.
        let order: [String]
        var testDescription: String { name }
    }

    static let all = Set(CollectiveTravelDocument.perPupil)

    static let cases: [Case] = [
        Case(name: "nobody kept: nothing missing", kept: [], present: [:], missing: [:], order: []),
        Case(name: "a pupil kept without any file: the four, in order", kept: ["awa"], present: [:],
             missing: ["awa": [.parentalAuthorization, .parentsResidencePermits, .identityDocument, .photo]], order: ["awa"]),
        Case(name: "a pupil with the four: complete", kept: ["awa"], present: ["awa": all], missing: [:], order: []),
        Case(name: "the photo only missing", kept: ["awa"], present: ["awa": [.parentalAuthorization, .parentsResidencePermits, .identityDocument]],
             missing: ["awa": [.photo]], order: ["awa"]),
        Case(name: "a pupil excluded by the rules needs none, though files of theirs are there", kept: ["awa"],
             present: ["awa": all, "lea": [.photo]], missing: [:], order: []),
        Case(name: "the group's documents do not count for a pupil", kept: ["awa"], present: ["awa": [.letterheadList, .headAttestation, .photo]],
             missing: ["awa": [.parentalAuthorization, .parentsResidencePermits, .identityDocument]], order: ["awa"]),
        Case(name: "several pupils: each named once, in the list's order, the complete one left out", kept: ["sami", "awa", "rui", "sami"],
             present: ["awa": all, "rui": [.photo, .identityDocument]],
             missing: ["sami": CollectiveTravelDocument.perPupil, "rui": [.parentalAuthorization, .parentsResidencePermits]], order: ["sami", "rui"]),
    ]

    @Test(arguments: cases)
    func whatIsMissingForEachPupilKept(_ c: Case) {
        let answer = CollectiveTravelPupilDocuments.missing(kept: c.kept, present: c.present)
        #expect(answer.map(\.pupil) == c.order)
        for entry in answer { #expect(entry.documents == c.missing[entry.pupil]) }
    }

    @Test func theCountOfGivenDocuments() {
        #expect(CollectiveTravelPupilDocuments.given([]) == 0)
        #expect(CollectiveTravelPupilDocuments.given([.photo, .letterheadList]) == 1)
        #expect(CollectiveTravelPupilDocuments.given(Self.all) == 4)
        #expect(CollectiveTravelDocument.perPupil.count == 4)
    }
}
