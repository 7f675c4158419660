import DCEMDossier
import DCEMRules
import Foundation

/// A filed dossier as the family follows it, computed by the controller: the four steps, the one
/// thing to do next, the decision, the history. `allowed` is what `DossierPolicy` lets the family
/// do in the dossier's state; the page offers exactly those actions.
struct DossierStatusModel: Sendable {
    struct Step: Sendable {
        let title: String
        let detail: String
        let current: Bool
        let done: Bool
    }

    /// A document the préfecture asked for: its slot, the files sent since, its upload form.
    struct RequestedDocument: Sendable {
        let slotID: String
        let label: String
        let files: [String]
        let uploadAction: String
        let error: FieldError?
        /// The photos' slot asks the day each was taken, as the photos page does (their age is checked).
        let photoDate: PhotoDate?
    }

    /// The day a photo sent in answer was taken: what was typed, and its error.
    struct PhotoDate: Sendable {
        let day: String
        let month: String
        let year: String
        let error: FieldError?
    }

    struct Link: Sendable {
        let label: String
        let href: String
    }

    enum Next: Sendable {
        case answerRequest(body: String, documents: [RequestedDocument], sections: [Link])
        case convocation(declined: String?, body: String)
        /// Another appointment asked: the first one stands until the préfecture answers.
        case postponementPending(body: String, convocation: String?)
        /// A refusal, explicit or implicit: how to challenge it, until when, before which court.
        case challenge(Challenge)
        /// Granted, document on its way, handed over, withdrawn: what happens next, in a sentence or two.
        case information([String])
        case nothing
    }

    /// The decision as the family reads it: refusal reasons listed, or the document's validity.
    struct Decision: Sendable {
        let title: String
        let reasons: [String]?
        let paragraphs: [String]
    }

    /// How to challenge a refusal (docs/law.md#appeal), on the case page and the decision letter.
    struct Challenge: Sendable {
        let lead: String
        let routes: [String]
        let note: String
        /// After an implicit refusal: the right to ask for its reasons, and the message that asks.
        let reasons: (lead: String, request: Link)?
        let letter: Link

        init(_ page: PageContext, dossier: Dossier, state: DossierState) {
            let t = page.text.dossier
            let id = dossier.id!
            let court = (dossier.competentDepartement ?? .paris).administrativeCourt.name
            let decidedOn = state == .implicitlyRefused ? dossier.implicitRefusalDay : dossier.decidedOn.flatMap(CivilDate.init(iso:))
            let lastDay = decidedOn.map { DossierFormat.day(Appeal.lastDay(decidedOn: $0), page) }
            lead = lastDay.map(t.challengeLead) ?? t.challengeLeadUndated
            routes = [t.challengeGracieux, t.challengeHierarchique, t.challengeCourt(court)]
            note = t.challengeNote
            reasons = state == .implicitlyRefused
                ? (lead: t.reasonsLead(lastDay ?? ""), request: Link(label: t.reasonsLink, href: SiteURL.dossierMessages(id).path(template: .reasons)))
                : nil
            letter = Link(label: t.decisionLetterLink, href: SiteURL.dossierDecision(id).path)
        }
    }

    let id: UUID
    let child: String
    let lead: String
    let errors: [FieldError]
    let notice: String?
    let next: Next
    let rejected: [String]
    let steps: [Step]
    let silence: String?
    let implicitRefusalChanges: [String]
    let decision: Decision?
    /// The DCEM handed over, once there is one: its own page (docs/pages.md#issued-documents).
    var issuedDocument: (href: String, label: String)? = nil
    let messagesLink: String
    /// The préfecture's latest message, not answered: shown first in "what to do".
    let prefectureMessage: Link?
    let allowed: Set<FamilyAction>
    let history: [String]

