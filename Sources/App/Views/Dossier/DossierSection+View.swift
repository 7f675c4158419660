import DCEMDossier
import DCEMRules
import Foundation
import TypedHTML

/// The child, parents, applicant and address pages: one tightly related group of fields each.
enum DossierSectionView {

    static func render(_ page: PageContext, _ model: DossierSectionModel, csrf: String) -> RenderedHTML {
        let t = page.text.dossier
        let values = model.values
        let action = SiteURL.dossierSection(model.id, model.section).path + (model.returnToCheck ? Forms.returnToCheckQuery : "")
        let title = t.sectionTitle(model.section)
        return Layout(page: page, title: title, hasErrors: !model.errors.isEmpty,
                      backLink: model.returnToCheck ? SiteURL.dossierSection(model.id, .check).path : SiteURL.dossier(model.id).path).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: title)
            main.element(.form, .method(.post), .action(action), .novalidate()) { form in
                form.csrf(csrf)
                func input(_ name: String, _ label: String, hint: String? = nil, autocomplete: String? = nil, inputMode: InputMode? = nil,
                           width: String? = nil) {
                    form.input(name: name, label: label, hint: hint, value: values[name] ?? "", autocomplete: autocomplete, inputMode: inputMode,
                               width: width, error: model.error(name))
                }
                func date(_ name: String, _ label: String, hint: String? = nil) {
                    form.dateGroup(name: name, legend: label, hint: hint, labels: (t.day, t.month, t.year),
                                   value: (values["\(name)-day"] ?? "", values["\(name)-month"] ?? "", values["\(name)-year"] ?? ""),
                                   error: model.error("\(name)-day"))
                }
                switch model.section {
                case .child:
                    input("surname", t.surname, autocomplete: "off")
                    input("givenNames", t.givenNames, autocomplete: "off")
                    form.radioGroup(name: "sex", legend: t.sex, choices: [Choice(value: "F", label: t.female), Choice(value: "M", label: t.male)],
                                    selected: values["sex"], error: model.error("sex"))
                    input("birthPlace", t.birthPlace)
                    input("birthCountry", t.birthCountry)
                    input("nationality", t.nationality, hint: t.nationalityHint)
                    input("passportNumber", t.passportNumber, hint: t.passportNumberHint, autocomplete: "off")
                    date("passportExpires", t.passportExpires, hint: t.passportExpiresHint)
                case .parents:
                    for n in 1...2 {
                        let p = "parent\(n)"
                        // One group per parent, named by its legend: a screen reader says which parent's
                        // "Nom de famille" this is.
                        form.element(.fieldset, .class("section")) { group in
                            group.element(.legend) { $0.element(.h2, text: t.parentHeading(n)) }
                            if n == 2 {
                                group.radioGroup(name: "second", legend: t.secondParentQuestion, hint: t.secondParentHint,
                                                 choices: [Choice(value: "yes", label: t.yes), Choice(value: "no", label: t.no)],
                                                 selected: values["second"], error: model.error("second"))
                            }
                            for (suffix, label) in [("surname", t.surname), ("givenNames", t.givenNames), ("nationality", t.nationality)] {
                                group.input(name: "\(p)-\(suffix)", label: label, value: values["\(p)-\(suffix)"] ?? "", error: model.error("\(p)-\(suffix)"))
                            }
                            group.dateGroup(name: "\(p)-birth", legend: t.parentBirthDate, hint: nil, labels: (t.day, t.month, t.year),
                                            value: (values["\(p)-birth-day"] ?? "", values["\(p)-birth-month"] ?? "", values["\(p)-birth-year"] ?? ""),
                                            error: model.error("\(p)-birth-day"))
                        }
                    }
                case .applicant:
                    form.element(.p, text: t.applicantLead(model.applicant.role.label(in: page.language)))
                    input("phone", t.phone, hint: t.phoneHint, autocomplete: "tel", inputMode: .tel)
                    if model.applicant != .parent {
                        input("surname", t.surname, autocomplete: "family-name")
                        input("givenNames", t.givenNames, autocomplete: "given-name")
                    }
                    if model.applicant == .legalPersonRepresentative { input("organisation", t.organisation, autocomplete: "organization") }
                case .address:
                    form.element(.p, .class("hint"), text: t.addressHint)
                    input("line1", t.line1, autocomplete: "address-line1")
                    input("line2", t.line2, autocomplete: "address-line2")
                    input("postalCode", t.postalCode, autocomplete: "postal-code", inputMode: .numeric, width: "5")
                    input("city", t.city, autocomplete: "address-level2")
                    // Only where the postal code serves several départements (or the choice sent was
                    // refused): the radios come back with the page, no script needed.
                    let candidates = model.departements
                    if candidates.count > 1 || (model.error("departement") != nil && !candidates.isEmpty) {
                        form.radioGroup(name: "departement", legend: t.departementQuestion, hint: t.departementHint(values["postalCode"] ?? ""),
                                        choices: candidates.map { Choice(value: $0.code, label: t.departementChoice($0)) },
                                        selected: values["departement"], error: model.error("departement"))
                    }
                default:
                    break
                }
                form.submitOrSaveLater(t.saveContinue, later: t.saveLater)
            }
        }
    }
}
