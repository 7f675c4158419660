import DCEMDossier
import DCEMRules

extension IssuedDocumentText {
    static let french = IssuedDocumentText(
        state: { state in
            switch state {
            case .valid: "Valable"
            case .withdrawalPending: "Valable, retrait envisagé"
            case .expired: "Expiré"
            case .lapsed: "Caduc"
            case .withdrawn: "Retiré"
            case .reportedLost: "Déclaré perdu"
            case .reportedStolen: "Déclaré volé"
            case .returned: "Rendu à la préfecture"
            case .replaced: "Remplacé"
            }
        },
        lapseCause: { cause in
            switch cause {
            case .majority: "18 ans passés de plus de deux mois"
            case .residencePermit: "Titre de séjour obtenu"
            case .frenchNationality: "Nationalité française obtenue"
            }
        },
        ground: { ground in
            switch ground {
            case .noGround: "L’enfant ne relève plus d’aucun des cas de délivrance du DCEM"
            case .residence: "L’enfant ne vit plus habituellement en France"
            case .parentRight: "Le droit au séjour du parent, sur lequel reposait le DCEM, a pris fin"
            case .fraud: "Le DCEM a été obtenu sur des déclarations ou des pièces fausses"
            }
        },
        filePurpose: { purpose in
            switch purpose {
            case "lapse-proof": "Justificatif (titre de séjour ou nationalité)"
            case "police-declaration": "Déclaration de perte ou de vol"
            default: "Pièce jointe aux observations"
            }
        },
        mailChangeSubject: { action, number in
            switch action {
            case .expire: "Votre DCEM n° \(number) a expiré"
            case .lapseAtMajority, .declareLapse: "Votre DCEM n° \(number) n’est plus valable"
            case .openWithdrawal: "Retrait envisagé de votre DCEM n° \(number) : vous pouvez répondre"
            case .withdraw: "Décision de retrait de votre DCEM n° \(number)"
            case .closeWithdrawal: "Votre DCEM n° \(number) reste valable"
            case .reportLost, .reportStolen: "Déclaration enregistrée : DCEM n° \(number)"
            case .recordReturn: "Reçu : DCEM n° \(number) rendu"
            case .replace: "DCEM n° \(number) remplacé"
            }
        },
        mailChange: { action, number, until in
            switch action {
            case .expire:
                "Le DCEM n° \(number) est arrivé à la fin de sa validité. Il ne permet plus de revenir en France sans visa. Rapportez-le à la préfecture. Si l’enfant a toujours besoin d’un DCEM, demandez-en un nouveau."
            case .lapseAtMajority, .declareLapse:
                "Le DCEM n° \(number) est caduc : il ne permet plus de revenir en France sans visa. Rapportez-le à la préfecture."
            case .openWithdrawal:
                "La préfecture envisage de retirer le DCEM n° \(number). Avant toute décision, vous pouvez lui présenter vos observations, par écrit et avec des pièces, jusqu’au \(until ?? "") inclus. Le document reste valable en attendant."
            case .withdraw:
                "La préfecture a retiré le DCEM n° \(number). Les motifs sont sur la page du document. Il ne permet plus de revenir en France sans visa. Rapportez-le à la préfecture."
            case .closeWithdrawal:
                "La préfecture a clos la procédure de retrait : le DCEM n° \(number) reste valable."
            case .reportLost, .reportStolen:
                "Votre déclaration est enregistrée : le DCEM n° \(number) n’est plus valable à partir d’aujourd’hui. Une demande de remplacement, préremplie, vous attend."
            case .recordReturn:
                "La préfecture a reçu le DCEM n° \(number). Votre reçu est sur la page du document."
            case .replace:
                "Le DCEM n° \(number) est remplacé par le nouveau document remis."
            }
        },
        mailReminderSubject: { reminder, number in
            switch reminder {
            case .renewalFirst, .renewalLast: "Pensez à renouveler le DCEM n° \(number)"
            case .majority: "Bientôt 18 ans : ce qui change pour le DCEM n° \(number)"
            }
        },
        mailReminder: { reminder, number, date in
            switch reminder {
            case .renewalFirst:
                "Le DCEM n° \(number) est valable jusqu’au \(date). Vous pouvez demander son renouvellement dès maintenant : la demande est préremplie à partir de ce document."
            case .renewalLast:
                "Le DCEM n° \(number) n’est plus valable après le \(date). Demandez son renouvellement sans attendre : la demande est préremplie à partir de ce document."
            case .majority:
                "L’enfant aura bientôt 18 ans. Le DCEM n° \(number) ne sera plus valable après le \(date) et il ne peut pas être renouvelé. Pour continuer à vivre en France, l’enfant doit demander un titre de séjour à la préfecture avant cette date."
            }
        },
        mailLinkLine: { link in "Voir le document : \(link)" },
        withdrawalAppeal: "Contre cette décision de retrait, vous pouvez faire un recours gracieux auprès du préfet et un recours contentieux devant le tribunal administratif, chacun dans un délai de deux mois à compter de sa notification.",
        mailRenewalDraftSubject: "Votre demande de renouvellement n’est pas encore envoyée",
        mailRenewalDraft: { link in
            "Vous avez commencé une demande de renouvellement de DCEM, mais elle n’est pas encore envoyée à la préfecture. Reprenez-la ici : \(link)"
        },
        listLink: "Mes documents",
        listTitle: "Mes documents",
        listLead: "Les DCEM remis à vos enfants, leur état et ce qu’il faut faire.",
        listEmpty: "Aucun DCEM ne vous a encore été remis.",
        numberLabel: "Numéro",
        holderLabel: "Titulaire",
        validFromLabel: "Valable à partir du",
        validUntilLabel: "Valable jusqu’au",
        voidAfterLabel: "Au plus tard jusqu’au (18 ans et 2 mois)",
        territoryLabel: "Pour revenir",
        stateLabel: "État",
        nextLabel: "À faire",
        openDocument: { number in "Voir le DCEM n° \(number)" },
        documentTitle: { number in "DCEM n° \(number)" },
        next: { step, format in
            switch step {
            case .keep(let from): from.map { "Rien pour le moment. Vous pourrez demander le renouvellement à partir du \(format($0))." } ?? "Rien pour le moment."
            case .renew: "Demandez le renouvellement : la demande est préremplie."
            case .finishRenewal: "Terminez et envoyez la demande commencée."
            case .observe(let until): "Présentez vos observations avant le \(format(until)) inclus."
            case .giveBack: "Rapportez le document à la préfecture."
            case .replace: "Demandez un nouveau DCEM pour remplacer celui-ci."
            case .nothing: "Rien."
            }
        },
        renewButton: "Demander le renouvellement",
        continueRenewal: "Reprendre la demande commencée",
        replacementLink: "Demander un nouveau DCEM",
        lapseTitle: "L’enfant a obtenu un titre de séjour ou la nationalité française",
        lapseLead: "Le DCEM n’est alors plus valable (il devient caduc) : dites-le ici, avec le justificatif, puis rapportez le DCEM à la préfecture.",
        causeLegend: "Qu’a obtenu l’enfant ?",
        proofLabel: "Justificatif",
        proofHint: "Le titre de séjour ou le document qui prouve la nationalité française. PDF, JPEG ou PNG, 10 Mo au plus.",
        lapseButton: "Déclarer",
        lossTitle: "Le document est perdu ou a été volé",
        lossLead: "Déclarez d’abord la perte ou le vol à la police ou à la gendarmerie. Ici, joignez cette déclaration : le DCEM ne sera plus valable dès maintenant, et une demande de remplacement préremplie sera créée.",
        lossKindLegend: "Que s’est-il passé ?",
        lost: "Perdu",
        stolen: "Volé",
        declarationLabel: "Déclaration faite à la police ou à la gendarmerie",
        declarationHint: "PDF, JPEG ou PNG, 10 Mo au plus.",
        lossConfirm: "Je comprends que ce DCEM ne sera plus valable, même s’il est retrouvé.",
        confirmLegend: "Confirmation",
        lossButton: "Déclarer la perte ou le vol",
        observationsTitle: "Présenter vos observations",
        observationsLead: { grounds, until in
            "La préfecture envisage de retirer ce DCEM pour ce motif : \(grounds). Vous pouvez répondre par écrit, avec une pièce si vous le souhaitez, jusqu’au \(until) inclus. Aucune décision ne sera prise avant."
        },
        observationsLabel: "Vos observations",
        observationsFileLabel: "Pièce jointe (facultative)",
        observationsFileHint: "PDF, JPEG ou PNG, 10 Mo au plus.",
        observationsButton: "Envoyer mes observations",
        observationsReceived: { day in "Vos observations ont été reçues le \(day)." },
        returnTitle: "Rendre le document",
        returnLead: "Ce document n’est plus valable. Rapportez-le à l’accueil de la préfecture : l’agent vous remettra un reçu.",
        receiptLink: "Reçu de restitution",
        filesTitle: "Pièces envoyées",
        historyTitle: "Historique du document",
        receiptTitle: "Reçu de restitution d’un DCEM",
        receiptBody: { number, holder, day, service in
            "La préfecture (\(service)) a reçu le \(day) le document de circulation pour étranger mineur n° \(number), au nom de \(holder)."
        },
        receiptNumber: "Numéro du reçu",
        deskLink: { number in "DCEM délivré n° \(number)" },
        deskLead: "Le document remis et sa vie depuis la remise. Les actions proposées sont celles que son état permet.",
        groundsLegend: "Quelle condition n’est plus remplie ?",
        openWithdrawalTitle: "Ouvrir une procédure de retrait",
        openWithdrawalLead: { days in
            "La famille est prévenue et a \(days) jours pour présenter ses observations. Le retrait ne pourra être décidé qu’après ce délai, ou dès que ses observations sont reçues."
        },
        openWithdrawalButton: "Ouvrir la procédure",
        withdrawTitle: "Décider du retrait",
        withdrawLead: { grounds, until in "Motif notifié : \(grounds). Observations possibles jusqu’au \(until) inclus." },
        withdrawReasonsLabel: "Motifs de la décision",
        withdrawReasonsHint: "Ils figurent dans la décision, avec les voies et délais de recours.",
        withdrawButton: "Retirer le document",
        withdrawWaits: { day in "Le retrait peut être décidé à partir du \(day), sauf si la famille répond avant." },
        closeWithdrawalButton: "Clore sans retirer",
        recordReturnTitle: "Restitution au guichet",
        recordReturnButton: "Enregistrer la restitution",
        deskLapseTitle: "Déclarer la caducité",
        deskLossTitle: "Déclarer une perte ou un vol",
        withdrawalReasonsShown: { reasons in "Motifs du retrait : \(reasons)" },
        causeMissing: "Choisissez ce qu’a obtenu l’enfant.",
        proofMissing: "Joignez le justificatif.",
        declarationMissing: "Joignez la déclaration faite à la police ou à la gendarmerie.",
        lossKindMissing: "Dites si le document est perdu ou volé.",
        confirmMissing: "Cochez la case pour confirmer.",
        groundsMissing: "Choisissez au moins un motif.",
        reasonsMissing: "Écrivez les motifs de la décision.",
        observationsMissing: "Écrivez vos observations.",
        conflict: "Le document a changé depuis l’affichage de la page. Voici son état actuel.",
        tooEarly: { day in "Pas encore possible : à partir du \(day)." },
        notAllowed: "Cette action n’est pas possible dans l’état actuel du document.",
        done: { action in
            switch action {
            case .declareLapse: "C’est noté : le document n’est plus valable. Rapportez-le à la préfecture."
            case .reportLost, .reportStolen: "C’est noté : le document n’est plus valable. La demande de remplacement est prête."
            case .openWithdrawal: "La procédure est ouverte et la famille prévenue."
            case .withdraw: "Le document est retiré ; la famille est prévenue."
            case .closeWithdrawal: "La procédure est close ; le document reste valable."
            case .recordReturn: "Restitution enregistrée ; le reçu est prêt."
            case .expire, .lapseAtMajority, .replace: "C’est fait."
            }
        },
        observationsSent: "Vos observations sont envoyées à la préfecture."
    )
}
