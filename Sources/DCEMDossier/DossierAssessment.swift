import DCEMRules

/// Something the family or the agent should know before it costs a trip: shown as a warning,
/// never blocking.
public enum DossierWarning: Hashable, Sendable {
    /// The child's passport ends before the DCEM would.
    case passportEndsBeforeDCEM(passportExpires: CivilDate)
    /// A parent's residence permit expires within three months.
    case parentPermitExpiresSoon(CivilDate)
    /// A photo becomes too old within a month (rule 14: taken less than six months before the filing).
    case photoAgesOut(on: CivilDate)
}

/// Why a grant can not be given as the case stands. The decision is the agent's; these are the
/// cases where no lawful DCEM could be written.
public enum GrantProblem: Error, Hashable, Sendable {
    /// The answers give no ground on the filing date: there is nothing to grant on.
    case notEligibleAtFiling
    /// The child is of age on the decision date: a DCEM would end before it begins.
    case expiresBeforeIssue(expiresOn: CivilDate)
}

/// What a granted DCEM says: computed on the decision date from the grounds of the filing date.
public struct GrantTerms: Hashable, Sendable {
    public let validity: Validity
    public let territory: Territory
}

/// The rules applied to one case, once per request: eligibility on the filing date (what the
/// decision judges, docs/law.md#which-day-counts) and as of today (for the agent's information),
/// the warnings, the fee at hand-over and the terms of a grant. Controllers compute it and pass
/// it to views; no view runs the rules.
public struct DossierAssessment: Sendable {
    /// The checklist as of today, with the case's files: what the family still has to do.
    public let checklist: DossierChecklist
    /// The checklist as of the filing date (today's for a draft): what the decision judges.
    public let filingChecklist: DossierChecklist
    public let warnings: [DossierWarning]

    public var answers: DossierAnswers { checklist.answers }
    public var today: CivilDate { checklist.today }
    /// The filing day; for a draft, today (the day it would be filed).
    public var filedOn: CivilDate { filingChecklist.today }
    /// The rules on the filing date; nil while the situation is not fully answered.
    public var atFiling: EligibilityResult? { filingChecklist.evaluation }
    /// The rules as of today; nil while the situation is not fully answered.
    public var asOfToday: EligibilityResult? { checklist.evaluation }

    /// `files`: the slots of the case's files with their photo dates (for the checklist and the photo warning).
    public init(answers: DossierAnswers, files: [(slot: String, takenOn: CivilDate?)] = [], filedOn: CivilDate?, today: CivilDate) {
        checklist = DossierChecklist(answers: answers, files: files, today: today)
        filingChecklist = filedOn == nil || filedOn == today ? checklist : DossierChecklist(answers: answers, files: files, today: filedOn!)
        warnings = Self.warnings(answers: answers, result: checklist.evaluation, situation: checklist.situationAnswers,
                                 photosTakenOn: checklist.photos, today: today)
    }

    /// Nothing has changed since the filing: the back office says so rather than repeat it.
    public var sameAsFiling: Bool {
        guard let a = atFiling, let b = asOfToday else { return atFiling == nil && asOfToday == nil }
        return a.outcome == b.outcome && a.grounds == b.grounds && a.documents.map(\.code) == b.documents.map(\.code)
            && a.fee?.amountEUR == b.fee?.amountEUR && a.fee?.exempt == b.fee?.exempt
    }

    /// The grounds the case was filed on (none when not eligible on the filing date).
    public var filingGrounds: GroundSet { GroundSet(atFiling?.outcome == .eligible ? atFiling?.grounds ?? [] : []) }

    /// The fee of rule 1 at a hand-over on `day`: the exemption from the grounds of the filing
    /// date, the amount in force on the hand-over day (docs/law.md#which-day-counts).
    public func feeDue(handOverOn day: CivilDate) -> Fee {
        Fee.due(grounds: filingGrounds, on: day)
    }

    /// What a grant decided on `day` writes: eligibility judged on the filing date, the validity
    /// computed on the decision date (ruling 3); never a DCEM without an end date.
    public func grant(decidedOn day: CivilDate) -> Result<GrantTerms, GrantProblem> {
        let grounds = filingGrounds
        guard !grounds.isEmpty else { return .failure(.notEligibleAtFiling) }
        let request = SituationFlow.request(from: filingChecklist.path.effective, today: filedOn)
        let validity = Validity.compute(issuedOn: day, birthDate: request.child.birthDate, grounds: grounds, parents: request.parents)
        guard validity.expiresOn > day else { return .failure(.expiresBeforeIssue(expiresOn: validity.expiresOn)) }
        return .success(GrantTerms(validity: validity, territory: request.residence.isMayotte ? .mayotteOnly : .all))
    }

    /// Warnings that save a trip: a passport ending before the DCEM would, a parent's permit
    /// expiring within three months, a photo ageing out within a month.
    static func warnings(answers: DossierAnswers, result: EligibilityResult?, situation: SituationAnswers, photosTakenOn: [CivilDate?],
                         today: CivilDate) -> [DossierWarning] {
        var warnings: [DossierWarning] = []
        if let validity = result?.validity, let passport = answers.child?.passportExpires?.civil, passport < validity.expiresOn {
            warnings.append(.passportEndsBeforeDCEM(passportExpires: passport))
        }
        for index in 0..<2 {
            if let expires = situation.parent(index).permitExpires?.civil, expires >= today, expires < today.adding(months: 3) {
                warnings.append(.parentPermitExpiresSoon(expires))
            }
        }
        for taken in photosTakenOn.compactMap({ $0 }) {
            let ages = taken.adding(months: Parameters.photoMaxAgeMonths.value)
            if ages >= today, ages < today.adding(months: 1) { warnings.append(.photoAgesOut(on: ages)) }
        }
        return warnings
    }
}

extension DossierAnswers {
    /// The situation answers with what other sections settle: the département from the address,
    /// the number of parents from the parents section.
    public var completedSituation: SituationAnswers {
        var situation = self.situation
        situation.departement = address?.departement
        if !parents.isEmpty { situation.parentCount = parents.count }
        return situation
    }
}
