import DCEMRules

extension BackOfficeText {
    static let french = BackOfficeText(
        areaName: "Espace préfecture",
        navigationLabel: "Menu de l’espace préfecture",
        queueLink: "Dossiers",
        signedInAs: { name, service in "\(name) — \(service)" },
        loginTitle: "Connexion à l’espace préfecture",
        loginLead: "Réservé aux agents des préfectures. Après le mot de passe, un code à usage unique vous sera demandé.",
        setupTitle: "Configurer votre code à usage unique",
        setupLead: "Ajoutez ce compte dans votre application d’authentification (FreeOTP, Aegis, Google Authenticator…) en saisissant la clé ci-dessous, ou l’adresse otpauth, puis entrez le code à 6 chiffres qu’elle affiche.",
        secretLabel: "Clé à saisir dans l’application",
        uriLabel: "Adresse otpauth",
        codeTitle: "Code à usage unique",
        codeLead: "Entrez le code à 6 chiffres affiché par votre application d’authentification.",
        codeLabel: "Code à 6 chiffres",
        codeHint: "Le code change toutes les 30 secondes ; chaque code ne sert qu’une fois.",
        codeButton: "Valider le code",
        codeInvalid: "Ce code ne convient pas. Entrez les 6 chiffres affichés maintenant par votre application ; un code déjà utilisé ne fonctionne plus.",
        queueTitle: "Dossiers",
        columnReference: "Référence",
        columnChild: "Enfant",
        columnFiled: "Déposé le",
        columnDue: "Décider au plus tard le",
        columnState: "État",
        sortBy: { column in "Trier par \(column.lowercased())" },
        clockStopped: "suspendu (pièces demandées)",
        dueToday: { day in "aujourd’hui, \(day)" },
        dueLapsed: "délai écoulé (refus implicite)",
        filtersTitle: "Filtrer les dossiers",
        stateFilter: "État",
        profileFilter: "Situation",
        groundFilter: "Motif",
        anyValue: "Tous",
        filedFrom: "Déposé à partir du",
        filedTo: "Déposé jusqu’au",
        dueWithin: "Refus implicite dans les … jours",
        dueWithinHint: "Dossiers en cours dont le délai expire dans ce nombre de jours, ou est déjà passé.",
        waitingForFamily: "En attente de la famille (pièces demandées)",
        searchLabel: "Rechercher",
        searchHint: "Référence, nom ou prénom de l’enfant ou d’un parent.",
        applyFilters: "Filtrer",
        clearFilters: "Effacer les filtres",
        empty: "Aucun dossier ne correspond à ces critères.",
        previousPage: "Page précédente",
        nextPage: "Page suivante",
        pagination: "Pagination",
        groundShort: { ground in
            switch ground {
            case .parentResidencePermit: "Parent titulaire d’un titre de séjour"
            case .eeaParent: "Parent européen"
            case .eeaStepParent: "Beau-parent européen"
            case .parentNaturalisedFrench: "Parent devenu français"
            case .visaChildOfFrenchOrAdopted: "Visa enfant de Français ou adoption"
            case .aseBefore16: "Confié à l’ASE avant 16 ans"
            case .internationalProtection: "Protection internationale"
            case .visitorVisaBefore13: "Visa visiteur avant 13 ans"
            }
        },
        dossierTitle: { reference in "Dossier \(reference)" },
        dossierPlaceholder: "La page d’instruction de ce dossier est en préparation.",
        backToQueue: "Retour aux dossiers"
    )
}
