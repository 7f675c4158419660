import DCEMRules
import TypedHTML

/// A school trip's page (docs/pages.md#school-trips).
enum SchoolTripView {
    static func render(_ page: PageContext, _ model: SchoolTripModel, csrf: String) -> RenderedHTML {
        let t = page.text.trip, labels = (day: page.text.dossier.day, month: page.text.dossier.month, year: page.text.dossier.year)
        return Layout(page: page, title: model.title, hasErrors: !model.errors.isEmpty || !model.refusals.isEmpty || !model.importErrors.isEmpty,
                      backLink: SiteURL.schoolArea.path).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            if !model.refusals.isEmpty {
                main.element(.div, .class("error-summary"), .role("alert")) { box in
                    box.element(.h2, text: t.refusedTitle)
                    box.list(model.refusals)
                }
            }
            main.notice(model.notice)
            main.element(.h1, text: model.title)
            main.element(.p) { $0.tag(model.stateLabel, model.state) }
            if let reference = model.reference {
                main.element(.p, .class("lead"), text: reference)
                if let follow = model.follow { self.follow(&main, page, follow, csrf: csrf) } else { main.element(.p, text: t.filedLead) }
            } else {
                main.element(.p, .class("lead"), text: t.draftLead)
            }
            if let last = model.lastFilingDay { main.element(.div, .class("panel")) { $0.element(.p, text: last) } }
            if !model.summary.isEmpty {
                main.element(.p) { $0.element(.a, .href(SiteURL.schoolTripAttestation(model.id).path), text: t.attestationLink) }
            }

            main.element(.h2, text: t.detailsTitle)
            if !model.summary.isEmpty { main.summaryList(model.summary, change: "") }
            if model.isDraft {
                // Saved once, the long form folds under the summary: a phone shows the pupils sooner.
                let folded = !model.summary.isEmpty && !model.errors.contains { !$0.fieldID.hasPrefix("pupil-") && $0.fieldID != "csv-file" }
                main.element(.details, .class("disclosure"), .open(!folded)) { details in
                details.element(.summary, text: t.editTrip)
                details.element(.form, .method(.post), .action(SiteURL.schoolTripDetails(model.id).path), .novalidate()) { form in
                    form.csrf(csrf)
                    form.void(.input, .type(.hidden), .name("version"), .value(String(model.version)))
                    form.checkboxes(prefix: "destination", legend: t.destinationsLegend, choices: model.destinationChoices,
                                    checked: Set(model.destinationChoices.map(\.value).filter { model.values["destination-\($0)"] == "on" }),
                                    error: model.error("destination-\(model.destinationChoices.first?.value ?? "")"))
                    form.element(.p, .class("hint"), text: t.destinationsHint)
                    for (name, legend) in [("departure", t.departureLegend), ("return", t.returnLegend)] {
                        form.dateGroup(name: name, legend: legend, hint: t.datesHint, labels: labels,
                                       value: (model.values["\(name)-day"] ?? "", model.values["\(name)-month"] ?? "", model.values["\(name)-year"] ?? ""),
                                       error: model.error("\(name)-day"))
                    }
                    form.input(name: "place", label: t.placeLabel, hint: t.placeHint, value: model.values["place"] ?? "", error: model.error("place"))
                    form.input(name: "teacher", label: t.teacherLabel, hint: t.teacherHint, value: model.values["teacher"] ?? "", autocomplete: "off",
                               error: model.error("teacher"))
                    form.checkboxes(prefix: "teacher-of-school", legend: t.teacherOfSchoolLegend, choices: [Choice(value: "yes", label: t.teacherOfSchoolLabel)],
                                    checked: model.values["teacher-of-school-yes"] == "on" ? ["yes"] : [], error: model.error("teacher-of-school-yes"))
                    form.textarea(name: "adults", label: t.adultsLabel, hint: t.adultsHint, value: model.values["adults"] ?? "", rows: 3, error: model.error("adults"))
                    form.submit(t.saveButton)
                }
                }
            }

            main.element(.h2, text: t.pupilsTitle)
            main.element(.p, text: t.pupilsLead)
            if model.kept.isEmpty && model.excluded.isEmpty { main.element(.p, text: t.noPupils) }
            if !model.kept.isEmpty {
                main.element(.h3, text: t.keptTitle(model.kept.count))
                pupils(&main, model.kept, model, csrf: csrf, remove: t.removeButton)
            }
            if !model.excluded.isEmpty {
                main.element(.h3, text: t.excludedTitle(model.excluded.count))
                pupils(&main, model.excluded, model, csrf: csrf, remove: t.removeButton)
            }
            if model.isDraft {
                main.element(.details, .class("disclosure"), .open(model.errors.contains { $0.fieldID.hasPrefix("pupil-") })) { details in
                    details.element(.summary, text: t.addTitle)
                    details.element(.form, .method(.post), .action(SiteURL.schoolTripPupils(model.id).path), .novalidate()) { form in
                        form.csrf(csrf)
                        form.input(name: "pupil-surname", label: t.surnameLabel, value: model.values["pupil-surname"] ?? "", autocomplete: "off",
                                   error: model.error("pupil-surname"))
                        form.input(name: "pupil-given", label: t.givenNamesLabel, value: model.values["pupil-given"] ?? "", autocomplete: "off",
                                   error: model.error("pupil-given"))
                        form.dateGroup(name: "pupil-birth", legend: t.birthLegend, hint: t.datesHint, labels: labels,
                                       value: (model.values["pupil-birth-day"] ?? "", model.values["pupil-birth-month"] ?? "", model.values["pupil-birth-year"] ?? ""),
                                       error: model.error("pupil-birth-day"))
                        form.input(name: "pupil-place", label: t.birthPlaceLabel, value: model.values["pupil-place"] ?? "", autocomplete: "off",
                                   error: model.error("pupil-place"))
                        form.input(name: "pupil-nationality", label: t.nationalityLabel, hint: t.nationalityHint, value: model.values["pupil-nationality"] ?? "",
                                   autocomplete: "off", error: model.error("pupil-nationality"))
                        form.checkboxes(prefix: "pupil-dcem", legend: t.holdsDCEMLegend, choices: [Choice(value: "yes", label: t.holdsDCEMLabel)],
                                        checked: model.values["pupil-dcem-yes"] == "on" ? ["yes"] : [], error: nil)
                        form.submit(t.addButton)
                    }
                }
                main.element(.details, .class("disclosure"), .open(!model.importErrors.isEmpty || model.error("csv-file") != nil)) { details in
                    details.element(.summary, text: t.importTitle)
                    details.element(.p, text: t.importLead)
                    details.element(.p) { $0.element(.a, .href(SiteURL.schoolPupilTemplate.path), text: t.templateLink) }
                    if !model.importErrors.isEmpty {
                        details.element(.div, .class("error-summary")) { box in
                            box.element(.h3, text: t.importErrorsTitle)
                            box.list(model.importErrors)
                        }
                    }
                    details.multipartForm(action: DossierDocumentsView.uploadAction(.schoolTripImport(model.id), csrf: csrf)) { form in
                        let error = model.error("csv-file")
                        form.element(.div, .class(error == nil ? "field" : "field field--error")) { field in
                            field.element(.label, .for("csv-file"), .class("label"), text: t.fileLabel)
                            field.fieldError(error, id: "csv-file")
                            field.void(.input, .type(.file), .id("csv-file"), .name("file"), .class("file-input"), .accept(".csv,text/csv"),
                                       .aria(.describedby, error == nil ? nil : "csv-file-error"))
                        }
                        form.submit(t.importButton)
                    }
                }
                main.element(.h2, text: t.fileTitle)
                main.element(.p, text: t.fileLead)
                // Check before filing: what each pupil on the document still lacks, linked to their page.
                if model.missing.isEmpty {
                    if !model.kept.isEmpty { main.element(.p, text: t.allDocumentsGiven) }
                } else {
                    main.element(.div, .class("panel")) { panel in
                        panel.element(.h3, text: t.missingTitle)
                        panel.element(.ul, .class("list")) { list in
                            for entry in model.missing { list.element(.li) { $0.element(.a, .href(entry.href), text: entry.line) } }
                        }
                    }
                }
                main.postButton(action: SiteURL.schoolTripFiling(model.id).path, label: t.fileButton, csrf: csrf)
            }
            if let delete = model.deleteAction {
                main.element(.details, .class("disclosure"), .open(model.deleteError != nil)) { details in
                    details.element(.summary, text: t.deleteTitle)
                    details.element(.p, text: t.deleteLead)
                    details.element(.form, .method(.post), .action(delete), .novalidate()) { form in
                        form.csrf(csrf)
                        form.checkboxes(prefix: "confirm-delete", legend: t.deleteTitle, choices: [Choice(value: "yes", label: t.deleteConfirm)],
                                        checked: [], error: model.deleteError)
                        form.element(.button, .type(.submit), .class("button button--secondary"), text: t.deleteTitle)
                    }
                }
            }
            if let follow = model.follow { after(&main, page, follow, csrf: csrf) }
        }
    }

    /// The four steps, the state in words, the request with the answer's button, the decision.
    private static func follow(_ main: inout HTMLWriter, _ page: PageContext, _ follow: SchoolTripFollowModel, csrf: String) {
        let t = page.text.tripDesk
        main.element(.p, .class("panel"), text: follow.stateWords)
        main.element(.h2, text: t.stepsTitle)
        main.element(.ol, .class("steps")) { list in
            for step in follow.steps {
                list.element(.li, .class(step.current ? "step step--current" : step.done ? "step step--done" : "step"),
                             .aria(.current, step.current ? "step" : nil)) { item in
                    item.element(.span, .class("step__title"), text: step.title)
                    item.element(.span, .class("step__detail"), text: step.detail)
                }
            }
        }
        TripFactsView.request(&main, page, follow.facts)
        if let answer = follow.answerAction {
            main.element(.p, text: t.answerLead)
            main.element(.form, .method(.post), .action(answer), .class("inline-form")) { form in
                form.csrf(csrf)
                form.void(.input, .type(.hidden), .name(BackOfficeTripModel.versionField), .value(follow.version))
                form.element(.button, .type(.submit), .class("button"), text: CollectiveTravelAction.answerRequest.label(in: page.language))
            }
        }
        TripFactsView.decision(&main, page, follow.facts)
        if let href = follow.printHref { main.element(.p) { $0.element(.a, .href(href), .class("button button--secondary"), text: t.printLink) } }
    }

    /// Messages, history, and the withdrawal with its confirmation.
    private static func after(_ main: inout HTMLWriter, _ page: PageContext, _ follow: SchoolTripFollowModel, csrf: String) {
        let t = page.text.tripDesk
        TripFactsView.messages(&main, page, follow.facts, action: follow.messageAction, label: t.messageToPrefecture, body: follow.messageBody,
                               error: follow.messageError, csrf: csrf)
        TripFactsView.history(&main, page, follow.facts)
        guard let withdraw = follow.withdrawAction else { return }
        main.element(.details, .class("disclosure"), .open(follow.withdrawError != nil)) { details in
            details.element(.summary, text: t.withdrawTitle)
            details.element(.p, text: t.withdrawLead)
            details.element(.form, .method(.post), .action(withdraw), .novalidate()) { form in
                form.csrf(csrf)
                form.void(.input, .type(.hidden), .name(BackOfficeTripModel.versionField), .value(follow.version))
                form.checkboxes(prefix: "confirm-withdraw", legend: t.withdrawTitle, choices: [Choice(value: "yes", label: t.withdrawConfirm)],
                                checked: [], error: follow.withdrawError)
                form.element(.button, .type(.submit), .class("button button--secondary"), text: t.withdrawTitle)
            }
        }
    }

    private static func pupils(_ main: inout HTMLWriter, _ pupils: [SchoolTripModel.Pupil], _ model: SchoolTripModel, csrf: String, remove: String) {
        main.element(.ul, .class("file-list")) { list in
            for pupil in pupils {
                list.element(.li, .class("pupil")) { item in
                    item.element(.p) { line in
                        line.element(.a, .href(pupil.href), text: pupil.line)
                        if let documents = pupil.documents {
                            line.text(" ")
                            line.tag(documents, pupil.complete ? "completed" : "not-started")
                        }
                    }
                    if let reason = pupil.reason { item.element(.p, .class("hint"), text: reason) }
                    if model.isDraft { item.postButton(action: SiteURL.schoolTripPupilRemove(model.id, pupil.id).path, label: remove, csrf: csrf, secondary: true) }
                }
            }
        }
    }
}
