import DCEMRules

/// Where the visitor goes next: a question, or the result.
public enum SituationStep: Hashable, Sendable {
    case question(SituationQuestion)
    case result
}

/// The questions answered so far on the current path, what comes next, and the answers that
/// path uses (answers to questions that are no longer relevant are left out).
public struct SituationPath: Sendable, Equatable {
    /// The relevant questions already answered, in the order they are asked.
    public var answered: [SituationQuestion]
    public var next: SituationStep
    /// Only the answers to the questions in `answered`.
    public var effective: SituationAnswers

    /// A question can be shown when it is answered on this path or is the next one.
    public func isReachable(_ question: SituationQuestion) -> Bool {
        answered.contains(question) || next == .question(question)
    }

    /// The question asked before `question` on this path; nil for the first one.
    public func question(before question: SituationQuestion) -> SituationQuestion? {
        let index = answered.firstIndex(of: question) ?? answered.endIndex
        return index == answered.startIndex ? nil : answered[index - 1]
    }
}

/// The simulator's flow: a pure function from the answers so far to the path through the
/// questions. Every question is asked only when the answers before it make it relevant:
///
/// 1. the child's nationality — French or European: result (not concerned);
/// 2. does the child hold a residence permit — yes: result (not concerned);
/// 3. the child's date of birth — 18 or over: result (not eligible, adult);
/// 4. does the child live in France — no: result (not eligible);
/// 5. the département of the child's home;
/// 6. how many parents to declare (1 or 2);
/// 7. for each parent: nationality; a French or European parent: lives in France? since when;
///    another parent: residence permit kind, its mention (temporary and multi-year cards), its
///    expiry date, and when it has expired: a renewal receipt? until when;
/// 8. a European step-parent — only when no parent gives the `eea-parent` ground (asked of the
///    rules, never recomputed here); when yes and a parent is not European: since when the
///    parent has lived in France;
/// 9. who applies; which parent (a parent, two parents declared); is the applicant French or
///    European (a third party or a mandatary: it decides whether their residence permit is asked);
/// 10. international protection; 11. ASE placement? when;
/// 12. how the child came to France; the entry date when a ground can depend on it (visitor,
///    family of a French citizen, adoption, and in Mayotte every visa but family reunification);
///    whether the entry was regular when a ground depends on it (family of a French citizen,
///    adoption, Mayotte);
/// then the result. The rules decide the outcome: the flow only turns answers into a request.
public enum SituationFlow {
    public static func walk(_ answers: SituationAnswers, today: CivilDate) -> SituationPath {
        var path: [SituationQuestion] = []
        var kept = SituationAnswers()
        func stop(_ next: SituationStep) -> SituationPath { SituationPath(answered: path, next: next, effective: kept) }
        func ask(_ question: SituationQuestion) -> SituationPath { stop(.question(question)) }

        // 1–4: who is concerned at all.
        guard let nationality = answers.childNationality else { return ask(.childNationality) }
        path.append(.childNationality); kept.childNationality = nationality
        if nationality == .french || nationality == .european { return stop(.result) }

        guard let hasPermit = answers.childHasPermit else { return ask(.childPermit) }
        path.append(.childPermit); kept.childHasPermit = hasPermit
        if hasPermit == .yes { return stop(.result) }

        guard let birthAnswer = answers.childBirth, let birth = birthAnswer.civil, birth <= today else { return ask(.childBirth) }
        path.append(.childBirth); kept.childBirth = birthAnswer
        if isAdult(birth: birth, today: today) { return stop(.result) }

        guard let lives = answers.childLivesInFrance else { return ask(.childResidence) }
        path.append(.childResidence); kept.childLivesInFrance = lives
        if lives == .no { return stop(.result) }

        // 5–7: where, and the parents.
        guard let code = answers.departement, Departement(code: code) != nil else { return ask(.departement) }
        path.append(.departement); kept.departement = code

        guard let count = answers.parentCount, (1...2).contains(count) else { return ask(.parentCount) }
        path.append(.parentCount); kept.parentCount = count

        for index in 0..<count {
            let given = answers.parent(index)
            var parent = ParentAnswers()
            defer { if index == 0 { kept.parent1 = parent } else { kept.parent2 = parent } }
            guard let parentNationality = given.nationality else { return ask(.parentNationality(index)) }
            path.append(.parentNationality(index)); parent.nationality = parentNationality
            if parentNationality.isEuropean {
                guard let livesInFrance = given.livesInFrance else { return ask(.parentLivesInFrance(index)) }
                path.append(.parentLivesInFrance(index)); parent.livesInFrance = livesInFrance
                if livesInFrance == .yes {
                    guard let since = given.inFranceSince, since.civil != nil else { return ask(.parentSince(index)) }
                    path.append(.parentSince(index)); parent.inFranceSince = since
                }
            } else {
                guard let permit = given.permit else { return ask(.parentPermit(index)) }
                path.append(.parentPermit(index)); parent.permit = permit
                if permit != .noPermit {
                    if permit == .temporary || permit == .multiYear {
                        guard let mention = given.mention, isMention(mention, allowedFor: permit) else { return ask(.parentMention(index)) }
                        path.append(.parentMention(index)); parent.mention = mention
                    }
                    guard let expiresAnswer = given.permitExpires, let expires = expiresAnswer.civil else { return ask(.parentExpiry(index)) }
                    path.append(.parentExpiry(index)); parent.permitExpires = expiresAnswer
                    if expires < today {
                        guard let receipt = given.hasReceipt else { return ask(.parentReceipt(index)) }
                        path.append(.parentReceipt(index)); parent.hasReceipt = receipt
                        if receipt == .yes {
                            guard let until = given.receiptExpires, until.civil != nil else { return ask(.parentReceiptExpiry(index)) }
                            path.append(.parentReceiptExpiry(index)); parent.receiptExpires = until
                        }
                    }
                }
            }
        }

        // 8: the step-parent, only when no parent already gives the European ground.
        let parentGround = evaluate(kept, today: today).grounds.contains(.eeaParent)
        if !parentGround {
            guard let stepParent = answers.stepParentEuropean else { return ask(.stepParent) }
            path.append(.stepParent); kept.stepParentEuropean = stepParent
            let someParentNotEuropean = (0..<count).contains { !(kept.parent($0).nationality?.isEuropean ?? false) }
            if stepParent == .yes && someParentNotEuropean {
                guard let since = answers.stepParentParentSince, since.civil != nil else { return ask(.stepParentSince) }
                path.append(.stepParentSince); kept.stepParentParentSince = since
            }
        }

        // 9: who applies.
        guard let applicant = answers.applicant else { return ask(.applicant) }
        path.append(.applicant); kept.applicant = applicant
        if applicant == .parent && count == 2 {
            guard let which = answers.applicantParent, (0..<count).contains(which) else { return ask(.applicantParent) }
            path.append(.applicantParent); kept.applicantParent = which
        }
        if applicant == .thirdPartyAuthority || applicant == .mandatary {
            guard let european = answers.applicantEuropean else { return ask(.applicantNationality) }
            path.append(.applicantNationality); kept.applicantEuropean = european
        }

        // 10–11: protection and child welfare.
        guard let protection = answers.protection else { return ask(.protection) }
        path.append(.protection); kept.protection = protection

        guard let ase = answers.ase else { return ask(.ase) }
        path.append(.ase); kept.ase = ase
        if ase == .yes {
            guard let date = answers.aseDate, date.civil != nil else { return ask(.aseDate) }
            path.append(.aseDate); kept.aseDate = date
        }

        // 12: how the child came to France.
        guard let arrival = answers.arrival else { return ask(.arrival) }
        path.append(.arrival); kept.arrival = arrival
        let mayotte = Departement(code: code)?.isMayotte ?? false
        if needsEntryDate(arrival, mayotte: mayotte) {
            guard let date = answers.arrivalDate, date.civil != nil else { return ask(.arrivalDate) }
            path.append(.arrivalDate); kept.arrivalDate = date
        }
        if needsRegularity(arrival, mayotte: mayotte) {
            guard let regular = answers.arrivalRegular else { return ask(.arrivalRegular) }
            path.append(.arrivalRegular); kept.arrivalRegular = regular
        }
        return stop(.result)
    }

