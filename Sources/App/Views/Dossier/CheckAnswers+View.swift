import DCEMDossier
import DCEMRules
import Plot

/// "Check your answers" (docs/pages.md#check-answers): every answer with a change link, every
/// document, then the filing button. While something is missing, the filing answers this page again
/// with the list.
enum CheckAnswersView {
    static func render(_ page: PageContext, dossier: Dossier, checklist: DossierChecklist, documents: [DossierDocument],
                       showProblems: Bool, csrf: String) -> String {
        let t = page.text.dossier
        let id = dossier.id!
        let problems = checklist.problems.map { problem(page, dossier: dossier, $0) }

        var body: [BodyNode] = []
        if showProblems && !problems.isEmpty {
            body.append(element("div", [("class", "error-summary"), ("role", "alert"), ("aria-labelledby", "error-summary-title"), ("tabindex", "-1")], [
                element("h2", [("id", "error-summary-title")], [.plainText(page.text.layout.errorSummaryTitle)]),
                element("ul", [], problems.map { element("li", [], [element("a", [("href", $0.href)], [.plainText($0.message)])]) }),
            ]))
        }
        body.append(element("h1", [], [.plainText(t.checkTitle)]))

        body += answersSummary(page, dossier: dossier, checklist: checklist, change: { section in
            SiteURL.dossierSection(id, section).path + "?retour=verifier"
        }, questionChange: { SiteURL.dossierQuestion(id, $0).path })
        if let result = checklist.evaluation, result.outcome == .eligible {
            body.append(element("p", [], [.plainText(t.groundsLine)]))
            body.append(element("ul", [("class", "list")], result.grounds.map { element("li", [], [.plainText($0.label(in: page.language))]) }))
        }

        body.append(element("h2", [], [.plainText(t.documentsHeading)]))
        body.append(documentsList(page, dossier: dossier, slots: checklist.slots, documents: documents))
        body.append(element("p", [], [element("a", [("href", SiteURL.dossierSection(id, .documents).path)], [.plainText(t.change + " — " + t.sectionTitle(.documents))])]))
        body.append(element("h2", [], [.plainText(t.sectionTitle(.photos))]))
        body.append(element("ul", [("class", "list")], documents.filter { $0.slot == photoSlot }.map { photo in
            element("li", [], [.plainText(t.photoLine(photo.originalName, DossierFormat.day(photo.takenOn, page)))])
        }))
        body.append(element("p", [], [element("a", [("href", SiteURL.dossierSection(id, .photos).path)], [.plainText(t.change + " — " + t.sectionTitle(.photos))])]))

        body.append(element("h2", [], [.plainText(t.fileButton)]))
        body.append(element("p", [], [.plainText(t.declaration)]))
        body.append(element("form", [("method", "post"), ("action", SiteURL.dossierFiling(id).path)], [
            Forms.csrf(csrf),
            element("button", [("type", "submit"), ("class", "button")], [.plainText(t.fileButton)]),
        ]))
        return Layout(page: page, title: t.checkTitle, hasErrors: showProblems && !problems.isEmpty, backLink: SiteURL.dossier(id).path).render(body)
    }

