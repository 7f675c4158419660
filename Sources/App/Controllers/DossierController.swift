import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// The family's application: start, the task list, each section's pages, the situation questions
/// (the simulator's own), and the case pages once filed. Every route checks that the dossier is
/// the member's: any other id answers 404.
struct DossierController {
    let store: DossierStore
    let filing: DossierFiling
    let workflow: DossierWorkflow
    let copy: DossierCopy
    let now: @Sendable () -> Date
    /// Opening a draft after its deletion notice keeps it (docs/law.md#retention).
    var retention: CaseRetention? = nil

    func register(on family: RouterGroup<FamilyRequestContext>) {
        family.get(SiteURL.myDossiers.route, use: myDossiers)
        family.get(SiteURL.dossierStart.route) { request, context in
            let page = Self.page(context, .dossierStart)
            // From the simulator's result: its answers are carried over, and the start page offers
            // the profile and role they point to (docs/pages.md#from-the-simulator).
            var values: [String: String] = [:]
            let simulator = Self.simulatorAnswers(request.uri.queryParameters[SiteURL.fromSimulatorField[...]].map(String.init), context)
            if let simulator {
                values["profile"] = SituationProfile.suggested(by: simulator)?.rawValue
                values["role"] = simulator.applicant?.rawValue
            }
            // The second page once the first is answered (`?profil=`); a representative has none.
            let chosen = request.uri.queryParameters[SiteURL.startProfileField[...]].flatMap { SituationProfile(rawValue: String($0)) }
            let step = DossierStartView.Step(profile: chosen)
            if let chosen { values["profile"] = chosen.rawValue }
            return HTMLPage(html: DossierStartView.render(page, step: step, question: DossierStartView.question(page, step, values: values, errors: []),
                                                          errors: [], fromSimulator: simulator != nil, csrf: context.session.csrfToken))
        }
        family.post(SiteURL.dossierStart.route, use: start)
        family.get(SiteURL.dossier(.key).route, use: show)
        for section in [DossierSection.child, .parents, .applicant, .address] {
            family.get(SiteURL.dossierSection(.key, section).route) { request, context in
                try await showSection(section, request: request, context: context)
            }
            family.post(SiteURL.dossierSection(.key, section).route) { request, context in
                try await saveSection(section, request: request, context: context)
            }
        }
        family.get(SiteURL.dossierSection(.key, .situation).route) { request, context -> Response in
            let dossier = try await load(context)
            let list = try await checklist(dossier)
            // Answered, and not eligible: the reason and the answers to change, not the task list again.
            if list.path.next == .result, let result = list.evaluation, result.outcome != .eligible {
                let page = Self.page(context, .dossierSection(dossier.id!, .situation))
                return try HTMLPage(html: SituationProblemView.render(page, SituationProblemModel(page, dossier: dossier.id!, checklist: list, result: result)))
                    .response(from: request, context: context)
            }
            return Self.redirect(to: nextSituationURL(dossier, list.path))
        }
        family.get(SiteURL.dossierQuestion(.key, .key).route, use: showQuestion)
        family.post(SiteURL.dossierQuestion(.key, .key).route, use: saveQuestion)
        family.get(SiteURL.dossierSection(.key, .check).route, use: check)
        family.post(SiteURL.dossierFiling(.key).route, use: file)
        family.get(SiteURL.dossierConfirmation(.key).route) { request, context -> Response in
            let dossier = try await load(context)
            guard dossier.currentState.isFiled else { return Self.redirect(to: SiteURL.dossier(dossier.id!).path) }
            let (receipt, since) = try await store.receipt(of: dossier)
            let page = Self.page(context, .dossierConfirmation(dossier.id!))
            return try HTMLPage(html: DossierFiledView.confirmation(page, .init(page, dossier: dossier, receipt: receipt, since: since),
                                                                    csrf: context.session.csrfToken))
                .response(from: request, context: context)
        }
        family.get(SiteURL.dossierReceipt(.key).route) { request, context -> Response in
            let dossier = try await load(context)
            guard dossier.currentState.isFiled else { return Self.redirect(to: SiteURL.dossier(dossier.id!).path) }
            let (receipt, since) = try await store.receipt(of: dossier)
            let page = Self.page(context, .dossierReceipt(dossier.id!))
            return try HTMLPage(html: DossierFiledView.receipt(page, .init(page, receipt: receipt, since: since)))
                .response(from: request, context: context)
        }
        family.get(SiteURL.dossierCERFA(.key).route) { request, context -> Response in
            let dossier = try await load(context)
            let user = try context.user()
            let page = Self.page(context, .dossierCERFA(dossier.id!))
            return try HTMLPage(html: DossierFiledView.cerfa(page, .init(page, dossier: dossier, email: user.email)))
                .response(from: request, context: context)
        }
        family.get(SiteURL.dossierWithdraw(.key).route) { request, context -> Response in
            let dossier = try await load(context)
            guard DossierPolicy.family(.withdraw, in: dossier.currentState) else {
                return Self.redirect(to: SiteURL.dossier(dossier.id!).path)
            }
            return try HTMLPage(html: DossierView.withdraw(Self.page(context, .dossierWithdraw(dossier.id!)), dossier: dossier.id!,
                                                           reference: dossier.reference ?? "", csrf: context.session.csrfToken))
                .response(from: request, context: context)
        }
        family.post(SiteURL.dossierWithdraw(.key).route, use: withdraw)
        family.get(SiteURL.dossierDelete(.key).route) { request, context -> Response in
            let dossier = try await load(context)
            guard DossierPolicy.family(.deleteDraft, in: dossier.currentState) else { return Self.redirect(to: .dossier(dossier.id!)) }
            return try HTMLPage(html: DossierView.deleteDraft(Self.page(context, .dossierDelete(dossier.id!)), dossier: dossier.id!,
                                                              child: DossierFormat.childName(dossier, Self.page(context, .dossierDelete(dossier.id!))),
                                                              csrf: context.session.csrfToken))
                .response(from: request, context: context)
        }
        family.post(SiteURL.dossierDelete(.key).route) { request, context -> Response in
            guard let raw = context.parameters.get("dossier"), let id = UUID(uuidString: raw) else { throw HTTPError(.notFound) }
            do {
                try await store.deleteDraft(id, by: context.userID)
            } catch DossierError.notFound {
                // Another member's case is not found, as everywhere; one that no longer exists was
                // deleted by a first click or a retry: the same end as the first time.
                if try await Dossier.find(id, on: store.database()) != nil { throw HTTPError(.notFound) }
            } catch DossierError.notADraft, DossierError.conflict {
                // Filed or changed meanwhile (another tab): nothing is deleted, the case says where it stands.
                return Self.redirect(to: .dossier(id))
            }
            return Self.redirect(to: SiteURL.myDossiers.path(notice: .draftDeleted))
        }
        family.post(SiteURL.dossierRenew(.key).route) { request, context in try await startCopy(.renewal, context: context) }
        family.post(SiteURL.dossierSibling(.key).route) { request, context in try await startCopy(.sibling, context: context) }
        family.post(SiteURL.dossierAnswer(.key).route) { request, context -> Response in
            let dossier = try await load(context)
            do {
                try await act(context) { try await workflow.answerRequest(dossier.id!, by: context.userID) }
            } catch DossierError.requestNotAnswered(let missing) {
                // Back to the case page, each missing document named at its upload form.
                let errors = DossierStatusModel.requestErrors(missing, Self.page(context, .dossier(dossier.id!)))
                return try await statusPage(dossier, errors: errors, status: .unprocessableContent, request: request, context: context)
            }
            return Self.redirect(to: SiteURL.dossier(dossier.id!).path(notice: .answered))
        }
        family.get(SiteURL.dossierPostponement(.key).route) { request, context -> Response in
            let dossier = try await load(context)
            guard DossierPolicy.family(.requestPostponement, in: dossier.currentState) else { return Self.redirect(to: .dossier(dossier.id!)) }
            let page = Self.page(context, .dossierPostponement(dossier.id!))
            return try HTMLPage(html: DossierView.postponement(page, .init(page, dossier: dossier, today: today(dossier), values: [:], errors: []),
                                                               csrf: context.session.csrfToken))
                .response(from: request, context: context)
        }
        family.post(SiteURL.dossierPostponement(.key).route, use: requestPostponement)
        family.get(SiteURL.dossierDecision(.key).route) { request, context -> Response in
            let dossier = try await load(context)
            let state = dossier.currentState
            guard state.isRefusal else { return Self.redirect(to: .dossier(dossier.id!)) }
            let page = Self.page(context, .dossierDecision(dossier.id!))
            return try HTMLPage(html: DossierView.decisionLetter(page, .init(page, dossier: dossier, state: state)))
                .response(from: request, context: context)
        }
        family.get(SiteURL.dossierConvocation(.key).route) { request, context -> Response in
            let dossier = try await load(context)
            guard let convocation = dossier.decodedOutcome()?.convocation else { return Self.redirect(to: .dossier(dossier.id!)) }
            let page = Self.page(context, .dossierConvocation(dossier.id!))
            return try HTMLPage(html: DossierView.convocation(page, .init(page, dossier: dossier, convocation: convocation)))
                .response(from: request, context: context)
        }
    }

