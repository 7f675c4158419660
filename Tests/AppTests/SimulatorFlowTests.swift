import DCEMDossier
import DCEMRules
import Testing

@testable import App

/// The simulator's flow is pure: answers so far → the relevant path and the next step.
@Suite struct SimulatorFlowTests {
    static let today = CivilDate(year: 2026, month: 11, day: 25)!

    /// A minor of another country, living in Paris, one parent declared.
    static func minorInParis(_ change: (inout SituationAnswers) -> Void = { _ in }) -> SituationAnswers {
        var a = SituationAnswers()
        a.childNationality = .other
        a.childHasPermit = .no
        a.childBirth = DateAnswer(day: "2", month: "4", year: "2016")
        a.childLivesInFrance = .yes
        a.departement = "75"
        a.parentCount = 1
        change(&a)
        return a
    }

    static func withResidentParent(_ change: (inout SituationAnswers) -> Void = { _ in }) -> SituationAnswers {
        minorInParis {
            $0.updateParent(0) {
                $0.nationality = .other
                $0.permit = .resident
                $0.permitExpires = DateAnswer(day: "1", month: "5", year: "2031")
            }
            change(&$0)
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let answers: SituationAnswers
        let next: SituationStep
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "nothing answered: the child's nationality first", answers: SituationAnswers(), next: .question(.childNationality)),
        Case(name: "a French child is not concerned: straight to the result",
             answers: { var a = SituationAnswers(); a.childNationality = .french; return a }(), next: .result),
        Case(name: "a European child is not concerned",
             answers: { var a = SituationAnswers(); a.childNationality = .european; return a }(), next: .result),
        Case(name: "another nationality: does the child hold a permit",
             answers: { var a = SituationAnswers(); a.childNationality = .stateless; return a }(), next: .question(.childPermit)),
        Case(name: "a child with their own permit is not concerned",
             answers: { var a = SituationAnswers(); a.childNationality = .other; a.childHasPermit = .yes; return a }(), next: .result),
        Case(name: "an adult stops at the birth date",
             answers: minorInParis { $0.childBirth = DateAnswer(day: "25", month: "11", year: "2008"); $0.childLivesInFrance = nil },
             next: .result),
        Case(name: "the day before the 18th birthday is still a minor",
             answers: minorInParis { $0.childBirth = DateAnswer(day: "26", month: "11", year: "2008"); $0.childLivesInFrance = nil },
             next: .question(.childResidence)),
        Case(name: "a child not living in France stops there",
             answers: minorInParis { $0.childLivesInFrance = .no }, next: .result),
        Case(name: "then the département", answers: minorInParis { $0.departement = nil }, next: .question(.departement)),
        Case(name: "an unknown département is asked again", answers: minorInParis { $0.departement = "20" }, next: .question(.departement)),
        Case(name: "then the first parent's nationality", answers: minorInParis(), next: .question(.parentNationality(0))),
        Case(name: "a European parent: lives in France?",
             answers: minorInParis { $0.updateParent(0) { $0.nationality = .european } }, next: .question(.parentLivesInFrance(0))),
        Case(name: "a European parent living in France: since when",
             answers: minorInParis { $0.updateParent(0) { $0.nationality = .naturalised; $0.livesInFrance = .yes } },
             next: .question(.parentSince(0))),
        Case(name: "an established European parent gives the European ground: no step-parent question",
             answers: minorInParis { $0.updateParent(0) { $0.nationality = .frenchByBirth; $0.livesInFrance = .yes
                 $0.inFranceSince = DateAnswer(day: "1", month: "1", year: "2020") } },
             next: .question(.applicant)),
        Case(name: "a European parent arrived less than 3 months ago: the step-parent is asked",
             answers: minorInParis { $0.updateParent(0) { $0.nationality = .european; $0.livesInFrance = .yes
                 $0.inFranceSince = DateAnswer(day: "1", month: "10", year: "2026") } },
             next: .question(.stepParent)),
        Case(name: "another parent: the permit, not the arrival",
             answers: minorInParis { $0.updateParent(0) { $0.nationality = .other } }, next: .question(.parentPermit(0))),
        Case(name: "a temporary card: its mention",
             answers: minorInParis { $0.updateParent(0) { $0.nationality = .other; $0.permit = .temporary } },
             next: .question(.parentMention(0))),
        Case(name: "a mention that does not go with the card kind is asked again",
             answers: minorInParis { $0.updateParent(0) { $0.nationality = .other; $0.permit = .multiYear; $0.mention = "etudiant" } },
             next: .question(.parentMention(0))),
        Case(name: "a resident card: no mention, its expiry",
             answers: minorInParis { $0.updateParent(0) { $0.nationality = .other; $0.permit = .resident } },
             next: .question(.parentExpiry(0))),
        Case(name: "an expired card: a renewal receipt?",
             answers: minorInParis { $0.updateParent(0) { $0.nationality = .other; $0.permit = .resident
                 $0.permitExpires = DateAnswer(day: "1", month: "10", year: "2026") } },
             next: .question(.parentReceipt(0))),
        Case(name: "a receipt: until when",
             answers: minorInParis { $0.updateParent(0) { $0.nationality = .other; $0.permit = .resident
                 $0.permitExpires = DateAnswer(day: "1", month: "10", year: "2026"); $0.hasReceipt = .yes } },
             next: .question(.parentReceiptExpiry(0))),
        Case(name: "no permit: the step-parent (no European ground)",
             answers: minorInParis { $0.updateParent(0) { $0.nationality = .stateless; $0.permit = PermitAnswer.noPermit } },
             next: .question(.stepParent)),
        Case(name: "two parents: the second parent after the first",
             answers: withResidentParent { $0.parentCount = 2 }, next: .question(.parentNationality(1))),
        Case(name: "a European step-parent and a non-European parent: since when that parent lives in France",
             answers: withResidentParent { $0.stepParentEuropean = .yes }, next: .question(.stepParentSince)),
        Case(name: "then who applies", answers: withResidentParent { $0.stepParentEuropean = .no }, next: .question(.applicant)),
        Case(name: "a parent applying with two parents declared: which one",
             answers: withResidentParent { $0.parentCount = 2; $0.updateParent(1) { $0.nationality = .other; $0.permit = PermitAnswer.noPermit }
                 $0.stepParentEuropean = .no; $0.applicant = .parent },
             next: .question(.applicantParent)),
        Case(name: "a mandatary: are they European",
             answers: withResidentParent { $0.stepParentEuropean = .no; $0.applicant = .mandatary }, next: .question(.applicantNationality)),
        Case(name: "a legal person: straight to protection",
             answers: withResidentParent { $0.stepParentEuropean = .no; $0.applicant = .legalPersonRepresentative }, next: .question(.protection)),
        Case(name: "ASE yes: when",
             answers: withResidentParent { $0.stepParentEuropean = .no; $0.applicant = .parent; $0.protection = .noProtection; $0.ase = .yes },
             next: .question(.aseDate)),
        Case(name: "ASE no: how the child came",
             answers: withResidentParent { $0.stepParentEuropean = .no; $0.applicant = .parent; $0.protection = .noProtection; $0.ase = .no },
             next: .question(.arrival)),
        Case(name: "born in France: the result",
             answers: complete { $0.arrival = .bornInFrance }, next: .result),
        Case(name: "another visa outside Mayotte: no date, the result",
             answers: complete { $0.arrival = .other }, next: .result),
        Case(name: "another visa in Mayotte: the entry date",
             answers: complete { $0.departement = "976"; $0.arrival = .other }, next: .question(.arrivalDate)),
        Case(name: "in Mayotte: then whether the entry was regular",
             answers: complete { $0.departement = "976"; $0.arrival = .other; $0.arrivalDate = DateAnswer(day: "1", month: "9", year: "2019") },
             next: .question(.arrivalRegular)),
        Case(name: "family reunification in Mayotte: nothing more (it never opens the ground)",
             answers: complete { $0.departement = "976"; $0.arrival = .familyReunification }, next: .result),
        Case(name: "a visitor visa: the entry date",
             answers: complete { $0.arrival = .visitor }, next: .question(.arrivalDate)),
        Case(name: "a visitor visa outside Mayotte: regularity is not asked",
             answers: complete { $0.arrival = .visitor; $0.arrivalDate = DateAnswer(day: "1", month: "9", year: "2019") }, next: .result),
        Case(name: "an adoption visa: date then regularity",
             answers: complete { $0.arrival = .adoption; $0.arrivalDate = DateAnswer(day: "1", month: "9", year: "2019") },
             next: .question(.arrivalRegular)),
    ]

