import DCEMDossier
import DCEMRules
import Foundation
import Plot

/// A filed dossier as the family follows it: the four steps, the one thing to do next, the
/// decision, the appointment, the history.
enum DossierView {
    /// `allowed`: what the family may do in the dossier's state, as the controller read it from
    /// `DossierPolicy` (the view offers exactly those actions and decides none).
    static func status(_ page: PageContext, dossier: Dossier, allowed: Set<FamilyAction>, events: [DossierEvent], documents: [DossierDocument],
                       messageCount: Int, errors: [FieldError], notice: Notice?, csrf: String, agentNames: [UUID: String] = [:]) -> String {
        let t = page.text.dossier
        let id = dossier.id!
        let state = dossier.currentState
        let outcome = dossier.decodedOutcome()
        let zone = dossier.competentDepartement ?? .paris
        let current = state.familyStep
        let stepDates: [FamilyStep: String?] = [
            .filing: dossier.filedOn, .instruction: dossier.instructionStartedOn, .decision: dossier.decidedOn, .documentAvailable: dossier.availableOn,
        ]
        let steps: [BodyNode] = FamilyStep.allCases.map { step in
            let done = current.map { step < $0 } ?? false
            let isCurrent = current == step
            let date = stepDates[step] ?? nil
            let detail = isCurrent ? (date.map { t.stepDone(DossierFormat.day($0, page)) } ?? t.stepCurrent)
                : done ? t.stepDone(DossierFormat.day(date ?? nil, page)) : t.stepLater
            return element("li", [("class", isCurrent ? "step step--current" : done ? "step step--done" : "step"), ("aria-current", isCurrent ? "step" : nil)], [
                element("span", [("class", "step__title")], [.plainText(step.label(in: page.language))]),
                element("span", [("class", "step__detail")], [.plainText(detail)]),
            ])
        }

        var next: [BodyNode] = []
        if allowed.contains(.answerRequest), let request = outcome?.request {
            next.append(element("h3", [], [.plainText(t.requestTitle)]))
            next.append(element("p", [], [.plainText(t.requestBody(request.why, DossierFormat.day(request.replyBy, page)))]))
            for code in request.codes.compactMap(DocumentCode.init(rawValue:)) {
                let slot = UploadSlot(code: code)
                let label = code.label(in: page.language)
                next.append(element("h4", [("id", "slot-\(slot.id)")], [.plainText(label)]))
                next.append(element("ul", [("class", "file-list")], documents.filter { $0.slot == slot.id && $0.afterFiling }.map { file in
                    element("li", [], [.plainText(t.fileLine(file.originalName, DossierFormat.size(file.size, page.language)))])
                }))
                next.append(DossierDocumentsView.uploadForm(page, action: DossierDocumentsView.uploadAction(.dossierUpload(id, slot), csrf: csrf),
                                                            name: "file-\(slot.id)", label: label, error: errors.first { $0.fieldID == "file-\(slot.id)" }))
            }
            next.append(element("h3", [], [.plainText(t.correctTitle)]))
            next.append(element("p", [], [.plainText(t.correctLead)]))
            next.append(element("ul", [("class", "list")], [DossierSection.child, .parents, .applicant, .address, .documents, .photos].map { section in
                element("li", [], [element("a", [("href", SiteURL.dossierSection(id, section).path)], [.plainText(t.sectionTitle(section))])])
            }))
            next.append(Forms.postButton(action: SiteURL.dossierAnswer(id).path, label: t.requestAnswer, csrf: csrf))
        } else if allowed.contains(.requestPostponement), let convocation = outcome?.convocation {
            if let postponement = outcome?.postponement, postponement.answer == .declined {
                next.append(element("p", [("class", "panel panel--warn")], [.plainText(t.postponeDeclined(postponement.declinedReason ?? ""))]))
            }
            next.append(element("h3", [], [.plainText(t.convocationTitle)]))
            next.append(element("p", [], [.plainText(t.convocationBody(convocation.place, DossierFormat.day(convocation.day, page), convocation.time))]))
            next.append(element("p", [], [element("a", [("href", SiteURL.dossierConvocation(id).path), ("class", "button")], [.plainText(t.convocationLink)])]))
            next.append(element("p", [], [element("a", [("href", SiteURL.dossierPostponement(id).path)], [.plainText(t.postponeTitle)])]))
        } else if state == .postponementRequested {
            next.append(element("p", [], [.plainText(t.postponeSent)]))
        } else {
            next.append(element("p", [], [.plainText(t.nothingToDo)]))
        }

        // What the préfecture rejected, and why: the family knows what to send again.
        let rejected = documents.filter { $0.verdict == DocumentVerdict.rejected.rawValue }
        if !rejected.isEmpty, state == .awaitingDocuments || state == .underInstruction {
            next.append(element("h3", [], [.plainText(t.rejectedTitle)]))
            next.append(element("ul", [("class", "list")], rejected.map { file in
                let label = UploadSlot(id: file.slot).map { CheckAnswersView.slotLabel(page, $0) } ?? t.photosTitle
                return element("li", [], [.plainText(t.rejectedLine(label, file.verdictReason ?? ""))])
            }))
        }

        var decision: [BodyNode] = []
        switch state {
        case .granted, .documentAvailable, .postponementRequested, .delivered:
            if let outcome {
                let territory = outcome.territory.flatMap(Territory.init(rawValue:))?.label(in: page.language) ?? ""
                decision = [element("h2", [], [.plainText(t.grantedTitle)]),
                            element("p", [], [.plainText(t.grantedBody(DossierFormat.day(outcome.validFrom, page), DossierFormat.day(outcome.validUntil, page), territory))]),
                            outcome.childForeignerNumber.map { element("p", [], [.plainText(t.foreignerNumberLine($0))]) } ?? .empty]
                if state == .delivered, let delivered = events.last(where: { $0.kind == .action(.handOver) }) {
                    decision.append(element("p", [], [.plainText(t.deliveredOn(DossierFormat.day(zone.today(at: delivered.at), page)))]))
                }
            }
        case .refused:
            decision = [element("h2", [], [.plainText(t.refusedTitle)]),
                        element("ul", [("class", "list")], (outcome?.storedRefusalReasons ?? []).map { element("li", [], [.plainText($0.label(page.text))]) }),
                        outcome?.refusalText.map { element("p", [], [.plainText($0)]) } ?? .empty,
                        element("h3", [], [.plainText(t.appealTitle)]), element("p", [], [.plainText(t.appealRoutes)])]
        case .implicitlyRefused:
            decision = [element("h2", [], [.plainText(t.implicitRefusalTitle)]),
                        element("p", [], [.plainText(t.implicitRefusalBody(DossierFormat.day(dossier.implicitRefusalOn, page)))]),
                        element("h3", [], [.plainText(t.appealTitle)]), element("p", [], [.plainText(t.appealRoutes)])]
        default:
            break
        }

        let noticeText: String? = switch notice {
        case .answered: t.requestAnswered
        case .postponementRequested: t.postponeSent
        case .withdrawn: t.withdrawnNotice
        case .messageSent, .done, nil: nil
        }
        var body: [BodyNode] = [
            Forms.errorSummary(errors, title: page.text.layout.errorSummaryTitle),
            Forms.notice(noticeText),
            element("h1", [], [.plainText(DossierFormat.childName(dossier, page))]),
            element("p", [("class", "lead")], [.plainText(page.language.labelled(t.referenceLabel, "\(dossier.reference ?? "") — \(state.label(in: page.language))"))]),
            element("section", [("class", "section next-action")], [element("h2", [], [.plainText(t.nextActionTitle)])] + next),
            element("h2", [], [.plainText(t.stepsTitle)]),
            element("ol", [("class", "steps")], steps),
        ]
        if state.clockRuns, let silence = dossier.implicitRefusalOn {
            body.append(element("p", [("class", "panel")], [.plainText(t.silenceExplained(DossierFormat.day(silence, page)))]))
        }
        body.append(ImplicitRefusalChangesView.section(page, ImplicitRefusalChanges.of(events, in: zone)))
        body += decision
        body.append(element("ul", [("class", "list")], [
            element("li", [], [element("a", [("href", SiteURL.dossierMessages(id).path)], [.plainText(t.messagesLink(messageCount))])]),
            element("li", [], [element("a", [("href", SiteURL.dossierReceipt(id).path)], [.plainText(t.receiptLink)])]),
            element("li", [], [element("a", [("href", SiteURL.dossierCERFA(id).path)], [.plainText(t.cerfaLink)])]),
        ]))
        if allowed.contains(.renew) {
            body.append(element("h2", [], [.plainText(t.renewTitle)]))
            body.append(element("p", [], [.plainText(t.renewLead)]))
            body.append(Forms.postButton(action: SiteURL.dossierRenew(id).path, label: t.renewButton, csrf: csrf))
        }
        if allowed.contains(.startSibling) {
            body.append(element("h2", [], [.plainText(t.siblingTitle)]))
            body.append(element("p", [], [.plainText(t.siblingLead)]))
            body.append(Forms.postButton(action: SiteURL.dossierSibling(id).path, label: t.siblingButton, csrf: csrf, secondary: true))
        }
        if allowed.contains(.withdraw) {
            body.append(element("p", [], [element("a", [("href", SiteURL.dossierWithdraw(id).path)], [.plainText(t.withdrawTitle)])]))
        }
        body.append(element("h2", [], [.plainText(t.historyTitle)]))
        let lines = events.map { event in
            "\(DossierFormat.day(zone.today(at: event.at), page)) — \(DossierHistoryLine.text(page, event, agentNames: agentNames, reader: .family))"
        }
        body.append(element("ol", [("class", "timeline")], DossierHistoryLine.collapsed(lines).map { element("li", [], [.plainText($0)]) }))
        return Layout(page: page, title: DossierFormat.childName(dossier, page), hasErrors: !errors.isEmpty, backLink: SiteURL.myDossiers.path).render(body)
    }