    init(_ page: PageContext, dossier: Dossier, allowed: Set<FamilyAction>, events: [DossierEvent], documents: [DossierDocument],
         messageCount: Int, prefectureWrote: Date? = nil, errors: [FieldError], values: [String: String] = [:], notice: Notice?, csrf: String,
         agentNames: [UUID: String]) {
        let t = page.text.dossier
        let id = dossier.id!
        let state = dossier.currentState
        let outcome = dossier.decodedOutcome()
        let zone = dossier.competentDepartement ?? .paris
        self.id = id
        self.allowed = allowed
        self.errors = errors
        child = DossierFormat.childName(dossier, page)
        lead = page.language.labelled(t.referenceLabel, "\(dossier.reference ?? "") — \(state.label(in: page.language))")

        let current = state.familyStep
        let stepDates: [FamilyStep: String?] = [
            .filing: dossier.filedOn, .instruction: dossier.instructionStartedOn, .decision: dossier.decidedOn, .documentAvailable: dossier.availableOn,
        ]
        steps = FamilyStep.allCases.map { step in
            // Outside the four steps (withdrawn, not collected), a step is done if it happened.
            let done = current.map { step < $0 } ?? ((stepDates[step] ?? nil) != nil)
            let isCurrent = current == step
            let date = stepDates[step] ?? nil
            // The current step: an event (filing, decision) was done that day; a lasting one runs since then.
            let lasts = step == .instruction || (step == .documentAvailable && state != .delivered)
            let detail = isCurrent ? (date.map { lasts ? t.stepSince(DossierFormat.day($0, page)) : t.stepDone(DossierFormat.day($0, page)) } ?? t.stepCurrent)
                // A step done without a date was skipped (silence from filing to refusal): it did not apply.
                : done ? (date.map { t.stepDone(DossierFormat.day($0, page)) } ?? t.stepNotApplicable)
                : state.endsWithoutDocument ? t.stepNotApplicable : t.stepLater
            return Step(title: step.label(in: page.language), detail: detail, current: isCurrent, done: done)
        }

        if allowed.contains(.answerRequest), let request = outcome?.request {
            let asked = request.codes.compactMap(DocumentCode.init(rawValue:)).map { code in
                let slot = UploadSlot(code: code)
                return RequestedDocument(slotID: slot.id, label: code.label(in: page.language),
                                         files: documents.filter { $0.slot == slot.id && $0.afterFiling }.map {
                                             t.fileLine($0.originalName, DossierFormat.size($0.size, page.language))
                                         },
                                         uploadAction: DossierDocumentsView.uploadAction(.dossierUpload(id, slot), csrf: csrf),
                                         error: errors.first { $0.fieldID == "file-\(slot.id)" },
                                         photoDate: !UploadSlot.holdsPhotos(slot.id) ? nil
                                             : PhotoDate(day: values["taken-day"] ?? "", month: values["taken-month"] ?? "", year: values["taken-year"] ?? "",
                                                         error: errors.first { $0.fieldID == "taken-day" }))
            }
            next = .answerRequest(body: t.requestBody(request.why, DossierFormat.day(request.replyBy, page)), documents: asked,
                                  sections: [DossierSection.child, .parents, .applicant, .address, .documents, .photos].map {
                                      Link(label: t.sectionTitle($0), href: SiteURL.dossierSection(id, $0).path)
                                  })
        } else if allowed.contains(.requestPostponement), let convocation = outcome?.convocation {
            let declined = outcome?.postponement.flatMap { $0.answer == .declined ? t.postponeDeclined($0.declinedReason ?? "") : nil }
            next = .convocation(declined: declined, body: t.convocationBody(convocation.place, DossierFormat.day(convocation.day, page), convocation.time))
        } else if state == .postponementRequested {
            let asked = outcome?.postponement
            let appointment = outcome?.convocation.map { t.appointmentAt(DossierFormat.day($0.day, page), $0.time) } ?? ""
            let from = asked?.availableFrom.map { DossierFormat.day($0, page) }
            next = .postponementPending(body: from.map { t.postponePending($0, appointment) } ?? t.postponeSent,
                                        convocation: outcome?.convocation.map {
                                            t.convocationBody($0.place, DossierFormat.day($0.day, page), $0.time)
                                        })
        } else if state.isRefusal {
            next = .challenge(Challenge(page, dossier: dossier, state: state))
        } else if state == .granted {
            next = .information([t.grantedNext])
        } else if state == .delivered, let until = outcome?.validUntil.flatMap(CivilDate.init(iso:)) {
            // The préfecture has as long to answer a renewal as any application: ask that long before the end.
            let months = Parameters.implicitRefusalMonths.value(on: until)
            next = .information([t.renewBy(DossierFormat.day(until, page), DossierFormat.day(until.adding(months: -months), page), months)])
        } else if state == .withdrawn {
            next = .information([t.withdrawnNext])
        } else {
            next = .nothing
        }

        // What the préfecture rejected, and why: the family knows what to send again.
        rejected = state == .awaitingDocuments || state == .underInstruction
            ? documents.filter { $0.verdict == DocumentVerdict.rejected.rawValue }.map { file in
                let label = UploadSlot(id: file.slot).map { DossierFormat.slotLabel(page, $0) } ?? t.photosTitle
                return t.rejectedLine(label, file.verdictReason ?? "")
            }
            : []

        switch state {
        case .granted, .documentAvailable, .postponementRequested, .delivered:
            if let outcome {
                let territory = outcome.territory.flatMap(Territory.init(rawValue:))?.label(in: page.language) ?? ""
                var lines = [t.grantedBody(DossierFormat.day(outcome.validFrom, page), DossierFormat.day(outcome.validUntil, page), territory)]
                if let number = outcome.dcemNumber, !number.isEmpty { lines.append(t.dcemNumberLine(number)) }
                if let number = outcome.childForeignerNumber { lines.append(t.foreignerNumberLine(number)) }
                if state == .delivered, let delivered = events.last(where: { $0.kind == .action(.handOver) }) {
                    lines.append(t.deliveredOn(DossierFormat.day(zone.today(at: delivered.at), page)))
                }
                decision = Decision(title: t.grantedTitle, reasons: nil, paragraphs: lines)
            } else {
                decision = nil
            }
        case .refused, .implicitlyRefused:
            decision = Decision(refusalOf: dossier, state: state, page)
        default:
            decision = nil
        }

        self.notice = switch notice {
        case .answered: t.requestAnswered
        // The case page's panel already says the request was sent, and what stands meanwhile.
        case .postponementRequested: nil
        case .withdrawn: t.withdrawnNotice
        case .messageSent, .done, .recorded, .draftDeleted, .agentDisabled, .agentEnabled, .agentCodeReset, .closedDayAdded, .closedDayRemoved,
             .lapseDeclared, .lossDeclared, .observationsSent, nil: nil
        }
        silence = state.clockRuns ? dossier.implicitRefusalOn.map { t.silenceExplained(DossierFormat.day($0, page)) } : nil
        implicitRefusalChanges = ImplicitRefusalChanges.of(events, in: zone).map { ImplicitRefusalChangesView.line(page, $0) }
        messagesLink = t.messagesLink(messageCount)
        prefectureMessage = prefectureWrote.map {
            Link(label: t.prefectureWrote(DossierFormat.day(zone.today(at: $0), page)), href: SiteURL.dossierMessages(id).path)
        }
        history = DossierHistoryLine.collapsed(events.map { event in
            "\(DossierFormat.day(zone.today(at: event.at), page)) — \(DossierHistoryLine.text(page, event, agentNames: agentNames, reader: .family))"
        })
    }
}

