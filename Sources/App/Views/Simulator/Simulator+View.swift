import DCEMDossier
import DCEMRules
import TypedHTML

extension SimulatorText {
    /// A day written out in this language: "1er mars 2027", "1 March 2027".
    func format(_ date: CivilDate) -> String {
        formatDate(date.day, monthNames[date.month - 1], date.year)
    }
}

/// The simulator's start page and question pages (GOV.UK question-page pattern).
enum SimulatorView {
    /// `restartCSRF`: the session's token when there are answers to clear (then a "start again" form is shown).
    static func start(_ page: PageContext, firstQuestion: SiteURL, restartCSRF: String?) -> RenderedHTML {
        let text = page.text.simulator
        return Layout(page: page, title: text.startTitle).render { main in
            main.element(.h1, text: text.startTitle)
            main.element(.p, .class("lead"), text: text.startLead)
            main.element(.h2, text: text.startAsksTitle)
            main.element(.ul, .class("list")) { list in
                for line in text.startAsks { list.element(.li, text: line) }
            }
            main.element(.p, text: text.startTime)
            main.element(.p, text: text.startPrivacy)
            main.element(.p) {
                $0.element(.a, .href(firstQuestion.path), .class("button button--start"), .role("button"), .draggable(false), text: text.startButton)
            }
            if let restartCSRF { main.restartForm(text, csrf: restartCSRF) }
        }
    }

    static func question(_ page: PageContext, question: SituationQuestion, spec: QuestionSpec, value: QuestionValue,
                         error: FieldError?, backLink: SiteURL, csrf: String, action: SiteURL? = nil, returnToCheck: Bool = false,
                         saveLater: String? = nil) -> RenderedHTML {
        let text = page.text.simulator
        let layoutText = page.text.layout
        let name = question.id
        let title: String = switch spec {
        case .radio(let radio): radio.title
        case .date(let dateText, _): dateText.title
        case .departement: text.departementTitle
        }
        return Layout(page: page, title: title, hasErrors: error != nil, backLink: backLink.path).render { main in
            main.errorSummary(error.map { [$0] } ?? [], title: layoutText.errorSummaryTitle)
            main.element(.form, .method(.post), .action((action ?? question.url).path + (returnToCheck ? Forms.returnToCheckQuery : "")), .novalidate(), .class("simulator-question")) { form in
                form.csrf(csrf)
                switch spec {
                case .radio(let radio):
                    var selected: String? = nil
                    if case .choice(let v) = value { selected = v }
                    form.radios(name: name, question: radio.title, hint: radio.hint, choices: radio.choices, selected: selected, error: error)
                case .date(let dateText, _):
                    var typed = DateAnswer(day: "", month: "", year: "")
                    if case .date(let d?) = value { typed = d }
                    form.date(name: name, question: dateText.title, hint: dateText.hint, labels: (text.day, text.month, text.year),
                              value: (typed.day, typed.month, typed.year), error: error)
                case .departement:
                    var selected: String? = nil
                    if case .choice(let v) = value { selected = v }
                    let options = Departement.all.map { Choice(value: $0.code, label: text.departementOption($0.code, $0.name)) }
                    form.select(name: name, question: text.departementTitle, hint: text.departementHint, options: options,
                                selected: selected, placeholder: text.selectPlaceholder, error: error)
                }
                if let saveLater {
                    // In an application: the second button keeps the answer and returns to the task list (docs/pages.md#save-later).
                    form.submitOrSaveLater(layoutText.continueButton, later: saveLater)
                } else {
                    form.submit(layoutText.continueButton)
                }
            }
        }
    }
}

extension HTMLWriter {
    /// The "start again" button: a form, since it changes the session.
    mutating func restartForm(_ text: SimulatorText, csrf: String) {
        element(.form, .method(.post), .action(SiteURL.simulatorRestart.path), .class("simulator-restart no-print")) { form in
            form.csrf(csrf)
            form.element(.p, .class("hint"), text: text.restartHint)
            form.element(.button, .type(.submit), .class("button button--secondary"), text: text.restartButton)
        }
    }
}
