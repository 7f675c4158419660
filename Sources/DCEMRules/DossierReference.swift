import Foundation

/// The reference of an application, `DCEM-<département>-<year>-<serial>`, e.g.
/// `DCEM-75-2026-000123`, `DCEM-2A-2026-000001`, `DCEM-971-2026-000042`.
///
/// Why this shape: the family quotes it on the phone, at the counter and in mail, and it is
/// printed on every record (docs/pages.md#print: the case's reference on each page). The
/// département says at a glance which préfecture is competent
/// (docs/law.md#prefecture-directory), the year the filing year, and a 6-digit serial,
/// counted per département and year, keeps it short and of fixed width. The serial is
/// allocated by the database layer; this type only formats and reads it.
public struct DossierReference: Hashable, Sendable, CustomStringConvertible, LosslessStringConvertible {
    public let departement: Departement
    /// The filing year, 4 digits.
    public let year: Int
    /// 1…999999, printed on 6 digits.
    public let serial: Int

    public static let prefix = "DCEM"
    public static let serials = 1...999_999
    /// Years that print on exactly 4 digits.
    public static let years = 1000...9999

    /// nil when the year or the serial does not fit the format (the caller allocating serials
    /// learns it rather than printing a reference that cannot be read back).
    public init?(departement: Departement, year: Int, serial: Int) {
        guard DossierReference.years.contains(year), DossierReference.serials.contains(serial) else { return nil }
        self.departement = departement
        self.year = year
        self.serial = serial
    }

    /// Reads a reference back, case-insensitively and ignoring surrounding spaces
    /// (`dcem-2a-2026-000001` = `DCEM-2A-2026-000001`). nil for an unknown département code,
    /// a year that is not 4 digits, or a serial that is not 6 digits in 1…999999.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].uppercased() == DossierReference.prefix,
              let departement = Departement(code: String(parts[1])),
              let year = DossierReference.digits(parts[2], count: 4),
              let serial = DossierReference.digits(parts[3], count: 6) else { return nil }
        self.init(departement: departement, year: year, serial: serial)
    }

    /// `DCEM-75-2026-000123`.
    public var description: String {
        let digits = String(serial)
        return "\(DossierReference.prefix)-\(departement.code)-\(year)-\(String(repeating: "0", count: 6 - digits.count))\(digits)"
    }

    /// The value of exactly `count` ASCII digits.
    private static func digits(_ text: Substring, count: Int) -> Int? {
        guard text.utf8.count == count else { return nil }
        var value = 0
        for byte in text.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

extension DossierReference: Comparable {
    /// By département, then year, then serial: the order of a préfecture's register.
    public static func < (lhs: DossierReference, rhs: DossierReference) -> Bool {
        (lhs.departement, lhs.year, lhs.serial) < (rhs.departement, rhs.year, rhs.serial)
    }
}

extension DossierReference: Codable {
    /// Encoded as its text, `"DCEM-75-2026-000123"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let reference = DossierReference(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a DCEM reference: \(text)")
        }
        self = reference
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
