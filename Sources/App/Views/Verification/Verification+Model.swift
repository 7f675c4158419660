import DCEMRules
import Foundation

/// The verification form as typed, with its errors.
struct VerificationFormModel: Sendable {
    /// The inputs' values by name (`numero`, `naissance-day`…, `code`).
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    static let numberField = "numero"
    static let birthField = "naissance"
    static let codeField = "code"

    /// The error of a field, by its input's id.
    func error(_ id: String) -> FieldError? { errors.first { $0.fieldID == id } }

    /// The problems of a question in the form's words, each on its input.
    static func errors(_ problems: [DocumentVerification.Problem], _ page: PageContext) -> [FieldError] {
        let t = page.text.verification
        return problems.map { problem in
            switch problem {
            case .missing(.number): FieldError(fieldID: numberField, message: t.numberMissing)
            case .invalid(.number): FieldError(fieldID: numberField, message: t.numberInvalid)
            case .missing(.birthDate): FieldError(fieldID: birthField + "-day", message: t.birthDateMissing)
            case .invalid(.birthDate): FieldError(fieldID: birthField + "-day", message: t.birthDateInvalid)
            case .missing(.code), .invalid(.code): FieldError(fieldID: codeField, message: t.codeInvalid)
            }
        }
    }
}

/// The answer as the page shows it: a heading, why, and for a document that matched its dates and
/// territory. For "no document matches" the page is the same whatever was typed: nothing typed is
/// repeated.
struct VerificationResultModel: Sendable, Equatable {
    let valid: Bool
    let heading: String
    let lines: [String]
    let rows: [Row]

    struct Row: Sendable, Equatable {
        let label: String
        let value: String
    }

    init(_ answer: DocumentVerification.Answer, _ page: PageContext) {
        let t = page.text.verification
        valid = answer.reason.isValid
        guard answer.reason != .noMatch, let number = answer.number else {
            heading = t.noMatchHeading
            lines = [t.noMatchBody]
            rows = []
            return
        }
        heading = valid ? t.validHeading(number) : t.notValidHeading(number)
        var lines = [t.reason(answer.reason)]
        // The code's own line when the reason does not already say it.
        if let check = answer.code, answer.reason != .staleCode, answer.reason != .invalidCode { lines.append(t.codeCheck(check)) }
        self.lines = lines
        var rows: [Row] = []
        if let from = answer.validFrom { rows.append(Row(label: t.validFromLabel, value: DossierFormat.day(from, page))) }
        if let until = answer.validUntil { rows.append(Row(label: t.validUntilLabel, value: DossierFormat.day(until, page))) }
        if let territory = answer.territory { rows.append(Row(label: t.territoryLabel, value: t.territory(territory))) }
        if let pupils = answer.pupils { rows.append(Row(label: page.text.tripDesk.documentTitle, value: page.text.tripDesk.pupilsListed(pupils))) }
        self.rows = rows
    }
}

/// The printable DCEM (docs/pages.md#verification): what the paper shows, its code and where to check it.
struct DocumentPrintModel: Sendable {
    let number: String
    let rows: [VerificationResultModel.Row]
    let code: String?
    let verifyAt: String

    init(_ document: IssuedDocument, code: String?, publicURL: String, _ page: PageContext) {
        let t = page.text.verification
        let d = page.text.issuedDocument
        number = document.dcemNumber
        var rows = [
            VerificationResultModel.Row(label: d.numberLabel, value: document.dcemNumber),
            VerificationResultModel.Row(label: d.holderLabel, value: document.holderName),
        ]
        if let birth = document.holderBirthDate { rows.append(.init(label: t.birthDateLabel, value: DossierFormat.day(birth, page))) }
        rows.append(.init(label: d.validFromLabel, value: DossierFormat.day(document.validFrom, page)))
        if let until = document.validUntil { rows.append(.init(label: d.validUntilLabel, value: DossierFormat.day(until, page))) }
        if let territory = document.territory.flatMap(Territory.init(rawValue:)) {
            rows.append(.init(label: d.territoryLabel, value: t.territory(territory)))
        }
        rows.append(.init(label: d.stateLabel, value: d.state(document.currentState)))
        self.rows = rows
        self.code = code
        verifyAt = t.printVerifyAt(publicURL + SiteURL.verification.path)
    }
}
