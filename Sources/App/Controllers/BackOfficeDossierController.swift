import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// A case in the back office: the page, its documents viewed inline, verdicts, messages and every
/// action the state allows. Each action goes through `DossierWorkflow` (state machine, version,
/// event and the family's mail in one transaction); the case must be of the agent's préfecture,
/// anything else answers 404.
struct BackOfficeDossierController {
    let store: DossierStore
    let workflow: DossierWorkflow
    let messages: DossierMessages
    let files: any FileStorage
    let now: @Sendable () -> Date

    func register(on backOffice: RouterGroup<BackOfficeRequestContext>) {
        backOffice.get(SiteURL.backOfficeDossier(.key).route) { request, context in
            let dossier = try await load(context)
            try await recordAccess(dossier, .casePage, context: context)
            return try await page(dossier, notice: Notice(request), request: request, context: context)
        }
        backOffice.get(SiteURL.backOfficeDossierAccessLog(.key).route, use: accessLog)
        backOffice.get(SiteURL.backOfficeDossierFile(.key, .key).route, use: viewFile)
        backOffice.get(SiteURL.backOfficeDossierFileReview(.key, .key).route, use: review)
        backOffice.post(SiteURL.backOfficeDossierVerdict(.key, .key).route, use: verdict)
        backOffice.post(SiteURL.backOfficeDossierMessages(.key).route, use: message)
        backOffice.get(SiteURL.backOfficeDossierAttachment(.key, .key).route, use: attachment)
        backOffice.post(SiteURL.backOfficeDossierAction(.key, .key).route, use: act)
        backOffice.post(SiteURL.backOfficeDossierAssign(.key).route, use: assign)
    }

    /// An agent looked at the case (docs/pages.md#access-log): recorded before anything is shown.
    func recordAccess(_ dossier: Dossier, _ what: CaseAccess.What, file: UUID? = nil, context: BackOfficeRequestContext) async throws {
        try await CaseAccess(dossierID: dossier.id!, agentID: try context.signedIn().id, at: now(), what: what, fileID: file)
            .create(on: store.database())
    }

