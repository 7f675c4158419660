import DCEMDossier
import DCEMRules
import Foundation

/// What the case page shows (docs/pages.md#back-office), computed by the controller from the case,
/// its files, events and messages, and the rules applied once: the view only writes it out.
struct BackOfficeDossierModel: Sendable {
    struct Link: Sendable {
        let href: String
        let label: String
    }

    /// The rules' assessment on one day; nil when the situation is not fully answered.
    struct Evaluation: Sendable {
        let outcome: String
        let grounds: [String]
        let fee: String?
        let validity: String?
        /// The documents the grounds call for; none, and the list is left out.
        let documents: [String]
    }

    /// One form per action the state allows the préfecture (`DossierPolicy`).
    struct ActionForm: Sendable {
        enum Field: Sendable {
            case paragraph(String)
            case checkboxes(prefix: String, legend: String, choices: [Choice], checked: Set<String>, error: FieldError?)
            case textarea(name: String, label: String, value: String, error: FieldError?)
            case date(name: String, legend: String, hint: String?, value: (day: String, month: String, year: String), error: FieldError?)
            case input(name: String, label: String, value: String, error: FieldError?)
        }

        let action: String
        let fields: [Field]
        let button: String
    }

    struct Document: Sendable {
        let label: String
        /// The file's name and size.
        let file: String
        /// "added after filing", for a file the family sent later.
        let addedAfterFiling: String?
        let view: Link
        /// The verdict and its reason, or "no verdict yet".
        let status: String
        let verdictAction: String
        /// The buttons' name; the reason's field is this name with `-reason`.
        let verdictName: String
        let reason: String
        let reasonError: FieldError?
        /// The verdict the page shows (`seenField`): a colleague's verdict given meanwhile is not overwritten unseen.
        let seen: String
        /// The document beside the answers (docs/pages.md#reviewing-documents).
        let review: Link
        let id: UUID
        /// A picture, shown as an image; otherwise a PDF in a frame.
        let isImage: Bool
        /// The item's id: a verdict brings the agent back to this file, not to the top of the page.
        let anchor: String
    }

    struct Message: Sendable {
        let fromFamily: Bool
        let byLine: String
        let paragraphs: [String]
        let attachment: Link?
    }

    /// The case's id: the review page's links lead back to it.
    let id: UUID
    let title: String
    let errors: [FieldError]
    let notice: String?
    /// The child's name and the state.
    let lead: String
    let deadline: String
    let familyLine: String?
    /// Nil unless the case was filed at the counter (rule 19).
    let assistedAccess: AssistedAccessModel?
    let assignment: String
    let assignAction: String
    /// `me` or `none`: what the assignment button does.
    let assignTo: String
    let assignButton: String
    /// Who the page shows the case assigned to (`assignSeenField`): taking or giving back a case a
    /// colleague took meanwhile is refused, not done unseen.
    let assignSeen: (name: String, value: String)
    /// The family's postponement request, above the forms that answer it.
    /// What the préfecture decided and asked, as it was made: requests, decision, convocation, hand-over.
    let record: [SummaryRow]
    /// The DCEM handed over, once there is one: its own page (docs/pages.md#issued-documents).
    var issuedDocument: (href: String, label: String)? = nil
    let postponement: String?
    /// Actions the state allows whose day has not come: when each will be possible.
    let later: [String]
    /// The case's version as a hidden field, sent back with each action: a form older than the case is refused.
    let version: (name: String, value: String)
    let actions: [ActionForm]
    let atFilingTitle: String
    let atFiling: Evaluation?
    let asOfTodayTitle: String
    /// Most days nothing has changed since the filing: the page says so rather than repeat it.
    let sameAsFiling: Bool
    let asOfToday: Evaluation?
    let answers: [SummarySection]
    let documents: [Document]
    /// The buttons that give a file its verdict.
    let verdicts: [Choice]
    let messages: [Message]
    let messageAction: String
    let messageBody: String
    let messageError: FieldError?
    let timeline: [String]