    /// Runs a family action; a refusal by the workflow or a conflict is a clear 409, never a 500.
    func act(_ context: FamilyRequestContext, _ action: () async throws -> Void) async throws {
        do {
            try await action()
        } catch let DossierError.workflow(error) {
            throw HTTPError(.conflict, message: error.message(in: context.language))
        } catch DossierError.conflict {
            throw HTTPError(.conflict)
        }
    }

    @Sendable func requestPostponement(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await load(context)
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let page = Self.page(context, .dossierPostponement(dossier.id!))
        let today = today(dossier)
        let command: PostponementRequestCommand
        switch PostponementRequestCommand.parse(form.values, today: today, lastCollectionDay: dossier.lastCollectionDay) {
        case .success(let parsed): command = parsed
        case .failure(let failure):
            let errors = PostponementFormModel.errors(failure, page, dossier: dossier, today: today)
            return try HTMLPage(status: .unprocessableContent,
                                html: DossierView.postponement(page, .init(page, dossier: dossier, today: today, values: form.values, errors: errors),
                                                               csrf: context.session.csrfToken))
                .response(from: request, context: context)
        }
        try await act(context) { try await workflow.requestPostponement(dossier.id!, by: context.userID, command) }
        return Self.redirect(to: SiteURL.dossier(dossier.id!).path(notice: .postponementRequested))
    }