    /// Who looked at the case, newest first: the préfecture's supervisors only (403 for an agent,
    /// 404 for another préfecture's case).
    @Sendable func accessLog(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let agent = try BackOfficeSupervisionController.supervisor(context)
        let dossier = try await load(context)
        let db = store.database()
        let accesses = try await CaseAccess.query(on: db).filter(\.$dossierID == dossier.id!).sort(\.$at, .descending)
            .limit(BackOfficeAccessLogModel.limit).all()
        let ids = Array(Set(accesses.map(\.agentID)))
        let agents = ids.isEmpty ? [] : try await Agent.query(on: db).filter(\.$id ~~ ids).all()
        let names = Dictionary(agents.compactMap { agent in agent.id.map { ($0, agent.name) } }, uniquingKeysWith: { first, _ in first })
        let page = PageContext(language: context.language, path: SiteURL.backOfficeDossierAccessLog(dossier.id!).path)
        let model = BackOfficeAccessLogModel(page, dossier: dossier, accesses: accesses, agentNames: names, zone: agent.prefecture)
        return try HTMLPage(html: BackOfficeAccessLogView.render(page, model, agent: agent, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    func load(_ context: BackOfficeRequestContext) async throws -> Dossier {
        try await BackOfficeQueueController.scopedDossier(context.parameters.get("dossier"), prefecture: try context.signedIn().prefecture,
                                                       on: store.database())
    }

    func page(_ dossier: Dossier, errors: [FieldError] = [], values: [String: String] = [:], notice: Notice? = nil,
              status: HTTPResponse.Status = .ok, request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let agent = try context.signedIn()
        let (page, model) = try await model(dossier, errors: errors, values: values, notice: notice, context: context)
        return try HTMLPage(status: status, html: BackOfficeDossierView.render(page, model, agent: agent, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    /// The case page's model: the review page shows one of its documents beside its answers.
    func model(_ dossier: Dossier, errors: [FieldError] = [], values: [String: String] = [:], notice: Notice? = nil,
               context: BackOfficeRequestContext) async throws -> (PageContext, BackOfficeDossierModel) {
        let agent = try context.signedIn()
        let family = try await User.find(dossier.userID, on: store.database())
        // Say what really happened: a mail goes only for an action, and only to a real address
        // (a family filed for at the counter may have none).
        let t = context.language.catalog.dossierDesk
        let reachable = family.map { !AssistedFiling.isPlaceholder($0.email) } ?? false
        let notice: String? = switch notice {
        case .done: reachable ? t.done : t.doneNoEmail
        case .recorded: t.verdictRecorded
        default: nil
        }
        let today = agent.prefecture.today(at: now())
        let events = try await store.events(of: dossier.id!)
        var assignedName: String?
        if let assignee = dossier.assignedAgentID { assignedName = try await Agent.find(assignee, on: store.database())?.name }
        let page = PageContext(language: context.language, path: SiteURL.backOfficeDossier(dossier.id!).path)
        let actions = DossierPolicy.agentTransitions(in: dossier.currentState, context: dossier.transitionContext(today: today))
        // Before accepting another appointment: the first free slot from the day the family can come.
        var freeSlot: BackOfficeDossierModel.FreeSlot?
        if actions.contains(.acceptPostponement), let departement = dossier.competentDepartement {
            let from = max(dossier.decodedOutcome()?.postponement?.availableFrom.flatMap(CivilDate.init(iso:)) ?? today.adding(days: 1), today.adding(days: 1))
            if let (_, hours) = try await PickupSlots.hours(for: departement.code, from: from, on: store.database()),
               let slot = try await PickupSlots.firstFree(for: dossier.id!, prefecture: departement.code, hours: hours, from: from, on: store.database()) {
                freeSlot = .init(from: from, day: slot.day, time: slot.time)
            }
        }
        var model = BackOfficeDossierModel(
            page, agent: agent, dossier: dossier, familyEmail: family.map(\.email).flatMap { AssistedFiling.isPlaceholder($0) ? nil : $0 },
            familyHasPassword: family?.passwordHash != nil, assignedName: assignedName,
            documents: try await store.documents(of: dossier.id!), events: events, agentNames: try await store.agentNames(in: events),
            messages: try await messages.list(of: dossier.id!), today: today,
            assessment: DossierAssessment(answers: dossier.decodedAnswers(), filedOn: dossier.filedDay, today: today),
            actions: actions, freeSlot: freeSlot, errors: errors, values: values, notice: notice)
        if let issued = try await IssuedDocument.query(on: store.database()).filter(\.$dossierID == dossier.id!).first() {
            model.issuedDocument = (SiteURL.backOfficeDocument(issued.id!).path, context.language.catalog.issuedDocument.deskLink(issued.dcemNumber))
        }
        return (page, model)
    }

    /// One document beside the answers (docs/pages.md#reviewing-documents). Its frame shows the
    /// file from this site only: the page allows same-origin frames, the file allows being framed here.
    @Sendable func review(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let dossier = try await load(context)
        let agent = try context.signedIn()
        let (page, model) = try await model(dossier, context: context)
        guard let raw = context.parameters.get("file"), let fileID = UUID(uuidString: raw),
              let index = model.documents.firstIndex(where: { $0.id == fileID }) else { throw HTTPError(.notFound) }
        try await recordAccess(dossier, .fileReview, file: fileID, context: context)
        let reviewPage = PageContext(language: page.language, path: SiteURL.backOfficeDossierFileReview(dossier.id!, fileID).path)
        var response = try HTMLPage(html: BackOfficeDossierView.review(reviewPage, model, index: index, agent: agent, csrf: context.session.csrfToken))
            .response(from: request, context: context)
        response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware<BackOfficeRequestContext>.contentSecurityPolicy + "; frame-src 'self'"
        return response
    }

    static func done(_ dossier: Dossier, anchor: String = "") -> Response {
        .seeOther(SiteURL.backOfficeDossier(dossier.id!).path(notice: .done, anchor: anchor))
    }

    // MARK: Documents

    /// A document shown in the browser (PDF or image, never anything that runs): the agent reads
    /// it beside the case. Sandboxed, and never sniffed as another type.
    @Sendable func viewFile(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let dossier = try await load(context)
        guard let raw = context.parameters.get("file"), let fileID = UUID(uuidString: raw),
              let document = try await store.document(fileID, of: dossier.id!),
              let bytes = try await files.pieces(sha256: document.sha256) else { throw HTTPError(.notFound) }
        try await recordAccess(dossier, .file, file: fileID, context: context)
        return FileResponse.make(bytes, mediaType: document.mediaType, name: document.slot, disposition: .inline)
    }

    @Sendable func verdict(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let dossier = try await load(context)
        let agent = try context.signedIn()
        guard let raw = context.parameters.get("file"), let fileID = UUID(uuidString: raw) else { throw HTTPError(.notFound) }
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let t = context.language.catalog.dossierDesk
        let name = "verdict-\(fileID.uuidString.lowercased())"
        let reason = form.trimmed("\(name)-reason")
        guard let verdict = form[name].flatMap(DocumentVerdict.init(rawValue:)) else {
            return try await page(dossier, errors: [FieldError(fieldID: name, message: t.verdictLegend(""))], values: form.values,
                                  status: .unprocessableContent, request: request, context: context)
        }
        if let reason, !TextInput.isAccepted(reason, .singleLine) {
            // Shown to the family as it is typed: one line, nothing invisible (`TextInput`).
            return try await page(dossier, errors: [FieldError(fieldID: "\(name)-reason", message: context.language.catalog.dossier.controlCharacters(t.verdictReason))],
                                  values: form.values, status: .unprocessableContent, request: request, context: context)
        }
        if verdict == .rejected, reason?.isEmpty ?? true {
            return try await page(dossier, errors: [FieldError(fieldID: "\(name)-reason", message: t.verdictReasonMissing)], values: form.values,
                                  status: .unprocessableContent, request: request, context: context)
        }
        do {
            try await DocumentVerdicts.record(verdict, reason: reason, on: fileID, of: dossier, by: agent.id, seen: form["\(name)-seen"] ?? "",
                                              now: now(), database: store.database())
        } catch DossierError.notFound {
            throw HTTPError(.notFound)
        } catch DossierError.conflict {
            // A colleague judged the file since this page was shown: their verdict stands, shown now.
            let fresh = try await Dossier.find(dossier.id!, on: store.database()) ?? dossier
            return try await page(fresh, errors: [FieldError(fieldID: "\(name)-reason", message: t.verdictChangedMeanwhile)], values: [:],
                                  status: .conflict, request: request, context: context)
        } catch DossierError.notFiled {
            // Decided meanwhile (or by a colleague): the documents stand as judged.
            return try await refused(dossier, t.verdictClosed, form: form, request: request, context: context)
        }
        if form[BackOfficeDossierModel.reviewField] != nil {
            // From the review page: on to the next document, or back to the case after the last.
            let documents = try await store.documents(of: dossier.id!)
            if let index = documents.firstIndex(where: { $0.id == fileID }), index + 1 < documents.count {
                return .seeOther(SiteURL.backOfficeDossierFileReview(dossier.id!, documents[index + 1].id!).path)
            }
        }
        return .seeOther(SiteURL.backOfficeDossier(dossier.id!).path(notice: .recorded, anchor: "#" + BackOfficeDossierModel.fileAnchor(fileID)))
    }

    /// Takes the case, or gives it back: a marker for the team, not a lock
    /// (docs/states.md#assignment). No version bump, so it never makes a colleague's action fail;
    /// the history says who.
    @Sendable func assign(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let dossier = try await load(context)
        let agent = try context.signedIn()
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let to: UUID? = form["to"] == "none" ? nil : agent.id
        let seen = form[Self.assignSeenField] ?? ""
        let now = self.now()
        let changedMeanwhile = try await store.database().transaction { db -> Bool in
            guard let record = try await Dossier.find(dossier.id!, on: db) else { throw HTTPError(.notFound) }
            // Taken or given back by a colleague since the page was shown: not overwritten unseen.
            guard Self.assignee(record.assignedAgentID) == seen else { return true }
            record.assignedAgentID = to
            try await record.update(on: db)
            try await DossierEvent(dossierID: dossier.id!, at: now, actor: .agent, actorID: agent.id, kind: .assigned,
                                   details: [.to: to?.uuidString.lowercased() ?? ""]).create(on: db)
            return false
        }
        guard !changedMeanwhile else {
            let fresh = try await Dossier.find(dossier.id!, on: store.database()) ?? dossier
            return try await page(fresh, errors: [FieldError(fieldID: Self.assignSeenField, message: context.language.catalog.dossierDesk.assignChangedMeanwhile)],
                                  values: [:], status: .conflict, request: request, context: context)
        }
        return .seeOther(SiteURL.backOfficeDossier(dossier.id!).path)
    }

    /// The assignment form's record of who the page showed the case assigned to.
    static let assignSeenField = "assigned-seen"

    /// An assignee as the form carries it: the agent's id, "none" for nobody.
    static func assignee(_ id: UUID?) -> String { id?.uuidString.lowercased() ?? "none" }

    // MARK: Messages

    @Sendable func message(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let dossier = try await load(context)
        let agent = try context.signedIn()
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        // The family's own check of a message (text required, bounded); agents send no file here.
        switch DossierMessages.check(body: form["body"] ?? "", file: nil, text: context.language.catalog.dossier) {
        case .invalid(_, let errors):
            return try await page(dossier, errors: errors, values: form.values, status: .unprocessableContent, request: request, context: context)
        case .valid(let body, _):
            try await messages.post(to: dossier, by: .agent(agent.id), body: body, attachment: nil)
            return Self.done(dossier, anchor: "#messages")
        }
    }

    @Sendable func attachment(_ request: Request, context: BackOfficeRequestContext) async throws -> Response {
        let dossier = try await load(context)
        guard let raw = context.parameters.get("message"), let messageID = UUID(uuidString: raw),
              let message = try await messages.message(messageID, in: dossier.id!), let hash = message.attachmentSHA256,
              let bytes = try await files.pieces(sha256: hash) else { throw HTTPError(.notFound) }
        try await recordAccess(dossier, .file, file: messageID, context: context)
        return DossierMessagesController.download(bytes, mediaType: message.attachmentMediaType, name: "message-\(messageID.uuidString.prefix(8).lowercased())")
    }
}
