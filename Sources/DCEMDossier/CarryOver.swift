import DCEMRules

/// A new draft started from an existing case: a renewal of an issued DCEM, or the application
/// of a brother or sister. Each child keeps its own case; what carries over is decided here.
public enum CarryOver {
    public enum Kind: String, Sendable {
        /// The same child, from a DCEM handed over: every answer carries over.
        case renewal
        /// Another child of the same family: the parents', the applicant's and the home's answers.
        case sibling
    }

    /// Documents about the adults or the home, not the child: valid for a brother or sister too.
    public static let familyDocuments: Set<DocumentCode> = [
        .applicantBirthCertificate, .applicantIdentity, .applicantResidencePermit, .addressProof, .mandataryIdentity,
        .parentResidencePermit, .eeaParentResidenceProof, .frenchNationalityProof,
    ]
    /// Civil-status records do not expire: a renewal keeps them. Everything else (proof of
    /// address under 3 months, photos under 6 months, permits) must be current, so is asked again.
    public static let lastingDocuments: Set<DocumentCode> = [.filiation, .applicantBirthCertificate]

    /// What carries over to the new draft's answers.
    public static func answers(from source: DossierAnswers, kind: Kind) -> DossierAnswers {
        switch kind {
        case .renewal:
            return source
        case .sibling:
            var answers = DossierAnswers()
            answers.parents = source.parents
            answers.applicant = source.applicant
            answers.address = source.address
            answers.foreignLanguage = source.foreignLanguage.filter { code, _ in
                DocumentCode(rawValue: code).map(familyDocuments.contains) ?? false
            }
            let from = source.situation
            var situation = SituationAnswers()
            situation.departement = from.departement
            situation.parentCount = from.parentCount
            situation.parent1 = from.parent1
            situation.parent2 = from.parent2
            situation.applicant = from.applicant
            situation.applicantParent = from.applicantParent
            situation.applicantEuropean = from.applicantEuropean
            answers.situation = situation
            return answers
        }
    }

    /// Whether a file of the source, in `slot` (a code, or a code's translation), goes to the new draft.
    public static func keeps(slot: String, kind: Kind) -> Bool {
        let code = slot.split(separator: ".").first.flatMap { DocumentCode(rawValue: String($0)) }
        guard let code else { return false }
        return (kind == .renewal ? lastingDocuments : familyDocuments).contains(code)
    }
}
