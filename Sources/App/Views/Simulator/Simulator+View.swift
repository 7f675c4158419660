import DCEMDossier
import DCEMRules
import Plot

extension SimulatorText {
    /// A day written out in this language: "1er mars 2027", "1 March 2027".
    func format(_ date: CivilDate) -> String {
        formatDate(date.day, monthNames[date.month - 1], date.year)
    }
}

/// The simulator's start page and question pages (GOV.UK question-page pattern).
enum SimulatorView {
    /// `restartCSRF`: the session's token when there are answers to clear (then a "start again" form is shown).
    static func start(_ page: PageContext, firstQuestion: SiteURL, restartCSRF: String?) -> String {
        let text = page.text.simulator
        return Layout(page: page, title: text.startTitle).render([
            element("h1", [], [.plainText(text.startTitle)]),
            element("p", [("class", "lead")], [.plainText(text.startLead)]),
            element("h2", [], [.plainText(text.startAsksTitle)]),
            element("ul", [("class", "list")], text.startAsks.map { element("li", [], [.plainText($0)]) }),
            element("p", [], [.plainText(text.startTime)]),
            element("p", [], [.plainText(text.startPrivacy)]),
            element("p", [], [element("a", [("href", firstQuestion.path), ("class", "button button--start"), ("role", "button"), ("draggable", "false")],
                                      [.plainText(text.startButton)])]),
            restartCSRF.map { restartForm(text, csrf: $0) } ?? .empty,
        ])
    }

    /// The "start again" button: a form, since it changes the session.
    static func restartForm(_ text: SimulatorText, csrf: String) -> BodyNode {
        element("form", [("method", "post"), ("action", SiteURL.simulatorRestart.path), ("class", "simulator-restart no-print")], [
            Forms.csrf(csrf),
            element("p", [("class", "hint")], [.plainText(text.restartHint)]),
            element("button", [("type", "submit"), ("class", "button button--secondary")], [.plainText(text.restartButton)]),
        ])
    }

    static func question(_ page: PageContext, question: SituationQuestion, spec: QuestionSpec, value: QuestionValue,
                         error: FieldError?, backLink: SiteURL, csrf: String, action: SiteURL? = nil, extra: BodyNode = .empty) -> String {
        let text = page.text.simulator
        let layoutText = page.text.layout
        let name = question.id
        let field: BodyNode
        let title: String
        switch spec {
        case .radio(let radio):
            title = radio.title
            var selected: String? = nil
            if case .choice(let v) = value { selected = v }
            field = Forms.radios(name: name, question: radio.title, hint: radio.hint, choices: radio.choices, selected: selected, error: error)
        case .date(let dateText, _):
            title = dateText.title
            var typed = DateAnswer(day: "", month: "", year: "")
            if case .date(let d?) = value { typed = d }
            field = Forms.date(name: name, question: dateText.title, hint: dateText.hint, labels: (text.day, text.month, text.year),
                               value: (typed.day, typed.month, typed.year), error: error)
        case .departement:
            title = text.departementTitle
            var selected: String? = nil
            if case .choice(let v) = value { selected = v }
            let options = Departement.all.map { Choice(value: $0.code, label: text.departementOption($0.code, $0.name)) }
            field = Forms.select(name: name, question: text.departementTitle, hint: text.departementHint, options: options,
                                 selected: selected, placeholder: text.selectPlaceholder, error: error)
        }
        return Layout(page: page, title: title, hasErrors: error != nil, backLink: backLink.path).render([
            Forms.errorSummary(error.map { [$0] } ?? [], title: layoutText.errorSummaryTitle),
            element("form", [("method", "post"), ("action", (action ?? question.url).path), ("novalidate", ""), ("class", "simulator-question")], [
                Forms.csrf(csrf),
                field,
                Forms.submit(layoutText.continueButton),
            ]),
            extra,
        ])
    }
}
