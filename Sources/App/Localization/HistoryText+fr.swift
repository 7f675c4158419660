import DCEMDossier
import DCEMRules

extension HistoryText {
    static let french = HistoryText(
        kind: { kind in
            switch kind {
            case .action(let action):
                switch action {
                case .file: "Demande déposée"
                case .withdraw: "Demande retirée"
                case .startInstruction: "Instruction commencée"
                case .requestDocuments: "Pièces demandées"
                case .answerRequest: "Pièces demandées envoyées"
                case .resumeInstruction: "Instruction reprise"
                case .grant: "DCEM accordé"
                case .refuse: "DCEM refusé"
                case .implicitRefusal: "Refus implicite : pas de réponse dans le délai"
                case .makeAvailable: "Convocation pour la remise envoyée"
                case .requestPostponement: "Autre rendez-vous demandé"
                case .acceptPostponement: "Report accepté"
                case .declinePostponement: "Report refusé"
                case .handOver: "Document remis"
                case .markUncollected: "Document non retiré"
                }
            case .created: "Demande commencée"
            case .answersSaved: "Réponses enregistrées"
            case .answersCorrected: "Dossier corrigé"
            case .documentAdded: "Pièce ajoutée"
            case .documentRemoved: "Pièce retirée"
            case .documentVerdict: "Avis sur une pièce"
            case .assigned: "Dossier attribué"
            case .message: "Message"
            case .familyAccess: "Accès en ligne envoyé à la famille"
            case .issuedDocument(let action):
                switch action {
                case .expire: "Document expiré"
                case .lapseAtMajority: "Document caduc (deux mois après les 18 ans)"
                case .declareLapse: "Document caduc déclaré"
                case .openWithdrawal: "Procédure de retrait ouverte"
                case .withdraw: "Document retiré"
                case .closeWithdrawal: "Procédure de retrait close sans retrait"
                case .reportLost: "Perte déclarée"
                case .reportStolen: "Vol déclaré"
                case .recordReturn: "Document rendu à la préfecture"
                case .replace: "Document remplacé par un nouveau DCEM"
                }
            case .withdrawalObservations: "Observations de la famille sur le retrait"
            }
        },
        byYou: "vous",
        byFamily: "la famille",
        byPrefecture: "la préfecture",
        byAgent: { name in name },
        byScheduler: "automatique",
        documentsAsked: { documents, replyBy in "\(documents) ; réponse attendue avant le \(replyBy)" },
        document: { document in document },
        verdict: { document, verdict in "\(document) : \(verdict == .accepted ? "acceptée" : "refusée")" },
        appointment: { day, time in "rendez-vous le \(day) à \(time)" },
        timbre: { number, amount in "timbre fiscal n° \(number), \(amount) €" },
        exempt: "sans timbre fiscal (exonéré)",
        dcemNumber: { number in "DCEM n° \(number)" },
        reasons: { reasons in reasons },
        assignedTo: { name in "à \(name)" },
        unassigned: "à personne",
        section: { title in title },
        copiedFrom: { reference in "à partir du dossier \(reference)" }
    )
}
