import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// The préfecture's actions on a case: each form is read and checked by its command
/// (`AgentCommand`), then handed to `DossierWorkflow`, which alone decides whether the state allows it.
extension BackOfficeDossierController {
    @Sendable func act(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let dossier = try await load(context)
        let agent = try context.signedIn()
        // An action no agent ever takes is no address; one the state forbids now is a 409 below.
        guard let raw = context.parameters.get("action"), let action = DossierAction(rawValue: raw), Self.agentActions.contains(action) else {
            throw HTTPError(.notFound)
        }
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let t = context.language.catalog.dossierDesk
        // Every action is checked against the version the page showed (docs/states.md, "Concurrency"):
        // without one, nothing could tell that the case changed meanwhile, so nothing is done.
        guard let version = form.trimmed(AgentCommand.versionField).flatMap(Int.init) else {
            return try await page(dossier, errors: [FieldError(fieldID: "actions", message: t.versionMissing)], values: [:],
                                  status: .unprocessableContent, request: request, context: context)
        }
        let today = agent.prefecture.today(at: now())
        let parsed = AgentCommand.parse(action, form.values, today: today, firstDocument: Self.firstRequestable(dossier, today))
        let command: AgentCommand
        switch parsed {
        case nil: throw HTTPError(.notFound)
        case .success(let value)?: command = value
        case .failure(let failure)?:
            let errors = failure.errors.map { Self.fieldError($0, of: action, language: context.language) }
            return try await page(dossier, errors: errors, values: form.values, status: .unprocessableContent, request: request, context: context)
        }
        do {
            try await workflow.perform(command, on: dossier.id!, by: agent.id, expectedVersion: version)
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
            let field: HandOverCommand.Field = switch problem {
            case .absent: .applicantPresent
            case .timbreMissing: .timbreNumber
            case .amountMismatch: .timbreAmount
            }
            return try await page(dossier, errors: [FieldError(fieldID: field.rawValue, message: t.handOverProblem(problem))], values: form.values,
                                  status: .unprocessableContent, request: request, context: context)
        }
        return Self.done(dossier)
    }

    /// A command's field error in the agent's language, naming the field by its label.
    static func fieldError(_ error: ActionFieldError, of action: DossierAction, language: Language) -> FieldError {
        let t = language.catalog.dossierDesk, d = language.catalog.dossier
        let label = fieldLabel(error.field, of: action, t)
        let message: String = switch error.problem {
        case .missing: t.missing(label)
        case .notANumber: t.notAnAmount(label)
        case .invalidDate: t.dateInvalid(label)
        case .controlCharacters(let inTextArea): inTextArea ? d.controlCharactersInText(label) : d.controlCharacters(label)
        case .tooLong(let max): t.tooLong(label, max)
        case .noneChosen: action == .refuse ? t.refuseReasonsMissing : t.requestCodesMissing
        }
        return FieldError(fieldID: error.field, message: message)
    }

    /// The label the case page shows beside `field` (a date's error names its `-day` input).
    static func fieldLabel(_ field: String, of action: DossierAction, _ t: DossierDeskText) -> String {
        let name = field.hasSuffix("-day") ? String(field.dropLast(4)) : field
        switch (action, name) {
        case (.requestDocuments, RequestDocumentsCommand.Field.why.rawValue): return t.requestWhy
        case (.requestDocuments, RequestDocumentsCommand.Field.replyBy.rawValue): return t.requestReplyBy
        case (.requestDocuments, _): return t.requestCodes
        case (.refuse, RefuseCommand.Field.text.rawValue): return t.refuseText
        case (.refuse, _): return t.refuseReasons
        case (.makeAvailable, _): return t.availableFrom
        case (.acceptPostponement, _): return t.acceptFrom
        case (.declinePostponement, _): return t.declineReason
        case (.handOver, HandOverCommand.Field.timbreNumber.rawValue): return t.handOverTimbreNumber
        case (.handOver, HandOverCommand.Field.timbreAmount.rawValue): return t.handOverTimbreAmount
        default: return name
        }
    }

    /// The state forbids it, or someone acted first: 409, the page as it now stands, nothing changed.
    func refused(_ dossier: Dossier, _ message: String, form: FormFields, request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let fresh = try await Dossier.find(dossier.id!, on: store.database()) ?? dossier
        return try await page(fresh, errors: [FieldError(fieldID: "actions", message: message)], values: [:], status: .conflict,
                              request: request, context: context)
    }

    static let agentActions: Set<DossierAction> = Set(DossierState.allCases.flatMap { Workflow.allowedActions(from: $0, for: .agent) })

    static func firstRequestable(_ dossier: Dossier, _ today: CivilDate) -> DocumentCode {
        DossierChecklist(answers: dossier.decodedAnswers(), files: [], today: today).evaluation?.documents.first?.code ?? .applicantBirthCertificate
    }
}