/// The convocation (docs/pages.md#print): place, day, time, what to bring, the fee or its
/// exemption, the last day to collect.
struct ConvocationModel: Sendable {
    let reference: String
    let child: String
    let body: String
    let bringFee: String
    let lastDay: String?

    init(_ page: PageContext, dossier: Dossier, convocation: DossierOutcome.Convocation) {
        let t = page.text.dossier
        reference = dossier.reference ?? ""
        child = DossierFormat.childName(dossier, page)
        body = t.convocationBody(convocation.place, DossierFormat.day(convocation.day, page), convocation.time)
        bringFee = convocation.exempt ? t.bringExempt : t.bringFee(convocation.feeEUR)
        lastDay = dossier.lastCollectionDay.map { t.uncollectedWarning(DossierFormat.day($0, page)) }
    }
}

extension DossierStatusModel.Decision {
    /// A refusal as the family reads it: the reasons and the agent's text, or what an implicit refusal is.
    init(refusalOf dossier: Dossier, state: DossierState, _ page: PageContext) {
        let t = page.text.dossier
        let outcome = dossier.decodedOutcome()
        if state == .implicitlyRefused {
            self.init(title: t.implicitRefusalTitle, reasons: nil, paragraphs: [t.implicitRefusalBody(DossierFormat.day(dossier.implicitRefusalOn, page))])
        } else {
            self.init(title: t.refusedTitle, reasons: (outcome?.storedRefusalReasons ?? []).map { $0.label(page.text) },
                      paragraphs: outcome?.refusalText.map { [$0] } ?? [])
        }
    }
}