    // MARK: Loading

    func load(_ context: FamilyRequestContext) async throws -> Dossier {
        guard let raw = context.parameters.get("dossier"), let id = UUID(uuidString: raw) else { throw HTTPError(.notFound) }
        do {
            return try await store.owned(id, by: context.userID)
        } catch DossierError.notFound {
            throw HTTPError(.notFound)
        }
    }

    /// "Today" in the zone of the dossier's préfecture (Paris until the address is known).
    func today(_ dossier: Dossier) -> CivilDate {
        (dossier.competentDepartement ?? .paris).today(at: now())
    }

    func checklist(_ dossier: Dossier) async throws -> DossierChecklist {
        store.checklist(dossier, documents: try await store.documents(of: dossier.id!), today: today(dossier))
    }

    static func page(_ context: FamilyRequestContext, _ url: SiteURL) -> PageContext {
        PageContext(language: context.language, path: url.path, assisted: context.assisted, member: context.member)
    }

    static func redirect(to url: SiteURL) -> Response { redirect(to: url.path) }

    static func redirect(to path: String) -> Response {
        .seeOther(path)
    }

    /// The simulator's answers of this session, when the start comes from its result and it has some.
    static func simulatorAnswers(_ marker: String?, _ context: FamilyRequestContext) -> SituationAnswers? {
        guard marker == SiteURL.fromSimulatorValue, let answers = context.sessions.session?.simulator, answers != SituationAnswers() else { return nil }
        return answers
    }

    /// The change was asked from "check your answers" (`Forms.returnToCheckQuery`).
    static func returnsToCheck(_ request: Request) -> Bool { request.uri.queryParameters["retour"] == "verifier" }

    /// Where a draft's form goes after saving: back to the check page when the change came from it.
    static func afterSave(_ request: Request, _ dossier: Dossier) -> Response {
        let id = dossier.id!
        if Self.returnsToCheck(request) { return redirect(to: .dossierSection(id, .check)) }
        return redirect(to: .dossier(id))
    }

    // MARK: My applications, start, task list

    @Sendable func myDossiers(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossiers = try await store.list(for: context.userID)
        let page = Self.page(context, .myDossiers)
        return try HTMLPage(html: MyDossiersView.render(page, MyDossiersModel(page, dossiers: dossiers, notice: Notice(request))))
            .response(from: request, context: context)
    }

