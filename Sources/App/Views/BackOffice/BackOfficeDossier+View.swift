import DCEMDossier
import DCEMRules
import Foundation
import Plot

/// What the case page shows (docs/pages.md#back-office): the deadline first, the actions the state
/// allows, the rules' assessment, the answers, the documents with their verdicts, messages, history.
struct BackOfficeDossierModel {
    var agent: SignedInAgent
    var dossier: Dossier
    var familyEmail: String?
    /// The name of the agent the case is assigned to.
    var assignedName: String? = nil
    /// The family chose its own password (an assisted case's family may have none yet, rule 19).
    var familyHasPassword = true
    var documents: [DossierDocument]
    var events: [DossierEvent]
    /// The names of the agents the history names.
    var agentNames: [UUID: String] = [:]
    var messages: [DossierMessage]
    var today: CivilDate
    /// The rules applied once for this page (the controller computes it; the view only shows it).
    var assessment: DossierAssessment
    /// The préfecture's actions the state allows (`DossierPolicy`).
    var actions: [DossierAction]
    var errors: [FieldError] = []
    var values: [String: String] = [:]
    var notice: String?
}

enum BackOfficeDossierView {
    static func render(_ page: PageContext, _ model: BackOfficeDossierModel, csrf: String) -> String {
        let t = page.text.dossierDesk
        let dossier = model.dossier
        let id = dossier.id!
        let reference = dossier.reference ?? ""
        let state = dossier.currentState
        let assessment = model.assessment
        let filedOn = assessment.filedOn
        var body: [BodyNode] = [
            Forms.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle),
            Forms.notice(model.notice),
            element("h1", [], [.plainText(page.text.backOffice.dossierTitle(reference))]),
            element("p", [("class", "lead")], [.plainText("\(DossierFormat.childName(dossier, page)) — \(state.label(in: page.language))")]),
            element("p", [("class", "panel deadline")], [.plainText(deadline(page, dossier, today: model.today))]),
            model.familyEmail.map { element("p", [], [.plainText(t.familyLine($0))]) } ?? .empty,
            AssistedAccessView.section(page, model, csrf: csrf),
            element("p", [], [.plainText(model.assignedName.map(t.assignedTo) ?? t.notAssigned), .plainText(" — " + t.assignedLine)]),
            element("form", [("method", "post"), ("action", SiteURL.backOfficeDossierAssign(id).path)], [
                Forms.csrf(csrf),
                voidElement("input", [("type", "hidden"), ("name", "to"), ("value", dossier.assignedAgentID == model.agent.id ? "none" : "me")]),
                element("button", [("type", "submit"), ("class", "button button--secondary")], [
                    .plainText(dossier.assignedAgentID == model.agent.id ? t.unassign : t.assignToMe),
                ]),
            ]),
        ]

        body.append(element("section", [("class", "case-actions"), ("aria-labelledby", "actions")], [
            element("h2", [("id", "actions")], [.plainText(t.actionsTitle)]),
        ] + actions(page, model, csrf: csrf)))

        // The rules as of the filing date (what the decision judges) and as of today.
        body.append(element("h2", [], [.plainText(t.evaluationTitle)]))
        body.append(element("h3", [], [.plainText(t.asOfFiling(DossierFormat.day(filedOn, page)))]))
        body.append(evaluation(page, assessment.atFiling))
        body.append(element("h3", [], [.plainText(t.asOfToday(DossierFormat.day(model.today, page)))]))
        // Most days nothing has changed since the filing: say so rather than repeat it.
        body.append(assessment.sameAsFiling ? element("p", [], [.plainText(t.sameAsFiling)]) : evaluation(page, assessment.asOfToday))

        body.append(element("h2", [], [.plainText(t.answersTitle)]))
        body += CheckAnswersView.answersSummary(page, dossier: dossier, checklist: assessment.filingChecklist,
                                                change: nil, questionChange: nil)

        body.append(element("h2", [], [.plainText(t.documentsTitle)]))
        body.append(element("ul", [("class", "list")], model.documents.map { document(page, dossier, $0, model: model, csrf: csrf) }))