    /// `assessment`: the rules applied once for this page; `actions`: what `DossierPolicy` allows in the case's state.
    init(_ page: PageContext, agent: SignedInAgent, dossier: Dossier, familyEmail: String?, familyHasPassword: Bool, assignedName: String?,
         documents: [DossierDocument], events: [DossierEvent], agentNames: [UUID: String], messages: [DossierMessage], today: CivilDate,
         assessment: DossierAssessment, actions: [DossierAction], freeSlot: FreeSlot? = nil, errors: [FieldError], values: [String: String],
         notice: String?) {
        let t = page.text.dossierDesk
        record = Self.record(page, dossier, events: events)
        later = DossierPolicy.agentTransitionsLater(in: dossier.currentState, context: dossier.transitionContext(today: today)).map {
            t.possibleFrom($0.action.label(in: page.language), DossierFormat.day($0.from, page))
        }
        let d = page.text.dossier
        let id = dossier.id!
        let state = dossier.currentState
        let zone = dossier.competentDepartement ?? .paris
        func error(_ field: String) -> FieldError? { errors.first { $0.fieldID == field } }
        func value(_ field: String) -> String { values[field] ?? "" }

        self.id = dossier.id!
        title = page.text.backOffice.dossierTitle(dossier.reference ?? "")
        self.errors = errors
        self.notice = notice
        lead = "\(DossierFormat.childName(dossier, page)) — \(state.label(in: page.language))"
        deadline = Self.deadline(page, dossier, today: today)
        familyLine = familyEmail.map(t.familyLine)
        assistedAccess = AssistedAccessModel(page, dossier: dossier, familyEmail: familyEmail, familyHasPassword: familyHasPassword,
                                             values: values, errors: errors)
        assignment = (assignedName.map(t.assignedTo) ?? t.notAssigned) + " — " + t.assignedLine
        assignAction = SiteURL.backOfficeDossierAssign(id).path
        let assignedToMe = dossier.assignedAgentID == agent.id
        assignTo = assignedToMe ? "none" : "me"
        assignButton = assignedToMe ? t.unassign : t.assignToMe
        assignSeen = (BackOfficeDossierController.assignSeenField, BackOfficeDossierController.assignee(dossier.assignedAgentID))

        let outcome = dossier.decodedOutcome()
        postponement = actions.isEmpty || state != .postponementRequested ? nil
            : outcome?.postponement.map { t.postponementLine($0.reason, $0.availableFrom.map { DossierFormat.day($0, page) }, $0.proposedDates) }
        version = (AgentCommand.versionField, String(dossier.version))
        // At the counter, the agent sees which appointment the family was given; before accepting
        // another, that one and the first free slot from the day the family can come.
        let appointment = outcome?.convocation.map { t.handOverAppointment(DossierFormat.day($0.day, page), $0.time) }
        let slotLine = freeSlot.map { t.firstFreeSlot(DossierFormat.day($0.from, page), DossierFormat.day($0.day, page), $0.time) }
        self.actions = actions.map { action in
            ActionForm(action: SiteURL.backOfficeDossierAction(id, action).path,
                       fields: Self.fields(page, action, assessment: assessment, today: today, appointment: appointment,
                                           freeSlot: action == .acceptPostponement ? slotLine : nil, errors: errors,
                                           values: action == .acceptPostponement && values.isEmpty ? Self.proposedDay(dossier) : values),
                       button: action.label(in: page.language))
        }

        // The rules as of the filing date (what the decision judges) and as of today.
        atFilingTitle = t.asOfFiling(DossierFormat.day(assessment.filedOn, page))
        atFiling = assessment.atFiling.map { Self.evaluation(page, $0) }
        asOfTodayTitle = t.asOfToday(DossierFormat.day(today, page))
        sameAsFiling = assessment.sameAsFiling
        asOfToday = assessment.asOfToday.map { Self.evaluation(page, $0) }
        answers = CheckAnswersModel.answers(page, checklist: assessment.filingChecklist, change: nil, questionChange: nil)

        self.documents = documents.map { file in
            let verdict = file.verdict.flatMap(DocumentVerdict.init(rawValue:))
            let name = "verdict-\(file.id!.uuidString.lowercased())"
            return Document(
                label: UploadSlot(id: file.slot).map { DossierFormat.slotLabel(page, $0) } ?? d.photosTitle,
                file: d.fileLine(file.originalName, DossierFormat.size(file.size, page.language)),
                addedAfterFiling: file.afterFiling ? t.addedAfterFiling : nil,
                view: Link(href: SiteURL.backOfficeDossierFile(id, file.id!).path, label: t.viewFile),
                status: verdict.map { label in file.verdictReason.map { page.language.labelled(t.verdictLabel(label), $0) } ?? t.verdictLabel(label) }
                    ?? t.verdictNone,
                verdictAction: SiteURL.backOfficeDossierVerdict(id, file.id!).path, verdictName: name,
                reason: values["\(name)-reason"] ?? file.verdictReason ?? "", reasonError: error("\(name)-reason"),
                seen: DocumentVerdicts.seenValue(file.verdict),
                review: Link(href: SiteURL.backOfficeDossierFileReview(id, file.id!).path, label: t.reviewFile),
                id: file.id!, isImage: file.mediaType.hasPrefix("image/"),
                anchor: BackOfficeDossierModel.fileAnchor(file.id!))
        }

        // Once decided, the documents stand as judged: no verdict buttons (DossierPolicy.agentTable).
        verdicts = DossierPolicy.agent(.judgeDocuments, in: state)
            ? [DocumentVerdict.accepted, .rejected].map { Choice(value: $0.rawValue, label: t.verdictButton($0)) } : []

        self.messages = messages.map { message in
            let fromFamily = message.author == DossierActor.family.rawValue
            return Message(fromFamily: fromFamily,
                           byLine: d.messageByLine(fromFamily ? t.actorLabel(.family) : d.fromPrefecture, DossierFormat.moment(message.at, in: zone, page)),
                           paragraphs: message.body.split(separator: "\n", omittingEmptySubsequences: true).map(String.init),
                           attachment: message.hasAttachment ? Link(href: SiteURL.backOfficeDossierAttachment(id, message.id!).path,
                                                                    label: page.language.labelled(t.attachment, message.attachmentName ?? "")) : nil)
        }
        messageAction = SiteURL.backOfficeDossierMessages(id).path
        messageBody = value("body")
        messageError = error("body")

        timeline = DossierHistoryLine.collapsed(events.map { event in
            "\(DossierFormat.moment(event.at, in: zone, page)) — \(DossierHistoryLine.text(page, event, agentNames: agentNames, reader: .agent))"
        })
    }

