import TypedHTML

/// The case page (docs/pages.md#back-office): the deadline first, the actions the state allows, the
/// rules' assessment, the answers, the documents with their verdicts, messages, history.
enum BackOfficeDossierView {
    static func render(_ page: PageContext, _ model: BackOfficeDossierModel, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.dossierDesk
        return Layout(page: page, title: model.title, hasErrors: !model.errors.isEmpty, backLink: SiteURL.backOfficeQueue.path,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.notice(model.notice)
            main.element(.h1, text: model.title)
            main.element(.p, .class("lead"), text: model.lead)
            main.element(.p, .class("panel deadline"), text: model.deadline)
            if let familyLine = model.familyLine { main.element(.p, text: familyLine) }
            AssistedAccessView.section(&main, page, model.assistedAccess, csrf: csrf)
            // The error of an assignment changed meanwhile leads here: who has the case now.
            main.element(.p, .id(model.assignSeen.name), text: model.assignment)
            main.element(.form, .method(.post), .action(model.assignAction)) { form in
                form.csrf(csrf)
                form.void(.input, .type(.hidden), .name("to"), .value(model.assignTo))
                form.void(.input, .type(.hidden), .name(model.assignSeen.name), .value(model.assignSeen.value))
                form.element(.button, .type(.submit), .class("button button--secondary"), text: model.assignButton)
            }

            if !model.record.isEmpty {
                main.element(.h2, text: t.recordTitle)
                main.summaryList(model.record, change: page.text.dossier.change)
            }
            if let issued = model.issuedDocument { main.element(.p) { $0.element(.a, .href(issued.href), .class("button button--secondary"), text: issued.label) } }

            actions(&main, page, model, csrf: csrf)

            main.element(.h2, text: t.evaluationTitle)
            main.element(.h3, text: model.atFilingTitle)
            evaluation(&main, page, model.atFiling)
            main.element(.h3, text: model.asOfTodayTitle)
            if model.sameAsFiling {
                main.element(.p, text: t.sameAsFiling)
            } else {
                evaluation(&main, page, model.asOfToday)
            }

            main.element(.h2, text: t.answersTitle)
            main.summarySections(model.answers, change: page.text.dossier.change)

            main.element(.h2, text: t.documentsTitle)
            main.element(.ul, .class("list")) { list in
                for document in model.documents { self.document(&list, page, document, verdicts: model.verdicts, csrf: csrf) }
            }

            main.element(.h2, .id("messages"), text: t.messagesTitle)
            messages(&main, page, model, csrf: csrf)

            main.element(.h2, text: t.timelineTitle)
            main.element(.ol, .class("timeline")) { list in
                for line in model.timeline { list.element(.li, text: line) }
            }
            if agent.role == .supervisor {
                main.element(.p) { $0.element(.a, .href(SiteURL.backOfficeDossierAccessLog(model.id).path), text: t.accessLogLink) }
            }
            main.element(.p) { $0.element(.a, .href(SiteURL.backOfficeQueue.path), text: page.text.backOffice.backToQueue) }
        }
    }

    /// Nil: the situation is not fully answered, so the rules say nothing but "not eligible".
    private static func evaluation(_ html: inout HTMLWriter, _ page: PageContext, _ evaluation: BackOfficeDossierModel.Evaluation?) {
        let t = page.text.dossierDesk
        guard let evaluation else {
            html.element(.p, text: t.notEligible)
            return
        }
        html.element(.div) { div in
            div.element(.p, text: evaluation.outcome)
            div.element(.ul, .class("list")) { list in
                for ground in evaluation.grounds { list.element(.li, text: ground) }
            }
            if let fee = evaluation.fee { div.element(.p, text: fee) }
            if let validity = evaluation.validity { div.element(.p, text: validity) }
            if !evaluation.documents.isEmpty {
                div.element(.p, text: t.expectedDocuments)
                div.element(.ul, .class("list")) { list in
                    for document in evaluation.documents { list.element(.li, text: document) }
                }
            }
        }
    }

    private static func document(_ html: inout HTMLWriter, _ page: PageContext, _ document: BackOfficeDossierModel.Document, verdicts: [Choice],
                                 csrf: String) {
        html.element(.li, .id(document.anchor)) { item in
            item.element(.p) { line in
                line.element(.strong, text: document.label)
                line.text(" — " + document.file)
                if let added = document.addedAfterFiling { line.text(" (\(added))") }
                line.text(" — ")
                line.element(.a, .href(document.view.href), text: document.view.label)
                line.text(" — ")
                line.element(.a, .href(document.review.href), text: document.review.label)
            }
            item.element(.p, text: document.status)
            verdictForm(&item, page, document, verdicts: verdicts, csrf: csrf)
        }
    }

    /// Two buttons carry the verdict: lighter than a radio group for each of a dozen files.
    /// `fromReview`: sent from the review page, the next document's review follows.
    static func verdictForm(_ item: inout HTMLWriter, _ page: PageContext, _ document: BackOfficeDossierModel.Document, verdicts: [Choice],
                            fromReview: Bool = false, csrf: String) {
        let t = page.text.dossierDesk
        guard !verdicts.isEmpty else { return }
        item.element(.form, .method(.post), .action(document.verdictAction), .class("verdict"), .novalidate()) { form in
            form.csrf(csrf)
            if fromReview { form.void(.input, .type(.hidden), .name(BackOfficeDossierModel.reviewField), .value("1")) }
            form.void(.input, .type(.hidden), .name("\(document.verdictName)-seen"), .value(document.seen))
            form.input(name: "\(document.verdictName)-reason", label: t.verdictReason, value: document.reason, error: document.reasonError)
            for verdict in verdicts {
                form.element(.button, .type(.submit), .name(document.verdictName), .value(verdict.value), .class("button button--secondary"),
                             text: verdict.label)
            }
        }
    }

