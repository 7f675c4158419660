import Testing
@testable import DCEMRules

/// docs/eligibility.md#documents: the base list, plus what the role and each ground add.
@Suite struct DocumentsTests {
    typealias D = DocumentCode

    /// Eligible through a Moroccan parent's resident card; the applicant is that parent.
    static func base(_ change: (inout EligibilityRequest) -> Void) -> EligibilityRequest {
        var r = bareRequest(birth: "2010-05-10")
        r.parents[0].residencePermit = permit(expires: "2031-01-01")
        change(&r)
        return r
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let request: EligibilityRequest
        let documents: [DocumentCode]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "parent with a residence permit (the contract's example, docs/eligibility.md#example)", request: base { _ in }, documents: [
            .applicantBirthCertificate, .applicantIdentity, .childIdentity, .filiation, .parentalAuthorityProof,
            .habitualResidenceProof, .addressProof, .childPhotos, .applicantResidencePermit, .parentResidencePermit, .cerfa11203]),
        Case(name: "EEA parent applying: no residence permit asked", request: base {
            $0.parents[0] = Parent(nationalities: [c("ES")], inFranceSince: d("2020-01-01"))
        }, documents: [
            .applicantBirthCertificate, .applicantIdentity, .childIdentity, .filiation, .parentalAuthorityProof,
            .habitualResidenceProof, .addressProof, .childPhotos, .eeaParentResidenceProof, .cerfa11203]),
        Case(name: "French parent: French nationality proof", request: base {
            $0.parents[0] = Parent(nationalities: [c("FR")], inFranceSince: d("2000-01-01"))
        }, documents: [
            .applicantBirthCertificate, .applicantIdentity, .childIdentity, .filiation, .parentalAuthorityProof,
            .habitualResidenceProof, .addressProof, .childPhotos, .frenchNationalityProof, .eeaParentResidenceProof, .cerfa11203]),
        Case(name: "the applicant is the non-EEA parent of an EEA parent's child", request: base {
            $0.parents[0].residencePermit = nil
            $0.parents.append(Parent(nationalities: [c("DE")], inFranceSince: d("2020-01-01")))
            $0.applicant = Applicant(role: .parent, parentIndex: 0)
        }, documents: [
            .applicantBirthCertificate, .applicantIdentity, .childIdentity, .filiation, .parentalAuthorityProof,
            .habitualResidenceProof, .addressProof, .childPhotos, .applicantResidencePermit, .eeaParentResidenceProof, .cerfa11203]),
        Case(name: "applicant's own nationalities win over the parent's", request: base {
            $0.applicant = Applicant(role: .parent, parentIndex: 0, nationalities: [c("MA"), c("BE")])
        }, documents: [
            .applicantBirthCertificate, .applicantIdentity, .childIdentity, .filiation, .parentalAuthorityProof,
            .habitualResidenceProof, .addressProof, .childPhotos, .parentResidencePermit, .cerfa11203]),
        Case(name: "naturalised parent applying is French", request: base {
            $0.parents[0].residencePermit = nil
            $0.parents[0].acquiredFrenchNationality = true
        }, documents: [
            .applicantBirthCertificate, .applicantIdentity, .childIdentity, .filiation, .parentalAuthorityProof,
            .habitualResidenceProof, .addressProof, .childPhotos, .frenchNationalityProof, .cerfa11203]),
        Case(name: "third party without nationalities", request: base { $0.applicant = Applicant(role: .thirdPartyAuthority) }, documents: [
            .applicantBirthCertificate, .applicantIdentity, .childIdentity, .filiation, .habitualResidenceProof, .addressProof,
            .childPhotos, .applicantResidencePermit, .authorityDelegationDecision, .parentResidencePermit, .cerfa11203]),
        Case(name: "Italian third party", request: base { $0.applicant = Applicant(role: .thirdPartyAuthority, nationalities: [c("IT")]) },
             documents: [
            .applicantBirthCertificate, .applicantIdentity, .childIdentity, .filiation, .habitualResidenceProof, .addressProof,
            .childPhotos, .authorityDelegationDecision, .parentResidencePermit, .cerfa11203]),
        Case(name: "mandatary", request: base { $0.applicant = Applicant(role: .mandatary, nationalities: [c("SN")]) }, documents: [
            .applicantBirthCertificate, .applicantIdentity, .childIdentity, .filiation, .habitualResidenceProof, .addressProof,
            .childPhotos, .applicantResidencePermit, .mandate, .mandataryIdentity, .mandatorAuthorityProof, .parentResidencePermit,
            .cerfa11203]),
        Case(name: "legal person's representative", request: base { $0.applicant = Applicant(role: .legalPersonRepresentative) },
             documents: [
            .applicantIdentity, .childIdentity, .filiation, .habitualResidenceProof, .addressProof, .childPhotos, .mandate,
            .mandataryIdentity, .authorityDelegationDecision, .parentResidencePermit, .cerfa11203]),
        Case(name: "protection, ASE, visitor visa", request: base {
            $0.parents[0].residencePermit = nil
            $0.applicant = Applicant(role: .legalPersonRepresentative)
            $0.child.protection = .refugee
            $0.child.aseCustodyDate = d("2022-01-01")
            $0.child.entry = Entry(date: d("2019-01-01"), visa: .longStayVisitor)
        }, documents: [
            .applicantIdentity, .childIdentity, .filiation, .habitualResidenceProof, .addressProof, .childPhotos, .mandate,
            .mandataryIdentity, .authorityDelegationDecision, .ofpraCndaDecision, .asePlacementDecision,
            .visitorVisaAndEntryStamp, .residenceSinceEntryProof, .cerfa11203]),
        Case(name: "family-of-French visa: visa and nationality proof", request: base {
            $0.parents[0].residencePermit = nil
            $0.applicant = Applicant(role: .mandatary, nationalities: [c("FR")])
            $0.child.entry = Entry(date: d("2019-01-01"), visa: .longStayFamilyOfFrench)
        }, documents: [
            .applicantBirthCertificate, .applicantIdentity, .childIdentity, .filiation, .habitualResidenceProof, .addressProof,
            .childPhotos, .mandate, .mandataryIdentity, .mandatorAuthorityProof, .longStayVisa, .frenchNationalityProof, .cerfa11203]),
        Case(name: "adoption visa: no nationality proof", request: base {
            $0.parents[0].residencePermit = nil
            $0.applicant = Applicant(role: .mandatary, nationalities: [c("FR")])
            $0.child.entry = Entry(date: d("2019-01-01"), visa: .longStayAdoption)
        }, documents: [
            .applicantBirthCertificate, .applicantIdentity, .childIdentity, .filiation, .habitualResidenceProof, .addressProof,
            .childPhotos, .mandate, .mandataryIdentity, .mandatorAuthorityProof, .longStayVisa, .cerfa11203]),
        Case(name: "EEA step-parent", request: base {
            $0.parents[0].residencePermit = nil
            $0.parents[0].inFranceSince = d("2015-01-01")
            $0.stepParent = StepParent(nationalities: [c("AT")])
        }, documents: [
            .applicantBirthCertificate, .applicantIdentity, .childIdentity, .filiation, .parentalAuthorityProof,
            .habitualResidenceProof, .addressProof, .childPhotos, .applicantResidencePermit, .eeaParentResidenceProof, .cerfa11203]),
    ]

    @Test(arguments: cases)
    func documents(_ c: Case) {
        let result = evaluate(c.request)
        #expect(result.outcome == .eligible)
        #expect(result.documents.map(\.code) == c.documents)
    }

    @Test func whoAsks() {
        var r = DocumentsTests.base { _ in }
        // A naturalised French parent established in France, and a family-of-French visa: three
        // grounds ask for the French nationality proof; it appears once, asked by the first.
        r.parents[0].acquiredFrenchNationality = true
        r.parents[0].inFranceSince = d("2000-01-01")
        r.child.entry = Entry(date: d("2019-01-01"), visa: .longStayFamilyOfFrench)
        let docs = evaluate(r).documents
        #expect(docs.filter { $0.code == .frenchNationalityProof }.count == 1)
        let askedBy = Dictionary(uniqueKeysWithValues: docs.map { ($0.code, $0.askedBy) })
        #expect(askedBy[.frenchNationalityProof] == .ground(.eeaParent))
        #expect(askedBy[.childPhotos] == .everyApplication)
        #expect(askedBy[.parentalAuthorityProof] == .role(.parent))
        #expect(askedBy[.applicantResidencePermit] == nil)      // the applicant is French
        #expect(askedBy[.parentResidencePermit] == .ground(.parentResidencePermit))
        #expect(askedBy[.longStayVisa] == .ground(.visaChildOfFrenchOrAdopted))
        #expect(askedBy[.eeaParentResidenceProof] == .ground(.eeaParent))

        var m = DocumentsTests.base { $0.applicant = Applicant(role: .mandatary) }
        m.parents[0].residencePermit = permit(expires: "2031-01-01")
        let mandatary = Dictionary(uniqueKeysWithValues: evaluate(m).documents.map { ($0.code, $0.askedBy) })
        #expect(mandatary[.applicantResidencePermit] == .applicantNationality)
        #expect(mandatary[.mandate] == .role(.mandatary))
    }

    @Test func whyNamesTheRoleOrGround() {
        let doc = RequiredDocument(code: .ofpraCndaDecision, askedBy: .ground(.internationalProtection))
        #expect(doc.why(in: .fr).contains(Ground.internationalProtection.shortLabel(in: .fr)))
        #expect(doc.why(in: .en).contains(Ground.internationalProtection.shortLabel(in: .en)))
        let mandate = RequiredDocument(code: .mandate, askedBy: .role(.mandatary))
        #expect(mandate.why(in: .fr).contains("mandataire"))
        #expect(mandate.why(in: .en).contains("mandate"))
    }

    @Test func codesInContractOrder() {
        #expect(DocumentCode.allCases.map(\.rawValue) == [
            "applicant-birth-certificate", "applicant-identity", "child-identity", "filiation", "parental-authority-proof",
            "habitual-residence-proof", "address-proof", "child-photos", "applicant-residence-permit", "mandate",
            "mandatary-identity", "mandator-authority-proof", "authority-delegation-decision", "ofpra-cnda-decision",
            "ase-placement-decision", "long-stay-visa", "french-nationality-proof", "visitor-visa-and-entry-stamp",
            "residence-since-entry-proof", "parent-residence-permit", "birth-in-france-proof", "mayotte-regular-entry-proof",
            "eea-parent-residence-proof", "cerfa-11203",
        ])
    }

    @Test func everyDocumentHasASource() {
        for code in DocumentCode.allCases {
            #expect(!code.basis.citation.isEmpty)
            #expect(!code.basis.sources.isEmpty)
        }
    }
}

