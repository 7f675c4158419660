import DCEMDossier
import DCEMRules
import Foundation
import TypedHTML

/// A filed dossier as the family follows it: the four steps, the one thing to do next, the
/// decision, the appointment, the history.
enum DossierView {
    static func status(_ page: PageContext, _ model: DossierStatusModel, csrf: String) -> RenderedHTML {
        let t = page.text.dossier
        let id = model.id
        return Layout(page: page, title: model.child, hasErrors: !model.errors.isEmpty, backLink: SiteURL.myDossiers.path).render { main in
            main.errorSummary(model.errors, title: page.text.layout.errorSummaryTitle)
            main.notice(model.notice)
            main.element(.h1, text: model.child)
            main.element(.p, .class("lead"), text: model.lead)
            main.element(.section, .class("section next-action")) { next in
                next.element(.h2, text: t.nextActionTitle)
                if let message = model.prefectureMessage {
                    next.element(.p, .class("panel")) { $0.element(.a, .href(message.href), text: message.label) }
                }
                switch model.next {
                case .answerRequest(let body, let documents, let sections):
                    next.element(.h3, text: t.requestTitle)
                    next.element(.p, text: body)
                    for document in documents {
                        next.element(.h4, .id("slot-\(document.slotID)"), text: document.label)
                        next.list(document.files, class: "file-list")
                        next.uploadForm(page, action: document.uploadAction, name: "file-\(document.slotID)", label: document.label, error: document.error,
                                        photos: document.photoDate != nil) { form in
                            guard let taken = document.photoDate else { return }
                            form.dateGroup(name: "taken", legend: t.photoTakenOn, hint: nil, labels: (t.day, t.month, t.year),
                                           value: (taken.day, taken.month, taken.year), error: taken.error)
                        }
                    }
                    next.element(.h3, text: t.correctTitle)
                    next.element(.p, text: t.correctLead)
                    next.element(.ul, .class("list")) { list in
                        for section in sections {
                            list.element(.li) { $0.element(.a, .href(section.href), text: section.label) }
                        }
                    }
                    next.postButton(action: SiteURL.dossierAnswer(id).path, label: t.requestAnswer, csrf: csrf)
                case .convocation(let declined, let body):
                    if let declined { next.element(.p, .class("panel panel--warn"), text: declined) }
                    next.element(.h3, text: t.convocationTitle)
                    next.element(.p, text: body)
                    next.element(.p) { $0.element(.a, .href(SiteURL.dossierConvocation(id).path), .class("button"), text: t.convocationLink) }
                    next.element(.p) { $0.element(.a, .href(SiteURL.dossierPostponement(id).path), text: t.postponeTitle) }
                case .postponementPending(let body, let convocation):
                    next.element(.p, .class("panel"), text: body)
                    if let convocation {
                        next.element(.h3, text: t.convocationTitle)
                        next.element(.p, text: convocation)
                        next.element(.p) { $0.element(.a, .href(SiteURL.dossierConvocation(id).path), .class("button"), text: t.convocationLink) }
                    }
                case .challenge(let challenge):
                    next.element(.h3, text: t.appealTitle)
                    next.challenge(challenge)
                    next.element(.p) { $0.element(.a, .href(challenge.letter.href), .class("button"), text: challenge.letter.label) }
                case .information(let lines):
                    for line in lines { next.element(.p, text: line) }
                case .nothing:
                    next.element(.p, text: t.nothingToDo)
                }
                if !model.rejected.isEmpty {
                    next.element(.h3, text: t.rejectedTitle)
                    next.list(model.rejected)
                }
            }
            main.element(.h2, text: t.stepsTitle)
            main.element(.ol, .class("steps")) { list in
                for step in model.steps {
                    list.element(.li, .class(step.current ? "step step--current" : step.done ? "step step--done" : "step"),
                                 .aria(.current, step.current ? "step" : nil)) { item in
                        item.element(.span, .class("step__title"), text: step.title)
                        item.element(.span, .class("step__detail"), text: step.detail)
                    }
                }
            }
            if let silence = model.silence { main.element(.p, .class("panel"), text: silence) }
            main.implicitRefusalChanges(page, model.implicitRefusalChanges)
            if let decision = model.decision {
                main.element(.h2, text: decision.title)
                if let reasons = decision.reasons { main.list(reasons) }
                for paragraph in decision.paragraphs { main.element(.p, text: paragraph) }
                if let issued = model.issuedDocument { main.element(.p) { $0.element(.a, .href(issued.href), text: issued.label) } }
            }
            main.element(.ul, .class("list")) { list in
                list.element(.li) { $0.element(.a, .href(SiteURL.dossierMessages(id).path), text: model.messagesLink) }
                list.element(.li) { $0.element(.a, .href(SiteURL.dossierReceipt(id).path), text: t.receiptLink) }
                list.element(.li) { $0.element(.a, .href(SiteURL.dossierCERFA(id).path), text: t.cerfaLink) }
                list.element(.li) { $0.element(.a, .href(SiteURL.dossierArchive(id).path), text: t.archiveLink) }
            }
            if model.allowed.contains(.renew) {
                main.element(.h2, text: t.renewTitle)
                main.element(.p, text: t.renewLead)
                main.postButton(action: SiteURL.dossierRenew(id).path, label: t.renewButton, csrf: csrf)
            }
            if model.allowed.contains(.startSibling) {
                main.element(.h2, text: t.siblingTitle)
                main.element(.p, text: t.siblingLead)
                main.postButton(action: SiteURL.dossierSibling(id).path, label: t.siblingButton, csrf: csrf, secondary: true)
            }
            if model.allowed.contains(.withdraw) {
                main.element(.p) { $0.element(.a, .href(SiteURL.dossierWithdraw(id).path), text: t.withdrawTitle) }
            }
            main.element(.h2, text: t.historyTitle)
            main.timeline(model.history)
        }
    }