    /// The implicit-refusal day and the days left, or the reply-by day while the clock is stopped.
    static func deadline(_ page: PageContext, _ dossier: Dossier, today: CivilDate) -> String {
        let t = page.text.dossierDesk
        if dossier.currentState == .awaitingDocuments, let replyBy = dossier.decodedOutcome()?.request?.replyBy {
            return t.clockStopped(DossierFormat.day(replyBy, page))
        }
        guard dossier.currentState.clockRuns, let day = dossier.implicitRefusalDay else { return t.noDeadline }
        // The refusal arises at 00:00 on its day (docs/states.md#transitions): the day before is the last to decide.
        let left = today.daysUntil(day)
        return left > 0 ? t.deadline(DossierFormat.day(day.adding(days: -1), page), DossierFormat.day(day, page), left - 1)
            : t.deadlinePassed(DossierFormat.day(day, page))
    }

    static func evaluation(_ page: PageContext, _ result: EligibilityResult) -> Evaluation {
        let t = page.text.dossierDesk
        return Evaluation(
            outcome: result.outcome == .eligible ? t.eligible : t.notEligible,
            grounds: result.grounds.map { t.groundLine($0.label(in: page.language), $0.legalBasis.citation) },
            fee: result.fee.map { $0.exempt ? t.feeExempt : t.feeLine($0.amountEUR) },
            validity: result.validity.map { t.validityLine(DossierFormat.day($0.issuedOn, page), DossierFormat.day($0.expiresOn, page)) },
            documents: result.documents.map { $0.code.label(in: page.language) })
    }

