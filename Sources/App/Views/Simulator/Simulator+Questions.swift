import DCEMRules

/// A radio question, its text resolved for one page.
struct RadioSpec: Sendable {
    let title: String
    let hint: String?
    let choices: [Choice]
    let missing: String
}

/// How a date answer is checked, beyond "a day that exists".
struct DateRules: Sendable {
    var notAfterToday = false
    var notBeforeBirth = false
}

/// What a question page shows and how its answer is read.
enum QuestionSpec: Sendable {
    case radio(RadioSpec)
    case date(DateQuestionText, DateRules)
    case departement
}

/// What the visitor entered (or had entered before) on a question page.
enum QuestionValue: Sendable, Equatable {
    case choice(String?)
    case date(DateAnswer?)
}

/// Each question's text, stored answer, and how a submitted form updates the answers.
enum SimulatorQuestions {
    static func radio<Value>(_ text: ChoiceQuestionText<Value>, _ values: [Value], raw: (Value) -> String) -> RadioSpec {
        RadioSpec(title: text.title, hint: text.hint,
                  choices: values.map { Choice(value: raw($0), label: text.label($0), hint: text.choiceHint($0)) },
                  missing: text.missing)
    }

    static func parentRef(_ index: Int, _ answers: SimulatorAnswers) -> ParentRef {
        ParentRef(index: index, count: answers.parentCount ?? 1)
    }

    static func spec(_ question: SimulatorQuestion, text t: SimulatorText, answers: SimulatorAnswers) -> QuestionSpec {
        switch question {
        case .childNationality: .radio(radio(t.childNationality, ChildNationalityAnswer.allCases, raw: \.rawValue))
        case .childPermit: .radio(radio(t.childPermit, YesNo.allCases, raw: \.rawValue))
        case .childBirth: .date(t.childBirth, DateRules(notAfterToday: true))
        case .childResidence: .radio(radio(t.childResidence, YesNo.allCases, raw: \.rawValue))
        case .departement: .departement
        case .parentCount: .radio(radio(t.parentCount, [1, 2], raw: String.init))
        case .parentNationality(let i):
            .radio(radio(t.parentNationality(parentRef(i, answers)), ParentNationalityAnswer.allCases, raw: \.rawValue))
        case .parentLivesInFrance(let i): .radio(radio(t.parentLivesInFrance(parentRef(i, answers)), YesNo.allCases, raw: \.rawValue))
        case .parentSince(let i): .date(t.parentSince(parentRef(i, answers)), DateRules(notAfterToday: true))
        case .parentPermit(let i): .radio(radio(t.parentPermit(parentRef(i, answers)), PermitAnswer.allCases, raw: \.rawValue))
        case .parentMention(let i):
            .radio(radio(t.parentMention(parentRef(i, answers)),
                        SimulatorFlow.mentions(for: answers.parent(i).permit == .multiYear ? .multiYear : .temporary), raw: { $0 }))
        case .parentExpiry(let i): .date(t.parentExpiry(parentRef(i, answers)), DateRules())
        case .parentReceipt(let i): .radio(radio(t.parentReceipt(parentRef(i, answers)), YesNo.allCases, raw: \.rawValue))
        case .parentReceiptExpiry(let i): .date(t.parentReceiptExpiry(parentRef(i, answers)), DateRules())
        case .stepParent: .radio(radio(t.stepParent, YesNo.allCases, raw: \.rawValue))
        case .stepParentSince: .date(t.stepParentSince, DateRules(notAfterToday: true))
        case .applicant: .radio(radio(t.applicant, ApplicantAnswer.allCases, raw: \.rawValue))
        case .applicantParent: .radio(radio(t.applicantParent, [0, 1], raw: String.init))
        case .applicantNationality: .radio(radio(t.applicantNationality, YesNo.allCases, raw: \.rawValue))
        case .protection: .radio(radio(t.protection, ProtectionAnswer.allCases, raw: \.rawValue))
        case .ase: .radio(radio(t.ase, YesNo.allCases, raw: \.rawValue))
        case .aseDate: .date(t.aseDate, DateRules(notAfterToday: true, notBeforeBirth: true))
        case .arrival: .radio(radio(t.arrival, ArrivalAnswer.allCases, raw: \.rawValue))
        case .arrivalDate: .date(t.arrivalDate, DateRules(notAfterToday: true, notBeforeBirth: true))
        case .arrivalRegular: .radio(radio(t.arrivalRegular, RegularAnswer.allCases, raw: \.rawValue))
        }
    }