    /// Everything answered up to the arrival question.
    static func complete(_ change: (inout SituationAnswers) -> Void) -> SituationAnswers {
        withResidentParent {
            $0.stepParentEuropean = .no
            $0.applicant = .parent
            $0.protection = .noProtection
            $0.ase = .no
            change(&$0)
        }
    }

    @Test(arguments: cases)
    func nextStep(_ c: Case) {
        #expect(SituationFlow.walk(c.answers, today: Self.today).next == c.next)
    }

    @Test func theBackLinkIsThePreviousRelevantQuestion() {
        // given: an established French parent, so the step-parent question is skipped
        let answers = Self.minorInParis {
            $0.updateParent(0) { $0.nationality = .frenchByBirth; $0.livesInFrance = .yes; $0.inFranceSince = DateAnswer(day: "1", month: "1", year: "2020") }
        }
        // when
        let path = SituationFlow.walk(answers, today: Self.today)
        // then
        #expect(path.answered == [.childNationality, .childPermit, .childBirth, .childResidence, .departement, .parentCount,
                                  .parentNationality(0), .parentLivesInFrance(0), .parentSince(0)])
        #expect(path.previous(of: .applicant) == SituationQuestion.parentSince(0).url)
        #expect(path.previous(of: .departement) == SituationQuestion.childResidence.url)
        #expect(path.previous(of: .childNationality) == .simulatorStart)
        #expect(path.isReachable(.applicant))
        #expect(path.isReachable(.departement))
        #expect(!path.isReachable(.stepParent))
        #expect(!path.isReachable(.protection))
    }

    @Test func answersNoLongerRelevantAreLeftOut() {
        // given: a second parent was described, then the count went back to one
        let answers = Self.complete {
            $0.updateParent(1) { $0.nationality = .naturalised; $0.livesInFrance = .yes; $0.inFranceSince = DateAnswer(day: "1", month: "1", year: "2010") }
            $0.arrival = .bornInFrance
        }
        // when
        let path = SituationFlow.walk(answers, today: Self.today)
        let result = SituationFlow.evaluate(path.effective, today: Self.today)
        // then
        #expect(path.effective.parent2 == nil)
        #expect(!path.answered.contains(.parentNationality(1)))
        #expect(result.grounds == [.parentResidencePermit], "the forgotten naturalised parent gives no ground")
    }

    @Test func earlyStopsGiveTheRulesOwnReasons() {
        var french = SituationAnswers()
        french.childNationality = .french
        let adult = Self.minorInParis { $0.childBirth = DateAnswer(day: "1", month: "1", year: "2000") }
        let away = Self.minorInParis { $0.childLivesInFrance = .no }
        var permit = SituationAnswers()
        permit.childNationality = .stateless
        permit.childHasPermit = .yes
        func reasons(_ a: SituationAnswers) -> [ReasonCode] {
            let path = SituationFlow.walk(a, today: Self.today)
            return SituationFlow.evaluate(path.effective, today: Self.today).reasons.map(\.code)
        }
        #expect(reasons(french) == [.frenchNational])
        #expect(reasons(adult) == [.adult])
        #expect(reasons(away) == [.notResident])
        #expect(reasons(permit) == [.holdsResidencePermit])
    }

    @Test func answersBecomeTheRequestTheRulesRead() {
        // given: a short permit, a European step-parent and a mandatary who is European
        let answers = Self.minorInParis {
            $0.updateParent(0) { $0.nationality = .other; $0.permit = .temporary; $0.mention = "etudiant"
                $0.permitExpires = DateAnswer(day: "1", month: "10", year: "2026"); $0.hasReceipt = .yes
                $0.receiptExpires = DateAnswer(day: "1", month: "2", year: "2027") }
            $0.stepParentEuropean = .yes
            $0.stepParentParentSince = DateAnswer(day: "1", month: "1", year: "2024")
            $0.applicant = .mandatary
            $0.applicantEuropean = .yes
            $0.protection = .unknown
            $0.ase = .no
            $0.arrival = .familyOfFrench
            $0.arrivalDate = DateAnswer(day: "1", month: "9", year: "2019")
            $0.arrivalRegular = .unknown
        }
        // when
        let path = SituationFlow.walk(answers, today: Self.today)
        let request = SituationFlow.request(from: path.effective, today: Self.today)
        let result = SituationFlow.evaluate(path.effective, today: Self.today)
        // then
        #expect(path.next == .result)
        #expect(request.parents[0].residencePermit?.isShort == true)
        #expect(request.parents[0].residencePermit?.isValid(on: Self.today) == true, "valid through its receipt")
        #expect(request.parents[0].inFranceSince == CivilDate(year: 2024, month: 1, day: 1))
        #expect(request.stepParent != nil)
        #expect(request.applicant.role == .mandatary)
        #expect(request.child.protection == nil, "I don't know is no protection, with guidance")
        #expect(request.child.entry?.regular == true, "I don't know counts as regular: the préfecture checks")
        #expect(result.grounds == [.parentResidencePermit, .eeaStepParent, .visaChildOfFrenchOrAdopted])
        #expect(result.fee?.exempt == true)
        #expect(!result.documents.contains { $0.code == .applicantResidencePermit }, "a European mandatary shows no permit")
    }

    @Test func everyQuestionHasItsOwnAddress() {
        #expect(Set(SituationQuestion.all.map(\.id)).count == SituationQuestion.all.count)
        for question in SituationQuestion.all {
            #expect(SituationQuestion(id: question.id) == question)
        }
        #expect(SituationQuestion(id: "parent-3-nationalite") == nil)
    }

    @Test(arguments: [
        (DateAnswer(day: "", month: "", year: ""), "Entrez la date de naissance de l’enfant, par exemple 27 3 2016"),
        (DateAnswer(day: "2", month: "", year: "2016"), "Entrez aussi le mois dans la date de naissance de l’enfant"),
        (DateAnswer(day: "30", month: "2", year: "2016"),
         "Entrez un jour qui existe pour la date de naissance de l’enfant, avec le jour, le mois et l’année en chiffres, par exemple 27 3 2016"),
        (DateAnswer(day: "2", month: "4", year: "16"), "Entrez l’année de la date de naissance de l’enfant avec 4 chiffres, par exemple 27 3 2016"),
        (DateAnswer(day: "26", month: "11", year: "2026"), "Entrez la date de naissance de l’enfant : elle ne peut pas être après aujourd’hui"),
        (DateAnswer(day: "1", month: "1", year: "1850"),
         "Vérifiez l’année de la date de naissance de l’enfant : elle doit être après 1900, par exemple 27 3 2016"),
    ])
    func dateMessagesSayHowToFix(_ typed: DateAnswer, _ message: String) {
        let text = SimulatorText.french
        #expect(SimulatorQuestions.dateProblem(typed, question: text.childBirth, rules: DateRules(notAfterToday: true), birth: nil,
                                               text: text, today: Self.today) == message)
    }

    @Test func aDateBeforeBirthIsRefused() {
        let text = SimulatorText.english
        let message = SimulatorQuestions.dateProblem(DateAnswer(day: "1", month: "1", year: "2015"), question: text.arrivalDate,
                                                     rules: DateRules(notAfterToday: true, notBeforeBirth: true),
                                                     birth: CivilDate(year: 2016, month: 4, day: 2), text: text, today: Self.today)
        #expect(message == "Enter the child’s date of arrival: it cannot be before the child was born")
        #expect(SimulatorQuestions.dateProblem(DateAnswer(day: " 2 ", month: "04", year: "2016"), question: text.childBirth,
                                               rules: DateRules(notAfterToday: true), birth: nil, text: text, today: Self.today) == nil)
    }
}
