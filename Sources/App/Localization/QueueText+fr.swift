extension QueueText {
    static let french = QueueText(
        tabsLabel: "Vues de la file",
        tab: { tab in
            switch tab {
            case .open: "Ouverts"
            case .examine: "À instruire"
            case .answers: "Réponses reçues"
            case .convoke: "À convoquer"
            case .postponements: "Reports demandés"
            case .today: "Rendez-vous du jour"
            case .mine: "Mes dossiers"
            case .all: "Tous"
            }
        },
        caption: { tab, service, page in "\(tab) – \(service), page \(page)" },
        urgencyOrder: "les plus urgents d’abord",
        results: { count in count == 0 ? "Aucun dossier" : "\(count) dossier\(count > 1 ? "s" : "")" },
        appointments: { count in count == 0 ? "Aucun rendez-vous" : "\(count) rendez-vous" },
        pageOf: { page, pages in "Page \(page) sur \(pages)" },
        columnMarks: "À noter",
        columnAssigned: "Attribué à",
        markAnswer: "Réponse reçue",
        markMessage: "Message de la famille",
        assignedToMe: "Moi",
        pickupsTitle: { day in "Rendez-vous du \(day)" },
        noPickups: "Aucun rendez-vous de retrait aujourd’hui.",
        pickupsIgnoreFilters: "Cette liste montre tous les rendez-vous du jour, sans les filtres."
    )
}