    /// The page heading of a question (also its label in the answers summary).
    static func title(_ question: SimulatorQuestion, text: SimulatorText, answers: SimulatorAnswers) -> String {
        switch spec(question, text: text, answers: answers) {
        case .radio(let radio): radio.title
        case .date(let date, _): date.title
        case .departement: text.departementTitle
        }
    }

    /// The answer stored for a question, as the form shows it.
    static func stored(_ question: SimulatorQuestion, in a: SimulatorAnswers) -> QuestionValue {
        switch question {
        case .childNationality: .choice(a.childNationality?.rawValue)
        case .childPermit: .choice(a.childHasPermit?.rawValue)
        case .childBirth: .date(a.childBirth)
        case .childResidence: .choice(a.childLivesInFrance?.rawValue)
        case .departement: .choice(a.departement)
        case .parentCount: .choice(a.parentCount.map(String.init))
        case .parentNationality(let i): .choice(a.parent(i).nationality?.rawValue)
        case .parentLivesInFrance(let i): .choice(a.parent(i).livesInFrance?.rawValue)
        case .parentSince(let i): .date(a.parent(i).inFranceSince)
        case .parentPermit(let i): .choice(a.parent(i).permit?.rawValue)
        case .parentMention(let i): .choice(a.parent(i).mention)
        case .parentExpiry(let i): .date(a.parent(i).permitExpires)
        case .parentReceipt(let i): .choice(a.parent(i).hasReceipt?.rawValue)
        case .parentReceiptExpiry(let i): .date(a.parent(i).receiptExpires)
        case .stepParent: .choice(a.stepParentEuropean?.rawValue)
        case .stepParentSince: .date(a.stepParentParentSince)
        case .applicant: .choice(a.applicant?.rawValue)
        case .applicantParent: .choice(a.applicantParent.map(String.init))
        case .applicantNationality: .choice(a.applicantEuropean?.rawValue)
        case .protection: .choice(a.protection?.rawValue)
        case .ase: .choice(a.ase?.rawValue)
        case .aseDate: .date(a.aseDate)
        case .arrival: .choice(a.arrival?.rawValue)
        case .arrivalDate: .date(a.arrivalDate)
        case .arrivalRegular: .choice(a.arrivalRegular?.rawValue)
        }
    }

    /// Stores a checked answer (a raw choice value already known to be one of the choices, or a valid date).
    static func store(_ question: SimulatorQuestion, _ value: QuestionValue, in a: inout SimulatorAnswers) {
        switch (question, value) {
        case (.childNationality, .choice(let v)): a.childNationality = v.flatMap(ChildNationalityAnswer.init(rawValue:))
        case (.childPermit, .choice(let v)): a.childHasPermit = v.flatMap(YesNo.init(rawValue:))
        case (.childBirth, .date(let d)): a.childBirth = d
        case (.childResidence, .choice(let v)): a.childLivesInFrance = v.flatMap(YesNo.init(rawValue:))
        case (.departement, .choice(let v)): a.departement = v
        case (.parentCount, .choice(let v)): a.parentCount = v.flatMap { Int($0) }
        case (.parentNationality(let i), .choice(let v)): a.updateParent(i) { $0.nationality = v.flatMap(ParentNationalityAnswer.init(rawValue:)) }
        case (.parentLivesInFrance(let i), .choice(let v)): a.updateParent(i) { $0.livesInFrance = v.flatMap(YesNo.init(rawValue:)) }
        case (.parentSince(let i), .date(let d)): a.updateParent(i) { $0.inFranceSince = d }
        case (.parentPermit(let i), .choice(let v)): a.updateParent(i) { $0.permit = v.flatMap(PermitAnswer.init(rawValue:)) }
        case (.parentMention(let i), .choice(let v)): a.updateParent(i) { $0.mention = v }
        case (.parentExpiry(let i), .date(let d)): a.updateParent(i) { $0.permitExpires = d }
        case (.parentReceipt(let i), .choice(let v)): a.updateParent(i) { $0.hasReceipt = v.flatMap(YesNo.init(rawValue:)) }
        case (.parentReceiptExpiry(let i), .date(let d)): a.updateParent(i) { $0.receiptExpires = d }
        case (.stepParent, .choice(let v)): a.stepParentEuropean = v.flatMap(YesNo.init(rawValue:))
        case (.stepParentSince, .date(let d)): a.stepParentParentSince = d
        case (.applicant, .choice(let v)): a.applicant = v.flatMap(ApplicantAnswer.init(rawValue:))
        case (.applicantParent, .choice(let v)): a.applicantParent = v.flatMap { Int($0) }
        case (.applicantNationality, .choice(let v)): a.applicantEuropean = v.flatMap(YesNo.init(rawValue:))
        case (.protection, .choice(let v)): a.protection = v.flatMap(ProtectionAnswer.init(rawValue:))
        case (.ase, .choice(let v)): a.ase = v.flatMap(YesNo.init(rawValue:))
        case (.aseDate, .date(let d)): a.aseDate = d
        case (.arrival, .choice(let v)): a.arrival = v.flatMap(ArrivalAnswer.init(rawValue:))
        case (.arrivalDate, .date(let d)): a.arrivalDate = d
        case (.arrivalRegular, .choice(let v)): a.arrivalRegular = v.flatMap(RegularAnswer.init(rawValue:))
        default: break
        }
    }

