import DCEMRules

extension SupervisionText {
    static let french = SupervisionText(
        agentsLink: "Agents",
        agentsTitle: "Agents de la préfecture",
        agentsLead: "Les comptes qui ouvrent le back-office de votre préfecture. Un compte désactivé ne peut plus se connecter et ses sessions ouvertes sont fermées aussitôt.",
        newAgentLink: "Créer un compte d’agent",
        newAgentTitle: "Créer un compte d’agent",
        newAgentLead: "Un mot de passe provisoire est affiché une seule fois après la création. À sa première connexion, l’agent configure son code à usage unique puis choisit son mot de passe.",
        nameLabel: "Nom affiché",
        nameHint: "Tel que les collègues et l’historique des dossiers le montrent, par exemple Claire Martin",
        emailLabel: "Adresse électronique professionnelle",
        emailHint: "C’est son identifiant de connexion",
        roleLegend: "Rôle",
        roleName: { role in
            switch role {
            case .agent: "Agent"
            case .supervisor: "Superviseur"
            }
        },
        roleHint: { role in
            switch role {
            case .agent: "Instruit les dossiers et reçoit les familles au guichet"
            case .supervisor: "Peut aussi gérer les agents, les horaires de retrait et voir les statistiques"
            }
        },
        createButton: "Créer le compte",
        codeLabel: "Code à usage unique : ",
        active: "Actif",
        disabled: "Désactivé",
        awaitingFirstLogin: "Première connexion à faire",
        codeSet: "configuré",
        codeNotSet: "à configurer à la prochaine connexion",
        you: "(vous)",
        actionLabel: { action in
            switch action {
            case .disable: "Désactiver"
            case .enable: "Réactiver"
            case .resetCode: "Réinitialiser le code à usage unique"
            case .resetPassword: "Donner un mot de passe provisoire"
            }
        },
        actionDone: { action in
            switch action {
            case .disable: "Compte désactivé : l’agent ne peut plus se connecter et ses sessions ouvertes sont fermées."
            case .enable: "Compte réactivé : l’agent peut se connecter de nouveau."
            case .resetCode: "Code à usage unique réinitialisé : l’agent le configure de nouveau à sa prochaine connexion ; ses sessions ouvertes sont fermées."
            case .resetPassword: "Mot de passe provisoire donné."
            }
        },
        createdTitle: "Compte créé",
        createdLead: { name, email, role in "\(name) (\(email)), \(role)." },
        temporaryPasswordLabel: "Mot de passe provisoire",
        temporaryPasswordOnce: "Il n’est affiché qu’une fois et n’est conservé nulle part en clair : transmettez-le à l’agent de vive voix ou par un moyen sûr. Il sert à une seule connexion, après laquelle l’agent choisit le sien.",
        passwordResetTitle: "Nouveau mot de passe provisoire",
        passwordResetLead: { name, email in "Pour \(name) (\(email)). Ses sessions ouvertes sont fermées ; à sa prochaine connexion, il choisit son mot de passe." },
        justCreatedTitle: "Ce compte vient d’être créé",
        justCreatedLead: { email in "Le compte \(email) a été créé par un envoi précédent de ce formulaire ; aucun second compte n’a été créé. Si vous n’avez pas noté son mot de passe provisoire, donnez-lui-en un nouveau depuis la liste des agents." },
        nameInvalid: "Écrivez le nom sur une ligne, sans caractère invisible",
        emailMissing: "Saisissez l’adresse électronique de l’agent",
        emailInvalid: "Saisissez une adresse électronique valide, par exemple prenom.nom@interieur.gouv.fr",
        emailTaken: "Un compte d’agent existe déjà avec cette adresse électronique",
        roleMissing: "Choisissez le rôle de l’agent",
        notYourself: "Vous ne pouvez pas modifier votre propre compte ici : votre mot de passe se change depuis le lien de votre nom, en haut de page.",
        changedMeanwhile: "Ce compte a changé entre-temps (un autre superviseur, ou l’agent qui s’est connecté). Rien n’a été modifié : relisez la liste puis recommencez.",
        backToAgents: "Revenir à la liste des agents",

        hoursLegend: "Plages d’ouverture de chaque jour",
        hoursHint: "Une ou plusieurs plages séparées par une virgule, par exemple 09:00-12:00, 14:00-16:30. Laissez vide un jour où le guichet est fermé.",
        dayHoursLabel: { day in ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"][max(0, min(6, day - 1))] },
        hoursProblem: { problem in
            let days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
            switch problem {
            case .noOpenDay: return "Saisissez les plages d’ouverture d’au moins un jour"
            case .day(let weekday, let window):
                let day = days[max(0, min(6, weekday - 1))].capitalized
                switch window {
                case .unreadable: return "\(day) : écrivez les plages sous la forme 09:00-12:00, séparées par une virgule"
                case .endsBeforeStart(let w): return "\(day) : la plage \(w) doit finir après avoir commencé"
                case .overlap(let a, let b): return "\(day) : les plages \(a) et \(b) se chevauchent"
                case .shorterThanSlot(let w): return "\(day) : la plage \(w) est plus courte qu’un créneau"
                }
            case .slotMinutes: return "Saisissez une durée de créneau entre 5 et 240 minutes"
            case .capacity: return "Saisissez un nombre de personnes entre 1 et 100"
            }
        },
        saveHours: "Enregistrer les horaires",
        closedDaysTitle: "Jours fermés",
        closedDaysLead: "Jours fériés, fermetures exceptionnelles : aucun créneau n’y est proposé, quel que soit le jour de la semaine.",
        closedDaysNone: "Aucun jour fermé à venir.",
        closedDayLegend: "Jour fermé",
        closedDayReason: "Motif (facultatif)",
        closedDayReasonHint: "Pour les superviseurs seulement, par exemple Noël",
        closedDayAdd: "Ajouter ce jour fermé",
        closedDayRemove: { day in "Rouvrir le \(day)" },
        closedDayAdded: "Jour fermé ajouté : aucun nouveau rendez-vous n’y sera donné.",
        closedDayRemoved: "Jour rouvert : des rendez-vous peuvent de nouveau y être donnés.",
        closedDayInvalid: "Saisissez une date réelle, par exemple 25 12 2026",
        closedDayPast: "Saisissez une date à partir d’aujourd’hui",
        closedDayTooFar: { last in "Saisissez une date au plus tard le \(last)" },
        closedDayReasonInvalid: "Écrivez le motif sur une ligne, sans caractère invisible, en 100 caractères au plus",
        appointmentsTitle: { days in "Rendez-vous des \(days) prochains jours" },
        appointmentsLead: "Les retraits réservés, dans l’ordre du guichet.",
        appointmentsNone: "Aucun rendez-vous réservé.",
        dayColumn: "Jour",
        timeColumn: "Heure",
        caseColumn: "Dossier",
        childColumn: "Enfant",
        bookedOnClosedDay: "Jour fermé",
        bookedOnClosedDays: { count in
            count == 1 ? "1 rendez-vous tombe un jour fermé : proposez un autre créneau à la famille (report) ou rouvrez le jour."
                : "\(count) rendez-vous tombent un jour fermé : proposez un autre créneau aux familles (report) ou rouvrez le jour."
        },

        totalFiled: { count in count == 1 ? "1 dossier déposé en tout" : "\(count) dossiers déposés en tout" },
        decisionsTitle: "Décisions",
        explicitDecisions: { count, granted, refused in
            "Décisions explicites : \(count) (\(granted) \(granted > 1 ? "accordées" : "accordée"), \(refused) \(refused > 1 ? "refusées" : "refusée"))"
        },
        implicitRefusals: { count in "Refus implicites restés sans décision explicite : \(count)" },
        decidedAfterImplicit: { count in "Dont décisions explicites prises après un refus implicite : \(count)" },
        delayLead: "Les refus implicites n’y comptent pas : le silence de la préfecture n’est pas une décision.",
        median: { days in "Médiane : " + (days.map { $0 > 1 ? "\($0) jours" : "\($0) jour" } ?? "pas encore de décision explicite") },
        p90: { days in days.map { "90 % des décisions explicites en \($0 > 1 ? "\($0) jours" : "\($0) jour") au plus" } ?? "90 % des décisions explicites : —" },
        undated: { count in "\(count) dossier(s) sans date de dépôt ou de décision enregistrée : comptés dans les états, mais ni dans les mois ni dans les délais." },
        uncollected: { count in "Documents non retirés (détruits) : \(count)" },
        monthName: { year, month in
            let names = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
            return "\(names[max(0, min(11, month - 1))]) \(year)"
        },
        explicitColumn: "Décisions explicites",
        implicitColumn: "Refus implicites",
        totalRow: "Total"
    )
}
