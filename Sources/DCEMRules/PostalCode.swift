import Foundation

/// French postal codes, read only to suggest the family's département (and so its préfecture,
/// CESEDA D. 414-4, `docs/law.md#prefecture-directory`) from the address it types.
///
/// Why only a suggestion: a postal code is La Poste's routing number, not the INSEE département
/// code. Its first digits give the département for almost every commune, but a few communes near
/// a border are served by a neighbouring département's office, so pages show the département
/// found here for the family to confirm, never decide on it alone.
public enum PostalCode {
    /// Postal codes whose communes lie in more than one département: a commune near a border
    /// served by a neighbouring département's post office keeps that office's code (La Poste's
    /// base officielle des codes postaux). The family then says which département it lives in,
    /// since the préfecture is the département's (CESEDA D. 414-4). Each list is in code order.
    static let sharedCodes: [String: [String]] = [
        "05110": ["04", "05"],  // Claret, Curbans, Melve, Thèze, Vaumeilh (04); La Saulce… (05)
        "05130": ["04", "05"],  // Piégut (04); Tallard… (05)
        "05160": ["04", "05"],  // Pontis (04); Savines-le-Lac… (05)
        "33220": ["24", "33"],  // Port-Sainte-Foy-et-Ponchapt (24); Sainte-Foy-la-Grande… (33)
    ]

    /// The départements a postal code may belong to, in code order: none for a code that is not
    /// a French département's, one almost always, several for a code shared across a border
    /// (then the family chooses).
    public static func departements(for code: String) -> [Departement] {
        guard let first = departement(for: code) else { return [] }
        let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let shared = sharedCodes[trimmed] else { return [first] }
        return shared.compactMap(Departement.init(code:))
    }

    /// The département a postal code points to, or nil.
    ///
    /// - The code must be exactly 5 ASCII digits once surrounding spaces are trimmed.
    ///   `75 001` (a space inside) is refused: postal codes are written without spaces, and
    ///   guessing which space to drop could read a mistyped code as a valid one; the form asks
    ///   again instead.
    /// - `97100`–`97699`: overseas, the département is the first three digits (971–974, 976).
    ///   `975xx` is Saint-Pierre-et-Miquelon, `97133` Saint-Barthélemy and `97150` Saint-Martin:
    ///   overseas collectivities with a 971 postal prefix but outside the Guadeloupe département
    ///   since 2007 and outside the 101 départements, so nil.
    /// - `20000`–`20199` is Corse-du-Sud (`2A`), `20200`–`20699` Haute-Corse (`2B`); other `20xxx`
    ///   do not exist, so nil.
    /// - `98xxx` (Monaco and the Pacific collectivities) and `00xxx` are not départements: nil.
    /// - Otherwise the first two digits, when they are one of the 101 département codes.
    public static func departement(for code: String) -> Departement? {
        let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.utf8.count == 5,
              trimmed.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let number = Int(trimmed) else { return nil }
        switch number {
        case 97133, 97150:
            return nil
        case 97100...97699:
            return Departement(code: String(number / 100))
        case 97000...99999, 0...999:
            return nil
        case 20000...20199:
            return Departement(code: "2A")
        case 20200...20699:
            return Departement(code: "2B")
        case 20700...20999:
            return nil
        default:
            return Departement(code: String(trimmed.prefix(2)))
        }
    }
}
