import DCEMDossier
import DCEMRules
import Testing

private func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

/// One assessment per request: eligibility judged on the filing date, the validity computed on
/// the decision date, the fee at hand-over, the warnings.
@Suite struct DossierAssessmentTests {
    /// A child of a non-European parent holding `permit`, living in Paris, who arrived by another visa.
    static func answers(birth: String, permit: PermitAnswer = .resident, mention: String? = nil, permitExpires: String,
                        parent: ParentNationalityAnswer = .other, inFranceSince: String? = nil, passport: String? = nil) -> DossierAnswers {
        var answers = DossierAnswers()
        answers.address = PostalAddress(line1: "12 rue des Lilas", line2: "", postalCode: "75011", city: "Paris", departement: "75")
        answers.parents = [ParentIdentity(surname: "Benali", givenNames: "Karim", nationality: "marocaine")]
        answers.child = ChildIdentity(surname: "Benali", givenNames: "Yasmine", sex: "F", birthPlace: "Casablanca", birthCountry: "Maroc",
                                      nationality: "marocaine", passportNumber: "AB1", passportExpires: passport.map { DateAnswer(d($0)) })
        var s = SituationAnswers()
        s.childNationality = .other
        s.childHasPermit = .no
        s.childBirth = DateAnswer(d(birth))
        s.childLivesInFrance = .yes
        s.updateParent(0) {
            $0.nationality = parent
            if parent.isEuropean {
                $0.livesInFrance = .yes
                $0.inFranceSince = inFranceSince.map { DateAnswer(d($0)) }
            } else {
                $0.permit = permit
                $0.mention = mention
                $0.permitExpires = DateAnswer(d(permitExpires))
                $0.hasReceipt = .no
            }
        }
        s.stepParentEuropean = .no
        s.applicant = .parent
        s.protection = .noProtection
        s.ase = .no
        s.arrival = .other
        answers.situation = s
        return answers
    }

    /// (case, filed, decided) → the DCEM's end date, or why none can be written.
    static let grants: [(String, DossierAnswers, filed: String, decided: String, Result<String, GrantProblem>)] = [
        // a resident card: five years from the decision
        ("resident card", answers(birth: "2015-05-12", permitExpires: "2030-01-01"), "2026-11-02", "2026-12-02", .success("2031-12-02")),
        // five years would pass the 18th birthday: capped there (ruling 3)
        ("capped at 18", answers(birth: "2015-05-12", permitExpires: "2035-01-01"), "2029-11-02", "2030-02-01", .success("2033-05-12")),
        // the parent's card expired between filing and decision, no receipt: the ground held on the
        // filing date, so the grant stands, with its validity computed on the decision date
        ("permit lapsed before the decision", answers(birth: "2015-05-12", permitExpires: "2030-01-01"), "2029-11-02", "2030-02-01",
         .success("2033-05-12")),
        // a short permit (student) valid on the decision date: the reduction to its expiry
        ("short permit", answers(birth: "2012-01-01", permit: .temporary, mention: "etudiant", permitExpires: "2028-09-30"),
         "2026-11-02", "2026-12-02", .success("2028-09-30")),
        // the child came of age between filing and decision: no DCEM can be written
        ("came of age", answers(birth: "2008-06-15", permitExpires: "2030-01-01"), "2026-03-02", "2026-07-01",
         .failure(.expiresBeforeIssue(expiresOn: d("2026-06-15")))),
        // not eligible on the filing date (no permit at all): nothing to grant on
        ("no ground at filing", answers(birth: "2015-05-12", permit: .noPermit, permitExpires: "2030-01-01"), "2026-11-02", "2026-12-02",
         .failure(.notEligibleAtFiling)),
    ]

    @Test func theGrantJudgesOnTheFilingDateAndDatesFromTheDecision() {
        for (name, answers, filed, decided, expected) in Self.grants {
            let assessment = DossierAssessment(answers: answers, filedOn: d(filed), today: d(decided))
            switch (assessment.grant(decidedOn: d(decided)), expected) {
            case (.success(let terms), .success(let until)):
                #expect(terms.validity.issuedOn == d(decided), "\(name)")
                #expect(terms.validity.expiresOn == d(until), "\(name)")
                #expect(terms.territory == .all, "\(name)")
            case (.failure(let problem), .failure(let expectedProblem)):
                #expect(problem == expectedProblem, "\(name)")
            case (let got, _):
                Issue.record("\(name): \(got)")
            }
        }
    }

    @Test func eligibilityOnTheFilingDateAndToday() {
        // the card expired after the filing: eligible then, not now
        let assessment = DossierAssessment(answers: Self.answers(birth: "2015-05-12", permitExpires: "2030-01-01"), filedOn: d("2029-11-02"),
                                        today: d("2030-02-01"))
        #expect(assessment.atFiling?.outcome == .eligible)
        #expect(assessment.atFiling?.grounds == [.parentResidencePermit])
        #expect(assessment.asOfToday?.outcome != .eligible)
        #expect(!assessment.sameAsFiling)
        let same = DossierAssessment(answers: Self.answers(birth: "2015-05-12", permitExpires: "2030-01-01"), filedOn: d("2026-11-02"),
                                  today: d("2026-12-02"))
        #expect(same.sameAsFiling)
    }

    /// Rule 1: the exemption from the grounds of the filing date, the amount in force at hand-over.
    @Test func theFeeAtHandOver() {
        let card = DossierAssessment(answers: Self.answers(birth: "2015-05-12", permitExpires: "2030-01-01"), filedOn: d("2026-11-02"),
                                  today: d("2026-12-02"))
        #expect(card.feeDue(handOverOn: d("2026-12-10")) == Fee.due(grounds: GroundSet(.parentResidencePermit), on: d("2026-12-10")))
        #expect(card.feeDue(handOverOn: d("2026-12-10")).exempt == false)
        let european = DossierAssessment(answers: Self.answers(birth: "2015-05-12", permitExpires: "2030-01-01", parent: .european,
                                                            inFranceSince: "2020-01-01"),
                                      filedOn: d("2026-11-02"), today: d("2026-12-02"))
        #expect(european.atFiling?.grounds.contains(.eeaParent) == true)
        #expect(european.feeDue(handOverOn: d("2026-12-10")).exempt)
        #expect(european.feeDue(handOverOn: d("2026-12-10")).amountEUR == 0)
    }

    @Test func warnings() {
        let today = d("2026-11-25")
        let cases: [(String, DossierAnswers, photos: [CivilDate?], [DossierWarning])] = [
            ("nothing to say", Self.answers(birth: "2015-05-12", permitExpires: "2030-01-01", passport: "2032-01-01"), [d("2026-11-01")], []),
            ("passport ends first", Self.answers(birth: "2015-05-12", permitExpires: "2030-01-01", passport: "2028-01-01"), [],
             [.passportEndsBeforeDCEM(passportExpires: d("2028-01-01"))]),
            ("permit expires within three months", Self.answers(birth: "2015-05-12", permitExpires: "2027-02-01", passport: "2032-01-01"), [],
             [.parentPermitExpiresSoon(d("2027-02-01"))]),
            ("photo ages out within a month", Self.answers(birth: "2015-05-12", permitExpires: "2030-01-01", passport: "2032-01-01"),
             [d("2026-06-10"), nil], [.photoAgesOut(on: d("2026-12-10"))]),
        ]
        for (name, answers, photos, expected) in cases {
            #expect(DossierAssessment(answers: answers, files: photos.map { (slot: photoSlot, takenOn: $0) }, filedOn: nil, today: today).warnings == expected, "\(name)")
        }
    }
}