    /// The outcome of reading a submitted question page.
    enum Submission: Sendable {
        case saved(SimulatorAnswers)
        /// The typed input, kept to be shown again, and what to fix.
        case invalid(QuestionValue, FieldError)
    }

    /// Reads the form of `question`'s page: checks it and, when it is right, stores it in `answers`.
    static func submit(_ question: SimulatorQuestion, form: FormFields, answers: SimulatorAnswers, text: SimulatorText,
                       today: CivilDate) -> Submission {
        let name = question.id
        var updated = answers
        switch spec(question, text: text, answers: answers) {
        case .radio(let radio):
            let value = form.trimmed(name)
            guard let value, radio.choices.contains(where: { $0.value == value }) else {
                return .invalid(.choice(nil), FieldError(fieldID: name, message: radio.missing))
            }
            store(question, .choice(value), in: &updated)
        case .departement:
            let value = form.trimmed(name)
            guard let value, Departement(code: value) != nil else {
                return .invalid(.choice(nil), FieldError(fieldID: name, message: text.departementMissing))
            }
            store(question, .choice(value), in: &updated)
        case .date(let dateText, let rules):
            let typed = DateAnswer(day: form["\(name)-day"] ?? "", month: form["\(name)-month"] ?? "", year: form["\(name)-year"] ?? "")
            let birth = rules.notBeforeBirth ? answers.childBirth?.civil : nil
            if let message = dateProblem(typed, question: dateText, rules: rules, birth: birth, text: text, today: today) {
                return .invalid(.date(typed), FieldError(fieldID: name, message: message))
            }
            let clean = DateAnswer(day: typed.day.trimmingCharacters(in: .whitespaces), month: typed.month.trimmingCharacters(in: .whitespaces),
                                   year: typed.year.trimmingCharacters(in: .whitespaces))
            store(question, .date(clean), in: &updated)
        }
        return .saved(updated)
    }

    /// What is wrong with a typed date, said as what to do; nil when it is right.
    static func dateProblem(_ typed: DateAnswer, question q: DateQuestionText, rules: DateRules, birth: CivilDate?,
                            text t: SimulatorText, today: CivilDate) -> String? {
        let day = typed.day.trimmingCharacters(in: .whitespaces)
        let month = typed.month.trimmingCharacters(in: .whitespaces)
        let year = typed.year.trimmingCharacters(in: .whitespaces)
        if day.isEmpty && month.isEmpty && year.isEmpty { return t.dateMissing(q.subject, q.example) }
        if day.isEmpty { return t.dateMissingPart(q.subject, .day) }
        if month.isEmpty { return t.dateMissingPart(q.subject, .month) }
        if year.isEmpty { return t.dateMissingPart(q.subject, .year) }
        let digits = { (s: String) in s.allSatisfy { $0.isASCII && $0.isNumber } }
        guard digits(day), digits(month), digits(year), day.count <= 2, month.count <= 2 else { return t.dateNotReal(q.subject, q.example) }
        guard year.count == 4 else { return t.dateYearDigits(q.subject, q.example) }
        guard let y = Int(year), y >= 1900 else { return t.dateTooOld(q.subject, q.example) }
        guard let date = typed.civil else { return t.dateNotReal(q.subject, q.example) }
        _ = y
        if rules.notAfterToday && date > today { return t.dateInFuture(q.subject) }
        if let birth, date < birth { return t.dateBeforeBirth(q.subject) }
        return nil
    }
}
