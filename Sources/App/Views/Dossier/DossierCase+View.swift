import DCEMRules
import Plot

/// A filed dossier as the family follows it: the four steps, the one thing to do next, the
/// decision, the appointment, the history.
enum DossierCaseView {
    static func status(_ page: PageContext, dossier: Dossier, events: [DossierEvent], today: CivilDate, csrf: String) -> String {
        let t = page.text.dossier
        let id = dossier.id!
        let state = dossier.caseState
        let outcome = dossier.decodedOutcome()
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
                element("span", [("class", "step__title")], [.text(step.label(in: page.language))]),
                element("span", [("class", "step__detail")], [.text(detail)]),
            ])
        }

        var next: [BodyNode] = []
        if state == .awaitingDocuments, let request = outcome?.request {
            next.append(element("h3", [], [.text(t.requestTitle)]))
            next.append(element("ul", [("class", "list")], request.codes.compactMap(DocumentCode.init(rawValue:)).map { element("li", [], [.text($0.label(in: page.language))]) }))
            next.append(element("p", [], [.text(t.requestBody(request.why, DossierFormat.day(request.replyBy, page)))]))
        } else {
            next.append(element("p", [], [.text(t.nothingToDo)]))
        }

        var decision: [BodyNode] = []
        switch state {
        case .granted, .documentAvailable, .postponementRequested, .delivered:
            if let outcome {
                let territory = outcome.territory.flatMap(Territory.init(rawValue:))?.label(in: page.language) ?? ""
                decision = [element("h2", [], [.text(t.grantedTitle)]),
                            element("p", [], [.text(t.grantedBody(DossierFormat.day(outcome.validFrom, page), DossierFormat.day(outcome.validUntil, page), territory))])]
            }
        case .refused:
            decision = [element("h2", [], [.text(t.refusedTitle)]),
                        element("ul", [("class", "list")], (outcome?.refusalReasons ?? []).map { element("li", [], [.text($0)]) }),
                        outcome?.refusalText.map { element("p", [], [.text($0)]) } ?? .empty,
                        element("h3", [], [.text(t.appealTitle)]), element("p", [], [.text(t.appealRoutes)])]
        case .implicitlyRefused:
            decision = [element("h2", [], [.text(t.implicitRefusalTitle)]),
                        element("p", [], [.text(t.implicitRefusalBody(DossierFormat.day(dossier.implicitRefusalOn, page)))]),
                        element("h3", [], [.text(t.appealTitle)]), element("p", [], [.text(t.appealRoutes)])]
        default:
            break
        }

        var body: [BodyNode] = [
            element("h1", [], [.text(DossierFormat.childName(dossier, page))]),
            element("p", [("class", "lead")], [.text("\(t.referenceLabel) : \(dossier.reference ?? "") — \(state.label(in: page.language))")]),
            element("section", [("class", "section next-action")], [element("h2", [], [.text(t.nextActionTitle)])] + next),
            element("h2", [], [.text(t.stepsTitle)]),
            element("ol", [("class", "steps")], steps),
        ]
        if state.clockRuns, let silence = dossier.implicitRefusalOn {
            body.append(element("p", [("class", "panel")], [.text(t.silenceExplained(DossierFormat.day(silence, page)))]))
        }
        body += decision
        body.append(element("ul", [("class", "list")], [
            element("li", [], [element("a", [("href", SiteURL.dossierReceipt(id).path)], [.text(t.receiptLink)])]),
            element("li", [], [element("a", [("href", SiteURL.dossierCERFA(id).path)], [.text(t.cerfaLink)])]),
        ]))
        if Workflow.allowedActions(from: state, for: .family).contains(.withdraw) {
            body.append(element("p", [], [element("a", [("href", SiteURL.dossierWithdraw(id).path)], [.text(t.withdrawTitle)])]))
        }
        body.append(element("h2", [], [.text(t.historyTitle)]))
        body.append(element("ol", [("class", "timeline")], events.map { event in
            element("li", [], [.text("\(DossierFormat.day(Departement.paris.today(at: event.at).iso, page)) — \(t.eventLabel(event.action))")])
        }))
        return Layout(page: page, title: DossierFormat.childName(dossier, page), backLink: SiteURL.myApplications.path).render(body)
    }

    static func withdraw(_ page: PageContext, dossier: Dossier, csrf: String) -> String {
        let t = page.text.dossier
        return Layout(page: page, title: t.withdrawTitle, backLink: SiteURL.dossier(dossier.id!).path).render([
            element("h1", [], [.text(t.withdrawTitle)]),
            element("p", [], [.text("\(t.referenceLabel) : \(dossier.reference ?? "")")]),
            element("p", [], [.text(t.withdrawBody)]),
            Forms.postButton(action: SiteURL.dossierWithdraw(dossier.id!).path, label: t.withdrawButton, csrf: csrf),
        ])
    }
}
