import TypedHTML

/// A filed school trip in the back office (docs/pages.md#the-prefectures-side-of-a-school-trip).
enum BackOfficeTripView {
    static func render(_ page: PageContext, _ model: BackOfficeTripModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.tripDesk
        return Layout(page: page, title: model.title, hasErrors: !model.errors.isEmpty, backLink: SiteURL.backOfficeTrips.path,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.notice(model.notice)
            main.element(.h1, text: model.title)
            main.element(.p) { $0.tag(model.stateLabel, model.state) }
            main.element(.p, .class("panel deadline"), text: model.departureLine)
            main.element(.p, text: model.schoolLine)
            main.element(.p, text: model.filedLine)

            actions(&main, page, model, csrf: csrf)
            TripFactsView.request(&main, page, model.facts)
            TripFactsView.decision(&main, page, model.facts)
            if let href = model.printHref { main.element(.p) { $0.element(.a, .href(href), .class("button button--secondary"), text: t.printLink) } }

            main.element(.h2, text: t.tripTitle)
            main.summaryList(model.summary, change: page.text.dossier.change)

            main.element(.h2, .id("eleves"), text: t.pupilsTitle)
            main.element(.p, text: t.pupilsLead)
            main.element(.p, .class("lead"), text: model.pupilsCount)
            main.element(.ul, .class("list")) { list in
                for pupil in model.pupils { self.pupil(&list, page, pupil, csrf: csrf) }
            }

            TripFactsView.messages(&main, page, model.facts, action: model.messageAction, label: t.messageToSchool, body: model.messageBody,
                                   error: model.messageError, csrf: csrf)
            TripFactsView.history(&main, page, model.facts)
            main.element(.p) { $0.element(.a, .href(SiteURL.backOfficeTrips.path), text: t.backToTrips) }
        }
    }

    private static func pupil(_ html: inout HTMLWriter, _ page: PageContext, _ pupil: BackOfficeTripModel.Pupil, csrf: String) {
        let t = page.text.tripDesk
        html.element(.li, .id(pupil.anchor)) { item in
            item.element(.h3, text: pupil.name)
            item.element(.p, text: pupil.line)
            item.element(.p, text: pupil.rules)
            if !pupil.verdict.isEmpty { item.element(.p) { $0.element(.strong, text: pupil.verdict) } }
            if pupil.documents.isEmpty {
                item.element(.p, .class("hint"), text: t.noDocuments)
            } else {
                item.element(.ul, .class("list")) { list in
                    for document in pupil.documents { list.element(.li) { $0.element(.a, .href(document.href), text: document.label) } }
                }
            }
            guard let form = pupil.form else { return }
            item.element(.details, .class("disclosure"), .open(form.open)) { details in
                details.element(.summary, text: form.legend)
                details.element(.form, .method(.post), .action(form.action), .novalidate()) { post in
                    post.csrf(csrf)
                    post.void(.input, .type(.hidden), .name(form.seenName), .value(form.seen))
                    post.radioGroup(name: form.name, legend: t.verdictChoice, choices: form.choices, selected: form.selected, error: form.error)
                    post.input(name: form.noteName, label: t.strikeNoteLabel, hint: t.strikeNoteHint, value: form.note, error: form.noteError)
                    post.element(.button, .type(.submit), .class("button button--secondary"), text: t.verdictButton)
                }
            }
        }
    }

    /// One form per move the policy offers today; the others are not shown.
    private static func actions(_ html: inout HTMLWriter, _ page: PageContext, _ model: BackOfficeTripModel, csrf: String) {
        let t = page.text.tripDesk
        let dates = (day: page.text.dossier.day, month: page.text.dossier.month, year: page.text.dossier.year)
        html.element(.section, .class("case-actions"), .aria(.labelledby, "actions")) { section in
            section.element(.h2, .id("actions"), text: t.actionsTitle)
            if model.actions.isEmpty { section.element(.p, text: t.noAction) }
            for action in model.actions { BackOfficeDossierView.actionForm(&section, action, version: model.version, dates: dates, csrf: csrf) }
        }
    }
}

/// The parts both sides show alike: the request, the decision, messages, history.
enum TripFactsView {
    static func request(_ html: inout HTMLWriter, _ page: PageContext, _ facts: TripFacts) {
        guard let request = facts.request else { return }
        html.element(.section, .class("panel"), .aria(.labelledby, "request")) { section in
            section.element(.h2, .id("request"), text: page.text.tripDesk.requestTitle)
            for paragraph in request.paragraphs { section.element(.p, text: paragraph) }
            section.element(.p) { $0.element(.strong, text: request.replyBy) }
        }
    }

    static func decision(_ html: inout HTMLWriter, _ page: PageContext, _ facts: TripFacts) {
        guard let decision = facts.decision else { return }
        html.element(.h2, .id("decision"), text: decision.title)
        html.element(.p, text: decision.line)
        if !decision.reasons.isEmpty { html.list(decision.reasons) }
        for paragraph in decision.paragraphs { html.element(.p, text: paragraph) }
        if !decision.struckOff.isEmpty {
            html.element(.h3, text: page.text.tripDesk.struckTitle)
            html.list(decision.struckOff)
        }
    }

    static func messages(_ html: inout HTMLWriter, _ page: PageContext, _ facts: TripFacts, action: String?, label: String, body: String,
                         error: FieldError?, csrf: String) {
        let t = page.text.tripDesk
        html.element(.h2, .id("messages"), text: t.messagesTitle)
        if facts.messages.isEmpty {
            html.element(.p, .class("hint"), text: t.messagesEmpty)
        } else {
            html.element(.ol, .class("messages")) { list in
                for message in facts.messages {
                    list.element(.li, .class(message.fromSchool ? "message message--family" : "message message--prefecture")) { item in
                        item.element(.p, .class("message__meta"), text: message.byLine)
                        item.element(.div) { body in
                            for paragraph in message.paragraphs { body.element(.p, text: paragraph) }
                        }
                    }
                }
            }
        }
        guard let action else { return }
        html.element(.form, .method(.post), .action(action), .novalidate()) { form in
            form.csrf(csrf)
            form.textarea(name: "body", label: label, value: body, rows: 4, error: error)
            form.submit(t.messageSend)
        }
    }

    static func history(_ html: inout HTMLWriter, _ page: PageContext, _ facts: TripFacts) {
        html.element(.h2, text: page.text.tripDesk.historyTitle)
        html.element(.ol, .class("timeline")) { list in
            for line in facts.history { list.element(.li, text: line) }
        }
    }
}
