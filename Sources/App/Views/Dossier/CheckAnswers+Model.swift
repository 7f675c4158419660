import DCEMDossier
import DCEMRules
import Foundation

/// "Check your answers", as the controller computes it from the dossier, its checklist and files.
struct CheckAnswersModel: Sendable {
    struct Problem: Sendable {
        let href: String
        let message: String
    }

    /// One document slot and its files, by name and size.
    struct SlotFiles: Sendable {
        let label: String
        let files: [String]
    }

    let id: UUID
    /// Shown only after a filing that found something missing.
    let problems: [Problem]
    let answers: [SummarySection]
    /// The grounds, when the answers make the child eligible.
    let grounds: [String]?
    let documents: [SlotFiles]
    let photos: [String]

    init(_ page: PageContext, dossier: Dossier, checklist: DossierChecklist, documents: [DossierDocument], showProblems: Bool) {
        let t = page.text.dossier
        let id = dossier.id!
        self.id = id
        problems = showProblems ? checklist.problems.map { Self.problem(page, dossier: dossier, $0) } : []
        answers = Self.answers(page, checklist: checklist, change: { SiteURL.dossierSection(id, $0).path + Forms.returnToCheckQuery },
                               questionChange: { SiteURL.dossierQuestion(id, $0).path + Forms.returnToCheckQuery })
        grounds = checklist.evaluation.flatMap { $0.outcome == .eligible ? $0.grounds.map { $0.label(in: page.language) } : nil }
        self.documents = Self.documents(page, slots: checklist.slots, documents: documents)
        photos = documents.filter { $0.slot == photoSlot }.map { t.photoLine($0.originalName, DossierFormat.day($0.takenOn, page)) }
    }

    /// Where a filing problem is put right, and what to say about it (the page's summary, the API's error).
    static func problem(_ page: PageContext, dossier: Dossier, _ problem: FilingProblem) -> Problem {
        let t = page.text.dossier
        let id = dossier.id!
        switch problem {
        case .section(let section, _):
            return Problem(href: SiteURL.dossierSection(id, section).path, message: t.problemSection(t.sectionTitle(section)))
        case .language(let code):
            return Problem(href: SiteURL.dossierSection(id, .documents).path + "#slot-\(code.rawValue)", message: t.problemLanguage(code.label(in: page.language)))
        case .missing(let slot):
            return Problem(href: SiteURL.dossierSection(id, .documents).path + "#slot-\(slot.id)", message: t.problemMissing(DossierFormat.slotLabel(page, slot)))
        case .photos(let count):
            return Problem(href: SiteURL.dossierSection(id, .photos).path, message: t.problemPhotos(count))
        case .oldPhotos(let earliest):
            return Problem(href: SiteURL.dossierSection(id, .photos).path, message: t.problemOldPhotos(DossierFormat.day(earliest, page)))
        }
    }

    /// Every slot with its files, by name and size.
    static func documents(_ page: PageContext, slots: [UploadSlot], documents: [DossierDocument]) -> [SlotFiles] {
        slots.map { slot in
            SlotFiles(label: DossierFormat.slotLabel(page, slot),
                      files: documents.filter { $0.slot == slot.id }.map {
                          page.text.dossier.fileLine($0.originalName, DossierFormat.size($0.size, page.language))
                      })
        }
    }

    /// Every answer of the dossier, by section; with change links on the family's check page,
    /// without them in the back office.
    static func answers(_ page: PageContext, checklist: DossierChecklist,
                        change: ((DossierSection) -> String)?, questionChange: ((SituationQuestion) -> String)?) -> [SummarySection] {
        let t = page.text.dossier
        let answers = checklist.answers
        func row(_ label: String, _ value: String?, _ section: DossierSection? = nil) -> SummaryRow {
            SummaryRow(label, value, change: section.flatMap { section in change.map { $0(section) } }, page: page)
        }
        let child = answers.child
        let role = (answers.situation.applicant ?? .parent).role
        return [
            SummarySection(title: t.sectionTitle(.child), rows: [
                row(t.surname, child?.surname, .child),
                row(t.givenNames, child?.givenNames, .child),
                row(t.sex, child.map { $0.sex == "F" ? t.female : t.male }, .child),
                row(t.birthPlace, child.map { "\($0.birthPlace), \($0.birthCountry)" }, .child),
                row(t.nationality, child?.nationality, .child),
                row(t.passportNumber, child?.passportNumber, .child),
                row(t.passportExpires, child?.passportExpires?.civil.map { DossierFormat.day($0, page) }, .child),
            ]),
            SummarySection(title: t.sectionTitle(.parents), rows: answers.parents.isEmpty
                ? [row(t.parentHeading(1), nil, .parents)]
                : answers.parents.enumerated().map { index, parent in
                    row(t.parentHeading(index + 1), "\(parent.givenNames) \(parent.surname) — \(parent.nationality)", .parents)
                }),
            SummarySection(title: t.sectionTitle(.applicant), rows: [
                row(t.roleQuestion, role.label(in: page.language)),
                row(t.phone, answers.applicant?.phone, .applicant),
            ] + (role == .parent ? [] : [row(t.surname, answers.applicant.map { "\($0.givenNames) \($0.surname)" }, .applicant)])
              + (role == .legalPersonRepresentative ? [row(t.organisation, answers.applicant?.organisation, .applicant)] : [])),
            SummarySection(title: t.sectionTitle(.address), rows: [
                row(t.sectionTitle(.address), answers.address.map { [$0.line1, $0.line2, "\($0.postalCode) \($0.city)"].filter { !$0.isEmpty }.joined(separator: ", ") },
                    .address),
            ]),
            SummarySection(title: t.sectionTitle(.situation), rows: situationRows(page, checklist: checklist, change: questionChange)),
        ]
    }

    /// The situation's answers, each question as asked in the application (not the ones its sections ask).
    static func situationRows(_ page: PageContext, checklist: DossierChecklist, change: ((SituationQuestion) -> String)?) -> [SummaryRow] {
        let situation = checklist.path.effective
        return checklist.path.answered.filter { $0 != .departement && $0 != .parentCount }.map { question in
            SummaryRow(SimulatorQuestions.title(question, text: page.text.simulator, answers: situation),
                       SimulatorResultView.display(question, answers: situation, text: page.text.simulator),
                       change: change?(question), page: page)
        }
    }
}
