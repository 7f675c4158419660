import DCEMDossier
import DCEMRules
import Foundation
import Hummingbird

/// The public eligibility simulator: one question per page, only the relevant ones (the flow is
/// `SituationFlow.walk`, pure), answers kept in the session, the outcome from `Eligibility.evaluate`.
struct SimulatorController {
    let now: @Sendable () -> Date

    /// "Today" in the zone of the child's département once it is known (docs/law.md#time-zones),
    /// in Paris before that.
    func today(_ answers: SituationAnswers) -> CivilDate {
        let departement = answers.departement.flatMap(Departement.init(code:)) ?? .paris
        return departement.today(at: now())
    }

    func register(on router: Router<AppRequestContext>) {
        router.get(SiteURL.simulatorStart.route) { request, context in
            let page = PageContext(language: context.language, path: SiteURL.simulatorStart.path)
            // Read, never create, the session here: a first visit has no answers to clear, so no
            // form and no token, and no row is written for a visitor who only reads this page.
            let session = context.sessions.session
            let answered = session.map { !SituationFlow.walk($0.simulator, today: today($0.simulator)).answered.isEmpty } ?? false
            return HTMLPage(html: SimulatorView.start(page, firstQuestion: SituationQuestion.childNationality.url,
                                                     restartCSRF: answered ? session?.csrfToken : nil))
        }

        router.get(SiteURL.simulatorQuestion(.key).route) { request, context -> Response in
            let question = try Self.question(context)
            // Read, never create, the session: a visitor who has answered nothing has no row yet.
            let answers = context.sessions.session?.simulator ?? SituationAnswers()
            let path = SituationFlow.walk(answers, today: today(answers))
            guard path.isReachable(question) else { return Self.redirect(to: path.next.url) }
            let page = PageContext(language: context.language, path: question.url.path)
            let spec = SimulatorQuestions.spec(question, text: page.text.simulator, answers: answers)
            let html = SimulatorView.question(page, question: question, spec: spec,
                                              value: answers.value(of: question),
                                              error: nil, backLink: path.previous(of: question), csrf: context.csrfToken)
            return try HTMLPage(html: html).response(from: request, context: context)
        }

        router.post(SiteURL.simulatorQuestion(.key).route) { request, context -> Response in
            let question = try Self.question(context)
            let answersSoFar = context.sessions.session?.simulator ?? SituationAnswers()
            let day = today(answersSoFar)
            let path = SituationFlow.walk(answersSoFar, today: day)
            guard path.isReachable(question) else { return Self.redirect(to: path.next.url) }
            var request = request
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            let form = FormFields(String(buffer: body))
            let page = PageContext(language: context.language, path: question.url.path)
            let text = page.text.simulator
            switch SimulatorQuestions.submit(question, form: form, answers: answersSoFar, text: text, today: day) {
            case .saved(let answers):
                // The first answer is what the session exists for.
                context.updateSession { $0.simulator = answers }
                return Self.redirect(to: SituationFlow.walk(answers, today: day).next.url)
            case .invalid(let typed, let error):
                let spec = SimulatorQuestions.spec(question, text: text, answers: answersSoFar)
                let html = SimulatorView.question(page, question: question, spec: spec, value: typed, error: error,
                                                  backLink: path.previous(of: question), csrf: context.csrfToken)
                return try HTMLPage(status: .unprocessableContent, html: html).response(from: request, context: context)
            }
        }

        router.get(SiteURL.simulatorResult.route) { request, context -> Response in
            let answers = context.sessions.session?.simulator ?? SituationAnswers()
            let day = today(answers)
            let path = SituationFlow.walk(answers, today: day)
            guard path.next == .result else { return Self.redirect(to: path.next.url) }
            let page = PageContext(language: context.language, path: SiteURL.simulatorResult.path)
            let result = SituationFlow.evaluate(path.effective, today: day)
            let html = SimulatorResultView.render(page, result: result, path: path, csrf: context.csrfToken)
            return try HTMLPage(html: html).response(from: request, context: context)
        }

        router.post(SiteURL.simulatorRestart.route) { request, context -> Response in
            // Nothing to clear without a session: none is created for it.
            if context.sessions.session != nil { context.updateSession { $0.simulator = SituationAnswers() } }
            return Self.redirect(to: .simulatorStart)
        }
    }

    /// The question the address names; an unknown one is a 404.
    static func question(_ context: AppRequestContext) throws -> SituationQuestion {
        guard let id = context.parameters.get("question"), let question = SituationQuestion(id: id) else {
            throw HTTPError(.notFound)
        }
        return question
    }

    /// 303 See Other: after a form, the browser follows with a GET.
    static func redirect(to url: SiteURL) -> Response {
        .seeOther(url.path)
    }
}