    @Sendable func start(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        var form = try await FormFields.read(request, limit: context.maxUploadSize)
        let page = Self.page(context, .dossierStart)
        let simulator = Self.simulatorAnswers(form[SiteURL.fromSimulatorField], context)
        func again(_ step: DossierStartView.Step, _ errors: [FieldError]) throws -> Response {
            let question = DossierStartView.question(page, step, values: form.values, errors: errors)
            return try HTMLPage(status: .unprocessableContent, html: DossierStartView.render(page, step: step, question: question, errors: errors,
                                                                                           fromSimulator: simulator != nil, csrf: context.session.csrfToken))
                .response(from: request, context: context)
        }
        if form[DossierStart.stepField] == DossierStart.situationStep {
            switch DossierStart.checkSituation(form, text: page.text.dossier) {
            case .failure(let invalid):
                return try again(.situation, invalid.errors)
            case .success(let profile) where profile != .legalPersonRepresentative:
                return Self.redirect(to: SiteURL.dossierStartRole(profile, fromSimulator: simulator != nil))
            case .success:
                // The representative of the ASE or an association applies as such: no second page.
                form = FormFields(values: form.values.merging(["role": ApplicantAnswer.legalPersonRepresentative.rawValue]) { $1 })
            }
        }
        switch DossierStart.check(form, text: page.text.dossier) {
        case .failure(let invalid):
            let profile = form["profile"].flatMap(SituationProfile.init(rawValue:))
            let step = DossierStartView.Step(profile: profile)
            // The page's one question: its own error (a profile error shows on the first page).
            let shown = invalid.errors.filter { if case .role = step { $0.fieldID == "role" } else { $0.fieldID == "profile" } }
            return try again(step, shown.isEmpty ? invalid.errors : shown)
        case .success(let choice):
            let dossier = try await DossierStart.start(choice, userID: context.userID, situation: simulator, store: store, now: now())
            return Self.redirect(to: .dossier(dossier.id!))
        }
    }

    @Sendable func show(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await load(context)
        let documents = try await store.documents(of: dossier.id!)
        let page = Self.page(context, .dossier(dossier.id!))
        if !dossier.currentState.isFiled {
            try await retention?.keepOnOpening(dossier)
            let assessment = store.assessment(dossier, documents: documents, today: today(dossier))
            let source = await dossier.sourceID.asyncMap { try? await store.owned($0, by: context.userID) } ?? nil
            return try HTMLPage(html: TaskListView.render(page, TaskListModel(page, dossier: dossier, assessment: assessment, copiedFrom: source?.reference)))
                .response(from: request, context: context)
        }
        return try await statusPage(dossier, errors: [], status: .ok, request: request, context: context)
    }

