import DCEMRules
import FluentKit
import Foundation

/// The verification code printed on a DCEM (docs/states.md#verification): the active key's
/// signature of the document as it stands. It changes with the state version, so the code of a
/// paper printed before a withdrawal or a loss no longer matches the register.
struct VerificationCodes: Sendable {
    let keys: SigningKeys
    let today: @Sendable () -> CivilDate

    /// The code for this document; nil when the record lacks what the code signs (a document
    /// handed over without a known birth date or validity end).
    func code(for document: IssuedDocument) async throws -> String? {
        guard let payload = Self.payload(for: document) else { return nil }
        return try await keys.signer(today: today()).code(for: payload)
    }

    /// What the code signs, from the register's row.
    static func payload(for document: IssuedDocument) -> VerificationPayload? {
        guard let birth = document.holderBirthDate.flatMap(CivilDate.init(iso:)), let from = CivilDate(iso: document.validFrom),
              let until = document.validUntil.flatMap(CivilDate.init(iso:)),
              let territory = document.territory.flatMap(Territory.init(rawValue:)) else { return nil }
        return VerificationPayload(number: document.dcemNumber, initials: VerificationPayload.initials(givenNames: document.holderName, surname: ""),
                                   birthDate: birth, validFrom: from, validUntil: until, territory: territory, stateVersion: document.stateVersion)
    }
}

/// The public verification (docs/states.md#verification): from a number and a birth date, and
/// optionally the code read from the paper, whether the document is valid and why, its validity
/// dates and its territory — nothing else. An unknown number and a wrong birth date get the same
/// answer after the same work: the birth date is compared in constant time, and the code is
/// checked against a stand-in when no document matches.
struct DocumentVerification: Sendable {
    let database: @Sendable () -> any Database
    let keys: SigningKeys

    /// A question as typed, already checked for its shape.
    struct Question: Sendable, Equatable {
        let number: String
        let birthDate: CivilDate
        let code: String?
    }

    struct Answer: Sendable, Equatable {
        let reason: VerificationReason
        /// Nil for `noMatch`: nothing is said about a document the asker did not identify.
        let validFrom: CivilDate?
        let validUntil: CivilDate?
        let territory: Territory?
        /// How the code read from the paper compares; nil when none was given or nothing matched.
        let code: VerificationCodeCheck?
        /// The number checked, once matched.
        let number: String?
        /// A document de voyage collectif: how many pupils it lists (never who).
        var pupils: Int? = nil

        static let noMatch = Answer(reason: .noMatch, validFrom: nil, validUntil: nil, territory: nil, code: nil, number: nil)
    }

    /// How far back a code is recognised as made for an earlier state of the same document.
    static let staleVersionsChecked = 50

    func verify(_ question: Question, today: CivilDate) async throws -> Answer {
        let document = try await IssuedDocument.query(on: database()).filter(\.$dcemNumber == question.number).first()
        if document == nil, let trip = try await CollectiveTrip.query(on: database()).filter(\.$documentNumber == question.number).first() {
            return try await verify(trip, question, today: today)
        }
        let typedBirth = question.birthDate.iso
        let birthMatches = CSRF.matches(typedBirth, document?.holderBirthDate ?? Self.decoyBirthDate)
        let payload = document.flatMap(VerificationCodes.payload(for:))
        let matched = document != nil && birthMatches && payload != nil
        // The same work whether or not a document matched: the keys are read and, when a code is
        // given, one signature is checked — against a stand-in built from the question otherwise.
        let signer = try await keys.signer(today: today)
        let checked = matched ? payload! : VerificationPayload(number: question.number, initials: "", birthDate: question.birthDate,
                                                               validFrom: question.birthDate, validUntil: question.birthDate,
                                                               territory: .all, stateVersion: 1)
        var codeCheck: VerificationCodeCheck? = nil
        if let code = question.code {
            if signer.verifies(code, for: checked) {
                codeCheck = .matches
            } else {
                codeCheck = .invalid
                let earliest = max(1, checked.stateVersion - Self.staleVersionsChecked)
                for version in stride(from: checked.stateVersion - 1, through: earliest, by: -1) {
                    let earlier = VerificationPayload(number: checked.number, initials: checked.initials, birthDate: checked.birthDate,
                                                      validFrom: checked.validFrom, validUntil: checked.validUntil,
                                                      territory: checked.territory, stateVersion: version)
                    if signer.verifies(code, for: earlier) {
                        codeCheck = .stale
                        break
                    }
                }
            }
        }
        guard matched, let document, let payload else { return .noMatch }
        let state = VerificationReason.of(state: document.currentState, validFrom: payload.validFrom, validUntil: payload.validUntil,
                                          voidAfter: document.voidAfter.flatMap(CivilDate.init(iso:)), today: today)
        return Answer(reason: codeCheck.map { $0.applied(to: state) } ?? state, validFrom: payload.validFrom, validUntil: payload.validUntil,
                      territory: payload.territory, code: codeCheck, number: document.dcemNumber)
    }