    /// Every answer of the dossier, by section; with change links on the family's check page,
    /// without them in the back office.
    static func answersSummary(_ page: PageContext, dossier: Dossier, checklist: DossierChecklist,
                               change: ((DossierSection) -> String)?, questionChange: ((SituationQuestion) -> String)?) -> [BodyNode] {
        let t = page.text.dossier
        let answers = checklist.answers
        var body: [BodyNode] = []
        body.append(element("h2", [], [.plainText(t.sectionTitle(.child))]))
        let child = answers.child
        body.append(DossierFormat.summary([
            DossierFormat.row(t.surname, child?.surname, change: change.map { $0(.child) }, page: page),
            DossierFormat.row(t.givenNames, child?.givenNames, change: change.map { $0(.child) }, page: page),
            DossierFormat.row(t.sex, child.map { $0.sex == "F" ? t.female : t.male }, change: change.map { $0(.child) }, page: page),
            DossierFormat.row(t.birthPlace, child.map { "\($0.birthPlace), \($0.birthCountry)" }, change: change.map { $0(.child) }, page: page),
            DossierFormat.row(t.nationality, child?.nationality, change: change.map { $0(.child) }, page: page),
            DossierFormat.row(t.passportNumber, child?.passportNumber, change: change.map { $0(.child) }, page: page),
            DossierFormat.row(t.passportExpires, child?.passportExpires?.civil.map { DossierFormat.day($0, page) }, change: change.map { $0(.child) }, page: page),
        ]))

        body.append(element("h2", [], [.plainText(t.sectionTitle(.parents))]))
        body.append(DossierFormat.summary(answers.parents.enumerated().flatMap { index, parent in [
            DossierFormat.row(t.parentHeading(index + 1), "\(parent.givenNames) \(parent.surname) — \(parent.nationality)", change: change.map { $0(.parents) }, page: page),
        ] } + (answers.parents.isEmpty ? [DossierFormat.row(t.parentHeading(1), nil, change: change.map { $0(.parents) }, page: page)] : [])))

        body.append(element("h2", [], [.plainText(t.sectionTitle(.applicant))]))
        let role = (answers.situation.applicant ?? .parent).role
        body.append(DossierFormat.summary([
            DossierFormat.row(page.text.dossier.roleQuestion, role.label(in: page.language), page: page),
            DossierFormat.row(t.phone, answers.applicant?.phone, change: change.map { $0(.applicant) }, page: page),
        ] + (role == .parent ? [] : [
            DossierFormat.row(t.surname, answers.applicant.map { "\($0.givenNames) \($0.surname)" }, change: change.map { $0(.applicant) }, page: page),
        ]) + (role == .legalPersonRepresentative ? [DossierFormat.row(t.organisation, answers.applicant?.organisation, change: change.map { $0(.applicant) }, page: page)] : [])))

        body.append(element("h2", [], [.plainText(t.sectionTitle(.address))]))
        body.append(DossierFormat.summary([
            DossierFormat.row(t.sectionTitle(.address), answers.address.map { [$0.line1, $0.line2, "\($0.postalCode) \($0.city)"].filter { !$0.isEmpty }.joined(separator: ", ") },
                              change: change.map { $0(.address) }, page: page),
        ]))

        body.append(element("h2", [], [.plainText(t.sectionTitle(.situation))]))
        let path = checklist.path
        let situation = path.effective
        body.append(element("dl", [("class", "summary-list")], path.answered.filter { $0 != .departement && $0 != .parentCount }.map { question in
            DossierFormat.row(SimulatorQuestions.title(question, text: page.text.simulator, answers: situation),
                              SimulatorResultView.display(question, answers: situation, text: page.text.simulator),
                              change: questionChange?(question), page: page)
        }))
        return body
    }

    /// Every slot with its files, by name and size.
    static func documentsList(_ page: PageContext, dossier: Dossier, slots: [UploadSlot], documents: [DossierDocument]) -> BodyNode {
        let t = page.text.dossier
        return element("dl", [("class", "summary-list")], slots.map { slot in
            let files = documents.filter { $0.slot == slot.id }
            return element("div", [], [
                element("dt", [], [.plainText(slotLabel(page, slot))]),
                element("dd", [], files.isEmpty ? [.plainText(t.notProvided)] : files.map {
                    element("p", [], [.plainText(t.fileLine($0.originalName, DossierFormat.size($0.size, page.language)))])
                }),
            ])
        })
    }

    static func slotLabel(_ page: PageContext, _ slot: UploadSlot) -> String {
        let label = slot.code.label(in: page.language)
        return slot.translation ? page.text.dossier.translationOf(label) : label
    }

    static func problem(_ page: PageContext, dossier: Dossier, _ problem: FilingProblem) -> (href: String, message: String) {
        let t = page.text.dossier
        let id = dossier.id!
        switch problem {
        case .section(let section, _):
            return (SiteURL.dossierSection(id, section).path, t.problemSection(t.sectionTitle(section)))
        case .language(let code):
            return (SiteURL.dossierSection(id, .documents).path + "#slot-\(code.rawValue)", t.problemLanguage(code.label(in: page.language)))
        case .missing(let slot):
            return (SiteURL.dossierSection(id, .documents).path + "#slot-\(slot.id)", t.problemMissing(slotLabel(page, slot)))
        case .photos(let count):
            return (SiteURL.dossierSection(id, .photos).path, t.problemPhotos(count))
        case .oldPhotos(let earliest):
            return (SiteURL.dossierSection(id, .photos).path, t.problemOldPhotos(DossierFormat.day(earliest, page)))
        }
    }
}
