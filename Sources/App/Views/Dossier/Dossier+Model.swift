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
    }

    struct Link: Sendable {
        let label: String
        let href: String
    }

    enum Next: Sendable {
        case answerRequest(body: String, documents: [RequestedDocument], sections: [Link])
        case convocation(declined: String?, body: String)
        case postponementSent
        case nothing
    }

    /// The decision as the family reads it: refusal reasons listed, appeal routes when it is a refusal.
    struct Decision: Sendable {
        let title: String
        let reasons: [String]?
        let paragraphs: [String]
        let appeal: Bool
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
    let messagesLink: String
    let allowed: Set<FamilyAction>
    let history: [String]

    init(_ page: PageContext, dossier: Dossier, allowed: Set<FamilyAction>, events: [DossierEvent], documents: [DossierDocument],
         messageCount: Int, errors: [FieldError], notice: Notice?, csrf: String, agentNames: [UUID: String]) {
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
            let done = current.map { step < $0 } ?? false
            let isCurrent = current == step
            let date = stepDates[step] ?? nil
            // The current step: an event (filing, decision) was done that day; a lasting one runs since then.
            let lasts = step == .instruction || (step == .documentAvailable && state != .delivered)
            let detail = isCurrent ? (date.map { lasts ? t.stepSince(DossierFormat.day($0, page)) : t.stepDone(DossierFormat.day($0, page)) } ?? t.stepCurrent)
                : done ? t.stepDone(DossierFormat.day(date ?? nil, page)) : t.stepLater
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
                                         error: errors.first { $0.fieldID == "file-\(slot.id)" })
            }
            next = .answerRequest(body: t.requestBody(request.why, DossierFormat.day(request.replyBy, page)), documents: asked,
                                  sections: [DossierSection.child, .parents, .applicant, .address, .documents, .photos].map {
                                      Link(label: t.sectionTitle($0), href: SiteURL.dossierSection(id, $0).path)
                                  })
        } else if allowed.contains(.requestPostponement), let convocation = outcome?.convocation {
            let declined = outcome?.postponement.flatMap { $0.answer == .declined ? t.postponeDeclined($0.declinedReason ?? "") : nil }
            next = .convocation(declined: declined, body: t.convocationBody(convocation.place, DossierFormat.day(convocation.day, page), convocation.time))
        } else if state == .postponementRequested {
            next = .postponementSent
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
                if let number = outcome.childForeignerNumber { lines.append(t.foreignerNumberLine(number)) }
                if state == .delivered, let delivered = events.last(where: { $0.kind == .action(.handOver) }) {
                    lines.append(t.deliveredOn(DossierFormat.day(zone.today(at: delivered.at), page)))
                }
                decision = Decision(title: t.grantedTitle, reasons: nil, paragraphs: lines, appeal: false)
            } else {
                decision = nil
            }
        case .refused:
            decision = Decision(title: t.refusedTitle, reasons: (outcome?.storedRefusalReasons ?? []).map { $0.label(page.text) },
                                paragraphs: outcome?.refusalText.map { [$0] } ?? [], appeal: true)
        case .implicitlyRefused:
            decision = Decision(title: t.implicitRefusalTitle, reasons: nil,
                                paragraphs: [t.implicitRefusalBody(DossierFormat.day(dossier.implicitRefusalOn, page))], appeal: true)
        default:
            decision = nil
        }

        self.notice = switch notice {
        case .answered: t.requestAnswered
        case .postponementRequested: t.postponeSent
        case .withdrawn: t.withdrawnNotice
        case .messageSent, .done, nil: nil
        }
        silence = state.clockRuns ? dossier.implicitRefusalOn.map { t.silenceExplained(DossierFormat.day($0, page)) } : nil
        implicitRefusalChanges = ImplicitRefusalChanges.of(events, in: zone).map { ImplicitRefusalChangesView.line(page, $0) }
        messagesLink = t.messagesLink(messageCount)
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
        lastDay = dossier.availableOn.flatMap(CivilDate.init(iso:)).map {
            t.uncollectedWarning(DossierFormat.day(Deadlines.lastCollectionDay(availableOn: $0), page))
        }
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
