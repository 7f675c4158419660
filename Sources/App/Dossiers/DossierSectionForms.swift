import DCEMDossier
import DCEMRules

/// The fields of the child, parents, applicant and address sections: what a form shows from
/// saved answers, and how a submitted form is checked and saved. Pure, so it is tested alone.
enum DossierSectionForms {
    /// The form values a section shows for saved answers.
    static func values(_ section: DossierSection, answers: DossierAnswers) -> [String: String] {
        var v: [String: String] = [:]
        func date(_ prefix: String, _ answer: DateAnswer?) {
            v["\(prefix)-day"] = answer?.day ?? ""
            v["\(prefix)-month"] = answer?.month ?? ""
            v["\(prefix)-year"] = answer?.year ?? ""
        }
        switch section {
        case .child:
            guard let c = answers.child else { break }
            v = ["surname": c.surname, "givenNames": c.givenNames, "sex": c.sex, "birthPlace": c.birthPlace, "birthCountry": c.birthCountry,
                 "nationality": c.nationality, "passportNumber": c.passportNumber]
            date("passportExpires", c.passportExpires)
        case .parents:
            for (index, parent) in answers.parents.enumerated() {
                let p = "parent\(index + 1)"
                v["\(p)-surname"] = parent.surname
                v["\(p)-givenNames"] = parent.givenNames
                v["\(p)-nationality"] = parent.nationality
                date("\(p)-birth", parent.birthDate)
            }
            if !answers.parents.isEmpty { v["second"] = answers.parents.count > 1 ? "yes" : "no" }
        case .applicant:
            guard let a = answers.applicant else { break }
            v = ["phone": a.phone, "surname": a.surname, "givenNames": a.givenNames, "organisation": a.organisation]
        case .address:
            guard let a = answers.address else { break }
            v = ["line1": a.line1, "line2": a.line2, "postalCode": a.postalCode, "city": a.city, "departement": a.departement]
        default:
            break
        }
        return v
    }

    /// The names of a section's fields, as its form writes them.
    static func fieldNames(_ section: DossierSection) -> [String] {
        func date(_ prefix: String) -> [String] { ["\(prefix)-day", "\(prefix)-month", "\(prefix)-year"] }
        switch section {
        case .child:
            return ["surname", "givenNames", "sex", "birthPlace", "birthCountry", "nationality", "passportNumber"] + date("passportExpires")
        case .parents:
            return ["second"] + [1, 2].flatMap { n in ["parent\(n)-surname", "parent\(n)-givenNames", "parent\(n)-nationality"] + date("parent\(n)-birth") }
        case .applicant:
            return ["phone", "surname", "givenNames", "organisation"]
        case .address:
            return ["line1", "line2", "postalCode", "city", "departement"]
        default:
            return []
        }
    }

    /// "Save and come back later": the section's values as typed, unchecked, to show again; only the
    /// section's own fields, each as long as a complete save would keep it.
    static func unfinished(_ section: DossierSection, form: FormFields) -> [String: String] {
        var values: [String: String] = [:]
        for name in fieldNames(section) {
            guard let value = form[name], !value.isEmpty else { continue }
            values[name] = String(value.prefix(200))
        }
        return values
    }

    /// Checks `form` and, when it is complete, stores it in `answers`. Returns the errors, in the
    /// order of the fields (nothing is stored when there is one).
    /// The longest line kept: longer is refused, naming the field, never cut silently (a name of
    /// thousands of characters would also push the pages sideways).
    static let longestLine = 200
    static let longestName = 100

