import DCEMCase
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// The préfecture's actions on a case: each form is read and checked here, then handed to
/// `DossierWorkflow`, which alone decides whether the state allows it.
extension BackOfficeCaseController {
    @Sendable func act(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let dossier = try await load(context)
        let agent = try context.signedIn()
        // An action no agent ever takes is no address; one the state forbids now is a 409 below.
        guard let raw = context.parameters.get("action"), let action = CaseAction(rawValue: raw), Self.agentActions.contains(action) else {
            throw HTTPError(.notFound)
        }
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let t = context.language.catalog.caseDesk
        // Every action is checked against the version the page showed (workflow.md, "Concurrency"):
        // without one, nothing could tell that the case changed meanwhile, so nothing is done.
        guard let version = form.trimmed("version").flatMap(Int.init) else {
            return try await page(dossier, errors: [FieldError(fieldID: "actions", message: t.versionMissing)], values: [:],
                                  status: .unprocessableContent, request: request, context: context)
        }
        let today = agent.prefecture.today(at: now())
        var errors: [FieldError] = []

        /// A typed text, trimmed: a text area keeps its line breaks (normalised), a line none; any
        /// other control or invisible character is refused with the field named (`TextInput`).
        func typedText(_ name: String, _ label: String, _ kind: TextInput.Kind) -> String? {
            guard let typed = form.trimmed(name) else { return nil }
            switch TextInput.check(typed, kind) {
            case .success(let normalised): return normalised
            case .failure:
                let d = context.language.catalog.dossier
                errors.append(FieldError(fieldID: name, message: kind == .textArea ? d.controlCharactersInText(label) : d.controlCharacters(label)))
                return ""
            }
        }

        func date(_ name: String, _ label: String, required: Bool) -> CivilDate? {
            let answer = DateAnswer(day: form[name + "-day"] ?? "", month: form[name + "-month"] ?? "", year: form[name + "-year"] ?? "")
            if answer.day.isEmpty, answer.month.isEmpty, answer.year.isEmpty, !required { return nil }
            guard let day = answer.civil else {
                errors.append(FieldError(fieldID: "\(name)-day", message: t.dateInvalid(label)))
                return nil
            }
            return day
        }

        var run: (() async throws -> Void)?
        switch action {
        case .startInstruction:
            run = { try await workflow.startInstruction(dossier.id!, by: agent.id, expectedVersion: version) }
        case .resumeInstruction:
            run = { try await workflow.resumeInstruction(dossier.id!, by: agent.id, expectedVersion: version) }
        case .requestDocuments:
            let codes = DocumentCode.allCases.filter { form["code-\($0.rawValue)"] == "on" }
            let why = typedText("why", t.requestWhy, .textArea) ?? ""
            if codes.isEmpty { errors.append(FieldError(fieldID: "code-\(Self.firstRequestable(dossier, today).rawValue)", message: t.requestCodesMissing)) }
            if why.isEmpty, !errors.contains(where: { $0.fieldID == "why" }) { errors.append(FieldError(fieldID: "why", message: t.missing(t.requestWhy))) }
            let replyBy = date("reply-by", t.requestReplyBy, required: true)
            if let replyBy, !DocumentRequestRules.acceptsReplyBy(replyBy, today: today) { errors.append(FieldError(fieldID: "reply-by-day", message: t.dateInvalid(t.requestReplyBy))) }
            if let replyBy {
                run = { try await workflow.requestDocuments(dossier.id!, by: agent.id, codes: codes, why: String(why.prefix(2000)), replyBy: replyBy,
                                                            expectedVersion: version) }
            }
        case .grant:
            run = { try await workflow.grant(dossier.id!, by: agent.id, expectedVersion: version) }
        case .refuse:
            let codes = CaseDeskText.refusalCodes.filter { form["reason-\($0)"] == "on" }
            if codes.isEmpty { errors.append(FieldError(fieldID: "reason-\(CaseDeskText.refusalCodes[0])", message: t.refuseReasonsMissing)) }
            // The reasons are kept in French, the language of the decision letter.
            let reasons = codes.map { CaseDeskText.french.refuseReason($0) }
            let text = typedText("text", t.refuseText, .textArea).map { String($0.prefix(2000)) }
            run = { try await workflow.refuse(dossier.id!, by: agent.id, reasons: reasons, text: text?.isEmpty == false ? text : nil, expectedVersion: version) }
        case .makeAvailable:
            let from = date("from", t.availableFrom, required: false)
            run = { try await workflow.makeAvailable(dossier.id!, by: agent.id, from: from, expectedVersion: version) }
        case .acceptPostponement:
            if let from = date("from", t.acceptFrom, required: true) {
                run = { try await workflow.acceptPostponement(dossier.id!, by: agent.id, from: from, expectedVersion: version) }
            }
        case .declinePostponement:
            let reason = typedText("decline-reason", t.declineReason, .textArea) ?? ""
            if reason.isEmpty, !errors.contains(where: { $0.fieldID == "decline-reason" }) { errors.append(FieldError(fieldID: "decline-reason", message: t.missing(t.declineReason))) }
            run = { try await workflow.declinePostponement(dossier.id!, by: agent.id, reason: String(reason.prefix(2000)), expectedVersion: version) }
        case .handOver:
            let amountText = form.trimmed("timbre-amount") ?? ""
            let amount = Int(amountText)
            if !amountText.isEmpty, amount == nil { errors.append(FieldError(fieldID: "timbre-amount", message: t.missing(t.handOverTimbreAmount))) }
            let number = typedText("timbre-number", t.handOverTimbreNumber, .singleLine)
            let applicant = form["present-applicant"] == "on", child = form["present-child"] == "on"
            run = { try await workflow.handOver(dossier.id!, by: agent.id, applicantPresent: applicant, childPresent: child, timbreNumber: number,
                                                timbreAmountEUR: amount, expectedVersion: version) }
        default:
            throw HTTPError(.notFound)
        }
        guard errors.isEmpty, let run else {
            return try await page(dossier, errors: errors, values: form.values, status: .unprocessableContent, request: request, context: context)
        }
        do {
            try await run()
        } catch let DossierError.workflow(error) {
            return try await refused(dossier, error.message(in: context.language), form: form, request: request, context: context)
        } catch DossierError.conflict {
            return try await refused(dossier, t.conflict, form: form, request: request, context: context)
        } catch DossierError.noPickupCalendar {
            return try await refused(dossier, t.noCalendar, form: form, request: request, context: context)
        } catch DossierError.noFreeSlot {
            return try await refused(dossier, t.noFreeSlot, form: form, request: request, context: context)
        } catch let DossierError.grant(problem) {
            return try await refused(dossier, t.grantProblem(problem), form: form, request: request, context: context)
        } catch let DossierError.handOver(problem) {
            let fieldID: String
            switch problem {
            case .absent: fieldID = "present-applicant"
            case .timbreMissing: fieldID = "timbre-number"
            case .amountShort: fieldID = "timbre-amount"
            }
            return try await page(dossier, errors: [FieldError(fieldID: fieldID, message: t.handOverProblem(problem))], values: form.values,
                                  status: .unprocessableContent, request: request, context: context)
        }
        return Self.done(dossier)
    }

    /// The state forbids it, or someone acted first: 409, the page as it now stands, nothing changed.
    func refused(_ dossier: Dossier, _ message: String, form: FormFields, request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let fresh = try await Dossier.find(dossier.id!, on: store.database()) ?? dossier
        return try await page(fresh, errors: [FieldError(fieldID: "actions", message: message)], values: [:], status: .conflict,
                              request: request, context: context)
    }

    static let agentActions: Set<CaseAction> = Set(CaseState.allCases.flatMap { Workflow.allowedActions(from: $0, for: .agent) })

    static func firstRequestable(_ dossier: Dossier, _ today: CivilDate) -> DocumentCode {
        DossierChecklist(answers: dossier.decodedAnswers(), files: [], today: today).evaluation?.documents.first?.code ?? .applicantBirthCertificate
    }
}