/// The printable decision letter of a refusal (docs/pages.md#print): who decided, when, what,
/// why, and how to challenge it.
struct DecisionLetterModel: Sendable {
    let reference: String
    let service: String
    let dated: String
    let child: String
    let decision: DossierStatusModel.Decision
    let challenge: DossierStatusModel.Challenge

    init(_ page: PageContext, dossier: Dossier, state: DossierState) {
        let t = page.text.dossier
        let zone = dossier.competentDepartement ?? .paris
        reference = dossier.reference ?? ""
        service = zone.serviceName
        let day = state == .implicitlyRefused ? dossier.implicitRefusalOn : dossier.decidedOn
        dated = t.decisionDated(DossierFormat.day(day, page))
        child = DossierFormat.childName(dossier, page)
        decision = .init(refusalOf: dossier, state: state, page)
        challenge = .init(page, dossier: dossier, state: state)
    }
}

extension DossierStatusModel {
    /// An answer's missing documents as the errors of their upload forms (`file-<slot>`), for the page and the API.
    static func requestErrors(_ missing: [DocumentCode], _ page: PageContext) -> [FieldError] {
        missing.map { code in
            let slot = UploadSlot(code: code)
            return FieldError(fieldID: "file-\(slot.id)",
                              message: page.text.dossier.requestMissing(DossierFormat.slotLabel(page, slot), code == .childPhotos))
        }
    }
}

/// The form asking for another appointment (docs/states.md#postponement): the appointment it
/// would move, the days that may be proposed, what was typed.
struct PostponementFormModel: Sendable {
    let id: UUID
    let appointment: String?
    let fromHint: String
    let values: [String: String]
    let errors: [FieldError]

    init(_ page: PageContext, dossier: Dossier, today: CivilDate, values: [String: String], errors: [FieldError]) {
        let t = page.text.dossier
        id = dossier.id!
        appointment = dossier.decodedOutcome()?.convocation.map { t.convocationBody($0.place, DossierFormat.day($0.day, page), $0.time) }
        let (first, last) = Self.bounds(page, dossier: dossier, today: today)
        fromHint = t.postponeFromHint(first, last)
        self.values = values
        self.errors = errors
    }

    /// The first and last days that may be proposed, as the page writes them.
    static func bounds(_ page: PageContext, dossier: Dossier, today: CivilDate) -> (first: String, last: String?) {
        (DossierFormat.day(today.adding(days: 1), page), dossier.lastCollectionDay.map { DossierFormat.day($0, page) })
    }

    /// The command's errors in the family's words, each on its field; the API names the same fields.
    static func errors(_ failure: ActionFieldErrors, _ page: PageContext, dossier: Dossier, today: CivilDate) -> [FieldError] {
        let t = page.text.dossier
        typealias Field = PostponementRequestCommand.Field
        return failure.errors.map { error in
            let label = error.field.hasPrefix(Field.availableFrom.rawValue) ? t.postponeFrom
                : error.field == Field.details.rawValue ? t.postponeDates : t.postponeReason
            let message: String = switch error.problem {
            case .invalidDate, .missing where error.field.hasPrefix(Field.availableFrom.rawValue):
                { let (first, last) = bounds(page, dossier: dossier, today: today); return t.postponeFromInvalid(first, last) }()
            case .tooLong(let max): t.postponeTooLong(label, max)
            case .controlCharacters: t.controlCharactersInText(label)
            case .missing, .noneChosen, .notANumber: t.missing(label)
            }
            return FieldError(fieldID: error.field, message: message)
        }
    }
}
