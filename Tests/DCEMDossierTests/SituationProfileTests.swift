import DCEMRules
import Testing

@testable import DCEMDossier

/// The profile the start page offers after the simulator (docs/pages.md#from-the-simulator).
@Suite struct SituationProfileTests {
    static func answers(applicant: ApplicantAnswer = .parent, _ parents: [(ParentNationalityAnswer, PermitAnswer?)]) -> SituationAnswers {
        var answers = SituationAnswers()
        answers.applicant = applicant
        answers.parentCount = parents.count
        for (index, parent) in parents.enumerated() {
            answers.updateParent(index) { $0.nationality = parent.0; $0.permit = parent.1 }
        }
        return answers
    }

    @Test(arguments: [
        (answers(applicant: .legalPersonRepresentative, [(.other, .resident)]), SituationProfile?.some(.legalPersonRepresentative)),
        (answers([(.other, .resident)]), .nonEuropeanParentWithPermit),
        (answers([(.other, .noPermit), (.other, .temporary)]), .nonEuropeanParentWithPermit),
        (answers([(.european, .resident)]), .europeanParentWithPermit),
        (answers([(.other, .noPermit), (.european, nil)]), .europeanWithoutPermit),
        (answers([(.frenchByBirth, nil)]), .europeanWithoutPermit),
        (answers([(.other, .noPermit)]), nil),
    ])
    func theSimulatorsAnswersPointToAProfile(answers: SituationAnswers, expected: SituationProfile?) {
        #expect(SituationProfile.suggested(by: answers) == expected)
    }
}
