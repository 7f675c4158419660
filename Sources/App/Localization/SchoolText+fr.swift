extension SchoolText {
    static let french = SchoolText(
        areaLink: "Espace établissement",
        areaTitle: "Espace établissement scolaire",
        areaLead: "Le chef d’un établissement scolaire demande ici le document de voyage collectif des élèves étrangers d’un voyage scolaire. La préfecture du département de l’établissement vérifie d’abord que vous en êtes le chef.",
        claimsTitle: "Vos établissements",
        state: { code in
            switch code {
            case "approved": "Validé"
            case "refused": "Refusé"
            default: "En attente de validation"
            }
        },
        pendingLine: { departement in "La préfecture (\(departement)) doit valider votre demande. Vous recevrez un courriel." },
        approvedLine: "Vous pouvez demander un document de voyage collectif pour cet établissement.",
        refusedLine: { reason in "La préfecture a refusé : \(reason)" },
        registerTitle: "Déclarer votre établissement",
        registerAnother: "Déclarer un autre établissement",
        registerLead: "Vous trouverez le code UAI (ancien RNE) sur les courriers officiels de l’établissement.",
        uaiLabel: "Code UAI de l’établissement",
        uaiHint: "7 chiffres et une lettre, par exemple 0750654D",
        schoolNameLabel: "Nom de l’établissement",
        schoolNameHint: "Par exemple : Collège Jean-Moulin, Lyon",
        headNameLabel: "Votre nom",
        headNameHint: "Prénom et nom, tels qu’ils figureront sur l’attestation",
        confirmLegend: "Confirmation",
        confirmLabel: "Je suis le chef de cet établissement (principal, proviseur ou directeur).",
        registerButton: "Envoyer à la préfecture",
        registered: "Votre demande est envoyée à la préfecture.",
        schoolNameMissing: "Indiquez le nom de l’établissement.",
        headNameMissing: "Indiquez votre nom.",
        confirmMissing: "Cochez la case pour confirmer que vous êtes le chef de l’établissement.",
        mailDecisionSubject: { approved in approved ? "Votre établissement est validé" : "Votre demande d’espace établissement" },
        mailDecision: { school, approved, link in
            approved
                ? "La préfecture a validé votre compte de chef de l’établissement \(school). Vous pouvez maintenant demander un document de voyage collectif : \(link)"
                : "La préfecture n’a pas validé votre compte de chef de l’établissement \(school). Le motif est indiqué ici : \(link)"
        },
        deskLink: "Établissements",
        deskTitle: "Établissements scolaires",
        deskLead: "Les chefs d’établissement de votre département qui demandent à ouvrir un espace. Vérifiez le code UAI et le nom du chef dans l’annuaire de l’Éducation nationale avant de valider.",
        deskPending: "À valider",
        deskNonePending: "Aucune demande en attente.",
        deskDecided: "Déjà traitées",
        deskClaim: { head, email, day in "\(head) — \(email) — demande du \(day)" },
        approveButton: "Valider",
        refuseReasonLabel: "Motif du refus",
        refuseButton: "Refuser",
        reasonMissing: "Écrivez le motif du refus.",
        decided: "C’est enregistré ; le chef d’établissement est prévenu par courriel.",
        alreadyDecided: "Cette demande a déjà été traitée."
    )
}