    static func postponement(_ page: PageContext, _ model: PostponementFormModel, csrf: String) -> RenderedHTML {
        let t = page.text.dossier
        let errors = model.errors
        func error(_ field: PostponementRequestCommand.Field) -> FieldError? {
            errors.first { $0.fieldID == field.rawValue || $0.fieldID == field.rawValue + "-day" }
        }
        func value(_ name: String) -> String { model.values[name] ?? "" }
        return Layout(page: page, title: t.postponeTitle, hasErrors: !errors.isEmpty, backLink: SiteURL.dossier(model.id).path).render { main in
            main.errorSummary(errors, title: page.text.layout.errorSummaryTitle)
            main.element(.h1, text: t.postponeTitle)
            if let appointment = model.appointment { main.element(.p, .class("lead"), text: appointment) }
            main.element(.form, .method(.post), .action(SiteURL.dossierPostponement(model.id).path), .novalidate()) { form in
                form.csrf(csrf)
                form.textarea(name: PostponementRequestCommand.Field.reason.rawValue, label: t.postponeReason,
                              value: value(PostponementRequestCommand.Field.reason.rawValue), error: error(.reason))
                let from = PostponementRequestCommand.Field.availableFrom.rawValue
                form.dateGroup(name: from, legend: t.postponeFrom, hint: model.fromHint, labels: (t.day, t.month, t.year),
                               value: (value("\(from)-day"), value("\(from)-month"), value("\(from)-year")), error: error(.availableFrom))
                form.textarea(name: PostponementRequestCommand.Field.details.rawValue, label: t.postponeDates, hint: t.postponeDatesHint,
                              value: value(PostponementRequestCommand.Field.details.rawValue), rows: 3, error: error(.details))
                form.submit(t.postponeButton)
            }
        }
    }

    /// The printable convocation (docs/pages.md#print).
    static func convocation(_ page: PageContext, _ model: ConvocationModel) -> RenderedHTML {
        let t = page.text.dossier
        return Layout(page: page, title: t.convocationTitle, printable: true, printReference: model.reference).render { main in
            main.element(.h1, text: t.convocationTitle)
            main.element(.p, .class("lead"), text: model.body)
            main.element(.p, text: model.child)
            main.element(.h2, text: t.bringTitle)
            main.list([t.bringChild, t.bringApplicant, t.bringPassport, t.bringConvocation, model.bringFee])
            if let lastDay = model.lastDay { main.element(.p, text: lastDay) }
        }
    }

    /// The printable decision letter of a refusal (docs/pages.md#print): it carries its reference
    /// and the appeal routes, so that it can be joined to an appeal.
    static func decisionLetter(_ page: PageContext, _ model: DecisionLetterModel) -> RenderedHTML {
        let t = page.text.dossier
        return Layout(page: page, title: t.decisionLetterTitle, printable: true, printReference: model.reference).render { main in
            main.element(.p, text: model.service)
            main.element(.h1, text: t.decisionLetterTitle)
            main.element(.p, .class("lead"), text: model.dated)
            main.element(.p, text: page.language.labelled(t.referenceLabel, model.reference))
            main.element(.p, text: model.child)
            main.element(.h2, text: model.decision.title)
            if let reasons = model.decision.reasons { main.list(reasons) }
            for paragraph in model.decision.paragraphs { main.element(.p, text: paragraph) }
            main.element(.h2, text: t.appealTitle)
            main.challenge(model.challenge, printed: true)
        }
    }

    static func deleteDraft(_ page: PageContext, dossier id: UUID, child: String, csrf: String) -> RenderedHTML {
        let t = page.text.dossier
        return Layout(page: page, title: t.deleteDraftTitle, backLink: SiteURL.dossier(id).path).render { main in
            main.element(.h1, text: t.deleteDraftTitle)
            main.element(.p, .class("lead"), text: child)
            main.element(.p, text: t.deleteDraftBody)
            main.postButton(action: SiteURL.dossierDelete(id).path, label: t.deleteDraftButton, csrf: csrf, secondary: true)
        }
    }

    static func withdraw(_ page: PageContext, dossier id: UUID, reference: String, csrf: String) -> RenderedHTML {
        let t = page.text.dossier
        return Layout(page: page, title: t.withdrawTitle, backLink: SiteURL.dossier(id).path).render { main in
            main.element(.h1, text: t.withdrawTitle)
            main.element(.p, text: page.language.labelled(t.referenceLabel, reference))
            main.element(.p, text: t.withdrawBody)
            main.postButton(action: SiteURL.dossierWithdraw(id).path, label: t.withdrawButton, csrf: csrf)
        }
    }
}

extension HTMLWriter {
    /// The appeal routes, their last day and court, and after an implicit refusal the right to its reasons.
    mutating func challenge(_ challenge: DossierStatusModel.Challenge, printed: Bool = false) {
        element(.p, text: challenge.lead)
        list(challenge.routes)
        element(.p, text: challenge.note)
        if let reasons = challenge.reasons {
            element(.p, text: reasons.lead)
            // On paper the link is no use: the sentence above says what to ask.
            if !printed { element(.p) { $0.element(.a, .href(reasons.request.href), text: reasons.request.label) } }
        }
    }
}
