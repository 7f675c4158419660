import DCEMDossier
import DCEMRules
import Plot
import TypedHTML

/// The child, parents, applicant and address pages: one tightly related group of fields each.
enum DossierSectionView {
    static func render(_ page: PageContext, section: DossierSection, dossier: Dossier, values: [String: String], errors: [FieldError],
                       returnToCheck: Bool, csrf: String) -> String {
        let t = page.text.dossier
        let id = dossier.id!
        func error(_ name: String) -> FieldError? { errors.first { $0.fieldID == name } }
        func input(_ name: String, _ label: String, hint: String? = nil, autocomplete: String? = nil, inputMode: InputMode? = nil, width: String? = nil) -> BodyNode {
            Forms.input(name: name, label: label, hint: hint, value: values[name] ?? "", autocomplete: autocomplete, inputMode: inputMode,
                        width: width, error: error(name))
        }
        func date(_ name: String, _ label: String, hint: String? = nil) -> BodyNode {
            Forms.dateGroup(name: name, legend: label, hint: hint, labels: (t.day, t.month, t.year),
                            value: (values["\(name)-day"] ?? "", values["\(name)-month"] ?? "", values["\(name)-year"] ?? ""),
                            error: error("\(name)-day"))
        }
        var fields: [BodyNode] = []
        switch section {
        case .child:
            fields = [
                input("surname", t.surname, autocomplete: "off"), input("givenNames", t.givenNames, autocomplete: "off"),
                Forms.radioGroup(name: "sex", legend: t.sex, choices: [Choice(value: "F", label: t.female), Choice(value: "M", label: t.male)],
                                 selected: values["sex"], error: error("sex")),
                input("birthPlace", t.birthPlace), input("birthCountry", t.birthCountry),
                input("nationality", t.nationality, hint: t.nationalityHint),
                input("passportNumber", t.passportNumber, hint: t.passportNumberHint, autocomplete: "off"),
                date("passportExpires", t.passportExpires, hint: t.passportExpiresHint),
            ]
        case .parents:
            for n in 1...2 {
                let p = "parent\(n)"
                var group: [BodyNode] = [element("h2", [], [.plainText(t.parentHeading(n))])]
                if n == 2 {
                    group.append(Forms.radioGroup(name: "second", legend: t.secondParentQuestion, hint: t.secondParentHint,
                                                  choices: [Choice(value: "yes", label: t.yes), Choice(value: "no", label: t.no)],
                                                  selected: values["second"], error: error("second")))
                }
                group += [input("\(p)-surname", t.surname), input("\(p)-givenNames", t.givenNames), input("\(p)-nationality", t.nationality),
                          date("\(p)-birth", t.parentBirthDate)]
                fields.append(element("section", [("class", "section")], group))
            }
        case .applicant:
            let role = dossier.decodedAnswers().situation.applicant ?? .parent
            fields = [element("p", [], [.plainText(t.applicantLead(role.role.label(in: page.language)))]),
                      input("phone", t.phone, hint: t.phoneHint, autocomplete: "tel", inputMode: .tel)]
            if role != .parent {
                fields += [input("surname", t.surname, autocomplete: "family-name"), input("givenNames", t.givenNames, autocomplete: "given-name")]
            }
            if role == .legalPersonRepresentative { fields.append(input("organisation", t.organisation, autocomplete: "organization")) }
        case .address:
            fields = [
                element("p", [("class", "hint")], [.plainText(t.addressHint)]),
                input("line1", t.line1, autocomplete: "address-line1"), input("line2", t.line2, autocomplete: "address-line2"),
                input("postalCode", t.postalCode, autocomplete: "postal-code", inputMode: .numeric, width: "5"),
                input("city", t.city, autocomplete: "address-level2"),
            ]
            // Only where the postal code serves several départements (or the choice sent was
            // refused): the radios come back with the page, no script needed.
            let postal = values["postalCode"] ?? ""
            let candidates = PostalCode.departements(for: postal)
            if candidates.count > 1 || (error("departement") != nil && !candidates.isEmpty) {
                fields.append(Forms.radioGroup(name: "departement", legend: t.departementQuestion, hint: t.departementHint(postal),
                                               choices: candidates.map { Choice(value: $0.code, label: t.departementChoice($0)) },
                                               selected: values["departement"], error: error("departement")))
            }
        default:
            break
        }
        let action = SiteURL.dossierSection(id, section).path + (returnToCheck ? "?retour=verifier" : "")
        let title = t.sectionTitle(section)
        return Layout(page: page, title: title, hasErrors: !errors.isEmpty,
                      backLink: returnToCheck ? SiteURL.dossierSection(id, .check).path : SiteURL.dossier(id).path).render([
            Forms.errorSummary(errors, title: page.text.layout.errorSummaryTitle),
            element("h1", [], [.plainText(title)]),
            element("form", [("method", "post"), ("action", action), ("novalidate", "")], [Forms.csrf(csrf)] + fields + [Forms.submit(t.saveContinue)]),
            TaskListView.saveLaterLink(page, dossier),
        ])
    }
}
