import DCEMDossier
import DCEMRules

extension DossierDeskText {
    static let french = DossierDeskText(
        deadline: { lastDay, refusalDay, days in
            "Dernier jour pour décider : \(lastDay) (\(days == 0 ? "aujourd’hui" : "dans \(days) jour\(days > 1 ? "s" : "")")). Sans décision, le refus implicite naît le \(refusalDay) à 0 h."
        },
        deadlinePassed: { date in "Délai écoulé : le refus implicite est né le \(date) à 0 h ; le dossier va passer en refus implicite dans quelques instants." },
        clockStopped: { replyBy in "Délai suspendu : pièces demandées pour le \(replyBy)" },
        noDeadline: "Pas de délai en cours",
        familyLine: { email in "Compte de la famille : \(email)" },
        assignedLine: "Tout agent de la préfecture peut agir ; l’historique dit qui a fait quoi.",
        assignedTo: { name in "Attribué à : \(name)" },
        notAssigned: "Non attribué",
        assignToMe: "Me l’attribuer",
        unassign: "Libérer le dossier",
        answersTitle: "Réponses de la famille",
        evaluationTitle: "Examen par les règles",
        asOfFiling: { date in "À la date du dépôt (\(date))" },
        asOfToday: { date in "Aujourd’hui (\(date))" },
        sameAsFiling: "Même résultat qu’au dépôt.",
        eligible: "Les conditions sont remplies.",
        notEligible: "Aucun motif de délivrance n’est rempli.",
        groundLine: { ground, basis in "\(ground) — \(basis)" },
        expectedDocuments: "Pièces attendues",
        feeLine: { amount in "Timbre fiscal : \(amount) €" },
        feeExempt: "Aucun timbre fiscal (exonération)",
        validityLine: { from, until in "Validité : du \(from) au \(until)" },
        documentsTitle: "Pièces déposées",
        viewFile: "Voir",
        verdictLegend: { document in "Avis sur « \(document) »" },
        verdictLabel: { verdict in verdict == .accepted ? "Acceptée" : "Refusée" },
        verdictNone: "Pas encore examinée",
        verdictButton: { verdict in verdict == .accepted ? "Accepter la pièce" : "Refuser la pièce" },
        verdictReason: "Motif du refus (montré à la famille)",
        verdictReasonMissing: "Indiquez le motif du refus de la pièce",
        verdictSave: "Enregistrer l’avis",
        addedAfterFiling: "ajoutée après le dépôt",
        timelineTitle: "Historique",
        actorLabel: { actor in
            switch actor {
            case .family: "la famille"
            case .agent: "un agent"
            case .scheduler: "automatique"
            }
        },
        messagesTitle: "Messages",
        messageToFamily: "Message à la famille",
        attachment: "Pièce jointe",
        actionsTitle: "Actions possibles",
        noAction: "Aucune action possible dans cet état.",
        recordTitle: "Ce qui a été décidé et demandé",
        recordRequestLabel: "Pièces demandées",
        recordRequest: { documents, why, replyBy, askedOn, answeredOn in
            "\(documents) — « \(why) » — réponse attendue avant le \(replyBy) (demandé le \(askedOn))" + (answeredOn.map { " — réponse envoyée le \($0)" } ?? "")
        },
        recordDecisionLabel: "Décision",
        recordGranted: { day, number, from, until, territory in "Accordé le \(day) — DCEM n° \(number) — valable du \(from) au \(until) — \(territory)" },
        recordRefused: { day, reasons, text in "Refusé le \(day) — \(reasons)" + (text.map { " — « \($0) »" } ?? "") },
        recordImplicit: { day in "Refus implicite le \(day) (sans réponse dans le délai)" },
        recordConvocationLabel: "Convocation",
        recordConvocation: { appointment, fee, sentOn in "\(appointment) — \(fee) — envoyée le \(sentOn)" },
        recordHandOverLabel: "Remise",
        recordHandOver: { day, timbre in "Remis le \(day)" + (timbre.map { " — timbre fiscal \($0)" } ?? " — exonéré de la taxe") },
        possibleFrom: { action, day in "« \(action) » sera possible à partir du \(day)." },
        done: "C’est fait. La famille est prévenue par courriel.",
        versionMissing: "Le champ « version » (la version du dossier que la page montrait) manque ou n’est pas un nombre entier. Rien n’a été modifié : rechargez la page du dossier puis recommencez.",
        conflict: "Le dossier a changé entre-temps (une autre action a eu lieu). Rien n’a été modifié : relisez la page puis recommencez.",
        verdictClosed: "La décision est prise : les avis sur les pièces ne changent plus.",
        reviewFile: "Examiner à côté des réponses",
        reviewTitle: { document, position, count in "Pièce \(position) sur \(count) : \(document)" },
        reviewPrevious: "Pièce précédente",
        reviewNext: "Pièce suivante",
        reviewBack: "Retour au dossier",
        reviewAnswers: "Les réponses de la demande",
        reviewOpen: "Ouvrir la pièce seule",
        verdictChangedMeanwhile: "Un collègue a donné son avis sur cette pièce pendant que vous la regardiez : le vôtre n’a pas été enregistré. Lisez l’avis affiché, puis donnez le vôtre si vous n’êtes pas d’accord.",
        assignChangedMeanwhile: "Un collègue a pris ou rendu ce dossier pendant que vous le regardiez : rien n’a été changé. Voyez ci-dessous à qui il est attribué maintenant.",
        doneNoEmail: "C’est fait. La famille n’a pas d’adresse électronique : prévenez-la par courrier ou par téléphone.",
        verdictRecorded: "Avis enregistré. La famille le voit sur la page de sa demande ; aucun courriel n’est envoyé pour un avis.",
        requestCodes: "Pièces demandées",
        requestCodesMissing: "Choisissez au moins une pièce à demander",
        requestWhy: "Pourquoi (montré à la famille)",
        requestReplyBy: "Réponse attendue avant le",
        refuseReasons: "Motifs du refus",
        refuseReasonsMissing: "Choisissez au moins un motif de refus",
        refuseReason: { reason in
            switch reason {
            case .noGround: "Aucun des cas de délivrance du DCEM ne s’applique à l’enfant."
            case .residence: "La résidence habituelle de l’enfant en France n’est pas établie."
            case .filiation: "Le lien entre l’enfant et le parent titulaire du droit au séjour n’est pas établi."
            case .documents: "Les pièces fournies ne permettent pas de vérifier la situation."
            case .standing: "Le demandeur n’a pas qualité pour présenter la demande."
            }
        },
        refuseText: "Précisions (facultatif)",
        availableFrom: "Premier jour possible du rendez-vous",
        availableFromHint: "Par défaut, le premier créneau libre à partir de demain.",
        acceptFrom: "Nouveau rendez-vous à partir du",
        declineReason: "Motif (montré à la famille)",
        postponementLine: { reason, from, details in
            "Report demandé : « \(reason) »" + (from.map { " — peut venir à partir du \($0)" } ?? "") + (details.isEmpty ? "" : " — précisions : « \(details) »")
        },
        handOverApplicant: "Le demandeur est présent",
        handOverChild: "L’enfant est présent",
        handOverTimbreNumber: "Numéro du timbre fiscal",
        handOverTimbreAmount: "Montant du timbre fiscal, en euros",
        handOverDue: { amount in "Montant dû aujourd’hui : \(amount) €." },
        handOverAppointment: { day, time in "Rendez-vous donné à la famille : le \(day) à \(time)." },
        firstFreeSlot: { from, day, time in "À partir du \(from), le premier créneau libre est le \(day) à \(time) : c’est celui que la famille recevra." },
        acceptFromHint: "Le premier créneau libre à partir de ce jour sera donné. Prérempli avec le premier jour où la famille peut venir.",
        handOverExempt: "Aucun timbre fiscal n’est dû (exonération).",
        handOverProblem: { problem in
            switch problem {
            case .absent: "Le demandeur et l’enfant doivent être présents pour la remise."
            case .timbreMissing(let due): "Saisissez le numéro du timbre fiscal de \(due) €."
            case .amountMismatch(let due): "Le timbre fiscal doit être exactement du montant dû : \(due) €. Un timbre d’un autre montant n’est pas accepté."
            }
        },
        grantProblem: { problem in
            switch problem {
            case .notEligibleAtFiling: "Aucun motif ne s’applique à la date du dépôt : le DCEM ne peut pas être accordé ; refusez la demande ou demandez des pièces."
            case .expiresBeforeIssue: "L’enfant est majeur à la date de la décision : un DCEM ne peut plus être délivré."
            }
        },
        noCalendar: "Les horaires de retrait de la préfecture ne sont pas encore saisis : un superviseur doit les renseigner.",
        noFreeSlot: "Aucun créneau libre dans les 90 prochains jours : élargissez les horaires de retrait.",
        missing: { field in "Renseignez : \(field)" },
        dateInvalid: { field in "Saisissez une date réelle pour « \(field) », par exemple 27 3 2027" },
        tooLong: { field, max in "Raccourcissez « \(field) » : \(max) caractères au plus" },
        notAnAmount: { field in "« \(field) » : un montant en euros, par exemple 50 ou 50,00" },
        calendarLink: "Horaires de retrait",
        calendarTitle: "Horaires de retrait des documents",
        calendarLead: "Les convocations sont données dans ces créneaux, dans l’ordre, sans dépasser le nombre de personnes par créneau.",
        calendarPlace: "Adresse du guichet (imprimée sur la convocation)",
        calendarSlotMinutes: "Durée d’un créneau, en minutes",
        calendarCapacity: "Personnes par créneau",
        calendarSaved: "Horaires enregistrés.",
        supervisorsOnly: "Réservé aux superviseurs de la préfecture.",
        statisticsLink: "Statistiques",
        statisticsTitle: "Statistiques de la préfecture",
        perStateTitle: "Dossiers par état",
        monthsTitle: "Dépôts et décisions par mois",
        monthColumn: "Mois",
        filedColumn: "Déposés",
        delayTitle: "Délai entre dépôt et décision explicite",
        accessLogLink: "Consultations du dossier",
        accessLogTitle: { reference in "Consultations du dossier \(reference)" },
        accessLogLead: "Chaque ouverture du dossier ou de l’une de ses pièces par un agent est enregistrée. Cette page est réservée aux superviseurs.",
        accessLogEmpty: "Aucune consultation enregistrée.",
        accessLogViewed: { what in
            switch what {
            case "case": "La page du dossier"
            case "file": "Une pièce"
            case "file-review": "Une pièce, en examen"
            default: what
            }
        },
        accessLogLatest: { count in "Les \(count) consultations les plus récentes." }
    )
}
