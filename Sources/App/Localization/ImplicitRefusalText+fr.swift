extension ImplicitRefusalText {
    static let french = ImplicitRefusalText(
        historyTitle: "La date de réponse de la préfecture",
        historyLead: "Sans réponse de la préfecture à cette date, la demande est refusée (refus implicite). Voici chaque changement de cette date, et sa raison.",
        change: { reason, on, date, replyBy in
            switch reason {
            case .filed:
                "\(on) : demande déposée. Sans réponse de la préfecture le \(date ?? ""), la demande sera refusée implicitement."
            case .documentsRequested:
                "\(on) : la préfecture a demandé des pièces. Le délai est suspendu jusqu’à ce que vous les envoyiez"
                    + (replyBy.map { " (à envoyer avant le \($0))." } ?? ".")
            case .documentsProvided:
                "\(on) : vous avez envoyé les pièces demandées. Le délai repart en entier à partir de ce jour : nouvelle date le \(date ?? "")."
            case .instructionResumed:
                "\(on) : la date pour envoyer les pièces est passée ; la préfecture examine le dossier tel qu’il est. Le délai repart en entier à partir de ce jour : nouvelle date le \(date ?? "")."
            case .granted:
                "\(on) : la préfecture a accepté la demande. Cette date ne s’applique plus."
            case .refused:
                "\(on) : la préfecture a refusé la demande. Cette date ne s’applique plus."
            case .withdrawn:
                "\(on) : vous avez retiré la demande. Cette date ne s’applique plus."
            case .implicitlyRefused:
                "\(on) : la préfecture n’a pas répondu à temps : la demande est refusée implicitement."
            }
        },
        dateAtFiling: "C’est la date en vigueur au dépôt de la demande.",
        sinceFilingTitle: "Depuis le dépôt",
        basis: { citation in "Base légale : \(citation)." }
    )
}
