import Foundation
import DCEMRules

/// What was entered (or had been entered before) for one question: a choice's raw value, or a
/// date as typed.
public enum QuestionValue: Sendable, Equatable {
    case choice(String?)
    case date(DateAnswer?)
}

/// How a date answer is checked, beyond "a day that exists".
public struct DateRules: Sendable, Equatable {
    public var notAfterToday = false
    public var notBeforeBirth = false

    public init(notAfterToday: Bool = false, notBeforeBirth: Bool = false) {
        self.notAfterToday = notAfterToday
        self.notBeforeBirth = notBeforeBirth
    }
}

/// A part of a date, for "enter the month as well" messages.
public enum DatePart: Sendable {
    case day, month, year
}

/// What is wrong with a typed date; the page says it as what to do.
public enum DateProblem: Sendable, Equatable {
    case missing
    case missingPart(DatePart)
    case notReal
    case yearDigits
    /// Before 1900.
    case tooOld
    case inFuture
    case beforeBirth
}

extension DateRules {
    /// What is wrong with `typed` under these rules, nil when it is right. `birth`: the child's
    /// birth day, for the dates that can not precede it.
    public func problem(with typed: DateAnswer, birth: CivilDate?, today: CivilDate) -> DateProblem? {
        let day = typed.day.trimmingCharacters(in: .whitespaces)
        let month = typed.month.trimmingCharacters(in: .whitespaces)
        let year = typed.year.trimmingCharacters(in: .whitespaces)
        if day.isEmpty && month.isEmpty && year.isEmpty { return .missing }
        if day.isEmpty { return .missingPart(.day) }
        if month.isEmpty { return .missingPart(.month) }
        if year.isEmpty { return .missingPart(.year) }
        let digits = { (s: String) in s.allSatisfy { $0.isASCII && $0.isNumber } }
        guard digits(day), digits(month), digits(year), day.count <= 2, month.count <= 2 else { return .notReal }
        guard year.count == 4 else { return .yearDigits }
        guard let y = Int(year), y >= 1900 else { return .tooOld }
        guard let date = typed.civil else { return .notReal }
        if notAfterToday && date > today { return .inFuture }
        if notBeforeBirth, let birth, date < birth { return .beforeBirth }
        return nil
    }
}

extension SituationQuestion {
    /// The checks of a date question's answer (no check for the other questions).
    public var dateRules: DateRules {
        switch self {
        case .childBirth, .parentSince, .stepParentSince: DateRules(notAfterToday: true)
        case .aseDate, .arrivalDate: DateRules(notAfterToday: true, notBeforeBirth: true)
        default: DateRules()
        }
    }
}

extension SituationAnswers {
    /// The answer stored for a question, as a form shows it.
    public func value(of question: SituationQuestion) -> QuestionValue {
        let a = self
        switch question {
        case .childNationality: return .choice(a.childNationality?.rawValue)
        case .childPermit: return .choice(a.childHasPermit?.rawValue)
        case .childBirth: return .date(a.childBirth)
        case .childResidence: return .choice(a.childLivesInFrance?.rawValue)
        case .departement: return .choice(a.departement)
        case .parentCount: return .choice(a.parentCount.map(String.init))
        case .parentNationality(let i): return .choice(a.parent(i).nationality?.rawValue)
        case .parentLivesInFrance(let i): return .choice(a.parent(i).livesInFrance?.rawValue)
        case .parentSince(let i): return .date(a.parent(i).inFranceSince)
        case .parentPermit(let i): return .choice(a.parent(i).permit?.rawValue)
        case .parentMention(let i): return .choice(a.parent(i).mention)
        case .parentExpiry(let i): return .date(a.parent(i).permitExpires)
        case .parentReceipt(let i): return .choice(a.parent(i).hasReceipt?.rawValue)
        case .parentReceiptExpiry(let i): return .date(a.parent(i).receiptExpires)
        case .stepParent: return .choice(a.stepParentEuropean?.rawValue)
        case .stepParentSince: return .date(a.stepParentParentSince)
        case .applicant: return .choice(a.applicant?.rawValue)
        case .applicantParent: return .choice(a.applicantParent.map(String.init))
        case .applicantNationality: return .choice(a.applicantEuropean?.rawValue)
        case .protection: return .choice(a.protection?.rawValue)
        case .ase: return .choice(a.ase?.rawValue)
        case .aseDate: return .date(a.aseDate)
        case .arrival: return .choice(a.arrival?.rawValue)
        case .arrivalDate: return .date(a.arrivalDate)
        case .arrivalRegular: return .choice(a.arrivalRegular?.rawValue)
        }
    }

    /// Stores a checked answer (a raw choice value already known to be one of the choices, or a valid date).
    public mutating func store(_ value: QuestionValue, for question: SituationQuestion) {
        switch (question, value) {
        case (.childNationality, .choice(let v)): childNationality = v.flatMap(ChildNationalityAnswer.init(rawValue:))
        case (.childPermit, .choice(let v)): childHasPermit = v.flatMap(YesNo.init(rawValue:))
        case (.childBirth, .date(let d)): childBirth = d
        case (.childResidence, .choice(let v)): childLivesInFrance = v.flatMap(YesNo.init(rawValue:))
        case (.departement, .choice(let v)): departement = v
        case (.parentCount, .choice(let v)): parentCount = v.flatMap { Int($0) }
        case (.parentNationality(let i), .choice(let v)): updateParent(i) { $0.nationality = v.flatMap(ParentNationalityAnswer.init(rawValue:)) }
        case (.parentLivesInFrance(let i), .choice(let v)): updateParent(i) { $0.livesInFrance = v.flatMap(YesNo.init(rawValue:)) }
        case (.parentSince(let i), .date(let d)): updateParent(i) { $0.inFranceSince = d }
        case (.parentPermit(let i), .choice(let v)): updateParent(i) { $0.permit = v.flatMap(PermitAnswer.init(rawValue:)) }
        case (.parentMention(let i), .choice(let v)): updateParent(i) { $0.mention = v }
        case (.parentExpiry(let i), .date(let d)): updateParent(i) { $0.permitExpires = d }
        case (.parentReceipt(let i), .choice(let v)): updateParent(i) { $0.hasReceipt = v.flatMap(YesNo.init(rawValue:)) }
        case (.parentReceiptExpiry(let i), .date(let d)): updateParent(i) { $0.receiptExpires = d }
        case (.stepParent, .choice(let v)): stepParentEuropean = v.flatMap(YesNo.init(rawValue:))
        case (.stepParentSince, .date(let d)): stepParentParentSince = d
        case (.applicant, .choice(let v)): applicant = v.flatMap(ApplicantAnswer.init(rawValue:))
        case (.applicantParent, .choice(let v)): applicantParent = v.flatMap { Int($0) }
        case (.applicantNationality, .choice(let v)): applicantEuropean = v.flatMap(YesNo.init(rawValue:))
        case (.protection, .choice(let v)): protection = v.flatMap(ProtectionAnswer.init(rawValue:))
        case (.ase, .choice(let v)): ase = v.flatMap(YesNo.init(rawValue:))
        case (.aseDate, .date(let d)): aseDate = d
        case (.arrival, .choice(let v)): arrival = v.flatMap(ArrivalAnswer.init(rawValue:))
        case (.arrivalDate, .date(let d)): arrivalDate = d
        case (.arrivalRegular, .choice(let v)): arrivalRegular = v.flatMap(RegularAnswer.init(rawValue:))
        default: break
        }
    }
}