/// Ruling 15: which documents are civil-status documents (a sworn translation is asked when one
/// is in a foreign language).
@Suite struct CivilStatusDocumentsTests {
    static let table: [(DocumentCode, Bool)] = [
        (.applicantBirthCertificate, true), (.applicantIdentity, false), (.childIdentity, false), (.filiation, true),
        (.parentalAuthorityProof, true), (.habitualResidenceProof, false), (.addressProof, false), (.childPhotos, false),
        (.applicantResidencePermit, false), (.mandate, false), (.mandataryIdentity, false), (.mandatorAuthorityProof, true),
        (.authorityDelegationDecision, false), (.ofpraCndaDecision, false), (.asePlacementDecision, false), (.longStayVisa, false),
        (.frenchNationalityProof, false), (.visitorVisaAndEntryStamp, false), (.residenceSinceEntryProof, false),
        (.parentResidencePermit, false), (.birthInFranceProof, false), (.mayotteRegularEntryProof, false),
        (.eeaParentResidenceProof, false), (.cerfa11203, false),
    ]

    @Test(arguments: table) func civilStatus(_ code: DocumentCode, _ expected: Bool) {
        #expect(code.isCivilStatus == expected)
    }

    @Test func theTableCoversEveryDocument() {
        #expect(Set(Self.table.map(\.0)) == Set(DocumentCode.allCases))
        #expect(Self.table.count == DocumentCode.allCases.count)
    }

    @Test func theRuleNamesItsRulingAndSources() {
        #expect(DocumentCode.translationBasis.ruling == 15)
        #expect(!DocumentCode.translationBasis.sources.isEmpty)
    }
}