    /// Who is a minor: the majority age is the rules' parameter.
    public static func isAdult(birth: CivilDate, today: CivilDate) -> Bool {
        birth.age(on: today) >= Parameters.majorityAge.value
    }

    /// The mentions offered for a card kind: the short-permit mentions of that kind, and "another mention".
    public static func mentions(for permit: PermitAnswer) -> [String] {
        guard let kind = permit.kind else { return [] }
        return ShortPermitMention.allCases.filter { $0.makesShort(kind) }.map(\.rawValue) + [SituationAnswers.otherMention]
    }

    public static func isMention(_ mention: String, allowedFor permit: PermitAnswer) -> Bool {
        mentions(for: permit).contains(mention)
    }

    /// The entry date matters for the visitor visa (before 13), is part of a family-of-French or
    /// adoption visa's entry, and in Mayotte for every entry but family reunification (ruling 9).
    /// Elsewhere an "other" visa or family reunification gives no ground: no date asked.
    public static func needsEntryDate(_ arrival: ArrivalAnswer, mayotte: Bool) -> Bool {
        switch arrival {
        case .visitor, .familyOfFrench, .adoption: true
        case .other: mayotte
        case .familyReunification, .bornInFrance, .unknown: false
        }
    }

    /// Regularity matters for the family-of-French and adoption visas, and in Mayotte (ruling 9)
    /// for every entry but family reunification. It never matters for the visitor visa.
    public static func needsRegularity(_ arrival: ArrivalAnswer, mayotte: Bool) -> Bool {
        switch arrival {
        case .familyOfFrench, .adoption: true
        case .visitor, .other: mayotte
        case .familyReunification, .bornInFrance, .unknown: false
        }
    }
}

