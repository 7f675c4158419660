import DCEMDossier
import DCEMRules
import Foundation

extension DossierSection {
    /// The section's name in the API's addresses and bodies.
    var apiName: String {
        switch self {
        case .child: "child"
        case .parents: "parents"
        case .applicant: "applicant"
        case .address: "address"
        case .situation: "situation"
        case .documents: "documents"
        case .photos: "photos"
        case .check: "check"
        }
    }

    /// The sections whose answers the API takes.
    static let apiAnswerable: [DossierSection] = [.child, .parents, .applicant, .address, .situation]

    init?(apiName: String) {
        guard let section = Self.apiAnswerable.first(where: { $0.apiName == apiName }) else { return nil }
        self = section
    }
}

/// Turns a section's JSON answers into the form its page submits, so `DossierSectionForms` checks
/// both alike, and names its errors back in the JSON's terms.
enum APIAnswers {
    static let members: [DossierSection: [String]] = [
        .child: ["surname", "givenNames", "sex", "birthPlace", "birthCountry", "nationality", "passportNumber", "passportExpires"],
        .applicant: ["phone", "surname", "givenNames", "organisation"],
        .address: ["line1", "line2", "postalCode", "city", "departement"],
    ]
    static let parentMembers = ["surname", "givenNames", "nationality", "birthDate"]
    /// Members holding an ISO day, split into the form's three inputs.
    static let dateMembers: [String: String] = ["passportExpires": "passportExpires", "birthDate": "birth"]

    struct Read {
        var form: FormFields
        /// Members the section does not have, by their API name.
        var unknown: [String]
    }

    /// The form of the child, parents, applicant or address section.
    static func form(_ section: DossierSection, _ object: [(key: String, value: JSONValue)], language: Language) throws(APIProblem) -> Read {
        var values: [String: String] = [:]
        var unknown: [String] = []
        func take(_ members: [(key: String, value: JSONValue)], allowed: [String], formPrefix: String, apiPrefix: String) throws(APIProblem) {
            for (key, value) in members {
                guard allowed.contains(key) else { unknown.append(apiPrefix + key); continue }
                let text = try APIBody.text(value, field: apiPrefix + key, language: language) ?? ""
                if let dateInput = dateMembers[key] {
                    let (day, month, year) = APIBody.dateInputs(text)
                    values["\(formPrefix)\(dateInput)-day"] = day
                    values["\(formPrefix)\(dateInput)-month"] = month
                    values["\(formPrefix)\(dateInput)-year"] = year
                } else {
                    values[formPrefix + key] = text
                }
            }
        }
        if section == .parents {
            for (key, _) in object where key != "parents" { unknown.append(key) }
            guard case .array(let parents)? = object.last(where: { $0.key == "parents" })?.value else {
                throw APIProblem.badRequest("parents", language.catalog.api.expected(language == .fr ? "un tableau d’un ou deux parents" : "an array of one or two parents"))
            }
            for (index, parent) in parents.enumerated() {
                guard case .object(let members) = parent else {
                    throw APIProblem.badRequest("parents[\(index)]", language.catalog.api.expected(language == .fr ? "un objet" : "an object"))
                }
                if index >= 2 { unknown.append("parents[\(index)]"); continue }
                try take(members.map { (key: $0.key, value: $0.value) }, allowed: parentMembers, formPrefix: "parent\(index + 1)-",
                         apiPrefix: "parents[\(index)].")
            }
            // The page asks "is there a second parent?"; here the array says it.
            values["second"] = parents.count == 1 ? "no" : parents.count == 2 ? "yes" : ""
        } else {
            try take(object, allowed: members[section] ?? [], formPrefix: "", apiPrefix: "")
        }
        return Read(form: FormFields(values: values), unknown: unknown)
    }

    /// The API name of a form field the section's checks name.
    static func apiName(_ fieldID: String, section: DossierSection) -> String {
        var name = fieldID
        for suffix in ["-day", "-month", "-year"] where name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        if section == .parents {
            if name == "second" { return "parents" }
            if name.hasPrefix("parent"), let dash = name.firstIndex(of: "-"), let n = Int(name[name.index(name.startIndex, offsetBy: 6)..<dash]) {
                let member = String(name[name.index(after: dash)...])
                return "parents[\(n - 1)].\(member == "birth" ? "birthDate" : member)"
            }
        }
        return name
    }
}
