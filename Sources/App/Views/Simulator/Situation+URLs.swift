import DCEMDossier

// The simulator's addresses for the situation questions (the questions themselves are the case's).
extension SituationQuestion {
    var url: SiteURL { .simulatorQuestion(self) }
}

extension SituationStep {
    var url: SiteURL {
        switch self {
        case .question(let question): question.url
        case .result: .simulatorResult
        }
    }
}

extension SituationPath {
    /// The back link of a question: the previous relevant question, or the start page.
    func previous(of question: SituationQuestion) -> SiteURL {
        self.question(before: question)?.url ?? .simulatorStart
    }

    /// The back link of the result page: the last question answered.
    var previousOfResult: SiteURL { answered.last?.url ?? .simulatorStart }
}
