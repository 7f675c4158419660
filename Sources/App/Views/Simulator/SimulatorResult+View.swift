import DCEMDossier
import DCEMRules
import Plot

/// The simulator's result: the outcome in one sentence, then what follows from it.
enum SimulatorResultView {
    static func render(_ page: PageContext, result: EligibilityResult, path: SituationPath, csrf: String) -> String {
        let text = page.text.simulator
        let language = page.language
        let answers = path.effective
        let heading: String = switch result.outcome {
        case .eligible: text.outcomeEligible
        case .notEligible: text.outcomeNotEligible
        case .notConcerned: text.outcomeNotConcerned
        }
        func section(_ title: String, _ body: [BodyNode], class extra: String? = nil) -> BodyNode {
            element("section", [("class", ["section", extra].compactMap { $0 }.joined(separator: " "))], [element("h2", [], [.plainText(title)])] + body)
        }
        func p(_ line: String, class name: String? = nil) -> BodyNode { element("p", [("class", name)], [.plainText(line)]) }

        var body: [BodyNode] = [
            element("h1", [("class", "simulator-outcome simulator-outcome--\(result.outcome.rawValue)")], [.plainText(heading)]),
            p(text.resultNotice, class: "lead"),
        ]

        switch result.outcome {
        case .eligible:
            body.append(section(text.groundsTitle, [
                p(text.groundsIntro),
                element("ul", [("class", "list simulator-grounds")], result.grounds.map { ground in
                    element("li", [], [
                        .plainText(ground.label(in: language)),
                        voidElement("br", []),
                        element("span", [("class", "legal-basis")], [.plainText(text.legalBasis(ground.legalBasis.citation))]),
                    ])
                }),
            ]))
            if result.territory == .mayotteOnly {
                body.append(section(text.territoryMayotteTitle, [p(Territory.mayotteOnly.label(in: language))]))
            }
            body.append(section(text.documentsTitle, [
                p(text.documentsIntro),
                p(text.documentsPrint, class: "hint no-print"),
                element("ol", [("class", "list simulator-documents")], result.documents.map { document in
                    element("li", [], [
                        element("strong", [], [.plainText(document.label(in: language))]),
                        p(text.documentWhy(document.why(in: language)), class: "hint"),
                    ])
                }),
                p(text.documentsTranslation),
            ], class: "simulator-checklist"))
            if let fee = result.fee {
                var lines: [BodyNode] = []
                if fee.exempt {
                    lines.append(element("p", [], [element("strong", [], [.plainText(text.feeExempt)])]))
                    if let ground = fee.exemptBecause { lines.append(p(text.feeExemptBecause(ground.shortLabel(in: language)))) }
                } else {
                    lines.append(p(text.feeAmount(fee.amountEUR)))
                }
                lines.append(p(text.legalBasis(fee.legalBasis.citation), class: "legal-basis"))
                body.append(section(text.feeTitle, lines))
            }
            if let validity = result.validity {
                var lines: [BodyNode] = [
                    p(text.validityIssued(text.format(validity.issuedOn))),
                    element("ul", [("class", "list")], [
                        element("li", [], [element("strong", [], [.plainText(text.validityExpires(text.format(validity.expiresOn)))])]),
                        element("li", [], [.plainText(text.validityVoidAfter(text.format(validity.voidAfter)))]),
                    ]),
                    p(validity.branch.label(in: language), class: "simulator-validity-branch"),
                ]
                if let latest = validity.latestParentPermitExpiry {
                    lines.append(p(text.validityShortPermit(text.format(latest))))
                }
                lines.append(p(text.legalBasis(Validity.basis.citation), class: "legal-basis"))
                body.append(section(text.validityTitle, lines))
            }
            if let departement = answers.departement.flatMap({ Departement(code: $0) }) {
                body.append(p(text.whereToApply(departement.serviceName, text.departementOption(departement.code, departement.name))))
            }
            body.append(delaySection(result, text: text, section: section))

        case .notEligible, .notConcerned:
            var items: [BodyNode] = []
            for reason in result.reasons {
                var parts: [BodyNode] = [element("p", [], [element("strong", [], [.plainText(reason.label(in: language))])])]
                if !reason.missing.isEmpty {
                    parts.append(element("h3", [], [.plainText(text.missingTitle)]))
                    parts.append(p(text.missingIntro))
                    parts.append(element("ul", [("class", "list simulator-missing")], reason.missing.map { missing in
                        element("li", [], [
                            .plainText(missing.ground.label(in: language)),
                            voidElement("br", []),
                            element("span", [("class", "simulator-missing__what")], [.plainText(missing.label(in: language))]),
                        ])
                    }))
                }
                if let alternative = reason.useInstead {
                    parts.append(element("h3", [], [.plainText(text.useInsteadTitle)]))
                    parts.append(p(alternative.label(in: language)))
                }
                switch reason.code {
                case .adult: parts.append(p(text.adultAdvice))
                case .notResident: parts.append(p(text.notResidentAdvice))
                case .noGround: parts.append(p(text.noGroundAdvice))
                default: break
                }
                parts.append(p(text.legalBasis(reason.code.legalBasis.citation), class: "legal-basis"))
                items.append(element("div", [("class", "simulator-reason")], parts))
            }
            body.append(section(text.reasonsTitle, items))
            if result.outcome == .notEligible {
                body.append(delaySection(result, text: text, section: section))
            }
        }

        // "I don't know" answers lead to guidance, not a dead end.
        var guidance: [String] = []
        if answers.protection == .unknown { guidance.append(text.protectionUnknownAdvice) }
        if answers.arrival == .unknown { guidance.append(text.arrivalUnknownAdvice) }
        if answers.arrivalRegular == .unknown { guidance.append(text.regularUnknownAdvice) }
        if !guidance.isEmpty {
            body.append(element("div", [("class", "panel simulator-guidance")], guidance.map { p($0) }))
        }

        body.append(answersSummary(page, path: path))
        body.append(SimulatorView.restartForm(text, csrf: csrf))
        return Layout(page: page, title: heading, backLink: path.previousOfResult.path, printable: true).render(body)
    }

