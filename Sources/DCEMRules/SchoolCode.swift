import Foundation

/// A school's identifier in the national directory of schools: its UAI code (unité administrative
/// immatriculée, formerly RNE), e.g. `0750654D` for the lycée Henri-IV in Paris
/// (docs/law.md#rule-12, the school's account).
///
/// Seven digits and a letter. The first three digits are the département (`075` for Paris, `620` and
/// `720` for Corse-du-Sud and Haute-Corse, `971`–`976` overseas); the letter is a check key: the
/// seven digits read as a number, modulo 23, give a position in the 23-letter alphabet without I, O
/// and Q (`ABCDEFGHJKLMNPRSTUVWXYZ`). Checked against codes of the directory (SchoolCodeTests).
public struct SchoolCode: Hashable, Sendable, CustomStringConvertible {
    /// Eight characters, the letter in upper case.
    public let value: String
    /// The département the code belongs to: the préfecture that approves the school's account.
    public let departement: Departement

    /// Why a text is not a UAI code.
    public enum Problem: String, Error, CaseIterable, Sendable {
        /// Not seven digits and a letter.
        case shape
        /// The letter is not the one the seven digits give (a digit mistyped or swapped).
        case checkKey = "check-key"
        /// The first three digits name no département.
        case unknownDepartement = "unknown-departement"
    }

    /// The 23 key letters, in order: no I, O or Q.
    static let keyAlphabet = Array("ABCDEFGHJKLMNPRSTUVWXYZ")

    /// Reads a code typed by a person: spaces around it are ignored, the letter may be in lower case.
    public static func parse(_ text: String) -> Result<SchoolCode, Problem> {
        let chars = Array(text.trimmingCharacters(in: .whitespaces).uppercased())
        guard chars.count == 8, chars[0..<7].allSatisfy({ $0.isASCII && $0.isNumber }),
              let key = chars.last, key.isASCII, key.isLetter else { return .failure(.shape) }
        let number = Int(String(chars[0..<7]))!
        guard key == keyAlphabet[number % 23] else { return .failure(.checkKey) }
        let prefix = String(chars[0..<3])
        let departementCode: String
        switch prefix {
        case "620": departementCode = "2A"
        case "720": departementCode = "2B"
        default: departementCode = prefix.hasPrefix("0") ? String(prefix.dropFirst()) : prefix
        }
        guard let departement = Departement(code: departementCode) else { return .failure(.unknownDepartement) }
        return .success(SchoolCode(value: String(chars), departement: departement))
    }

    /// The key letter for seven digits (tests and the demo's codes).
    public static func key(for digits: String) -> Character? {
        guard digits.count == 7, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits) else { return nil }
        return keyAlphabet[n % 23]
    }

    public var description: String { value }
}

extension SchoolCode.Problem: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.shape, .fr): return "Le code UAI a 7 chiffres suivis d'une lettre, par exemple 0750654D."
        case (.shape, .en): return "A UAI code is 7 digits followed by a letter, for example 0750654D."
        case (.checkKey, .fr): return "Ce code UAI n'existe pas : la lettre ne correspond pas aux chiffres. Vérifiez-le sur un courrier de l'établissement."
        case (.checkKey, .en): return "This UAI code does not exist: the letter does not match the digits. Check it on a letter from the school."
        case (.unknownDepartement, .fr): return "Les trois premiers chiffres du code UAI ne désignent aucun département."
        case (.unknownDepartement, .en): return "The first three digits of the UAI code name no département."
        }
    }
}