    /// A verdict sent from the review page: the next document's review follows.
    static let reviewField = "examen"

    /// The first free pick-up slot from `from` (the day the family can come), shown before accepting.
    struct FreeSlot: Sendable {
        let from: CivilDate
        let day: CivilDate
        let time: String
    }

    /// The accept form starts at the first day the family said they can come.
    static func proposedDay(_ dossier: Dossier) -> [String: String] {
        guard let day = dossier.decodedOutcome()?.postponement?.availableFrom.flatMap(CivilDate.init(iso:)) else { return [:] }
        let name = AcceptPostponementCommand.Field.from.rawValue
        return ["\(name)-day": String(day.day), "\(name)-month": String(day.month), "\(name)-year": String(day.year)]
    }

    /// The fields of one action's form, with what the agent typed when the form comes back with errors.
    static func fields(_ page: PageContext, _ action: DossierAction, assessment: DossierAssessment, today: CivilDate, appointment: String? = nil,
                       freeSlot: String? = nil, errors: [FieldError], values: [String: String]) -> [ActionForm.Field] {
        let t = page.text.dossierDesk
        func error(_ field: String) -> FieldError? { errors.first { $0.fieldID == field } }
        func value(_ field: String) -> String { values[field] ?? "" }
        func checked(_ field: String) -> Bool { values[field] == "on" }
        func date(_ name: String, _ legend: String, hint: String? = nil) -> ActionForm.Field {
            .date(name: name, legend: legend, hint: hint, value: (value("\(name)-day"), value("\(name)-month"), value("\(name)-year")), error: error("\(name)-day"))
        }
        func textarea(_ name: String, _ label: String) -> ActionForm.Field {
            .textarea(name: name, label: label, value: value(name), error: error(name))
        }
        switch action {
        case .requestDocuments:
            let expected = assessment.asOfToday?.documents.map(\.code) ?? []
            let codes = expected.isEmpty ? DocumentCode.allCases.filter { $0 != .cerfa11203 } : expected
            return [
                .checkboxes(prefix: RequestDocumentsCommand.Field.code.rawValue, legend: t.requestCodes,
                            choices: codes.map { Choice(value: $0.rawValue, label: $0.label(in: page.language)) },
                            checked: Set(codes.filter { checked(RequestDocumentsCommand.codeField($0)) }.map(\.rawValue)),
                            error: codes.first.flatMap { error(RequestDocumentsCommand.codeField($0)) }),
                textarea(RequestDocumentsCommand.Field.why.rawValue, t.requestWhy),
                date(RequestDocumentsCommand.Field.replyBy.rawValue, t.requestReplyBy),
            ]
        case .refuse:
            return [
                .checkboxes(prefix: RefuseCommand.Field.reason.rawValue, legend: t.refuseReasons,
                            choices: RefusalReason.allCases.map { Choice(value: $0.rawValue, label: t.refuseReason($0)) },
                            checked: Set(RefusalReason.allCases.filter { checked(RefuseCommand.reasonField($0)) }.map(\.rawValue)),
                            error: error(RefuseCommand.reasonField(RefusalReason.allCases[0]))),
                textarea(RefuseCommand.Field.text.rawValue, t.refuseText),
            ]
        case .makeAvailable:
            return [date(MakeAvailableCommand.Field.from.rawValue, t.availableFrom, hint: t.availableFromHint)]
        case .acceptPostponement:
            return [appointment, freeSlot].compactMap { $0.map(ActionForm.Field.paragraph) }
                + [date(AcceptPostponementCommand.Field.from.rawValue, t.acceptFrom, hint: t.acceptFromHint)]
        case .declinePostponement:
            return [textarea(DeclinePostponementCommand.Field.reason.rawValue, t.declineReason)]
        case .handOver:
            let fee = assessment.feeDue(handOverOn: today)
            let present = [HandOverCommand.presentValues.applicant, HandOverCommand.presentValues.child]
            return (appointment.map { [ActionForm.Field.paragraph($0)] } ?? []) + [
                .paragraph(fee.exempt ? t.handOverExempt : t.handOverDue(fee.amountEUR)),
                .checkboxes(prefix: HandOverCommand.presentPrefix, legend: t.handOverApplicant + " / " + t.handOverChild,
                            choices: [Choice(value: HandOverCommand.presentValues.applicant, label: t.handOverApplicant),
                                      Choice(value: HandOverCommand.presentValues.child, label: t.handOverChild)],
                            checked: Set(present.filter { checked("\(HandOverCommand.presentPrefix)-\($0)") }),
                            error: error(HandOverCommand.Field.applicantPresent.rawValue)),
            ] + (fee.exempt ? [] : [HandOverCommand.Field.timbreNumber, .timbreAmount].map { field in
                .input(name: field.rawValue, label: field == .timbreNumber ? t.handOverTimbreNumber : t.handOverTimbreAmount,
                       value: value(field.rawValue), error: error(field.rawValue))
            })
        default:
            return []
        }
    }
}

