/// The answer to an eligibility question.
public enum Outcome: String, CaseIterable, Sendable {
    case eligible
    case notEligible = "not-eligible"
    case notConcerned = "not-concerned"
}

/// Where the DCEM lets its holder return (ruling 9).
public enum Territory: String, CaseIterable, Sendable {
    case all
    /// Issued in Mayotte: return to Mayotte only, without a visa.
    case mayotteOnly = "mayotte-only"

    public var legalBasis: LegalReference {
        switch self {
        case .all: return LegalReference(LegalReference.ceseda4144, sources: [.refugeesInfo2022, .servicePublic2022])
        case .mayotteOnly: return LegalReference(LegalReference.law2018, ruling: 9, sources: [.migrantsRights2022])
        }
    }
}

/// Everything `Eligibility.evaluate` decides. When the outcome is not `eligible`, `fee`,
/// `validity` and `territory` are nil and `documents` is empty (docs/eligibility.md#response).
public struct EligibilityResult: Hashable, Sendable {
    /// The evaluation day.
    public let date: CivilDate
    public let outcome: Outcome
    /// In contract order, no duplicates.
    public let grounds: [Ground]
    /// In contract order, no duplicates.
    public let reasons: [Reason]
    /// In contract order, no duplicates.
    public let documents: [RequiredDocument]
    public let fee: Fee?
    public let validity: Validity?
    public let territory: Territory?
    /// Always: the day silence becomes a refusal if the application is filed on `date`.
    public let implicitRefusalOn: CivilDate
    /// The dated figures in force on `date` (fee, refusal delay), so pages can say "2 mois".
    public let parameters: AppliedParameters
}

/// The eligibility rules (docs/law.md, docs/eligibility.md). Pure: no I/O, no clock; the
/// evaluation day is passed in.
public enum Eligibility {
    /// Evaluates `request` as of `date` (the request's own `date`, resolved by the caller:
    /// today in the département's zone when absent).
    ///
    /// Order of checks (docs/eligibility.md#reasons): not-concerned first (`french-national`, which
    /// replaces `eea-national`; `eea-national`; `holds-residence-permit`; all that apply); then
    /// not-eligible (`adult`, `not-resident`, both when both apply); `no-ground` only when
    /// neither applies, with what each ground lacked.
    public static func evaluate(_ request: EligibilityRequest, on date: CivilDate) -> EligibilityResult {
        let parameters = AppliedParameters(on: date)
        let refusal = date.adding(months: parameters.implicitRefusalMonths)
        let child = request.child

        // Ruling 4: who is not concerned.
        let french = child.nationalities.containsFrance()
        let eea = !french && child.nationalities.containsEEAOrSwiss(on: date)
        if french || eea || child.holdsResidencePermit {
            var reasons: [Reason] = []
            reasons.reserveCapacity(2)
            if french { reasons.append(Reason(code: .frenchNational)) }
            if eea { reasons.append(Reason(code: .eeaNational)) }
            if child.holdsResidencePermit { reasons.append(Reason(code: .holdsResidencePermit)) }
            return EligibilityResult(date: date, outcome: .notConcerned, grounds: [], reasons: reasons, documents: [],
                                     fee: nil, validity: nil, territory: nil, implicitRefusalOn: refusal,
                                     parameters: parameters)
        }

        // A minor residing in France (CESEDA L. 414-4).
        let adult = child.birthDate.age(on: date) >= Parameters.majorityAge.value
        let notResident = !child.residesInFrance
        if adult || notResident {
            var reasons: [Reason] = []
            reasons.reserveCapacity(2)
            if adult { reasons.append(Reason(code: .adult)) }
            if notResident { reasons.append(Reason(code: .notResident)) }
            return EligibilityResult(date: date, outcome: .notEligible, grounds: [], reasons: reasons, documents: [],
                                     fee: nil, validity: nil, territory: nil, implicitRefusalOn: refusal,
                                     parameters: parameters)
        }

        let context = GroundChecks.Context(request, on: date)
        var grounds = GroundSet()
        var missing: [MissingGround] = []
        for ground in Ground.ordered {
            if let lacked = GroundChecks.missing(ground, context) {
                if grounds.isEmpty {
                    if missing.isEmpty { missing.reserveCapacity(Ground.ordered.count) }
                    missing.append(MissingGround(ground: ground, condition: lacked))
                }
            } else {
                grounds.insert(ground)
            }
        }
        if grounds.isEmpty {
            return EligibilityResult(date: date, outcome: .notEligible, grounds: [],
                                     reasons: [Reason(code: .noGround, missing: missing)], documents: [],
                                     fee: nil, validity: nil, territory: nil, implicitRefusalOn: refusal,
                                     parameters: parameters)
        }

        return EligibilityResult(
            date: date, outcome: .eligible, grounds: grounds.grounds, reasons: [],
            documents: Documents.required(for: request, grounds: grounds, on: date),
            fee: Fee.due(grounds: grounds, on: date),
            validity: Validity.compute(issuedOn: date, birthDate: child.birthDate, grounds: grounds, parents: request.parents),
            territory: request.residence.isMayotte ? .mayotteOnly : .all,
            implicitRefusalOn: refusal, parameters: parameters)
    }

    /// Evaluates with the request's own date, or `today` when it has none.
    public static func evaluate(_ request: EligibilityRequest, today: CivilDate) -> EligibilityResult {
        evaluate(request, on: request.date ?? today)
    }
}
