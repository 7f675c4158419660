import DCEMRules

extension DossierText {
    static let french = DossierText(
        myTitle: "Mes demandes",
        myEmpty: "Vous n’avez pas encore de demande.",
        myStart: "Commencer une demande",
        draft: "Brouillon",
        resume: "Reprendre la demande",
        open: "Voir le dossier",
        unnamedChild: "Enfant (nom à compléter)",
        referenceLabel: "Référence",
        filedOnLabel: "Déposée le",
        silenceLine: { date in "Sans réponse de la préfecture le \(date), la demande sera considérée comme refusée." },
        startTitle: "Commencer une demande",
        startFromSimulator: "Vos réponses au test d’éligibilité sont reprises dans la demande. Vérifiez les deux choix ci-dessous, proposés d’après elles.",
        roleContradicts: "Ces deux réponses ne vont pas ensemble : le représentant d’une personne morale (ASE, association) choisit cette situation et ce rôle, et seulement lui",
        documentQuestion: "Quel document demandez-vous ?",
        documentDCEM: "Un document de circulation pour étranger mineur (DCEM)",
        documentDCEMHint: "Pour un enfant étranger qui vit en France. Un voyage scolaire de groupe se demande par l’établissement.",
        profileQuestion: "Quelle est votre situation ?",
        startSituationQuestion: "Quelle phrase décrit la situation de l’enfant ?",
        startDocumentNote: "Cette démarche permet d’obtenir le DCEM, le document de voyage d’un enfant étranger qui vit en France. Pour un voyage scolaire de groupe, c’est l’établissement qui fait la demande.",
        startRoleQuestion: "Qui êtes-vous pour l’enfant ?",
        profileLabel: { profile in
            switch profile {
            case .nonEuropeanParentWithPermit: "Un parent est étranger, d’un pays hors de l’Union européenne, et a un titre de séjour en France"
            case .europeanParentWithPermit: "Un parent est citoyen de l’Union européenne, de l’Espace économique européen ou de Suisse, et a une carte de séjour"
            case .europeanWithoutPermit: "Un parent est français, ou citoyen européen sans carte de séjour"
            case .legalPersonRepresentative: "L’enfant est confié à un service (l’ASE) ou à une association, et je le représente"
            }
        },
        profileMissing: "Choisissez la situation qui vous correspond",
        roleQuestion: "Qui fait la demande ?",
        roleHint: { role in
            switch role {
            case .parent: "Vous êtes le père ou la mère de l’enfant."
            case .thirdPartyAuthority: "Un juge vous a confié l’autorité parentale."
            case .mandatary: "Un parent vous a donné un mandat écrit."
            case .legalPersonRepresentative: "Vous agissez pour l’ASE ou une association."
            }
        },
        roleMissing: "Choisissez qui fait la demande",
        startButton: "Commencer",
        taskTitle: "Votre demande de DCEM",
        taskLead: "Remplissez les parties dans l’ordre qui vous convient. Tout est enregistré au fur et à mesure : vous pouvez arrêter et reprendre plus tard, depuis n’importe quel appareil.",
        sectionTitle: { section in
            switch section {
            case .child: "L’enfant"
            case .parents: "Les parents"
            case .applicant: "Le demandeur"
            case .address: "L’adresse de l’enfant"
            case .situation: "La situation"
            case .documents: "Les pièces justificatives"
            case .photos: "Les photos"
            case .check: "Vérifier et déposer"
            }
        },
        statusLabel: { status in
            switch status {
            case .notStarted: "Pas commencé"
            case .inProgress: "En cours"
            case .completed: "Terminé"
            case .cannotStartYet: "Pas encore possible"
            case .problem: "Il y a un problème"
            }
        },
        prefectureLine: { service, dep in "Service compétent : \(service) (\(dep))" },
        eligibleNow: "D’après vos réponses, l’enfant peut obtenir le DCEM, au titre de :",
        notEligibleNow: "D’après vos réponses, l’enfant ne peut pas obtenir le DCEM. Vérifiez vos réponses sur la situation.",
        notEligibleLink: "Voir pourquoi et modifier vos réponses",
        situationProblemTitle: "D’après vos réponses, l’enfant ne peut pas obtenir le DCEM",
        situationProblemLead: "Voici la raison. Si une réponse est fausse, modifiez-la : la demande se met à jour aussitôt.",
        situationAnswersTitle: "Vos réponses sur la situation",
        situationProblemAfter: "Si toutes vos réponses sont justes, la demande ne peut pas être déposée. La préfecture de votre département peut vous dire quel document demander.",
        saveLater: "Enregistrer et revenir plus tard",
        deleteDraftHint: "Un brouillon n’est pas transmis à la préfecture.",
        missing: { field in "Indiquez : \(field.lowercased())" },
        controlCharacters: { field in "« \(field) » doit tenir sur une ligne, sans caractère invisible ni de contrôle (retour à la ligne, tabulation, espace de largeur nulle, marque de sens d’écriture). Retapez-le." },
        controlCharactersInText: { field in "« \(field) » contient un caractère invisible ou de contrôle (tabulation, espace de largeur nulle, marque de sens d’écriture). Retapez le texte ; les retours à la ligne sont acceptés." },
        yes: "Oui",
        no: "Non",
        saveContinue: "Enregistrer et continuer",
        childTitle: "L’enfant",
        surname: "Nom de famille",
        givenNames: "Prénoms",
        sex: "Sexe",
        female: "Féminin",
        male: "Masculin",
        birthPlace: "Ville de naissance",
        birthCountry: "Pays de naissance",
        nationality: "Nationalité",
        nationalityHint: "Comme sur le passeport, par exemple : marocaine.",
        passportNumber: "Numéro de passeport (facultatif)",
        passportNumberHint: "S’il a un passeport : il voyagera toujours avec lui.",
        passportExpires: "Date de fin de validité du passeport (facultatif)",
        passportExpiresHint: "Par exemple 27 3 2030.",
        dateInFuture: { field in "« \(field) » est après aujourd’hui : vérifiez l’année" },
        fieldTooLong: { field, max in "« \(field) » : \(max) caractères au plus, raccourcissez-le" },
        dateInvalid: { field in "Entrez une date qui existe pour « \(field) » : le jour, le mois et l’année en chiffres" },
        day: "Jour",
        month: "Mois",
        year: "Année",
        parentsTitle: "Les parents",
        parentHeading: { n in "Parent \(n)" },
        parentBirthDate: "Date de naissance (facultatif)",
        secondParentQuestion: "Déclarez-vous un second parent ?",
        secondParentHint: "Laissez les champs du parent 2 vides si la filiation n’est établie qu’à l’égard d’un parent.",
        applicantTitle: "Le demandeur",
        applicantLead: { role in "Vous faites la demande en tant que : \(role)." },
        phone: "Numéro de téléphone",
        phoneHint: "La préfecture peut vous appeler pour le rendez-vous. Par exemple 06 12 34 56 78.",
        phoneInvalid: "Entrez un numéro de téléphone de 8 à 15 chiffres, par exemple 06 12 34 56 78",
        organisation: "Nom de l’organisme (ASE, association)",
        addressTitle: "L’adresse de l’enfant",
        addressHint: "L’adresse où l’enfant vit. Elle désigne la préfecture qui traite la demande.",
        line1: "Numéro et rue",
        line2: "Complément d’adresse (facultatif)",
        postalCode: "Code postal",
        city: "Commune",
        postalCodeInvalid: "Entrez le code postal à 5 chiffres d’une commune française, par exemple 75011",
        departementQuestion: "Dans quel département se trouve la commune ?",
        departementHint: { code in "Le code postal \(code) sert des communes de plusieurs départements. Le département désigne la préfecture qui traite la demande." },
        departementChoice: { d in "\(d.name) (\(d.code)) – \(d.serviceName)" },
        departementMissing: { code in "Choisissez le département de la commune : le code postal \(code) sert plusieurs départements" },
        departementNotForPostalCode: { code, codes in
            codes.count == 1 ? "Le code postal \(code) est celui du département \(codes[0]) : vérifiez le code postal ou choisissez ce département"
                : "Choisissez l’un des départements du code postal \(code) : \(codes.joined(separator: " ou "))"
        },
        documentsTitle: "Les pièces justificatives",
        documentsLead: "Chaque pièce a son emplacement. Vous pouvez déposer plusieurs fichiers pour une même pièce (recto et verso, plusieurs pages).",
        acceptedFiles: "Formats acceptés : PDF, JPEG ou PNG, 10 Mo au plus par fichier.",
        chooseFile: "Choisir un fichier",
        upload: "Envoyer le fichier",
        remove: "Supprimer",
        noFile: "Aucun fichier pour l’instant.",
        fileLine: { name, size in "\(name) (\(size))" },
        translationOf: { label in "Traduction par un traducteur assermenté : \(label)" },
        languageQuestion: { label in "« \(label) » est-il rédigé en français ?" },
        languageFrench: "Oui, en français",
        languageForeign: "Non, dans une autre langue",
        languageSave: "Enregistrer la réponse",
        fileMissing: "Choisissez un fichier à envoyer",
        fileTooLarge: "Le fichier dépasse 10 Mo. Réduisez-le (photo moins lourde, PDF compressé) puis envoyez-le de nouveau",
        fileWrongType: "Le fichier doit être un PDF, un JPEG ou un PNG. Enregistrez-le dans l’un de ces formats puis envoyez-le de nouveau",
        uploadMalformed: "L’envoi n’a pas abouti. Choisissez de nouveau le fichier puis envoyez-le",
        backToTasks: "Retour à la demande",
        photosTitle: "Les photos de l’enfant",
        photosLead: { date in "Deux photos d’identité récentes de l’enfant, prises le \(date) ou après (moins de 6 mois au dépôt)." },
        photoTakenOn: "Date de la photo",
        photoDateInvalid: { earliest, today in "Entrez la date de la photo, un jour entre le \(earliest) et le \(today)" },
        photoDateInFuture: { today in "La date de la photo est après aujourd’hui : entrez le jour où elle a été prise, au plus tard le \(today)" },
        photoNotImage: "La photo doit être une image JPEG ou PNG, pas un PDF : envoyez la photo elle-même",
        photoTooOld: { date in "La photo doit avoir été prise le \(date) ou après. Faites-en faire une plus récente" },
        photoLine: { name, date in "\(name), prise le \(date)" },
        checkTitle: "Vérifiez votre demande avant de la déposer",
        change: "Modifier",
        notProvided: "Non renseigné",
        fileButton: "Déposer la demande",
        declaration: "En déposant la demande, vous certifiez que les informations et les pièces sont exactes. Une fausse déclaration est punie par la loi.",
        problemSection: { section in "Complétez la partie « \(section) »" },
        problemLanguage: { label in "Dites si « \(label) » est rédigé en français" },
        problemMissing: { label in "Ajoutez la pièce « \(label) »" },
        problemPhotos: { n in n > 1 ? "Ajoutez \(n) photos de l’enfant" : "Ajoutez encore une photo de l’enfant" },
        problemOldPhotos: { date in "Remplacez les photos prises avant le \(date)" },
        documentsHeading: "Pièces déposées",
        eligibilityHeading: "Votre droit au DCEM",
        groundsLine: "Au titre de :",
        confirmationTitle: "Demande déposée",
        confirmationReference: "Votre référence",
        nextTitle: "Et maintenant ?",
        nextSteps: [
            "Un accusé de réception vous a été envoyé par e-mail.",
            "La préfecture examine la demande. Si une pièce manque, elle vous écrira : vous la déposerez dans votre dossier.",
            "Quand le document est prêt, vous recevez une convocation pour venir le chercher avec l’enfant.",
        ],
        silenceExplained: { date in "Si la préfecture ne vous a pas répondu le \(date), la demande est considérée comme refusée (refus implicite). Ce délai repart de zéro si la préfecture vous demande une pièce et que vous la fournissez." },
        appealRoutes: "Contre un refus, exprès ou implicite, vous pouvez faire un recours gracieux auprès du préfet et un recours contentieux devant le tribunal administratif, chacun dans un délai de deux mois.",
        helpLine: "Une question ? Écrivez à la préfecture depuis votre dossier, rubrique Messages.",
        receiptLink: "Imprimer l’accusé de réception",
        cerfaLink: "Imprimer le formulaire cerfa n° 11203 rempli",
        followLink: "Suivre le dossier",
        receiptTitle: "Accusé de réception de la demande",
        serviceLabel: "Service chargé de la demande",
        implicitRefusalLabel: "Date du refus implicite en l’absence de réponse",
        hashLabel: "Empreinte SHA-256",
        answersHeading: "Vos réponses",
        cerfaTitle: "Demande de document de circulation pour étranger mineur — cerfa n° 11203",
        cerfaNote: "Formulaire prérempli avec les réponses de votre demande. Imprimez-le, datez-le et signez-le, puis ajoutez-le (photo ou scan) aux pièces de la demande. Vérifiez chaque case : corrigez votre demande en ligne plutôt qu’à la main.",
        cerfaChild: "1. Le mineur",
        cerfaParents: "3. Filiation du mineur",
        cerfaApplicant: "2. Le demandeur",
        cerfaAddress: "4. Adresse du mineur en France",
        cerfaLabel: { field in
            switch field {
            case .surname: "Nom"
            case .givenNames: "Prénom(s)"
            case .sex: "Sexe"
            case .birthDate: "Date de naissance"
            case .birthPlace: "Lieu de naissance"
            case .birthCountry: "Pays de naissance"
            case .nationality: "Nationalité"
            case .passport: "N° du passeport"
            case .capacity: "Qualité"
            case .organisation: "Organisme"
            case .phone: "Téléphone"
            case .email: "Courriel"
            case .street: "Adresse"
            case .postalCode: "Code postal"
            case .city: "Commune"
            }
        },
        cerfaParent: { n in "Parent \(n)" },
        cerfaCertify: "Je certifie l’exactitude des renseignements portés sur ce formulaire.",
        cerfaSignature: "Fait à ………………, le ……………… Signature du demandeur :",
        stepsTitle: "Où en est le dossier",
        stepDone: { date in "Fait le \(date)" },
        stepCurrent: "En cours",
        stepSince: { date in "Depuis le \(date)" },
        stepLater: "À venir",
        nextActionTitle: "Ce que vous devez faire",
        nothingToDo: "Rien pour l’instant : la préfecture vous écrira.",
        requestTitle: "La préfecture demande des pièces",
        requestBody: { why, date in "Motif : \(DossierText.sentence(why)) Répondez avant le \(date)." },
        requestAnswer: "J’ai ajouté les pièces : envoyer ma réponse",
        requestMissing: { label, photos in
            photos ? "Ajoutez deux photos de l’enfant avant d’envoyer votre réponse" : "Ajoutez la pièce demandée avant d’envoyer votre réponse : \(label)"
        },
        requestAnswered: "Votre réponse a été envoyée. Le délai de réponse de la préfecture repart de ce jour.",
        grantedTitle: "Le DCEM est accordé",
        grantedBody: { from, until, territory in "Valable du \(from) au \(until). \(territory)" },
        refusedTitle: "La demande est refusée",
        implicitRefusalTitle: "La demande est refusée implicitement",
        implicitRefusalBody: { date in "La préfecture n’a pas répondu avant le \(date) : la loi considère ce silence comme un refus." },
        appealTitle: "Contester la décision",
        challengeLead: { day in "Si vous n’êtes pas d’accord, vous pouvez contester cette décision jusqu’au \(day) :" },
        challengeLeadUndated: "Si vous n’êtes pas d’accord, vous pouvez contester cette décision dans les deux mois :",
        challengeGracieux: "demander au préfet de revoir sa décision, par écrit (recours gracieux) ;",
        challengeHierarchique: "demander au ministre de l’Intérieur de revoir la décision, par écrit (recours hiérarchique) ;",
        challengeCourt: { court in "saisir le \(court) (recours contentieux), par courrier ou sur le site Télérecours citoyens." },
        challengeNote: "Si vous écrivez au préfet ou au ministre avant cette date, vous aurez encore deux mois pour saisir le tribunal, à partir de leur réponse (ou de leur silence pendant deux mois, qui vaut refus). Joignez une copie de la décision à votre recours.",
        reasonsLead: { day in "Vous pouvez aussi demander à la préfecture pourquoi la demande est refusée, jusqu’au \(day). Elle doit vous répondre dans un délai d’un mois ; le délai pour saisir le tribunal ne commence alors qu’à partir de sa réponse." },
        reasonsLink: "Demander les motifs du refus",
        reasonsRequestBody: { reference, day in
            "Bonjour,\n\nJe vous demande les motifs du refus implicite né le \(day) sur la demande de document de circulation pour étranger mineur \(reference) (article L. 232-4 du code des relations entre le public et l’administration).\n\nMerci."
        },
        decisionLetterLink: "Imprimer la décision",
        decisionLetterTitle: "Décision sur la demande de document de circulation pour étranger mineur",
        decisionDated: { day in "Décision du \(day)" },
        grantedNext: "La préfecture prépare le document. Elle vous enverra une convocation pour venir le chercher : vous recevrez un courriel, et la convocation sera sur cette page.",
        renewBy: { until, by, months in "Le DCEM est valable jusqu’au \(until). Pour le renouveler, faites la demande au plus tard le \(by) : la préfecture a jusqu’à \(months) mois pour répondre." },
        withdrawnNext: "Vous avez retiré cette demande. Vous pouvez en faire une nouvelle quand vous le souhaitez, depuis « Mes demandes ».",
        stepNotApplicable: "Sans objet",
        prefectureWrote: { day in "La préfecture vous a écrit le \(day) : lisez son message" },
        dcemNumberLine: { number in "Numéro du document : \(number)" },
        convocationTitle: "Votre convocation",
        convocationBody: { place, day, time in "Rendez-vous le \(day) à \(time), \(place)." },
        bringTitle: "À apporter",
        bringChild: "l’enfant, qui doit être présent ;",
        bringConvocation: "cette convocation ;",
        bringFee: { amount in "un timbre fiscal de \(amount) € (en ligne sur timbres.impots.gouv.fr ou chez un buraliste)." },
        bringExempt: "aucun timbre fiscal : la demande en est dispensée.",
        uncollectedWarning: { date in "Un document non retiré le \(date) est détruit." },
        convocationLink: "Imprimer la convocation",
        postponeTitle: "Demander le report du rendez-vous",
        postponeReason: "Pourquoi ne pouvez-vous pas venir ?",
        postponeDates: "Précisions (facultatif)",
        postponeDatesHint: "Par exemple : le matin seulement, pas le mercredi.",
        postponeButton: "Demander le report",
        postponeSent: "Votre demande de report a été envoyée. La préfecture vous répondra.",
        postponeFrom: "À partir de quel jour pouvez-vous venir ?",
        postponeFromHint: { first, last in last.map { "Une date entre le \(first) et le \($0) : après cette date, le document n’est plus gardé." } ?? "Une date à partir du \(first)." },
        postponeFromInvalid: { first, last in last.map { "Indiquez une date qui existe, entre le \(first) et le \($0)" } ?? "Indiquez une date qui existe, à partir du \(first)" },
        postponeTooLong: { field, max in "« \(field) » : \(max) caractères au plus" },
        postponePending: { from, appointment in "Votre demande de report est envoyée : vous pouvez venir à partir du \(from). Tant que la préfecture n’a pas répondu, votre rendez-vous reste fixé \(appointment). Si elle ne peut pas le déplacer, venez à ce rendez-vous." },
        appointmentAt: { day, time in "au \(day) à \(time)" },
        familyTurn: { turn in
            switch turn {
            case .finishDraft: "À faire : terminer la demande et la déposer"
            case .answerRequest: "À faire : envoyer les pièces demandées par la préfecture"
            case .collect: "À faire : venir chercher le document au rendez-vous"
            }
        },
        deleteDraftTitle: "Supprimer ce brouillon",
        deleteDraftBody: "Les réponses et les pièces de ce brouillon seront effacées. Rien n’a été envoyé à la préfecture. Vous ne pourrez pas revenir en arrière.",
        deleteDraftButton: "Supprimer le brouillon",
        draftDeleted: "Le brouillon a été supprimé.",
        withdrawTitle: "Retirer la demande",
        withdrawBody: "Vous pouvez retirer la demande tant que la préfecture n’a pas décidé. Le dossier est alors clos ; il faudra une nouvelle demande pour obtenir le document.",
        withdrawButton: "Retirer la demande",
        withdrawnNotice: "La demande a été retirée.",
        historyTitle: "Historique",
        correctTitle: "Corriger ou compléter le dossier",
        correctLead: "Avant de répondre, vous pouvez aussi corriger vos réponses ou ajouter d’autres pièces. Ce qui a déjà été déposé reste dans le dossier.",
        renewTitle: "Renouveler le DCEM",
        renewLead: "Commencez la demande de renouvellement : vos réponses sont reprises, ainsi que les actes d’état civil. Vérifiez-les et ajoutez les pièces récentes (justificatif de domicile, photos, titres de séjour).",
        renewButton: "Commencer le renouvellement",
        siblingTitle: "Un frère ou une sœur ?",
        siblingLead: "Chaque enfant a sa propre demande. Les réponses sur les parents, le demandeur et l’adresse sont reprises, avec leurs pièces.",
        siblingButton: "Faire une demande pour un autre enfant",
        copiedFrom: { reference in "Demande préremplie à partir du dossier \(reference). Vérifiez chaque rubrique avant de déposer." },
        postponeDeclined: { reason in "La préfecture n’a pas pu accepter le report : \(reason). Le rendez-vous ci-dessous reste valable." },
        deliveredOn: { date in "Document remis le \(date)." },
        foreignerNumberLine: { number in "Numéro étranger de l’enfant : \(number)" },
        rejectedTitle: "Pièces refusées par la préfecture",
        rejectedLine: { document, reason in "\(document) : \(reason)" },
        messagesTitle: "Messages",
        messagesEmpty: "Aucun message pour l’instant.",
        messageLabel: "Votre message à la préfecture",
        messageSend: "Envoyer le message",
        messageMissing: "Écrivez votre message",
        fromYou: "Vous",
        fromPrefecture: "La préfecture",
        messagesLink: { count in count == 0 ? "Écrire à la préfecture" : "Messages (\(count))" },
        messageLead: "Posez vos questions ou envoyez une précision à la préfecture. Vous pouvez joindre un fichier. Pour répondre à une demande de pièces, utilisez plutôt le formulaire prévu sur la page du dossier.",
        messageAttachment: "Fichier joint (facultatif)",
        messageAttachmentHint: "PDF, JPEG ou PNG, 10 Mo au plus.",
        messageTooLong: { max in "Raccourcissez votre message : \(max) caractères au plus" },
        messageSent: "Votre message a été envoyé à la préfecture.",
        messageByLine: { author, when in "\(author), le \(when)" },
        messageMail: "La préfecture vous a écrit. Lisez son message dans votre dossier.",
        warnPassport: { date in "Le passeport de l’enfant expire le \(date), avant la fin du DCEM : pensez à le renouveler, l’enfant voyage avec les deux." },
        warnPermit: { date in "Un titre de séjour de parent expire le \(date) : si possible, joignez le récépissé de renouvellement." },
        warnPhoto: { date in "Une photo aura plus de 6 mois le \(date) : déposez la demande avant, ou prévoyez une photo plus récente." },
        mailFiledSubject: { reference in "Accusé de réception — demande \(reference)" },
        mailFiledBody: { reference, filedOn, service, silence, url in
            """
            Bonjour,

            Votre demande de document de circulation pour étranger mineur a bien été déposée.

            Référence : \(reference)
            Date de dépôt : \(filedOn)
            Service chargé de la demande : \(service)

            Si ce service ne vous a pas répondu le \(silence), la demande sera considérée comme refusée (refus implicite : article L. 231-4 du code des relations entre le public et l’administration et décret n° 2014-1292 du 23 octobre 2014). Ce délai repart de zéro si des pièces vous sont demandées, à la date où vous les fournissez.

            Contre un refus, exprès ou implicite, vous pouvez faire un recours gracieux auprès du préfet et un recours contentieux devant le tribunal administratif, chacun dans un délai de deux mois.

            Suivre le dossier : \(url)
            """
        },
        mailActionSubject: { action, reference in
            switch action {
            case .startInstruction: "Demande \(reference) : examen commencé"
            case .requestDocuments: "Demande \(reference) : pièces demandées"
            case .answerRequest: "Demande \(reference) : réponse transmise"
            case .resumeInstruction: "Demande \(reference) : examen repris"
            case .grant: "Demande \(reference) : DCEM accordé"
            case .refuse: "Demande \(reference) : refusée"
            case .implicitRefusal: "Demande \(reference) : refus implicite"
            case .makeAvailable: "Demande \(reference) : document prêt, votre convocation"
            case .requestPostponement: "Demande \(reference) : report demandé"
            case .acceptPostponement: "Demande \(reference) : report accepté, nouvelle convocation"
            case .declinePostponement: "Demande \(reference) : report refusé, premier rendez-vous maintenu"
            case .handOver: "Demande \(reference) : document remis"
            case .markUncollected: "Demande \(reference) : document non retiré"
            case .withdraw: "Demande \(reference) : retirée"
            case .file: "Demande \(reference) : déposée"
            }
        },
        mailMessageSubject: { reference in "Demande \(reference) : nouveau message de la préfecture" },
        bringApplicant: "vous-même, avec votre pièce d’identité ;",
        bringPassport: "le passeport de l’enfant, s’il en a un ;",
        mailUpdateBody: { reference, what, url in
            """
            Bonjour,

            Du nouveau sur la demande \(reference) :

            \(what)

            Tous les détails sont dans votre dossier : \(url)
            """
        },
        actionMail: { action in
            switch action {
            case .startInstruction: "La préfecture a commencé l’examen de la demande."
            case .requestDocuments: "La préfecture vous demande des pièces. Déposez-les dans votre dossier avant la date indiquée : le délai de réponse de la préfecture repartira du jour de votre réponse."
            case .answerRequest: "Votre réponse a été transmise à la préfecture. Son délai de réponse repart de ce jour."
            case .resumeInstruction: "La préfecture reprend l’examen du dossier tel qu’il est."
            case .grant: "Le DCEM est accordé. Vous recevrez une convocation pour venir le chercher."
            case .refuse: "La demande est refusée. Les motifs et les recours possibles sont dans votre dossier."
            case .implicitRefusal: "La préfecture n’a pas répondu dans le délai : la demande est refusée implicitement. Les recours possibles sont dans votre dossier."
            case .makeAvailable: "Le document est prêt. Votre convocation est dans votre dossier : imprimez-la et venez avec l’enfant."
            case .requestPostponement: "Votre demande de report a été transmise à la préfecture."
            case .acceptPostponement: "La préfecture a accepté le report : une nouvelle convocation est dans votre dossier."
            case .declinePostponement: "La préfecture n’a pas pu accepter le report : le premier rendez-vous reste valable."
            case .handOver: "Le document a été remis."
            case .markUncollected: "Le document n’a pas été retiré dans les 3 mois : il a été détruit."
            case .withdraw: "Vous avez retiré la demande. Le dossier est clos et la préfecture en est informée. Pour obtenir le document, il faudra une nouvelle demande."
            case .file: ""
            }
        },
        mailChildAccountSubject: { child in "Un numéro étranger pour \(child)" },
        mailChildAccountBody: { child, number, url in
            """
            Bonjour,

            Avec la délivrance du DCEM, \(child) a désormais son propre numéro étranger : \(number).
            Gardez-le : il sera demandé pour ses prochaines démarches (renouvellement du DCEM, titre de séjour à sa majorité).

            Le dossier : \(url)
            """
        },
        mailDraftDeletionSubject: { day in "Votre brouillon sera supprimé le \(day)" },
        mailDraftDeletionBody: { child, day, url in
            """
            Bonjour,

            Votre demande de DCEM\(child.map { " pour \($0)" } ?? "") est restée en brouillon sans changement depuis près de 6 mois.
            Pour protéger vos données, elle sera supprimée le \(day), avec ses pièces, sauf si vous l’ouvrez d’ici là.

            Ouvrir le brouillon : \(url)

            Si vous ne comptez plus la déposer, vous n’avez rien à faire.
            """
        },
        archiveLink: "Télécharger cette demande (ZIP)",
        mailSignature: "— DCEM en ligne (message automatique, merci de ne pas y répondre)"
    )
}