    /// A document de voyage collectif (docs/states.md#verification): the birth date typed must be a
    /// listed pupil's; the answer gives the validity and the number of pupils, no name.
    func verify(_ trip: CollectiveTrip, _ question: Question, today: CivilDate) async throws -> Answer {
        let listed = TripVerification.listed(try await TripPupil.query(on: database()).filter(\.$tripID == trip.id!).all())
        var birthMatches = false
        for pupil in listed where CSRF.matches(question.birthDate.iso, pupil.birthDate) { birthMatches = true }
        let signer = try await keys.signer(today: today)
        guard birthMatches, let payload = TripVerification.payload(for: trip, pupils: listed.count) else { return .noMatch }
        let codeCheck: VerificationCodeCheck? = question.code.map { signer.verifies($0, for: payload) ? .matches : .invalid }
        let state: VerificationReason
        switch trip.currentState {
        case .granted, .documentAvailable, .handedOver:
            state = today < payload.validFrom ? .notYetValid : today > payload.validUntil ? .expired : .valid
        default:
            state = .withdrawn
        }
        return Answer(reason: codeCheck.map { $0.applied(to: state) } ?? state, validFrom: payload.validFrom, validUntil: payload.validUntil,
                      territory: nil, code: codeCheck, number: payload.number, pupils: listed.count)
    }

    /// Compared with the typed date when the number is unknown: never a real person's.
    static let decoyBirthDate = "0000-00-00"

    // MARK: Reading the question

    /// Which field is at fault.
    enum Field: String, Sendable {
        case number, birthDate, code
    }

    enum Problem: Sendable, Equatable {
        case missing(Field)
        case invalid(Field)
    }

    /// A DCEM number as people type it: spaces and dashes dropped, upper case; 4 to 20 letters and digits.
    static func number(_ typed: String) -> String? {
        let compact = typed.filter { !$0.isWhitespace && $0 != "-" }.uppercased()
        guard (4...20).contains(compact.count), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        return compact
    }

    /// The code as read from the paper: spaces dropped; at most 200 printable ASCII characters.
    static func code(_ typed: String) -> String? {
        let compact = typed.filter { !$0.isWhitespace }
        guard compact.count <= 200, compact.allSatisfy({ $0.isASCII && !$0.isNewline && $0 != "\u{7F}" && $0.asciiValue! >= 0x21 }) else { return nil }
        return compact
    }

    /// A question read from a form or a body: ready to ask, or every field at fault.
    enum Reading: Sendable, Equatable {
        case question(Question)
        case problems([Problem])
    }

    /// The question from its three parts, or every field at fault in the form's order. `birthDate`:
    /// nil when not given, `.some(nil)` when given but not a day.
    static func question(number typedNumber: String, birthDate: CivilDate??, code typedCode: String) -> Reading {
        var problems: [Problem] = []
        let trimmedNumber = typedNumber.trimmingCharacters(in: .whitespaces)
        let number = Self.number(trimmedNumber)
        if trimmedNumber.isEmpty { problems.append(.missing(.number)) } else if number == nil { problems.append(.invalid(.number)) }
        switch birthDate {
        case .none: problems.append(.missing(.birthDate))
        case .some(.none): problems.append(.invalid(.birthDate))
        case .some(.some): break
        }
        let trimmedCode = typedCode.trimmingCharacters(in: .whitespaces)
        let code = trimmedCode.isEmpty ? nil : Self.code(trimmedCode)
        if !trimmedCode.isEmpty, code == nil { problems.append(.invalid(.code)) }
        guard problems.isEmpty, let number, case .some(.some(let birth)) = birthDate else { return .problems(problems) }
        return .question(Question(number: number, birthDate: birth, code: code))
    }
}
