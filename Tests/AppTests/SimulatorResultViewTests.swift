import DCEMDossier
import DCEMRules
import Testing

@testable import App

/// The result page, rendered from the rules' answer for a path.
@Suite struct SimulatorResultViewTests {
    static let today = CivilDate(year: 2026, month: 11, day: 25)!

    static func render(_ answers: SituationAnswers, _ language: Language = .fr) -> String {
        let path = SituationFlow.walk(answers, today: today)
        let result = SituationFlow.evaluate(path.effective, today: today)
        return SimulatorResultView.render(PageContext(language: language, path: SiteURL.simulatorResult.path), result: result, path: path, csrf: "token").description
    }

    @Test func mayotteShortPermitAndUnknownProtection() {
        // given: Mayotte, a student card ending in March 2027, a child born in France, protection not known
        let answers = SimulatorFlowTests.minorInParis {
            $0.departement = "976"
            $0.updateParent(0) { $0.nationality = .other; $0.permit = .temporary; $0.mention = "etudiant"
                $0.permitExpires = DateAnswer(day: "1", month: "3", year: "2027") }
            $0.stepParentEuropean = .no; $0.applicant = .parent; $0.protection = .unknown; $0.ase = .no; $0.arrival = .bornInFrance
        }
        // when
        let html = Self.render(answers)
        // then
        #expect(html.contains("Un DCEM délivré à Mayotte"))
        #expect(html.contains(Territory.mayotteOnly.label(in: .fr)))
        #expect(html.contains("il serait valable jusqu’au 25 novembre 2027 inclus"), "the one-year floor")
        #expect(html.contains(ValidityBranch.oneYearFloor.label(in: .fr)))
        #expect(html.contains("Fin de la carte de parent prise en compte : 1er mars 2027."))
        #expect(html.contains(DocumentCode.birthInFranceProof.label(in: .fr)))
        #expect(html.contains(SimulatorText.french.protectionUnknownAdvice), "I don't know leads to guidance")
        #expect(html.contains("Préfecture de Mayotte"))
    }

    @Test func noGroundSaysWhatEachGroundLacked() {
        // given: a parent without a permit, nothing else
        let answers = SimulatorFlowTests.minorInParis {
            $0.updateParent(0) { $0.nationality = .other; $0.permit = .noPermit }
            $0.stepParentEuropean = .no; $0.applicant = .parent; $0.protection = .noProtection; $0.ase = .no; $0.arrival = .other
        }
        // when
        let html = Self.render(answers, .en)
        // then
        #expect(html.contains("From your answers, your child cannot get a DCEM</h1>"))
        for ground in Ground.allCases {
            #expect(html.contains(ground.label(in: .en)), "\(ground.rawValue) is listed with what it lacked")
        }
        #expect(html.contains(MissingCondition.noValidParentPermit.label(in: .en)))
        // no date of an implicit refusal for an application the family is told it cannot make
        #expect(!html.contains("25 January 2027"))
        #expect(!html.contains("What it costs"))
    }

    @Test func aEuropeanParentMakesItFree() {
        let answers = SimulatorFlowTests.minorInParis {
            $0.updateParent(0) { $0.nationality = .european; $0.livesInFrance = .yes; $0.inFranceSince = DateAnswer(day: "1", month: "1", year: "2020") }
            $0.applicant = .parent; $0.protection = .noProtection; $0.ase = .no; $0.arrival = .bornInFrance
        }
        let html = Self.render(answers)
        #expect(html.contains("<strong>Gratuit.</strong>"))
        #expect(html.contains("Le DCEM est gratuit dans ce cas : \(Ground.eeaParent.shortLabel(in: .fr))."))
        #expect(!html.contains(DocumentCode.applicantResidencePermit.label(in: .fr)), "a European parent applying shows no permit")
    }
}