    /// `today`: a birth date after it is refused (docs/pages.md#validation).
    static func apply(_ section: DossierSection, form: FormFields, to answers: inout DossierAnswers, text t: DossierText,
                      today: CivilDate) -> [FieldError] {
        var errors: [FieldError] = []
        /// One line of text, without control or invisible characters (`TextInput`).
        func line(_ name: String, _ label: String) -> String {
            let value = form.trimmed(name) ?? ""
            guard TextInput.isAccepted(value, .singleLine) else {
                errors.append(FieldError(fieldID: name, message: t.controlCharacters(label)))
                return ""
            }
            let limit = name.hasSuffix("urname") || name.hasSuffix("ivenNames") ? longestName : longestLine
            guard value.count <= limit else {
                errors.append(FieldError(fieldID: name, message: t.fieldTooLong(label, limit)))
                return ""
            }
            return value
        }
        func required(_ name: String, _ label: String) -> String {
            if (form.trimmed(name) ?? "").isEmpty {
                errors.append(FieldError(fieldID: name, message: t.missing(label)))
                return ""
            }
            return line(name, label)
        }
        func optional(_ name: String, _ label: String) -> String { line(name, label) }
        /// An optional date: nil when all three inputs are empty, an error when they do not name a day.
        func optionalDate(_ prefix: String, _ label: String) -> DateAnswer? {
            let answer = DateAnswer(day: form.trimmed("\(prefix)-day") ?? "", month: form.trimmed("\(prefix)-month") ?? "",
                                    year: form.trimmed("\(prefix)-year") ?? "")
            if answer.day.isEmpty && answer.month.isEmpty && answer.year.isEmpty { return nil }
            if answer.civil == nil { errors.append(FieldError(fieldID: "\(prefix)-day", message: t.dateInvalid(label))) }
            return answer
        }
        /// An optional date that cannot be after today (a birth date).
        func pastDate(_ prefix: String, _ label: String) -> DateAnswer? {
            let answer = optionalDate(prefix, label)
            if let day = answer?.civil, day > today { errors.append(FieldError(fieldID: "\(prefix)-day", message: t.dateInFuture(label))) }
            return answer
        }

        switch section {
        case .child:
            let child = ChildIdentity(
                surname: required("surname", t.surname), givenNames: required("givenNames", t.givenNames),
                sex: { let s = form["sex"] ?? ""; if s != "F" && s != "M" { errors.append(FieldError(fieldID: "sex", message: t.missing(t.sex))) }; return s }(),
                birthPlace: required("birthPlace", t.birthPlace), birthCountry: required("birthCountry", t.birthCountry),
                nationality: required("nationality", t.nationality), passportNumber: optional("passportNumber", t.passportNumber),
                passportExpires: optionalDate("passportExpires", t.passportExpires))
            if errors.isEmpty { answers.child = child }
        case .parents:
            func parent(_ n: Int) -> ParentIdentity {
                let p = "parent\(n)"
                return ParentIdentity(surname: required("\(p)-surname", "\(t.parentHeading(n)) – \(t.surname)"),
                                      givenNames: required("\(p)-givenNames", "\(t.parentHeading(n)) – \(t.givenNames)"),
                                      birthDate: pastDate("\(p)-birth", "\(t.parentHeading(n)) – \(t.parentBirthDate)"),
                                      nationality: required("\(p)-nationality", "\(t.parentHeading(n)) – \(t.nationality)"))
            }
            var parents = [parent(1)]
            switch form["second"] {
            case "yes": parents.append(parent(2))
            case "no": break
            default: errors.append(FieldError(fieldID: "second", message: t.missing(t.secondParentQuestion)))
            }
            if errors.isEmpty { answers.parents = parents }
        case .applicant:
            let role = answers.situation.applicant ?? .parent
            let phone = required("phone", t.phone)
            let digits = phone.filter { $0.isASCIIDigit }
            if !phone.isEmpty, !(8...15).contains(digits.count) || phone.contains(where: { !$0.isASCIIDigit && !" .-+()".contains($0) }) {
                errors.append(FieldError(fieldID: "phone", message: t.phoneInvalid))
            }
            let named = role != .parent
            let details = ApplicantDetails(phone: phone, surname: named ? required("surname", t.surname) : "",
                                           givenNames: named ? required("givenNames", t.givenNames) : "",
                                           organisation: role == .legalPersonRepresentative ? required("organisation", t.organisation) : "")
            if errors.isEmpty { answers.applicant = details }
        case .address:
            let line1 = required("line1", t.line1)
            let line2 = optional("line2", t.line2)
            let postal = required("postalCode", t.postalCode)
            let candidates = PostalCode.departements(for: postal)
            if !postal.isEmpty, candidates.isEmpty { errors.append(FieldError(fieldID: "postalCode", message: t.postalCodeInvalid)) }
            let city = required("city", t.city)
            // The département decides the préfecture: the family chooses it when the postal code
            // serves several; a choice sent must be one of the postal code's.
            var departement: Departement? = candidates.count == 1 ? candidates[0] : nil
            let chosen = form.trimmed("departement") ?? ""
            if !candidates.isEmpty {
                if !chosen.isEmpty {
                    departement = candidates.first { $0.code == chosen.uppercased() }
                    if departement == nil {
                        errors.append(FieldError(fieldID: "departement", message: t.departementNotForPostalCode(postal, candidates.map(\.code))))
                    }
                } else if candidates.count > 1 {
                    errors.append(FieldError(fieldID: "departement", message: t.departementMissing(postal)))
                }
            }
            if errors.isEmpty, let departement {
                answers.address = PostalAddress(line1: line1, line2: line2, postalCode: postal, city: city, departement: departement.code)
            }
        default:
            break
        }
        return errors
    }
}
