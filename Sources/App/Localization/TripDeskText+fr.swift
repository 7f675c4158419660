extension TripDeskText {
    static let french = TripDeskText(
        tabLabel: "Voyages scolaires",
        queueTitle: "Voyages scolaires",
        queueLead: "Les demandes de document de voyage collectif des établissements du département, non décidées ou accordées, le départ le plus proche en premier.",
        queueEmpty: "Aucune demande de voyage scolaire en cours.",
        queueCaption: { "Voyages scolaires, \($0), par date de départ" },
        columnReference: "Référence",
        columnSchool: "Établissement",
        columnDeparture: "Départ",
        columnPupils: "Élèves",
        columnState: "État",
        daysLeft: { days in
            switch days {
            case ..<0: "départ passé"
            case 0: "aujourd’hui"
            case 1: "demain"
            default: "dans \(days) jours"
            }
        },
        pageTitle: { "Voyage scolaire \($0)" },
        schoolLine: { school, uai, head in "\(school) (UAI \(uai)) — chef d’établissement : \(head)" },
        filedLine: { "Demande déposée le \($0)." },
        tripTitle: "Le voyage",
        pupilsTitle: "Les élèves",
        pupilsLead: "Pour chaque élève : ce que disent les règles, ses pièces, et votre décision. Un élève retiré ne figure pas sur le document ; le reste du groupe part.",
        rulesKeep: "Les règles : sur le document.",
        rulesExclude: { "Les règles : pas sur le document — \($0)." },
        verdictPending: "Votre décision : à prendre.",
        verdictKept: "Votre décision : gardé sur le document.",
        verdictStruck: { reason, note in note.isEmpty ? "Votre décision : retiré — \(reason)." : "Votre décision : retiré — \(reason) (\(note))." },
        noDocuments: "Aucune pièce déposée pour cet élève.",
        documentLink: { kind, name in "\(kind) — \(name)" },
        verdictLegend: { "Décision pour \($0)" },
        verdictChoice: "Garder ou retirer",
        keepLabel: "Garder sur le document",
        strikeLabel: "Retirer du document",
        strikeReasonLabel: "Motif du retrait",
        strikeNoteLabel: "Précision (obligatoire pour « non concerné » et « autre motif »)",
        strikeNoteHint: "Lue par l’établissement.",
        verdictButton: "Enregistrer la décision",
        verdictRecorded: "Décision enregistrée.",
        verdictMissing: "Choisissez : garder ou retirer.",
        verdictChangedMeanwhile: "Un collègue a décidé pour cet élève depuis l’affichage de la page. Voici sa décision.",
        notJudging: "Les élèves ne se décident que pendant l’instruction.",
        actionsTitle: "Actions",
        noAction: "Aucune action possible dans cet état.",
        requestTextLabel: "Pièces demandées et pourquoi",
        replyByLegend: "À fournir au plus tard le",
        replyByHint: "Avant le départ. Par exemple : 5 1 2027",
        refuseReasonsLegend: "Motifs du refus",
        refuseTextLabel: "Explication pour l’établissement",
        grantLead: { kept, struck, pending in
            "\(kept) élève\(kept > 1 ? "s" : "") gardé\(kept > 1 ? "s" : ""), \(struck) retiré\(struck > 1 ? "s" : ""), \(pending) à décider."
        },
        done: "C’est fait ; l’établissement est prévenu par courriel.",
        conflict: "Le voyage a changé depuis l’affichage de la page (un collègue, un autre onglet, un double clic) : rien n’a été fait. Voici son état actuel.",
        versionMissing: "Le formulaire est incomplet : rechargez la page.",
        textMissing: { "Indiquez : \($0.lowercased())." },
        textTooLong: { label, max in "\(label) : \(max) caractères au plus." },
        dateInvalid: { "\($0) : la date n’est pas valide." },
        replyByPast: "La date limite doit venir après aujourd’hui, et au plus tard le jour du départ.",
        reasonsMissing: "Cochez au moins un motif.",
        pendingPupils: { "Décidez d’abord pour chaque élève : \($0)." },
        noPupilKept: "Aucun élève n’est gardé : refusez plutôt la demande.",
        noteMissing: { "Une précision manque pour : \($0)." },
        tooLate: { "Trop tard : le dernier jour était le \($0)." },
        tooEarly: { "Pas encore : possible à partir du \($0)." },
        notAllowed: "Cette action n’est pas possible dans l’état actuel du voyage.",
        requestTitle: "Pièces demandées par la préfecture",
        replyByLine: { "À fournir au plus tard le \($0)." },
        grantedTitle: "Document de voyage collectif accordé",
        grantedLine: { day, number, from, until in "Accordé le \(day), document n° \(number), valable du \(from) au \(until)." },
        refusedTitle: "Document de voyage collectif refusé",
        refusedLine: { "Refusé le \($0), pour ces motifs :" },
        struckTitle: "Élèves retirés du document",
        printLink: "Imprimer le document de voyage collectif",
        messagesTitle: "Messages",
        messagesEmpty: "Aucun message.",
        messageFromAgent: { "La préfecture, le \($0)" },
        messageFromSchool: { "L’établissement, le \($0)" },
        messageToSchool: "Message à l’établissement",
        messageToPrefecture: "Message à la préfecture",
        messageSend: "Envoyer le message",
        historyTitle: "Historique",
        historyLine: { when, who, what in "\(when) — \(who) : \(what)" },
        verdictEvent: "Décision sur un élève",
        backToTrips: "Retour aux voyages scolaires",
        stepsTitle: "Les étapes",
        stateWords: { state in
            switch state {
            case .draft: "La demande n’est pas encore déposée."
            case .filed: "La demande est déposée ; la préfecture va l’examiner."
            case .underInstruction: "La préfecture examine la demande, élève par élève."
            case .awaitingDocuments: "La préfecture attend des pièces de votre part (voir ci-dessous)."
            case .granted: "Le document est accordé ; la préfecture le prépare."
            case .refused: "Le document est refusé (voir les motifs ci-dessous)."
            case .documentAvailable: "Le document est prêt : venez le retirer à la préfecture avant le départ."
            case .handedOver: "Le document vous a été remis."
            case .closedDeparturePassed: "Le départ est passé sans décision : la demande est close."
            case .uncollected: "Le document n’a pas été retiré avant la fin du voyage : il ne sert plus."
            case .withdrawn: "Vous avez retiré la demande."
            }
        },
        stepDone: "fait",
        stepCurrent: "en cours",
        stepLater: "à venir",
        answerLead: "Une fois les pièces déposées, prévenez la préfecture : elle reprend l’examen.",
        withdrawTitle: "Retirer la demande",
        withdrawLead: "Si le voyage n’a pas lieu. La demande est alors close ; la préfecture est prévenue.",
        withdrawConfirm: "Je confirme retirer la demande",
        withdrawConfirmMissing: "Cochez la case pour confirmer le retrait.",
        documentTitle: "Document de voyage collectif",
        documentIntro: { "Liste des élèves mineurs étrangers du voyage scolaire, délivrée par la \($0.prefix(1).lowercased() + $0.dropFirst()) en application de la décision du Conseil 94/795/JAI du 30 novembre 1994. Elle tient lieu de document de voyage et de visa pour ces élèves, pour ce voyage seulement." },
        documentNumber: "Numéro du document",
        validity: { from, until in "Valable du \(from) au \(until), pour le voyage seulement." },
        pupilsListed: { "\($0) élève\($0 > 1 ? "s" : "") sur le document" },
        photoMissing: "Photo manquante",
        photoOf: { "Photo de \($0)" },
        verificationLine: { "Pour vérifier ce document : \($0), avec son numéro, la date de naissance d’un des élèves qui y figurent et ce code." },
        verificationCode: "Code de vérification",
        columnName: "Nom et prénoms",
        columnBorn: "Né(e) le, à",
        columnNationality: "Nationalité",
        columnPhoto: "Photo"
    )
}