    /// One document beside the application's answers, with its verdict form and the way to the
    /// next (docs/pages.md#reviewing-documents): side by side on a wide screen, one above the other on a phone.
    static func review(_ page: PageContext, _ model: BackOfficeDossierModel, index: Int, agent: SignedInAgent, csrf: String) -> RenderedHTML {
        let t = page.text.dossierDesk
        let document = model.documents[index]
        let title = t.reviewTitle(document.label, index + 1, model.documents.count)
        return Layout(page: page, title: title, backLink: SiteURL.backOfficeDossier(model.id).path + "#" + document.anchor,
                      navigation: BackOfficeChrome.navigation(page, agent: agent, csrf: csrf)).render { main in
            main.element(.p, .class("lead"), text: model.title + " — " + model.lead)
            main.element(.h1, text: title)
            main.element(.div, .class("review")) { columns in
                columns.element(.div) { file in
                    if document.isImage {
                        file.void(.img, .src(document.view.href), .alt(document.label), .class("review__file"))
                    } else {
                        file.element(.iframe, .src(document.view.href), .title(document.label), .class("review__file")) { _ in }
                    }
                    file.element(.p) { $0.element(.a, .href(document.view.href), text: t.reviewOpen) }
                }
                columns.element(.div) { side in
                    side.element(.p, text: document.file)
                    side.element(.p, .id(document.anchor), text: document.status)
                    verdictForm(&side, page, document, verdicts: model.verdicts, fromReview: true, csrf: csrf)
                    side.element(.ul, .class("list")) { list in
                        if index > 0 { list.element(.li) { $0.element(.a, .href(model.documents[index - 1].review.href), text: t.reviewPrevious) } }
                        if index + 1 < model.documents.count {
                            list.element(.li) { $0.element(.a, .href(model.documents[index + 1].review.href), text: t.reviewNext) }
                        }
                        list.element(.li) { $0.element(.a, .href(SiteURL.backOfficeDossier(model.id).path + "#" + document.anchor), text: t.reviewBack) }
                    }
                    side.element(.h2, text: t.reviewAnswers)
                    for section in model.answers {
                        side.element(.h3, text: section.title)
                        side.summaryList(section.rows, change: page.text.dossier.change)
                    }
                }
            }
        }
    }

    private static func messages(_ html: inout HTMLWriter, _ page: PageContext, _ model: BackOfficeDossierModel, csrf: String) {
        let t = page.text.dossierDesk
        let d = page.text.dossier
        html.element(.div) { div in
            if model.messages.isEmpty {
                div.element(.p, .class("hint"), text: d.messagesEmpty)
            } else {
                div.element(.ol, .class("messages")) { list in
                    for message in model.messages {
                        list.element(.li, .class(message.fromFamily ? "message message--family" : "message message--prefecture")) { item in
                            item.element(.p, .class("message__meta"), text: message.byLine)
                            item.element(.div) { body in
                                for paragraph in message.paragraphs { body.element(.p, text: paragraph) }
                            }
                            if let attachment = message.attachment {
                                item.element(.p) { $0.element(.a, .href(attachment.href), text: attachment.label) }
                            }
                        }
                    }
                }
            }
            div.element(.form, .method(.post), .action(model.messageAction), .novalidate()) { form in
                form.csrf(csrf)
                form.textarea(name: "body", label: t.messageToFamily, value: model.messageBody, rows: 4, error: model.messageError)
                form.submit(d.messageSend)
            }
        }
    }

    /// One form per action the state allows the préfecture; the others are not shown.
    private static func actions(_ html: inout HTMLWriter, _ page: PageContext, _ model: BackOfficeDossierModel, csrf: String) {
        let t = page.text.dossierDesk
        let dates = (day: page.text.dossier.day, month: page.text.dossier.month, year: page.text.dossier.year)
        html.element(.section, .class("case-actions"), .aria(.labelledby, "actions")) { section in
            section.element(.h2, .id("actions"), text: t.actionsTitle)
            if model.actions.isEmpty && model.later.isEmpty { section.element(.p, text: t.noAction) }
            for line in model.later { section.element(.p, .class("hint"), text: line) }
            if let postponement = model.postponement { section.element(.p, .class("panel"), text: postponement) }
            for action in model.actions { actionForm(&section, action, version: model.version, dates: dates, csrf: csrf) }
        }
    }

    /// One action's form, with the version the page showed: a case's and a school trip's alike.
    static func actionForm(_ section: inout HTMLWriter, _ action: BackOfficeDossierModel.ActionForm, version: (name: String, value: String),
                           dates: (day: String, month: String, year: String), csrf: String) {
        section.element(.form, .method(.post), .action(action.action), .novalidate()) { form in
            form.csrf(csrf)
            form.void(.input, .type(.hidden), .name(version.name), .value(version.value))
            for field in action.fields {
                switch field {
                case .paragraph(let text):
                    form.element(.p, text: text)
                case .checkboxes(let prefix, let legend, let choices, let checked, let error):
                    form.checkboxes(prefix: prefix, legend: legend, choices: choices, checked: checked, error: error)
                case .textarea(let name, let label, let value, let error):
                    form.textarea(name: name, label: label, value: value, rows: 3, error: error)
                case .date(let name, let legend, let hint, let value, let error):
                    form.dateGroup(name: name, legend: legend, hint: hint, labels: dates, value: value, error: error)
                case .input(let name, let label, let value, let error):
                    form.input(name: name, label: label, value: value, error: error)
                }
            }
            form.element(.button, .type(.submit), .class("button"), text: action.button)
        }
    }
}
