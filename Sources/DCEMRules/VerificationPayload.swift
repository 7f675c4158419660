/// What a DCEM's verification code signs (docs/states.md#verification): enough for whoever checks
/// the paper to see that the number, the holder, the dates and the territory are the préfecture's,
/// and nothing more — the holder's initials and birth date, never the name.
public struct VerificationPayload: Hashable, Sendable {
    public let number: String
    /// The holder's initials, given names first (`A.B.`).
    public let initials: String
    public let birthDate: CivilDate
    public let validFrom: CivilDate
    public let validUntil: CivilDate
    public let territory: Territory
    /// Bumped at every change of the document's state: a code printed before a withdrawal or a
    /// loss no longer matches the record.
    public let stateVersion: Int

    public init(number: String, initials: String, birthDate: CivilDate, validFrom: CivilDate, validUntil: CivilDate,
                territory: Territory, stateVersion: Int) {
        self.number = number
        self.initials = initials
        self.birthDate = birthDate
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.territory = territory
        self.stateVersion = stateVersion
    }

    /// The initials of a holder's given names and surname, upper-case letters only (`Adam Benali`
    /// gives `A.B.`; `Fatima-Zahra El Idrissi` with surname `El Idrissi` gives `F.Z.E.I.`).
    public static func initials(givenNames: String, surname: String) -> String {
        let words = (givenNames + " " + surname).split { $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }
        return words.compactMap { $0.first?.uppercased() }.map { $0 + "." }.joined()
    }

    /// The bytes signed: one line per field in a fixed order, a version first so that the format can
    /// change without an old code being read the new way.
    public var canonicalBytes: [UInt8] {
        let lines = ["dcem-verification-1", number, initials, birthDate.iso, validFrom.iso, validUntil.iso, territory.rawValue, String(stateVersion)]
        return Array(lines.joined(separator: "\n").utf8)
    }
}
