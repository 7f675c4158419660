import DCEMDossier
import DCEMRules

/// The situation answered in one go (the API), through the question pages' own check,
/// `SimulatorQuestions.submit`, in the order the flow asks: an answer that opens a question makes
/// the answer to that question acceptable, and an answer to a question not asked is refused.
enum DossierSituationAnswers {
    /// Inputs by question id (an ISO day for a date question). Returns the errors by question id,
    /// in the order met; `answers` changes only when there is none.
    static func apply(_ given: [String: String], to answers: inout DossierAnswers, checklist: DossierChecklist,
                      text: Catalog) -> [(name: String, message: String)] {
        var pending = given
        var situation = checklist.situationAnswers
        var errors: [(name: String, message: String)] = []
        while true {
            let path = SituationFlow.walk(situation, today: checklist.today)
            var reachable = path.answered
            if case .question(let next) = path.next { reachable.append(next) }
            guard let question = reachable.first(where: { pending[$0.id] != nil && $0 != .departement && $0 != .parentCount }),
                  let value = pending.removeValue(forKey: question.id) else { break }
            let (day, month, year) = APIBody.dateInputs(value)
            let form = FormFields(values: [question.id: value, "\(question.id)-day": day, "\(question.id)-month": month, "\(question.id)-year": year])
            switch SimulatorQuestions.submit(question, form: form, answers: situation, text: text.simulator, today: checklist.today) {
            case .saved(let updated): situation = updated
            case .invalid(_, let error): errors.append((question.id, error.message))
            }
        }
        for id in pending.keys.sorted() {
            switch SituationQuestion(id: id) {
            case .departement?: errors.append((id, text.api.setElsewhere(text.dossier.sectionTitle(.address))))
            case .parentCount?: errors.append((id, text.api.setElsewhere(text.dossier.sectionTitle(.parents))))
            // Not judged when an earlier answer was refused: it may be the one that opens it.
            case .some where errors.isEmpty: errors.append((id, text.api.notAsked))
            case .some: break
            case nil: errors.append((id, text.api.unknownMember))
            }
        }
        if errors.isEmpty { answers.situation = situation }
        return errors
    }

    /// The answers given so far, by question id, as the API shows them (dates as ISO days).
    static func shown(_ checklist: DossierChecklist) -> [String: String] {
        var shown: [String: String] = [:]
        for question in checklist.path.answered where question != .departement && question != .parentCount {
            switch checklist.situationAnswers.value(of: question) {
            case .choice(let value?): shown[question.id] = value
            case .date(let date?): shown[question.id] = date.civil?.iso
            default: break
            }
        }
        return shown
    }
}