extension BackOfficeDossierModel {
    /// A file's place on the case page: where a verdict brings the agent back.
    static func fileAnchor(_ id: UUID) -> String { "file-\(id.uuidString.lowercased())" }
}

extension BackOfficeDossierModel {
    /// The case's decisions and requests as rows, in the order they happen; empty before any.
    static func record(_ page: PageContext, _ dossier: Dossier, events: [DossierEvent]) -> [SummaryRow] {
        let t = page.text.dossierDesk, d = page.text.dossier
        let state = dossier.currentState
        let zone = dossier.competentDepartement ?? .paris
        guard let outcome = dossier.decodedOutcome() else { return [] }
        var rows: [SummaryRow] = []
        if let request = outcome.request {
            let documents = request.codes.compactMap(DocumentCode.init(rawValue:)).map { $0.label(in: page.language) }.joined(separator: ", ")
            rows.append(SummaryRow(t.recordRequestLabel, t.recordRequest(documents, request.why, DossierFormat.day(request.replyBy, page),
                                                                         DossierFormat.day(request.askedOn, page), request.answeredOn.map { DossierFormat.day($0, page) }),
                                   page: page))
        }
        let decided = DossierFormat.day(dossier.decidedOn, page)
        if state == .implicitlyRefused {
            rows.append(SummaryRow(t.recordDecisionLabel, t.recordImplicit(DossierFormat.day(dossier.implicitRefusalOn, page)), page: page))
        } else if state == .refused {
            let reasons = outcome.storedRefusalReasons.map { $0.label(page.text) }.joined(separator: " ; ")
            rows.append(SummaryRow(t.recordDecisionLabel, t.recordRefused(decided, reasons, outcome.refusalText), page: page))
        } else if let from = outcome.validFrom, let until = outcome.validUntil {
            let territory = outcome.territory.flatMap(Territory.init(rawValue:))?.label(in: page.language) ?? ""
            rows.append(SummaryRow(t.recordDecisionLabel, t.recordGranted(decided, outcome.dcemNumber ?? "", DossierFormat.day(from, page),
                                                                          DossierFormat.day(until, page), territory), page: page))
        }
        if let convocation = outcome.convocation {
            // The family's sentences, joined on one line: their closing stops would read ". —".
            func clause(_ sentence: String) -> String { sentence.trimmingCharacters(in: CharacterSet(charactersIn: ".;: ")) }
            let appointment = clause(d.convocationBody(convocation.place, DossierFormat.day(convocation.day, page), convocation.time))
            let fee = clause(convocation.exempt ? d.bringExempt : d.bringFee(convocation.feeEUR))
            rows.append(SummaryRow(t.recordConvocationLabel, t.recordConvocation(appointment, fee, DossierFormat.day(convocation.sentOn, page)), page: page))
        }
        if let handOver = events.last(where: { $0.kind == .action(.handOver) }) {
            let timbre = handOver.detail(.timbreNumber).map { number in "n° \(number), \(handOver.detail(.timbreAmountEUR) ?? "") €" }
            rows.append(SummaryRow(t.recordHandOverLabel, t.recordHandOver(DossierFormat.day(zone.today(at: handOver.at), page), timbre), page: page))
        }
        return rows
    }
}