        body.append(element("h2", [("id", "messages")], [.plainText(t.messagesTitle)]))
        body.append(messages(page, model, csrf: csrf))

        body.append(element("h2", [], [.plainText(t.timelineTitle)]))
        let zone = dossier.competentDepartement ?? .paris
        let lines = model.events.map { event in
            "\(DossierFormat.moment(event.at, in: zone, page)) — \(DossierHistoryLine.text(page, event, agentNames: model.agentNames, reader: .agent))"
        }
        body.append(element("ol", [("class", "timeline")], DossierHistoryLine.collapsed(lines).map { element("li", [], [.plainText($0)]) }))
        body.append(element("p", [], [element("a", [("href", SiteURL.backOfficeQueue.path)], [.plainText(page.text.backOffice.backToQueue)])]))
        return Layout(page: page, title: page.text.backOffice.dossierTitle(reference), hasErrors: !model.errors.isEmpty, backLink: SiteURL.backOfficeQueue.path,
                      navigation: BackOfficeChrome.navigation(page, agent: model.agent, csrf: csrf)).render(body)
    }

    static func deadline(_ page: PageContext, _ dossier: Dossier, today: CivilDate) -> String {
        let t = page.text.dossierDesk
        if dossier.currentState == .awaitingDocuments, let replyBy = dossier.decodedOutcome()?.request?.replyBy {
            return t.clockStopped(DossierFormat.day(replyBy, page))
        }
        guard dossier.currentState.clockRuns, let day = dossier.implicitRefusalDay else { return t.noDeadline }
        let left = today.daysUntil(day)
        return left > 0 ? t.deadline(DossierFormat.day(day, page), left) : t.deadlinePassed(DossierFormat.day(day, page))
    }

    static func evaluation(_ page: PageContext, _ result: EligibilityResult?) -> BodyNode {
        let t = page.text.dossierDesk
        guard let result else { return element("p", [], [.plainText(t.notEligible)]) }
        var nodes: [BodyNode] = [element("p", [], [.plainText(result.outcome == .eligible ? t.eligible : t.notEligible)])]
        nodes.append(element("ul", [("class", "list")], result.grounds.map { ground in
            element("li", [], [.plainText(t.groundLine(ground.label(in: page.language), ground.legalBasis.citation))])
        }))
        if let fee = result.fee { nodes.append(element("p", [], [.plainText(fee.exempt ? t.feeExempt : t.feeLine(fee.amountEUR))])) }
        if let validity = result.validity {
            nodes.append(element("p", [], [.plainText(t.validityLine(DossierFormat.day(validity.issuedOn, page), DossierFormat.day(validity.expiresOn, page)))]))
        }
        if !result.documents.isEmpty {
            nodes.append(element("p", [], [.plainText(t.expectedDocuments)]))
            nodes.append(element("ul", [("class", "list")], result.documents.map { element("li", [], [.plainText($0.code.label(in: page.language))]) }))
        }
        return element("div", [], nodes)
    }

    static func document(_ page: PageContext, _ dossier: Dossier, _ file: DossierDocument, model: BackOfficeDossierModel, csrf: String) -> BodyNode {
        let t = page.text.dossierDesk
        let label = UploadSlot(id: file.slot).map { CheckAnswersView.slotLabel(page, $0) } ?? page.text.dossier.photosTitle
        let verdict = file.verdict.flatMap(DocumentVerdict.init(rawValue:))
        let name = "verdict-\(file.id!.uuidString.lowercased())"
        let status = verdict.map { label in file.verdictReason.map { page.language.labelled(t.verdictLabel(label), $0) } ?? t.verdictLabel(label) } ?? t.verdictNone
        return element("li", [], [
            element("p", [], [
                element("strong", [], [.plainText(label)]),
                .plainText(" — \(page.text.dossier.fileLine(file.originalName, DossierFormat.size(file.size, page.language)))"),
                file.afterFiling ? .plainText(" (\(t.addedAfterFiling))") : .empty,
                .plainText(" — "),
                element("a", [("href", SiteURL.backOfficeDossierFile(dossier.id!, file.id!).path)], [.plainText(t.viewFile)]),
            ]),
            element("p", [], [.plainText(status)]),
            // Two buttons carry the verdict: lighter than a radio group for each of a dozen files.
            element("form", [("method", "post"), ("action", SiteURL.backOfficeDossierVerdict(dossier.id!, file.id!).path), ("class", "verdict"), ("novalidate", "")], [
                Forms.csrf(csrf),
                Forms.input(name: "\(name)-reason", label: t.verdictReason, value: model.values["\(name)-reason"] ?? file.verdictReason ?? "",
                            error: model.errors.first { $0.fieldID == "\(name)-reason" }),
                element("button", [("type", "submit"), ("name", name), ("value", DocumentVerdict.accepted.rawValue), ("class", "button button--secondary")],
                        [.plainText(t.verdictButton(.accepted))]),
                element("button", [("type", "submit"), ("name", name), ("value", DocumentVerdict.rejected.rawValue), ("class", "button button--secondary")],
                        [.plainText(t.verdictButton(.rejected))]),
            ]),
        ])
    }

    static func messages(_ page: PageContext, _ model: BackOfficeDossierModel, csrf: String) -> BodyNode {
        let t = page.text.dossierDesk
        let d = page.text.dossier
        let id = model.dossier.id!
        let zone = model.dossier.competentDepartement ?? .paris
        return element("div", [], [
            model.messages.isEmpty ? element("p", [("class", "hint")], [.plainText(d.messagesEmpty)]) : element("ol", [("class", "messages")], model.messages.map { message in
                let fromFamily = message.author == DossierActor.family.rawValue
                return element("li", [("class", fromFamily ? "message message--family" : "message message--prefecture")], [
                    element("p", [("class", "message__meta")], [
                        .plainText(d.messageByLine(fromFamily ? t.actorLabel(.family) : d.fromPrefecture, DossierFormat.moment(message.at, in: zone, page))),
                    ]),
                    element("div", [], DossierMessagesView.paragraphs(message.body)),
                    message.hasAttachment ? element("p", [], [element("a", [("href", SiteURL.backOfficeDossierAttachment(id, message.id!).path)], [
                        .plainText(page.language.labelled(t.attachment, message.attachmentName ?? "")),
                    ])]) : .empty,
                ])
            }),
            element("form", [("method", "post"), ("action", SiteURL.backOfficeDossierMessages(id).path), ("novalidate", "")], [
                Forms.csrf(csrf),
                Forms.textarea(name: "body", label: t.messageToFamily, value: model.values["body"] ?? "", rows: 4,
                               error: model.errors.first { $0.fieldID == "body" }),
                Forms.submit(d.messageSend),
            ]),
        ])
    }

    /// One form per action the state allows the préfecture; the others are not shown.
    static func actions(_ page: PageContext, _ model: BackOfficeDossierModel, csrf: String) -> [BodyNode] {
        let t = page.text.dossierDesk
        let dossier = model.dossier
        let allowed = model.actions
        guard !allowed.isEmpty else { return [element("p", [], [.plainText(t.noAction)])] }
        let dates = (page.text.dossier.day, page.text.dossier.month, page.text.dossier.year)
        func error(_ field: String) -> FieldError? { model.errors.first { $0.fieldID == field } }
        func value(_ field: String) -> String { model.values[field] ?? "" }
        func date(_ name: String, _ legend: String, hint: String? = nil) -> BodyNode {
            Forms.dateGroup(name: name, legend: legend, hint: hint, labels: dates, value: (value("\(name)-day"), value("\(name)-month"), value("\(name)-year")),
                            error: error("\(name)-day"))
        }
        var forms: [BodyNode] = []
        if let postponement = dossier.decodedOutcome()?.postponement, dossier.currentState == .postponementRequested {
            forms.append(element("p", [("class", "panel")], [.plainText(t.postponementLine(postponement.reason, postponement.proposedDates))]))
        }
        for action in allowed {
            var fields: [BodyNode] = []
            switch action {
            case .requestDocuments:
                let expected = model.assessment.asOfToday?.documents.map(\.code) ?? []
                let codes = expected.isEmpty ? DocumentCode.allCases.filter { $0 != .cerfa11203 } : expected
                fields = [
                    Forms.checkboxes(prefix: RequestDocumentsCommand.Field.code.rawValue, legend: t.requestCodes,
                                     choices: codes.map { Choice(value: $0.rawValue, label: $0.label(in: page.language)) },
                                     checked: Set(codes.filter { model.values[RequestDocumentsCommand.codeField($0)] == "on" }.map(\.rawValue)),
                                     error: codes.first.flatMap { error(RequestDocumentsCommand.codeField($0)) }),
                    Forms.textarea(name: RequestDocumentsCommand.Field.why.rawValue, label: t.requestWhy, value: value(RequestDocumentsCommand.Field.why.rawValue),
                                   rows: 3, error: error(RequestDocumentsCommand.Field.why.rawValue)),
                    date(RequestDocumentsCommand.Field.replyBy.rawValue, t.requestReplyBy),
                ]
            case .refuse:
                fields = [
                    Forms.checkboxes(prefix: RefuseCommand.Field.reason.rawValue, legend: t.refuseReasons,
                                     choices: RefusalReason.allCases.map { Choice(value: $0.rawValue, label: t.refuseReason($0)) },
                                     checked: Set(RefusalReason.allCases.filter { model.values[RefuseCommand.reasonField($0)] == "on" }.map(\.rawValue)),
                                     error: error(RefuseCommand.reasonField(RefusalReason.allCases[0]))),
                    Forms.textarea(name: RefuseCommand.Field.text.rawValue, label: t.refuseText, value: value(RefuseCommand.Field.text.rawValue), rows: 3,
                                   error: error(RefuseCommand.Field.text.rawValue)),
                ]
            case .makeAvailable:
                fields = [date(MakeAvailableCommand.Field.from.rawValue, t.availableFrom, hint: t.availableFromHint)]
            case .acceptPostponement:
                fields = [date(AcceptPostponementCommand.Field.from.rawValue, t.acceptFrom)]
            case .declinePostponement:
                let reason = DeclinePostponementCommand.Field.reason.rawValue
                fields = [Forms.textarea(name: reason, label: t.declineReason, value: value(reason), rows: 3, error: error(reason))]
            case .handOver:
                let fee = model.assessment.feeDue(handOverOn: model.today)
                fields = [
                    element("p", [], [.plainText(fee.exempt ? t.handOverExempt : t.handOverDue(fee.amountEUR))]),
                    Forms.checkboxes(prefix: HandOverCommand.presentPrefix, legend: t.handOverApplicant + " / " + t.handOverChild,
                                     choices: [Choice(value: HandOverCommand.presentValues.applicant, label: t.handOverApplicant),
                                               Choice(value: HandOverCommand.presentValues.child, label: t.handOverChild)],
                                     checked: Set([HandOverCommand.presentValues.applicant, HandOverCommand.presentValues.child]
                                        .filter { model.values["\(HandOverCommand.presentPrefix)-\($0)"] == "on" }),
                                     error: error(HandOverCommand.Field.applicantPresent.rawValue)),
                ] + (fee.exempt ? [] : [HandOverCommand.Field.timbreNumber, .timbreAmount].map { field in
                    Forms.input(name: field.rawValue, label: field == .timbreNumber ? t.handOverTimbreNumber : t.handOverTimbreAmount,
                                value: value(field.rawValue), error: error(field.rawValue))
                })
            default:
                break
            }
            forms.append(element("form", [("method", "post"), ("action", SiteURL.backOfficeDossierAction(dossier.id!, action).path), ("novalidate", "")], [
                Forms.csrf(csrf),
                voidElement("input", [("type", "hidden"), ("name", AgentCommand.versionField), ("value", String(dossier.version))]),
            ] + fields + [
                element("button", [("type", "submit"), ("class", "button")], [.plainText(action.label(in: page.language))]),
            ]))
        }
        return forms
    }
}
