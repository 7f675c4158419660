import DCEMDossier
import DCEMRules

extension HistoryText {
    static let french = HistoryText(
        kind: { kind in
            switch kind {
            case .action(let action): action.label(in: .fr)
            case .created: "Demande commencée"
            case .answersSaved: "Réponses enregistrées"
            case .answersCorrected: "Dossier corrigé"
            case .documentAdded: "Pièce ajoutée"
            case .documentRemoved: "Pièce retirée"
            case .documentVerdict: "Avis sur une pièce"
            case .assigned: "Dossier attribué"
            case .message: "Message"
            case .familyAccess: "Accès en ligne envoyé à la famille"
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