    static func delaySection(_ result: EligibilityResult, text: SimulatorText,
                             section: (String, [BodyNode], String?) -> BodyNode) -> BodyNode {
        section(text.delayTitle, [
            element("p", [], [.plainText(text.delayBody(result.parameters.implicitRefusalMonths, text.format(result.implicitRefusalOn)))]),
            element("p", [], [.plainText(text.delayAfter)]),
            element("p", [("class", "legal-basis")], [.plainText(text.legalBasis(result.parameters.implicitRefusalBasis.citation))]),
        ], nil)
    }

    /// Every answer on the path, each with a link back to its question (GOV.UK "check answers").
    static func answersSummary(_ page: PageContext, path: SituationPath) -> BodyNode {
        let text = page.text.simulator
        let answers = path.effective
        return element("section", [("class", "section simulator-answers")], [
            element("h2", [], [.plainText(text.answersTitle)]),
            element("dl", [("class", "summary-list")], path.answered.map { question in
                let title = SimulatorQuestions.title(question, text: text, answers: answers)
                return element("div", [("class", "row")], [
                    element("dt", [("class", "key")], [.plainText(title)]),
                    element("dd", [("class", "value")], [.plainText(display(question, answers: answers, text: text))]),
                    element("dd", [("class", "actions no-print")], [
                        element("a", [("href", question.url.path)], [
                            .plainText(text.change),
                            element("span", [("class", "visually-hidden")], [.plainText(text.changeWhat(title))]),
                        ]),
                    ]),
                ])
            }),
        ])
    }

    /// An answer as the visitor chose it: the choice's label, the date written out, the département's name.
    static func display(_ question: SituationQuestion, answers: SituationAnswers, text: SimulatorText) -> String {
        let value = answers.value(of: question)
        switch (SimulatorQuestions.spec(question, text: text, answers: answers), value) {
        case (.radio(let radio), .choice(let raw?)):
            return radio.choices.first { $0.value == raw }?.label ?? raw
        case (.date, .date(let date?)):
            return date.civil.map { text.format($0) } ?? "\(date.day)/\(date.month)/\(date.year)"
        case (.departement, .choice(let code?)):
            return Departement(code: code).map { text.departementOption($0.code, $0.name) } ?? code
        default:
            return ""
        }
    }
}