    /// A filed dossier's page; `errors` come from an upload answering the préfecture's request.
    func statusPage(_ dossier: Dossier, errors: [FieldError], values: [String: String] = [:], status: HTTPResponse.Status, request: Request,
                    context: FamilyRequestContext) async throws -> Response {
        let events = try await store.events(of: dossier.id!)
        let documents = try await store.documents(of: dossier.id!)
        let page = Self.page(context, .dossier(dossier.id!))
        let notice = Notice(request)
        let messageCount = try await store.messageCount(of: dossier.id!)
        // The préfecture wrote last: a message the family has not answered is in "what to do".
        let prefectureWrote = try await store.unansweredPrefectureMessage(of: dossier.id!)
        var model = DossierStatusModel(page, dossier: dossier, allowed: Set(DossierPolicy.familyActions(in: dossier.currentState)),
                                       events: events, documents: documents, messageCount: messageCount, prefectureWrote: prefectureWrote,
                                       errors: errors, values: values, notice: notice,
                                       csrf: context.session.csrfToken, agentNames: try await store.agentNames(in: events))
        if let issued = try await IssuedDocument.query(on: store.database()).filter(\.$dossierID == dossier.id!).first() {
            model.issuedDocument = (SiteURL.myDocument(issued.id!).path, context.language.catalog.issuedDocument.openDocument(issued.dcemNumber))
        }
        return try HTMLPage(status: status, html: DossierView.status(page, model, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    // MARK: Sections with forms

    func showSection(_ section: DossierSection, request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await load(context)
        guard dossier.familyMayEdit else { return Self.redirect(to: .dossier(dossier.id!)) }
        let answers = dossier.decodedAnswers()
        let form = answers.unfinished(section) ?? DossierSectionForms.values(section, answers: answers)
        let model = DossierSectionModel(section: section, dossier: dossier, values: form, errors: [],
                                        returnToCheck: Self.returnsToCheck(request))
        let html = DossierSectionView.render(Self.page(context, .dossierSection(dossier.id!, section)), model, csrf: context.session.csrfToken)
        return try HTMLPage(html: html).response(from: request, context: context)
    }

    func saveSection(_ section: DossierSection, request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await load(context)
        guard dossier.familyMayEdit else { return Self.redirect(to: .dossier(dossier.id!)) }
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let page = Self.page(context, .dossierSection(dossier.id!, section))
        var answers = try dossier.readAnswers()
        // "Save and come back later": what was typed is kept as it is, checked when the family finishes.
        if Forms.savesForLater(form) {
            answers.keepUnfinished(DossierSectionForms.unfinished(section, form: form), for: section)
            try await save(dossier, answers, context: context, section: section.rawValue)
            return Self.redirect(to: .dossier(dossier.id!))
        }
        let errors = DossierSectionForms.apply(section, form: form, to: &answers, text: page.text.dossier, today: today(dossier))
        if errors.isEmpty { answers.keepUnfinished(nil, for: section) }
        guard errors.isEmpty else {
            let model = DossierSectionModel(section: section, dossier: dossier, values: form.values, errors: errors,
                                            returnToCheck: Self.returnsToCheck(request))
            let html = DossierSectionView.render(page, model, csrf: context.session.csrfToken)
            return try HTMLPage(status: .unprocessableContent, html: html).response(from: request, context: context)
        }
        try await save(dossier, answers, context: context, section: section.rawValue)
        return Self.afterSave(request, dossier)
    }

    /// Saves a draft's answers; when the draft kept changing meanwhile, or was filed, the 409 page
    /// says that nothing already saved is lost and to reload.
    func save(_ dossier: Dossier, _ answers: DossierAnswers, context: FamilyRequestContext, section: String) async throws {
        do {
            try await store.saveLatest(dossier, answers, userID: context.userID, now: now(), what: section, actor: context.actingParty)
        } catch DossierError.conflict, DossierError.notADraft {
            throw HTTPError(.conflict)
        }
    }

    // MARK: The situation: the simulator's questions

    func nextSituationURL(_ dossier: Dossier, _ path: SituationPath) -> SiteURL {
        switch path.next {
        case .question(.departement): .dossierSection(dossier.id!, .address)
        case .question(.parentCount): .dossierSection(dossier.id!, .parents)
        case .question(let question): .dossierQuestion(dossier.id!, question)
        case .result: .dossier(dossier.id!)
        }
    }

    func previousURL(_ dossier: Dossier, _ path: SituationPath, of question: SituationQuestion) -> SiteURL {
        let asked = path.answered.filter { $0 != .departement && $0 != .parentCount }
        let index = asked.firstIndex(of: question) ?? asked.endIndex
        return index == asked.startIndex ? .dossier(dossier.id!) : .dossierQuestion(dossier.id!, asked[index - 1])
    }

    func question(_ context: FamilyRequestContext) throws -> SituationQuestion {
        guard let id = context.parameters.get("question"), let question = SituationQuestion(id: id) else { throw HTTPError(.notFound) }
        return question
    }

    @Sendable func showQuestion(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await load(context)
        let question = try question(context)
        guard dossier.familyMayEdit else { return Self.redirect(to: .dossier(dossier.id!)) }
        let list = try await checklist(dossier)
        let path = list.path
        guard question != .departement, question != .parentCount, path.isReachable(question) else {
            return Self.redirect(to: nextSituationURL(dossier, path))
        }
        let page = Self.page(context, .dossierQuestion(dossier.id!, question))
        let answers = list.situationAnswers
        let html = SimulatorView.question(page, question: question, spec: SimulatorQuestions.spec(question, text: page.text.simulator, answers: answers),
                                          value: answers.value(of: question), error: nil,
                                          backLink: previousURL(dossier, path, of: question), csrf: context.session.csrfToken,
                                          action: .dossierQuestion(dossier.id!, question), returnToCheck: Self.returnsToCheck(request),
                                          saveLater: page.text.dossier.saveLater)
        return try HTMLPage(html: html).response(from: request, context: context)
    }

    @Sendable func saveQuestion(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await load(context)
        let question = try question(context)
        guard dossier.familyMayEdit else { return Self.redirect(to: .dossier(dossier.id!)) }
        let list = try await checklist(dossier)
        let path = list.path
        guard question != .departement, question != .parentCount, path.isReachable(question) else {
            return Self.redirect(to: nextSituationURL(dossier, path))
        }
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let page = Self.page(context, .dossierQuestion(dossier.id!, question))
        let later = Forms.savesForLater(form)
        switch SimulatorQuestions.submit(question, form: form, answers: list.situationAnswers, text: page.text.simulator, today: list.today) {
        case .saved(let situation):
            var answers = dossier.decodedAnswers()
            answers.situation = situation
            try await save(dossier, answers, context: context, section: "situation")
            if later { return Self.redirect(to: .dossier(dossier.id!)) }
            let updated = DossierChecklist(answers: answers, files: list.files, today: list.today)
            let next = nextSituationURL(dossier, updated.path)
            // Changed from "check your answers": back there, unless the new answer opens a question.
            if Self.returnsToCheck(request) {
                return Self.redirect(to: next == .dossier(dossier.id!) ? SiteURL.dossierSection(dossier.id!, .check).path : next.path + Forms.returnToCheckQuery)
            }
            return Self.redirect(to: next)
        case .invalid where later:
            // Leaving without an answer, or with one that is not yet right: nothing to keep but the way back.
            return Self.redirect(to: .dossier(dossier.id!))
        case .invalid(let typed, let error):
            let answers = list.situationAnswers
            let html = SimulatorView.question(page, question: question, spec: SimulatorQuestions.spec(question, text: page.text.simulator, answers: answers),
                                              value: typed, error: error, backLink: previousURL(dossier, path, of: question),
                                              csrf: context.session.csrfToken, action: .dossierQuestion(dossier.id!, question),
                                              returnToCheck: Self.returnsToCheck(request), saveLater: page.text.dossier.saveLater)
            return try HTMLPage(status: .unprocessableContent, html: html).response(from: request, context: context)
        }
    }

    // MARK: Check, file, withdraw

    @Sendable func check(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await load(context)
        guard DossierPolicy.family(.file, in: dossier.currentState) else { return Self.redirect(to: .dossier(dossier.id!)) }
        let documents = try await store.documents(of: dossier.id!)
        let list = store.checklist(dossier, documents: documents, today: today(dossier))
        let page = Self.page(context, .dossierSection(dossier.id!, .check))
        let model = CheckAnswersModel(page, dossier: dossier, checklist: list, documents: documents, showProblems: false)
        return try HTMLPage(html: CheckAnswersView.render(page, model, csrf: context.session.csrfToken))
            .response(from: request, context: context)
    }

    @Sendable func file(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await load(context)
        let user = try context.user()
        let result: DossierFiling.Result
        do {
            result = try await filing.file(dossier.id!, by: user, language: context.language, assistingAgent: context.assisted?.agent.id)
        } catch DossierError.conflict {
            // The draft changed while it was being filed (another tab saving): nothing was filed.
            throw HTTPError(.conflict)
        }
        switch result {
        case .filed(let filed):
            if context.assisted != nil { return AssistedFilingController.filed(filed) }
            return Self.redirect(to: .dossierConfirmation(filed.id!))
        case .incomplete(let current, let documents, let list):
            let page = Self.page(context, .dossierSection(current.id!, .check))
            let model = CheckAnswersModel(page, dossier: current, checklist: list, documents: documents, showProblems: true)
            let html = CheckAnswersView.render(page, model, csrf: context.session.csrfToken)
            return try HTMLPage(status: .unprocessableContent, html: html).response(from: request, context: context)
        }
    }

    /// A renewal or a brother's or sister's application, started from this case.
    func startCopy(_ kind: DossierCopy.Kind, context: FamilyRequestContext) async throws -> Response {
        let source = try await load(context)
        do {
            let draft = try await copy.start(kind, from: source, by: context.userID)
            return Self.redirect(to: .dossier(draft.id!))
        } catch DossierError.cannotCopy {
            throw HTTPError(.conflict)
        }
    }

    @Sendable func withdraw(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let dossier = try await load(context)
        try await act(context) { try await workflow.withdraw(dossier.id!, by: context.userID) }
        return Self.redirect(to: SiteURL.dossier(dossier.id!).path(notice: .withdrawn))
    }
}
