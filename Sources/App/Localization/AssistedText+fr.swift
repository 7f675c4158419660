extension AssistedText {
    static let french = AssistedText(
        title: "Dépôt au guichet",
        lead: "Pour une famille qui ne peut pas déposer sa demande en ligne (règle 19, CESEDA R. 431-2) : vous remplissez avec elle les pages de la famille, vous numérisez ses pièces au guichet, puis vous déposez la demande. Elle est enregistrée comme déposée au guichet.",
        emailLabel: "Adresse électronique de la famille (facultatif)",
        emailHint: "Si un compte existe déjà à cette adresse, la demande y est rattachée. Sans adresse, vous pourrez donner accès à la famille plus tard.",
        emailInvalid: "Saisissez une adresse électronique valide, comme nom@exemple.fr, ou laissez le champ vide",
        startButton: "Commencer le dépôt au guichet",
        queueLink: "Déposer une demande au guichet pour une famille",
        inProgress: { family in "Un dépôt au guichet est en cours" + (family.map { " pour \($0)" } ?? "") + "." },
        resumeLink: "Reprendre le dépôt en cours",
        endButton: "Quitter le mode guichet",
        banner: { family in "Dépôt au guichet pour " + (family ?? "une famille sans compte en ligne") },
        bannerLabel: "Dépôt au guichet",
        backOfficeLink: "Retour au back-office",
        assistedLine: "Demande déposée au guichet par un agent (règle 19).",
        accessTitle: "Donner accès à la famille",
        accessLead: { hours in "La famille reçoit par courriel un mot de passe temporaire (valable \(hours) heures) pour suivre sa demande en ligne." },
        accessEmailLabel: "Adresse électronique de la famille",
        accessButton: "Envoyer l’accès",
        accessTo: { email in "Envoyer l’accès à \(email)" },
        accessSent: { email in "Un mot de passe temporaire a été envoyé à \(email)." },
        accessEmailMissing: "Saisissez l’adresse électronique de la famille",
        accessEmailTaken: "Cette adresse est déjà celle d’un autre compte : saisissez-en une autre",
        accessNotNeeded: "La famille a déjà choisi son mot de passe : elle se connecte comme d’habitude."
    )
}
