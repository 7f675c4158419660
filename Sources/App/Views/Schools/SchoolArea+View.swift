import TypedHTML

enum SchoolAreaView {
    static func render(_ page: PageContext, _ model: SchoolAreaModel, trips: SchoolTripsModel, csrf: String) -> RenderedHTML {
        let k = page.text.school
        return Layout(page: page, title: k.areaTitle, hasErrors: !model.errors.isEmpty).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.notice(model.notice)
            main.element(.h1, text: k.areaTitle)
            main.element(.p, .class("lead"), text: k.areaLead)
            if !model.claims.isEmpty {
                main.element(.h2, text: k.claimsTitle)
                main.element(.ul, .class("cards")) { list in
                    for claim in model.claims {
                        list.element(.li, .class("card")) { item in
                            item.element(.h3, .class("card__title"), text: "\(claim.school) (\(claim.uai))")
                            item.element(.p) { $0.tag(claim.stateLabel, claim.state) }
                            item.element(.p, text: claim.line)
                        }
                    }
                }
            }
            if !trips.starts.isEmpty || !trips.trips.isEmpty {
                let t = page.text.trip
                main.element(.h2, text: t.tripsTitle)
                if trips.trips.isEmpty { main.element(.p, text: t.noTrips) }
                main.element(.ul, .class("cards")) { list in
                    for trip in trips.trips {
                        list.element(.li, .class("card")) { item in
                            item.element(.h3, .class("card__title")) { $0.element(.a, .href(trip.href), text: trip.title) }
                            item.element(.p) { $0.tag(trip.stateLabel, trip.state) }
                            item.element(.p, text: trip.line)
                        }
                    }
                }
                for start in trips.starts {
                    main.element(.form, .method(.post), .action(SiteURL.schoolTrips.path), .class("inline-form")) { form in
                        form.csrf(csrf)
                        form.void(.input, .type(.hidden), .name("school"), .value(start.schoolID.uuidString.lowercased()))
                        form.submit(start.label)
                    }
                }
            }
            let form: (inout HTMLWriter) -> Void = { section in
                section.element(.p, text: k.registerLead)
                section.element(.form, .method(.post), .action(SiteURL.schoolArea.path), .novalidate()) { form in
                    form.csrf(csrf)
                    form.input(name: "uai", label: k.uaiLabel, hint: k.uaiHint, value: model.values["uai"] ?? "", width: "10", error: model.error("uai"))
                    form.input(name: "school", label: k.schoolNameLabel, hint: k.schoolNameHint, value: model.values["school"] ?? "",
                               autocomplete: "organization", error: model.error("school"))
                    form.input(name: "head", label: k.headNameLabel, hint: k.headNameHint, value: model.values["head"] ?? "", autocomplete: "name",
                               error: model.error("head"))
                    form.checkboxes(prefix: "confirm", legend: k.confirmLegend, choices: [Choice(value: "yes", label: k.confirmLabel)],
                                    checked: model.values["confirm-yes"] == "on" ? ["yes"] : [], error: model.error("confirm-yes"))
                    form.submit(k.registerButton)
                }
            }
            if model.claims.isEmpty {
                main.element(.h2, text: k.registerTitle)
                form(&main)
            } else {
                main.element(.details, .class("disclosure"), .open(!model.errors.isEmpty)) { details in
                    details.element(.summary, text: k.registerAnother)
                    form(&details)
                }
            }
        }
    }
}
