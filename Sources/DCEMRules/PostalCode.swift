import Foundation

/// French postal codes, read only to suggest the family's département (and so its préfecture,
/// rules.md, "The préfecture directory") from the address it types.
///
/// Why only a suggestion: a postal code is La Poste's routing number, not the INSEE département
/// code. Its first digits give the département for almost every commune, but a few communes near
/// a border are served by a neighbouring département's office, so pages show the département
/// found here for the family to confirm, never decide on it alone.
public enum PostalCode {
    /// The département a postal code points to, or nil.
    ///
    /// - The code must be exactly 5 ASCII digits once surrounding spaces are trimmed.
    ///   `75 001` (a space inside) is refused: postal codes are written without spaces, and
    ///   guessing which space to drop could read a mistyped code as a valid one; the form asks
    ///   again instead.
    /// - `97100`–`97699`: overseas, the département is the first three digits (971–974, 976).
    ///   `975xx` is Saint-Pierre-et-Miquelon, `97133` Saint-Barthélemy and `97150` Saint-Martin:
    ///   overseas collectivities with a 971 postal prefix but outside the Guadeloupe département
    ///   since 2007 and outside the 101 départements of rules.md, so nil.
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
