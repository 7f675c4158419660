import DCEMDossier
import DCEMRules

/// A radio question, its text resolved for one page.
struct RadioSpec: Sendable {
    let title: String
    let hint: String?
    let choices: [Choice]
    let missing: String
}

/// What a question page shows and how its answer is read.
enum QuestionSpec: Sendable {
    case radio(RadioSpec)
    case date(DateQuestionText, DateRules)
    case departement
}

/// Each question's text, stored answer, and how a submitted form updates the answers.
enum SimulatorQuestions {
    static func radio<Value>(_ text: ChoiceQuestionText<Value>, _ values: [Value], raw: (Value) -> String) -> RadioSpec {
        RadioSpec(title: text.title, hint: text.hint,
                  choices: values.map { Choice(value: raw($0), label: text.label($0), hint: text.choiceHint($0)) },
                  missing: text.missing)
    }

    static func parentRef(_ index: Int, _ answers: SituationAnswers) -> ParentRef {
        ParentRef(index: index, count: answers.parentCount ?? 1)
    }

    static func spec(_ question: SituationQuestion, text t: SimulatorText, answers: SituationAnswers) -> QuestionSpec {
        switch question {
        case .childNationality: .radio(radio(t.childNationality, ChildNationalityAnswer.allCases, raw: \.rawValue))
        case .childPermit: .radio(radio(t.childPermit, YesNo.allCases, raw: \.rawValue))
        case .childBirth: .date(t.childBirth, question.dateRules)
        case .childResidence: .radio(radio(t.childResidence, YesNo.allCases, raw: \.rawValue))
        case .departement: .departement
        case .parentCount: .radio(radio(t.parentCount, [1, 2], raw: String.init))
        case .parentNationality(let i):
            .radio(radio(t.parentNationality(parentRef(i, answers)), ParentNationalityAnswer.allCases, raw: \.rawValue))
        case .parentLivesInFrance(let i): .radio(radio(t.parentLivesInFrance(parentRef(i, answers)), YesNo.allCases, raw: \.rawValue))
        case .parentSince(let i): .date(t.parentSince(parentRef(i, answers)), question.dateRules)
        case .parentPermit(let i): .radio(radio(t.parentPermit(parentRef(i, answers)), PermitAnswer.allCases, raw: \.rawValue))
        case .parentMention(let i):
            .radio(radio(t.parentMention(parentRef(i, answers)),
                        SituationFlow.mentions(for: answers.parent(i).permit == .multiYear ? .multiYear : .temporary), raw: { $0 }))
        case .parentExpiry(let i): .date(t.parentExpiry(parentRef(i, answers)), question.dateRules)
        case .parentReceipt(let i): .radio(radio(t.parentReceipt(parentRef(i, answers)), YesNo.allCases, raw: \.rawValue))
        case .parentReceiptExpiry(let i): .date(t.parentReceiptExpiry(parentRef(i, answers)), question.dateRules)
        case .stepParent: .radio(radio(t.stepParent, YesNo.allCases, raw: \.rawValue))
        case .stepParentSince: .date(t.stepParentSince, question.dateRules)
        case .applicant: .radio(radio(t.applicant, ApplicantAnswer.allCases, raw: \.rawValue))
        case .applicantParent: .radio(radio(t.applicantParent, [0, 1], raw: String.init))
        case .applicantNationality: .radio(radio(t.applicantNationality, YesNo.allCases, raw: \.rawValue))
        case .protection: .radio(radio(t.protection, ProtectionAnswer.allCases, raw: \.rawValue))
        case .ase: .radio(radio(t.ase, YesNo.allCases, raw: \.rawValue))
        case .aseDate: .date(t.aseDate, question.dateRules)
        case .arrival: .radio(radio(t.arrival, ArrivalAnswer.allCases, raw: \.rawValue))
        case .arrivalDate: .date(t.arrivalDate, question.dateRules)
        case .arrivalRegular: .radio(radio(t.arrivalRegular, RegularAnswer.allCases, raw: \.rawValue))
        }
    }

    /// The page heading of a question (also its label in the answers summary).
    static func title(_ question: SituationQuestion, text: SimulatorText, answers: SituationAnswers) -> String {
        switch spec(question, text: text, answers: answers) {
        case .radio(let radio): radio.title
        case .date(let date, _): date.title
        case .departement: text.departementTitle
        }
    }

    /// The outcome of reading a submitted question page.
    enum Submission: Sendable {
        case saved(SituationAnswers)
        /// The typed input, kept to be shown again, and what to fix.
        case invalid(QuestionValue, FieldError)
    }

    /// Reads the form of `question`'s page: checks it and, when it is right, stores it in `answers`.
    static func submit(_ question: SituationQuestion, form: FormFields, answers: SituationAnswers, text: SimulatorText,
                       today: CivilDate) -> Submission {
        let name = question.id
        var updated = answers
        switch spec(question, text: text, answers: answers) {
        case .radio(let radio):
            let value = form.trimmed(name)
            guard let value, radio.choices.contains(where: { $0.value == value }) else {
                return .invalid(.choice(nil), FieldError(fieldID: name, message: radio.missing))
            }
            updated.store(.choice(value), for: question)
        case .departement:
            let value = form.trimmed(name)
            guard let value, Departement(code: value) != nil else {
                return .invalid(.choice(nil), FieldError(fieldID: name, message: text.departementMissing))
            }
            updated.store(.choice(value), for: question)
        case .date(let dateText, let rules):
            let typed = DateAnswer(day: form["\(name)-day"] ?? "", month: form["\(name)-month"] ?? "", year: form["\(name)-year"] ?? "")
            let birth = rules.notBeforeBirth ? answers.childBirth?.civil : nil
            if let message = dateProblem(typed, question: dateText, rules: rules, birth: birth, text: text, today: today) {
                return .invalid(.date(typed), FieldError(fieldID: name, message: message))
            }
            let clean = DateAnswer(day: typed.day.trimmingCharacters(in: .whitespaces), month: typed.month.trimmingCharacters(in: .whitespaces),
                                   year: typed.year.trimmingCharacters(in: .whitespaces))
            updated.store(.date(clean), for: question)
        }
        return .saved(updated)
    }

    /// What is wrong with a typed date, said as what to do; nil when it is right.
    static func dateProblem(_ typed: DateAnswer, question q: DateQuestionText, rules: DateRules, birth: CivilDate?,
                            text t: SimulatorText, today: CivilDate) -> String? {
        switch rules.problem(with: typed, birth: birth, today: today) {
        case nil: return nil
        case .missing?: return t.dateMissing(q.subject, q.example)
        case .missingPart(let part)?: return t.dateMissingPart(q.subject, part)
        case .notReal?: return t.dateNotReal(q.subject, q.example)
        case .yearDigits?: return t.dateYearDigits(q.subject, q.example)
        case .tooOld?: return t.dateTooOld(q.subject, q.example)
        case .inFuture?: return t.dateInFuture(q.subject)
        case .beforeBirth?: return t.dateBeforeBirth(q.subject)
        }
    }
}