// MARK: - From answers to the rules' request

/// Nationality categories become representative country codes: the rules read a nationality
/// only through "is it French" and "is it an EEA or Swiss nationality on the evaluation day",
/// so any code of the category gives the same outcome. Germany has been in the EEA throughout;
/// Morocco never was.
public enum RepresentativeCountry {
    public static let france = Country.france
    public static let european = Country(code: "DE")!
    public static let nonEuropean = Country(code: "MA")!
}

extension SituationFlow {
    /// The request the answers describe, as of `today`. Used only with the `effective` answers
    /// of a path, so only relevant answers count. Questions not reached (the path stopped early
    /// at a not-concerned or not-eligible answer) take neutral values the rules do not read for
    /// that outcome: Paris, a newborn child, one non-European parent without a permit.
    public static func request(from answers: SituationAnswers, today: CivilDate) -> EligibilityRequest {
        let residence = answers.departement.flatMap { Departement(code: $0) } ?? .paris
        let birth = answers.childBirth?.civil ?? today

        var childNationalities: [Country] = []
        var childStateless = false
        switch answers.childNationality {
        case .french: childNationalities = [RepresentativeCountry.france]
        case .european: childNationalities = [RepresentativeCountry.european]
        case .stateless: childStateless = true
        case .other, nil: childNationalities = [RepresentativeCountry.nonEuropean]
        }

        var entry: Entry? = nil
        if let visa = answers.arrival?.visa, let date = answers.arrivalDate?.civil {
            // "I don't know" counts as regular: the préfecture checks the visa and the entry stamp.
            entry = Entry(date: date, visa: visa, regular: answers.arrivalRegular != .no)
        }
        let child = Child(
            birthDate: birth,
            nationalities: childNationalities,
            stateless: childStateless,
            bornInFrance: answers.arrival == .bornInFrance,
            residesInFrance: answers.childLivesInFrance != .no,
            holdsResidencePermit: answers.childHasPermit == .yes,
            protection: answers.protection?.protection,
            aseCustodyDate: answers.ase == .yes ? answers.aseDate?.civil : nil,
            entry: entry
        )

        let count = answers.parentCount ?? 1
        var parents: [Parent] = (0..<count).map { parent(from: answers.parent($0)) }
        // The step-parent's spouse: the first parent that is not French or European.
        if answers.stepParentEuropean == .yes, let since = answers.stepParentParentSince?.civil,
           let index = (0..<count).first(where: { !(answers.parent($0).nationality?.isEuropean ?? false) }) {
            parents[index].inFranceSince = since
        }
        let stepParent = answers.stepParentEuropean == .yes ? StepParent(nationalities: [RepresentativeCountry.european]) : nil

        let role = answers.applicant ?? .parent
        var applicantNationalities: [Country]? = nil
        if role == .thirdPartyAuthority || role == .mandatary, answers.applicantEuropean == .yes {
            applicantNationalities = [RepresentativeCountry.european]
        }
        let applicant = Applicant(role: role.role, parentIndex: role == .parent ? min(answers.applicantParent ?? 0, count - 1) : 0,
                                  nationalities: applicantNationalities)

        return EligibilityRequest(date: today, residence: residence, applicant: applicant, child: child,
                                  parents: parents, stepParent: stepParent)
    }

    public static func parent(from answers: ParentAnswers) -> Parent {
        switch answers.nationality {
        case .frenchByBirth?, .naturalised?, .european?:
            let nationality = answers.nationality == .european ? RepresentativeCountry.european : RepresentativeCountry.france
            return Parent(nationalities: [nationality], acquiredFrenchNationality: answers.nationality == .naturalised,
                          inFranceSince: answers.livesInFrance == .yes ? answers.inFranceSince?.civil : nil)
        case .stateless?, .other?, nil:
            var permit: ResidencePermit? = nil
            if let kind = answers.permit?.kind, let expires = answers.permitExpires?.civil {
                let mention = answers.mention == SituationAnswers.otherMention ? nil : answers.mention
                permit = ResidencePermit(kind: kind, mention: mention, expires: expires,
                                         renewalReceiptExpires: answers.hasReceipt == .yes ? answers.receiptExpires?.civil : nil)
            }
            return Parent(nationalities: answers.nationality == .stateless ? [] : [RepresentativeCountry.nonEuropean],
                          stateless: answers.nationality == .stateless, residencePermit: permit)
        }
    }

    /// The rules' answer for these answers, as of `today`.
    public static func evaluate(_ answers: SituationAnswers, today: CivilDate) -> EligibilityResult {
        Eligibility.evaluate(request(from: answers, today: today), on: today)
    }
}
