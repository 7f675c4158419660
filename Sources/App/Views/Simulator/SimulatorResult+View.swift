import DCEMDossier
import DCEMRules
import TypedHTML

/// The simulator's result: the outcome in one sentence, then what follows from it.
enum SimulatorResultView {
    static func render(_ page: PageContext, result: EligibilityResult, path: SituationPath, csrf: String) -> RenderedHTML {
        let text = page.text.simulator
        let language = page.language
        let answers = path.effective
        let heading: String = switch result.outcome {
        case .eligible: text.outcomeEligible
        case .notEligible: text.outcomeNotEligible
        case .notConcerned: text.outcomeNotConcerned
        }
        return Layout(page: page, title: heading, backLink: path.previousOfResult.path, printable: true).render { body in
            body.element(.h1, .class("simulator-outcome simulator-outcome--\(result.outcome.rawValue)"), text: heading)
            body.element(.p, .class("lead"), text: text.resultNotice)

            switch result.outcome {
            case .eligible:
                body.section(text.groundsTitle) { section in
                    section.element(.p, text: text.groundsIntro)
                    section.element(.ul, .class("list simulator-grounds")) { list in
                        for ground in result.grounds {
                            list.element(.li) { item in
                                item.text(ground.label(in: language))
                                item.void(.br)
                                item.element(.span, .class("legal-basis"), text: text.legalBasis(ground.legalBasis.citation))
                            }
                        }
                    }
                }
                if result.territory == .mayotteOnly {
                    body.section(text.territoryMayotteTitle) { $0.element(.p, text: Territory.mayotteOnly.label(in: language)) }
                }
                body.section(text.documentsTitle, class: "simulator-checklist") { section in
                    section.element(.p, text: text.documentsIntro)
                    section.element(.p, .class("hint no-print"), text: text.documentsPrint)
                    section.element(.ol, .class("list simulator-documents")) { list in
                        for document in result.documents {
                            list.element(.li) { item in
                                item.element(.strong, text: document.label(in: language))
                                item.element(.p, .class("hint"), text: text.documentWhy(document.why(in: language)))
                            }
                        }
                    }
                    section.element(.p, text: text.documentsTranslation)
                }
                if let fee = result.fee {
                    body.section(text.feeTitle) { section in
                        if fee.exempt {
                            section.element(.p) { $0.element(.strong, text: text.feeExempt) }
                            if let ground = fee.exemptBecause { section.element(.p, text: text.feeExemptBecause(ground.shortLabel(in: language))) }
                        } else {
                            section.element(.p, text: text.feeAmount(fee.amountEUR))
                        }
                        section.element(.p, .class("legal-basis"), text: text.legalBasis(fee.legalBasis.citation))
                    }
                }
                if let validity = result.validity {
                    body.section(text.validityTitle) { section in
                        section.element(.p, text: text.validityIssued(text.format(validity.issuedOn)))
                        section.element(.ul, .class("list")) { list in
                            list.element(.li) { $0.element(.strong, text: text.validityExpires(text.format(validity.expiresOn))) }
                            list.element(.li, text: text.validityVoidAfter(text.format(validity.voidAfter)))
                        }
                        section.element(.p, .class("simulator-validity-branch"), text: validity.branch.label(in: language))
                        if let latest = validity.latestParentPermitExpiry {
                            section.element(.p, text: text.validityShortPermit(text.format(latest)))
                        }
                        section.element(.p, .class("legal-basis"), text: text.legalBasis(Validity.basis.citation))
                    }
                }
                if let departement = answers.departement.flatMap({ Departement(code: $0) }) {
                    body.element(.p, text: text.whereToApply(departement.serviceName, text.departementOption(departement.code, departement.name)))
                }
                body.delaySection(result, text: text)
                body.section(text.applyTitle, class: "no-print") { section in
                    section.element(.p, text: text.applyBody)
                    section.element(.p) {
                        $0.element(.a, .href(SiteURL.dossierStartFromSimulator),
                                   .class("button"), text: text.applyButton)
                    }
                }

            case .notEligible, .notConcerned:
                body.section(text.reasonsTitle) { section in
                    for reason in result.reasons {
                        section.element(.div, .class("simulator-reason")) { parts in
                            parts.element(.p) { $0.element(.strong, text: reason.label(in: language)) }
                            if !reason.missing.isEmpty {
                                parts.element(.h3, text: text.missingTitle)
                                parts.element(.p, text: text.missingIntro)
                                parts.element(.ul, .class("list simulator-missing")) { list in
                                    for missing in reason.missing {
                                        list.element(.li) { item in
                                            item.text(missing.ground.label(in: language))
                                            item.void(.br)
                                            item.element(.span, .class("simulator-missing__what"), text: missing.label(in: language))
                                        }
                                    }
                                }
                            }
                            if let alternative = reason.useInstead {
                                parts.element(.h3, text: text.useInsteadTitle)
                                parts.element(.p, text: alternative.label(in: language))
                            }
                            switch reason.code {
                            case .adult: parts.element(.p, text: text.adultAdvice)
                            case .notResident: parts.element(.p, text: text.notResidentAdvice)
                            case .noGround: parts.element(.p, text: text.noGroundAdvice)
                            default: break
                            }
                            parts.element(.p, .class("legal-basis"), text: text.legalBasis(reason.code.legalBasis.citation))
                        }
                    }
                }
            }

            // "I don't know" answers lead to guidance, not a dead end.
            var guidance: [String] = []
            if answers.protection == .unknown { guidance.append(text.protectionUnknownAdvice) }
            if answers.arrival == .unknown { guidance.append(text.arrivalUnknownAdvice) }
            if answers.arrivalRegular == .unknown { guidance.append(text.regularUnknownAdvice) }
            if !guidance.isEmpty {
                body.element(.div, .class("panel simulator-guidance")) { panel in
                    for line in guidance { panel.element(.p, text: line) }
                }
            }

            body.simulatorAnswers(page, path: path)
            body.restartForm(text, csrf: csrf)
        }
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

extension HTMLWriter {
    /// A titled section of the result.
    mutating func section(_ title: String, class extra: String? = nil, content: (inout HTMLWriter) -> Void) {
        element(.section, .class(["section", extra].compactMap { $0 }.joined(separator: " "))) { section in
            section.element(.h2, text: title)
            content(&section)
        }
    }

    mutating func delaySection(_ result: EligibilityResult, text: SimulatorText) {
        section(text.delayTitle) { section in
            section.element(.p, text: text.delayBody(result.parameters.implicitRefusalMonths, text.format(result.implicitRefusalOn)))
            section.element(.p, text: text.delayAfter)
            section.element(.p, .class("legal-basis"), text: text.legalBasis(result.parameters.implicitRefusalBasis.citation))
        }
    }

    /// Every answer on the path, each with a link back to its question (GOV.UK "check answers").
    mutating func simulatorAnswers(_ page: PageContext, path: SituationPath) {
        let text = page.text.simulator
        let answers = path.effective
        element(.section, .class("section simulator-answers")) { section in
            section.element(.h2, text: text.answersTitle)
            section.element(.dl, .class("summary-list")) { list in
                for question in path.answered {
                    let title = SimulatorQuestions.title(question, text: text, answers: answers)
                    list.element(.div, .class("row")) { row in
                        row.element(.dt, .class("key"), text: title)
                        row.element(.dd, .class("value"), text: SimulatorResultView.display(question, answers: answers, text: text))
                        row.element(.dd, .class("actions no-print")) { actions in
                            actions.element(.a, .href(question.url.path)) { link in
                                link.text(text.change)
                                link.element(.span, .class("visually-hidden"), text: text.changeWhat(title))
                            }
                        }
                    }
                }
            }
        }
    }
}
