/// A malformed eligibility request: HTTP 400 / exit status 2, naming the field at fault
/// (docs/eligibility.md#errors).
///
/// `field` is a path like `parents[1].residencePermit.kind`, `child.birthDate`,
/// `residence.departement`. For a body that is not JSON, or not a JSON object, the field is
/// `$` (the whole request).
public struct ContractError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path of the field at fault; `$` for the whole body.
    public let field: String
    public let problem: Problem

    public init(field: String, problem: Problem) {
        self.field = field
        self.problem = problem
    }

    /// The field path used for the whole body.
    public static let wholeBody = "$"

    public enum Problem: Hashable, Sendable {
        /// The body is not JSON.
        case notJSON(JSONSyntaxError)
        /// A required field is absent or null.
        case missing
        /// The value has the wrong JSON type; `expected` is e.g. "a string".
        case wrongType(expected: ExpectedType, found: String)
        /// Not a `YYYY-MM-DD` date that exists.
        case invalidDate(String)
        /// `child.birthDate` after `date`.
        case birthDateAfterDate(birthDate: CivilDate, date: CivilDate)
        case unknownCountry(String)
        /// `UK`, `EL`: not ISO 3166-1; `suggestion` is the code to use.
        case countryAlias(String, suggestion: String)
        /// Empty `nationalities` without `"stateless": true`.
        case noNationality
        case unknownDepartement(String)
        /// A value outside an enumeration.
        case unknownValue(String, allowed: [String])
        /// `parents` must hold one or two parents.
        case parentCount(Int)
        /// `applicant.parent` is not an index of `parents`.
        case parentIndexOutOfRange(String, count: Int)
    }

    public enum ExpectedType: String, Hashable, Sendable {
        case object, array, string, boolean, integer
    }

    public var message: String { message(in: .en) }
    public var description: String { "\(field): \(message)" }

    /// A message that says how to fix the request. English for the API and the CLI; French too.
    public func message(in language: Language) -> String {
        let fr = language == .fr
        switch problem {
        case .notJSON(let syntax):
            return fr
                ? "La requête n'est pas du JSON valide : \(syntax.message(in: .fr)). Envoyez un objet JSON comme l'exemple de la documentation."
                : "The request is not valid JSON: \(syntax.message(in: .en)). Send one JSON object like the example in the documentation."
        case .missing:
            let example = ContractError.example(for: field)
            return fr
                ? "Ce champ est obligatoire. Ajoutez-le\(example.map { ", par exemple \($0)" } ?? "")."
                : "This field is required. Add it\(example.map { ", for example \($0)" } ?? "")."
        case .wrongType(let expected, let found):
            let example = ContractError.example(for: field)
            let want: String
            switch (expected, fr) {
            case (.object, false): want = "a JSON object { … }"
            case (.object, true): want = "un objet JSON { … }"
            case (.array, false): want = "a JSON array [ … ]"
            case (.array, true): want = "un tableau JSON [ … ]"
            case (.string, false): want = "a string in double quotes"
            case (.string, true): want = "une chaîne entre guillemets"
            case (.boolean, false): want = "true or false"
            case (.boolean, true): want = "true ou false"
            case (.integer, false): want = "a whole number"
            case (.integer, true): want = "un nombre entier"
            }
            return fr
                ? "Mettez ici \(want) (reçu : \(found))\(example.map { ", par exemple \($0)" } ?? "")."
                : "Use \(want) here (got \(found))\(example.map { ", for example \($0)" } ?? "")."
        case .invalidDate(let value):
            return fr
                ? "« \(value) » n'est pas une date qui existe. Écrivez une date de la forme AAAA-MM-JJ qui existe, par exemple 2016-02-29."
                : "\"\(value)\" is not a date that exists. Use a date of the form YYYY-MM-DD that exists, for example 2016-02-29."
        case .birthDateAfterDate(let birth, let date):
            return fr
                ? "La date de naissance \(birth.iso) est après la date d'évaluation \(date.iso). Vérifiez child.birthDate et date."
                : "The birth date \(birth.iso) is after the evaluation date \(date.iso). Check child.birthDate and date."
        case .unknownCountry(let value):
            return fr
                ? "« \(value) » n'est pas un code pays. Utilisez un code ISO 3166-1 alpha-2 qui existe, par exemple MA, DZ ou FR (XK pour le Kosovo)."
                : "\"\(value)\" is not a country code. Use an ISO 3166-1 alpha-2 code that exists, for example MA, DZ or FR (XK for Kosovo)."
        case .countryAlias(let value, let suggestion):
            return fr
                ? "« \(value) » n'est pas un code ISO 3166-1 : utilisez \(suggestion)."
                : "\"\(value)\" is not an ISO 3166-1 code: use \(suggestion)."
        case .noNationality:
            return fr
                ? "Donnez au moins une nationalité, par exemple [\"MA\"], ou indiquez \"stateless\": true pour une personne apatride."
                : "Give at least one nationality, for example [\"MA\"], or set \"stateless\": true for a stateless person."
        case .unknownDepartement(let value):
            return fr
                ? "« \(value) » n'est pas un code de département. Utilisez un code INSEE : 01 à 19, 2A, 2B, 21 à 95, 971, 972, 973, 974 ou 976, entre guillemets (\"75\")."
                : "\"\(value)\" is not a département code. Use an INSEE code: 01 to 19, 2A, 2B, 21 to 95, 971, 972, 973, 974 or 976, as a string (\"75\")."
        case .unknownValue(let value, let allowed):
            let list = allowed.joined(separator: ", ")
            return fr
                ? "« \(value) » n'est pas une valeur possible. Utilisez l'une de : \(list)."
                : "\"\(value)\" is not an accepted value. Use one of: \(list)."
        case .parentCount(let n):
            return fr
                ? "Donnez un ou deux parents (reçu : \(n))."
                : "Give one or two parents (got \(n))."
        case .parentIndexOutOfRange(let value, let count):
            let range = count == 1 ? "0" : "0 or 1"
            let rangeFr = count == 1 ? "0" : "0 ou 1"
            return fr
                ? "\(value) ne désigne aucun parent : avec \(count) parent\(count > 1 ? "s" : ""), utilisez \(rangeFr) (0 pour le premier parent de la liste)."
                : "\(value) designates no parent: with \(count) parent\(count > 1 ? "s" : ""), use \(range) (0 for the first parent in the list)."
        }
    }

    /// An example for the field, from its last path component.
    static func example(for field: String) -> String? {
        var last = Substring(field)
        if let dot = field.lastIndex(of: ".") { last = field[field.index(after: dot)...] }
        if let bracket = last.firstIndex(of: "[") { last = last[..<bracket] }
        switch last {
        case "$": return nil
        case "date": return field == "date" ? "\"date\": \"2026-11-25\"" : "\"date\": \"2019-09-01\""
        case "residence": return "\"residence\": { \"departement\": \"75\" }"
        case "departement": return "\"departement\": \"75\""
        case "applicant": return "\"applicant\": { \"role\": \"parent\", \"parent\": 0 }"
        case "role": return "\"role\": \"parent\""
        case "parent": return "\"parent\": 0"
        case "child": return "\"child\": { \"birthDate\": \"2016-04-02\", \"nationalities\": [\"MA\"] }"
        case "birthDate": return "\"birthDate\": \"2016-04-02\""
        case "nationalities": return "\"nationalities\": [\"MA\"]"
        case "parents": return "\"parents\": [ { \"nationalities\": [\"MA\"] } ]"
        case "residencePermit": return "\"residencePermit\": { \"kind\": \"resident\", \"expires\": \"2031-05-01\" }"
        case "kind": return "\"kind\": \"temporary\""
        case "expires": return "\"expires\": \"2031-05-01\""
        case "renewalReceiptExpires": return "\"renewalReceiptExpires\": \"2027-03-01\""
        case "mention": return "\"mention\": \"etudiant\""
        case "entry": return "\"entry\": { \"date\": \"2019-09-01\", \"visa\": \"other\" }"
        case "visa": return "\"visa\": \"other\""
        case "regular", "bornInFrance", "residesInFrance", "holdsResidencePermit", "acquiredFrenchNationality", "stateless":
            return "\"\(last)\": true"
        case "protection": return "\"protection\": \"refugee\""
        case "aseCustodyDate": return "\"aseCustodyDate\": \"2020-06-15\""
        case "inFranceSince": return "\"inFranceSince\": \"2012-03-01\""
        case "stepParent": return "\"stepParent\": { \"nationalities\": [\"DE\"] }"
        default: return nil
        }
    }
}