    static func postponement(_ page: PageContext, dossier: Dossier, values: [String: String], errors: [FieldError], csrf: String) -> String {
        let t = page.text.dossier
        let id = dossier.id!
        return Layout(page: page, title: t.postponeTitle, hasErrors: !errors.isEmpty, backLink: SiteURL.dossier(id).path).render([
            Forms.errorSummary(errors, title: page.text.layout.errorSummaryTitle),
            element("h1", [], [.plainText(t.postponeTitle)]),
            element("form", [("method", "post"), ("action", SiteURL.dossierPostponement(id).path), ("novalidate", "")], [
                Forms.csrf(csrf),
                Forms.textarea(name: "reason", label: t.postponeReason, value: values["reason"] ?? "", error: errors.first { $0.fieldID == "reason" }),
                Forms.textarea(name: "dates", label: t.postponeDates, hint: t.postponeDatesHint, value: values["dates"] ?? "", rows: 3,
                               error: errors.first { $0.fieldID == "dates" }),
                Forms.submit(t.postponeButton),
            ]),
        ])
    }

    /// The convocation (docs/pages.md#print): place, day, time, what to bring, the fee or its
    /// exemption.
    static func convocation(_ page: PageContext, dossier: Dossier, convocation: DossierOutcome.Convocation) -> String {
        let t = page.text.dossier
        let lastDay = dossier.availableOn.flatMap(CivilDate.init(iso:)).map { Deadlines.lastCollectionDay(availableOn: $0) }
        return Layout(page: page, title: t.convocationTitle, printable: true).render([
            element("p", [("class", "print-reference")], [.plainText(dossier.reference ?? "")]),
            element("h1", [], [.plainText(t.convocationTitle)]),
            element("p", [("class", "lead")], [.plainText(t.convocationBody(convocation.place, DossierFormat.day(convocation.day, page), convocation.time))]),
            element("p", [], [.plainText(DossierFormat.childName(dossier, page))]),
            element("h2", [], [.plainText(t.bringTitle)]),
            element("ul", [("class", "list")], [
                element("li", [], [.plainText(t.bringChild)]),
                element("li", [], [.plainText(t.bringConvocation)]),
                element("li", [], [.plainText(convocation.exempt ? t.bringExempt : t.bringFee(convocation.feeEUR))]),
            ]),
            lastDay.map { element("p", [], [.plainText(t.uncollectedWarning(DossierFormat.day($0, page)))]) } ?? .empty,
        ])
    }

    static func withdraw(_ page: PageContext, dossier: Dossier, csrf: String) -> String {
        let t = page.text.dossier
        return Layout(page: page, title: t.withdrawTitle, backLink: SiteURL.dossier(dossier.id!).path).render([
            element("h1", [], [.plainText(t.withdrawTitle)]),
            element("p", [], [.plainText(page.language.labelled(t.referenceLabel, dossier.reference ?? ""))]),
            element("p", [], [.plainText(t.withdrawBody)]),
            Forms.postButton(action: SiteURL.dossierWithdraw(dossier.id!).path, label: t.withdrawButton, csrf: csrf),
        ])
    }
}
