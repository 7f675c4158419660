import Testing
@testable import DCEMRules

/// Every code has a French and an English text, distinct from each other and from its siblings.
@Suite struct LabelsTests {
    static func check<T: Labelled & CaseIterable>(_ type: T.Type) {
        for language in Language.allCases {
            let labels = T.allCases.map { $0.label(in: language) }
            #expect(labels.allSatisfy { !$0.isEmpty })
            #expect(Set(labels).count == labels.count, "duplicate \(T.self) labels in \(language)")
        }
        for value in T.allCases { #expect(value.label(in: .fr) != value.label(in: .en)) }
    }

    @Test func everyEnumeration() {
        LabelsTests.check(Ground.self)
        LabelsTests.check(ReasonCode.self)
        LabelsTests.check(Alternative.self)
        LabelsTests.check(MissingCondition.self)
        LabelsTests.check(DocumentCode.self)
        LabelsTests.check(Outcome.self)
        LabelsTests.check(Territory.self)
        LabelsTests.check(ValidityBranch.self)
        LabelsTests.check(ApplicantRole.self)
        LabelsTests.check(Protection.self)
        LabelsTests.check(VisaKind.self)
        LabelsTests.check(PermitKind.self)
        LabelsTests.check(ShortPermitMention.self)
        LabelsTests.check(CollectiveTravelRefusal.self)
        LabelsTests.check(CollectiveTravelExclusion.self)
        LabelsTests.check(Language.self)
    }

    @Test func purposesAndShortLabels() {
        for language in Language.allCases {
            let purposes = DocumentCode.allCases.map { $0.purpose(in: language) }
            #expect(Set(purposes).count == purposes.count)
            let short = Ground.allCases.map { $0.shortLabel(in: language) }
            #expect(Set(short).count == short.count)
        }
        for source in Source.allCases { #expect(source.label(in: .fr) != source.label(in: .en)) }
    }

    @Test func frenchTextsAreFrench() {
        #expect(Ground.eeaParent.label(in: .fr).contains("3 mois"))
        #expect(ReasonCode.adult.label(in: .fr).contains("18 ans"))
        #expect(Territory.mayotteOnly.label(in: .fr).contains("Mayotte"))
        #expect(DocumentCode.childPhotos.purpose(in: .fr).contains("6 mois"))
    }

    @Test func whyForEveryRequester() {
        let requesters: [DocumentRequester] = [.everyApplication, .applicantNationality]
            + ApplicantRole.allCases.map { .role($0) } + Ground.allCases.map { .ground($0) }
        for language in Language.allCases {
            let texts = requesters.map { $0.label(in: language) }
            #expect(Set(texts).count == texts.count)
        }
    }
}
