import DCEMDossier
import DCEMRules

extension SimulatorText {
    static let french: SimulatorText = {
        // How the text names a parent: "le parent" when one is declared, "le premier / second parent" for two.
        @Sendable func le(_ p: ParentRef) -> String { p.count == 1 ? "le parent" : (p.index == 0 ? "le premier parent" : "le second parent") }
        @Sendable func du(_ p: ParentRef) -> String { p.count == 1 ? "du parent" : (p.index == 0 ? "du premier parent" : "du second parent") }
        @Sendable func cap(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
        let europeanCountries = "Pays de l’Union européenne, Islande, Liechtenstein, Norvège ou Suisse. Le Royaume-Uni n’en fait plus partie."
        let yesNo: @Sendable (YesNo) -> String = { $0 == .yes ? "Oui" : "Non" }

        return SimulatorText(
            startTitle: "Tester le droit de votre enfant au DCEM",
            startLead: "Répondez à quelques questions sur votre enfant et sur ses parents. Vous saurez si votre enfant peut obtenir un document de circulation pour étranger mineur (DCEM), quels papiers préparer, combien cela coûte et combien de temps le document serait valable.",
            startAsksTitle: "Ce que nous allons vous demander",
            startAsks: [
                "la nationalité de l’enfant, sa date de naissance et le département où il habite ;",
                "la nationalité des parents et, s’ils ne sont pas européens, leur titre de séjour ;",
                "qui fait la demande ;",
                "comment l’enfant est arrivé en France, et s’il est protégé ou confié à l’aide sociale à l’enfance.",
            ],
            startTime: "Cela prend environ 5 minutes. Gardez à portée de main le passeport de l’enfant et les titres de séjour des parents.",
            startPrivacy: "Vos réponses servent seulement à ce test. Elles ne sont pas envoyées à la préfecture et sont effacées à la fin de votre visite (au plus tard 12 heures après). Vous pouvez recommencer à tout moment.",
            startButton: "Commencer",

            yes: "Oui",
            no: "Non",
            dontKnow: "Je ne sais pas",
            day: "Jour",
            month: "Mois",
            year: "Année",
            monthNames: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            formatDate: { day, month, year in "\(day == 1 ? "1er" : String(day)) \(month) \(year)" },
            selectPlaceholder: "Choisissez un département",
            restartButton: "Recommencer le test",
            restartHint: "Toutes vos réponses seront effacées.",

            dateMissing: { subject, example in "Entrez \(subject), par exemple \(example)" },
            dateMissingPart: { subject, part in
                switch part {
                case .day: "Entrez aussi le jour dans \(subject)"
                case .month: "Entrez aussi le mois dans \(subject)"
                case .year: "Entrez aussi l’année dans \(subject)"
                }
            },
            dateYearDigits: { subject, example in "Entrez l’année de \(subject) avec 4 chiffres, par exemple \(example)" },
            dateNotReal: { subject, example in "Entrez un jour qui existe pour \(subject), avec le jour, le mois et l’année en chiffres, par exemple \(example)" },
            dateInFuture: { subject in "Entrez \(subject) : elle ne peut pas être après aujourd’hui" },
            dateBeforeBirth: { subject in "Entrez \(subject) : elle ne peut pas être avant la naissance de l’enfant" },
            dateTooOld: { subject, example in "Vérifiez l’année de \(subject) : elle doit être après 1900, par exemple \(example)" },

            childNationality: ChoiceQuestionText(
                title: "Quelle est la nationalité de l’enfant ?",
                hint: "Si l’enfant a plusieurs nationalités, choisissez la première qui correspond dans la liste.",
                label: {
                    switch $0 {
                    case .french: "Française"
                    case .european: "D’un pays européen ou suisse"
                    case .other: "D’un autre pays"
                    case .stateless: "Aucune : l’enfant est apatride"
                    }
                },
                choiceHint: {
                    switch $0 {
                    case .french: "Même si l’enfant a aussi une autre nationalité."
                    case .european: europeanCountries
                    case .other: nil
                    case .stateless: "L’enfant n’a la nationalité d’aucun pays."
                    }
                },
                missing: "Choisissez la nationalité de l’enfant"
            ),
            childPermit: ChoiceQuestionText(
                title: "L’enfant a-t-il déjà son propre titre de séjour ?",
                hint: "Par exemple une carte de séjour à son nom. Les titres de séjour des parents ne comptent pas ici.",
                label: yesNo,
                missing: "Choisissez « Oui » si l’enfant a un titre de séjour à son nom, sinon « Non »"
            ),
            childBirth: DateQuestionText(
                title: "Quelle est la date de naissance de l’enfant ?",
                hint: "Elle est écrite sur son passeport ou son acte de naissance. Par exemple 27 3 2016.",
                subject: "la date de naissance de l’enfant",
                example: "27 3 2016"
            ),
            childResidence: ChoiceQuestionText(
                title: "L’enfant habite-t-il en France ?",
                hint: "C’est-à-dire qu’il vit en France d’habitude : il y dort, il y va à l’école. Les départements d’outre-mer comptent (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte).",
                label: yesNo,
                missing: "Choisissez « Oui » si l’enfant habite en France, sinon « Non »"
            ),
            departementTitle: "Dans quel département habite l’enfant ?",
            departementHint: "C’est la préfecture de ce département qui s’occupe de la demande. Le numéro du département est en général au début du code postal : 75 pour Paris, 971 pour la Guadeloupe.",
            departementMissing: "Choisissez dans la liste le département où habite l’enfant",
            departementOption: { code, name in "\(code) – \(name)" },
            parentCount: ChoiceQuestionText(
                title: "Combien de parents de l’enfant voulez-vous déclarer ?",
                hint: "Si vous le pouvez, déclarez les deux parents : la situation de chacun peut donner droit au DCEM.",
                label: { $0 == 1 ? "Un parent" : "Deux parents" },
                choiceHint: { $0 == 1 ? "Par exemple si l’autre parent est décédé ou inconnu." : nil },
                missing: "Choisissez « Un parent » ou « Deux parents »"
            ),
            parentNationality: { p in
                ChoiceQuestionText(
                    title: "Quelle est la nationalité \(du(p)) ?",
                    hint: p.count == 2 && p.index == 0 ? "Commencez par l’un des deux parents, peu importe lequel." : nil,
                    label: {
                        switch $0 {
                        case .frenchByBirth: "Française, depuis la naissance"
                        case .naturalised: "Française, devenue française plus tard"
                        case .european: "D’un pays européen ou suisse"
                        case .other: "D’un autre pays"
                        case .stateless: "Aucune : apatride"
                        }
                    },
                    choiceHint: {
                        switch $0 {
                        case .frenchByBirth: nil
                        case .naturalised: "Par naturalisation, par mariage ou par déclaration."
                        case .european: europeanCountries
                        case .other: nil
                        case .stateless: "Ce parent n’a la nationalité d’aucun pays."
                        }
                    },
                    missing: "Choisissez la nationalité \(du(p))"
                )
            },
            parentLivesInFrance: { p in
                ChoiceQuestionText(
                    title: "\(cap(le(p))) habite-t-il en France ?",
                    hint: "Pour un parent français ou européen, le droit au DCEM dépend du temps passé en France.",
                    label: yesNo,
                    missing: "Choisissez « Oui » si \(le(p)) habite en France, sinon « Non »"
                )
            },
            parentSince: { p in
                DateQuestionText(
                    title: "Depuis quand \(le(p)) habite-t-il en France ?",
                    hint: "Entrez la date d’arrivée en France. Si vous ne connaissez pas le jour, mettez le 1er du mois. Par exemple 1 9 2020.",
                    subject: "la date d’arrivée en France \(du(p))",
                    example: "1 9 2020"
                )
            },
            parentPermit: { p in
                ChoiceQuestionText(
                    title: "Quel titre de séjour a \(le(p)) ?",
                    hint: "Le type de titre est écrit en haut de la carte. Si la carte a expiré, choisissez quand même son type : la question suivante porte sur sa date de fin.",
                    label: {
                        switch $0 {
                        case .temporary: "Une carte de séjour temporaire"
                        case .multiYear: "Une carte de séjour pluriannuelle"
                        case .resident: "Une carte de résident"
                        case .noPermit: "Aucun titre de séjour"
                        }
                    },
                    choiceHint: {
                        switch $0 {
                        case .temporary: "En général valable 1 an."
                        case .multiYear: "En général valable 2 à 4 ans, par exemple une carte « talent »."
                        case .resident: "Valable 10 ans, ou carte de résident permanent."
                        case .noPermit: "Par exemple une demande d’asile en cours, ou seulement un visa."
                        }
                    },
                    missing: "Choisissez le titre de séjour \(du(p)), ou « Aucun titre de séjour »"
                )
            },
            parentMention: { p in
                ChoiceQuestionText(
                    title: "Quelle mention est écrite sur la carte \(du(p)) ?",
                    hint: "La mention est écrite sur la carte, sous le type de titre. Avec certaines mentions, le DCEM dure moins longtemps.",
                    label: {
                        switch ShortPermitMention(rawValue: $0) {
                        case .visiteur?: "Visiteur"
                        case .etudiant?: "Étudiant"
                        case .stagiaire?: "Stagiaire"
                        case .stagiaireICT?: "Stagiaire ICT (mobilité dans un groupe d’entreprises)"
                        case .rechercheEmploiCreationEntreprise?: "Recherche d’emploi ou création d’entreprise"
                        case .travailleurTemporaire?: "Travailleur temporaire"
                        case .vpfSante?: "Vie privée et familiale, pour se soigner"
                        case .vpfVictimeTraite?: "Vie privée et familiale, victime de la traite des êtres humains"
                        case .salarieDetacheICT?: "Salarié détaché ICT (mobilité dans un groupe d’entreprises)"
                        case nil: "Une autre mention"
                        }
                    },
                    choiceHint: { $0 == SituationAnswers.otherMention ? "Par exemple « salarié », « talent » ou « vie privée et familiale » pour une autre raison." : nil },
                    missing: "Choisissez la mention écrite sur la carte \(du(p)), ou « Une autre mention »"
                )
            },
            parentExpiry: { p in
                DateQuestionText(
                    title: "Jusqu’à quand la carte \(du(p)) est-elle valable ?",
                    hint: "La date de fin est écrite sur la carte. Par exemple 27 3 2027.",
                    subject: "la date de fin de la carte",
                    example: "27 3 2027"
                )
            },
            parentReceipt: { p in
                ChoiceQuestionText(
                    title: "\(cap(le(p))) a-t-il un récépissé de renouvellement encore valable ?",
                    hint: "La carte a expiré. Quand on demande à la renouveler, la préfecture donne un récépissé : un papier qui prouve que le séjour reste régulier en attendant la nouvelle carte.",
                    label: yesNo,
                    missing: "Choisissez « Oui » si \(le(p)) a un récépissé encore valable, sinon « Non »"
                )
            },
            parentReceiptExpiry: { p in
                DateQuestionText(
                    title: "Jusqu’à quand le récépissé \(du(p)) est-il valable ?",
                    hint: "La date de fin est écrite sur le récépissé. Par exemple 27 3 2027.",
                    subject: "la date de fin du récépissé",
                    example: "27 3 2027"
                )
            },
            stepParent: ChoiceQuestionText(
                title: "L’enfant a-t-il un beau-parent français ou d’un pays européen ou suisse ?",
                hint: "Le beau-parent est la personne mariée avec un parent de l’enfant. " + europeanCountries,
                label: { $0 == .yes ? "Oui" : "Non, ou pas de beau-parent" },
                missing: "Choisissez « Oui » si l’enfant a un beau-parent français ou européen, sinon « Non »"
            ),
            stepParentSince: DateQuestionText(
                title: "Depuis quand le parent marié à ce beau-parent habite-t-il en France ?",
                hint: "Entrez la date d’arrivée en France de ce parent. Si vous ne connaissez pas le jour, mettez le 1er du mois. Par exemple 1 9 2020.",
                subject: "la date d’arrivée en France du parent",
                example: "1 9 2020"
            ),
            applicant: ChoiceQuestionText(
                title: "Qui fait la demande ?",
                label: {
                    switch $0 {
                    case .parent: "Un parent de l’enfant"
                    case .thirdPartyAuthority: "Une personne à qui l’enfant a été confié par un juge"
                    case .mandatary: "Une personne qui agit au nom d’un parent"
                    case .legalPersonRepresentative: "Le représentant d’un service ou d’une association"
                    }
                },
                choiceHint: {
                    switch $0 {
                    case .parent: "Le père ou la mère, qui a l’autorité parentale."
                    case .thirdPartyAuthority: "Par exemple un membre de la famille qui a l’autorité parentale par une décision de justice (délégation, tutelle)."
                    case .mandatary: "Le parent lui a donné un mandat écrit (une procuration)."
                    case .legalPersonRepresentative: "Par exemple l’aide sociale à l’enfance (ASE) à qui l’enfant est confié, représentée par une personne qui a un mandat."
                    }
                },
                missing: "Choisissez qui fait la demande"
            ),
            applicantParent: ChoiceQuestionText(
                title: "Lequel des deux parents fait la demande ?",
                hint: "Dans l’ordre où vous les avez décrits.",
                label: { $0 == 0 ? "Le premier parent" : "Le second parent" },
                missing: "Choisissez le parent qui fait la demande"
            ),
            applicantNationality: ChoiceQuestionText(
                title: "La personne qui fait la demande est-elle française, ou d’un pays européen ou suisse ?",
                hint: "Si ce n’est pas le cas, elle devra montrer son titre de séjour. " + europeanCountries,
                label: yesNo,
                missing: "Choisissez « Oui » si la personne qui fait la demande est française ou européenne, sinon « Non »"
            ),
            protection: ChoiceQuestionText(
                title: "L’enfant a-t-il le statut de réfugié ou la protection subsidiaire ?",
                hint: "Ces protections sont données par l’OFPRA ou par la CNDA. Une demande d’asile encore en cours ne compte pas.",
                label: {
                    switch $0 {
                    case .refugee: "Oui, le statut de réfugié"
                    case .subsidiary: "Oui, la protection subsidiaire"
                    case .noProtection: "Non"
                    case .unknown: "Je ne sais pas"
                    }
                },
                missing: "Choisissez la protection de l’enfant, ou « Je ne sais pas »"
            ),
            ase: ChoiceQuestionText(
                title: "L’enfant a-t-il été confié à l’aide sociale à l’enfance (ASE) ?",
                hint: "Par une décision d’un juge ou du conseil départemental.",
                label: yesNo,
                missing: "Choisissez « Oui » si l’enfant a été confié à l’ASE, sinon « Non »"
            ),
            aseDate: DateQuestionText(
                title: "Depuis quand l’enfant est-il confié à l’ASE ?",
                hint: "La date est écrite sur la décision de placement. Par exemple 15 6 2022.",
                subject: "la date où l’enfant a été confié à l’ASE",
                example: "15 6 2022"
            ),
            arrival: ChoiceQuestionText(
                title: "Comment l’enfant est-il arrivé en France ?",
                hint: "Regardez le visa collé dans le passeport de l’enfant : son type y est écrit.",
                label: {
                    switch $0 {
                    case .bornInFrance: "Il est né en France"
                    case .visitor: "Avec un visa long séjour « visiteur »"
                    case .familyOfFrench: "Avec un visa long séjour d’enfant de Français"
                    case .adoption: "Avec un visa long séjour pour adoption"
                    case .familyReunification: "Par le regroupement familial"
                    case .other: "Autrement : un autre visa, ou sans visa"
                    case .unknown: "Je ne sais pas"
                    }
                },
                choiceHint: {
                    switch $0 {
                    case .familyOfFrench: "Visa « membre de famille de Français » : un parent de l’enfant est Français."
                    case .familyReunification: "Un parent a demandé à faire venir sa famille, avec l’accord de la préfecture."
                    default: nil
                    }
                },
                missing: "Choisissez comment l’enfant est arrivé en France, ou « Je ne sais pas »"
            ),
            arrivalDate: DateQuestionText(
                title: "Quand l’enfant est-il arrivé en France ?",
                hint: "La date est sur le tampon d’entrée dans le passeport (à Mayotte : l’arrivée à Mayotte). Par exemple 1 9 2019.",
                subject: "la date d’arrivée de l’enfant",
                example: "1 9 2019"
            ),
            arrivalRegular: ChoiceQuestionText(
                title: "L’enfant est-il entré en France de façon régulière ?",
                hint: "C’est-à-dire avec les papiers demandés à la frontière : un passeport et un visa valables, avec un tampon d’entrée.",
                label: {
                    switch $0 {
                    case .yes: "Oui"
                    case .no: "Non"
                    case .unknown: "Je ne sais pas"
                    }
                },
                missing: "Choisissez « Oui », « Non » ou « Je ne sais pas »"
            ),

            outcomeEligible: "Votre enfant peut obtenir un DCEM",
            outcomeNotEligible: "D’après vos réponses, votre enfant ne peut pas obtenir de DCEM",
            outcomeNotConcerned: "Votre enfant n’a pas besoin de DCEM",
            resultNotice: "Ce résultat vient de vos réponses et des règles en vigueur aujourd’hui. C’est la préfecture qui décide, après avoir vu vos papiers.",
            groundsTitle: "Pourquoi votre enfant y a droit",
            groundsIntro: "D’après vos réponses, votre enfant est dans ce cas :",
            legalBasis: { "Texte : \($0)" },
            documentsTitle: "Les papiers à préparer",
            documentsIntro: "Préparez ces papiers pour la demande. Sous chacun, la raison pour laquelle il est demandé.",
            documentsTranslation: "Un papier écrit dans une autre langue que le français doit être traduit en français par un traducteur assermenté (agréé par une cour d’appel).",
            documentsPrint: "Pour garder cette liste, imprimez cette page avec le menu « Imprimer » de votre navigateur.",
            documentWhy: { "Pourquoi : \($0)" },
            feeTitle: "Combien ça coûte",
            feeAmount: { "\($0) €, en timbres fiscaux. Vous les donnez le jour où vous venez chercher le DCEM. Les timbres fiscaux s’achètent en ligne sur timbres.impots.gouv.fr, dans un bureau de tabac ou dans un centre des finances publiques." },
            feeExempt: "Gratuit.",
            feeExemptBecause: { "Le DCEM est gratuit dans ce cas : \($0)." },
            validityTitle: "Combien de temps il serait valable",
            validityIssued: { "S’il était délivré aujourd’hui, le \($0) :" },
            validityExpires: { "il serait valable jusqu’au \($0) inclus ;" },
            validityVoidAfter: { "dans tous les cas, il ne servirait plus après le \($0) (2 mois après les 18 ans de l’enfant), ni après que l’enfant a obtenu un titre de séjour ou est devenu Français." },
            validityShortPermit: { "Fin de la carte de parent prise en compte : \($0)." },
            territoryMayotteTitle: "Un DCEM délivré à Mayotte",
            delayTitle: "Combien de temps faut-il attendre",
            delayBody: { months, date in "La préfecture a \(months) mois pour répondre. Si vous déposez la demande aujourd’hui et que la préfecture ne répond pas avant le \(date), la demande est refusée : c’est un « refus implicite »." },
            delayAfter: "Vous pouvez alors contester ce refus : demandez-en les raisons à la préfecture, puis faites un recours. Si la préfecture vous demande des papiers qui manquent, le délai recommence en entier le jour où vous les donnez.",
            whereToApply: { service, departement in "La demande se fait auprès de : \(service) (\(departement))." },
            applyTitle: "Faire la demande en ligne",
            applyBody: "Vos réponses au test sont reprises dans la demande : vous n’aurez pas à les donner de nouveau. Il faut un compte (une adresse électronique suffit).",
            applyButton: "Commencer la demande",
            reasonsTitle: "Pourquoi",
            missingTitle: "Ce qui manque, cas par cas",
            missingIntro: "Un DCEM est donné dans l’un des cas ci-dessous. Pour chacun, voici ce qui manque d’après vos réponses.",
            useInsteadTitle: "Ce que l’enfant utilise à la place",
            adultAdvice: "À partir de 18 ans, on demande un titre de séjour, pas un DCEM. Renseignez-vous auprès de la préfecture du département où vous habitez.",
            notResidentAdvice: "Le DCEM est pour les enfants qui habitent en France. Si l’enfant vient s’installer en France, refaites le test après son arrivée. Pour un voyage vers la France, renseignez-vous auprès du consulat de France.",
            noGroundAdvice: "Si votre situation change (par exemple un parent obtient une carte de séjour), refaites le test. En cas de doute, demandez conseil à la préfecture ou à une association d’aide aux étrangers.",
            protectionUnknownAdvice: "Vous ne savez pas si l’enfant est protégé. Si l’enfant a reçu de l’OFPRA ou de la CNDA une décision qui lui donne le statut de réfugié ou la protection subsidiaire, modifiez cette réponse : cela donne droit au DCEM.",
            arrivalUnknownAdvice: "Vous ne savez pas comment l’enfant est arrivé en France. Regardez le visa dans son passeport : si c’est un visa long séjour « visiteur », d’enfant de Français ou d’adoption, modifiez cette réponse, car cela peut donner droit au DCEM.",
            regularUnknownAdvice: "Vous ne savez pas si l’enfant est entré en France de façon régulière : le résultat suppose que oui. La préfecture le vérifiera avec le visa et le tampon d’entrée.",
            answersTitle: "Vos réponses",
            change: "Modifier",
            changeWhat: { " : \($0)" }
        )
    }()
}
