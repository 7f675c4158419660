extension Catalog {
    static let french = Catalog(
        layout: LayoutText(
            serviceName: "DCEM en ligne",
            serviceTagline: "Document de circulation pour étranger mineur",
            skipLink: "Aller au contenu",
            navigationLabel: "Menu principal",
            homeLink: "Accueil",
            simulatorLink: "Tester mon droit",
            applicationsLink: "Mes demandes",
            switchLanguageLabel: "English",
            footerNote: "Service d’information et de démarche. En cas de doute, la préfecture de votre département fait foi.",
            backLink: "Retour",
            continueButton: "Continuer",
            errorSummaryTitle: "Il y a un problème",
            errorTitlePrefix: "Erreur : ",
            printHint: "Pour garder cette page, imprimez-la ou enregistrez-la en PDF depuis le menu de votre navigateur : seul le contenu utile est imprimé."
        ),
        home: HomeText(
            title: "Le document de circulation pour étranger mineur (DCEM)",
            lead: "Un enfant étranger qui vit en France peut voyager et revenir sans visa grâce au DCEM. Vérifiez en quelques questions s’il y a droit et quels papiers préparer.",
            whatTitle: "À quoi sert le DCEM ?",
            whatBody: [
                "Un enfant étranger de moins de 18 ans qui habite en France n’a pas besoin de titre de séjour. Mais pour revenir en France après un voyage, il lui faut un document qui prouve qu’il vit ici régulièrement : c’est le DCEM.",
                "Avec le DCEM, l’enfant revient en France, ou passe la frontière extérieure de l’espace Schengen, sans demander de visa. Il voyage toujours aussi avec son passeport valide.",
            ],
            whoTitle: "Qui peut l’obtenir ?",
            whoBody: "Un enfant mineur qui habite en France, dans l’une de ces situations :",
            whoList: [
                "un de ses parents a une carte de séjour ou une carte de résident ;",
                "un de ses parents est Français ou citoyen d’un pays européen (Union européenne, Islande, Liechtenstein, Norvège, Suisse) et vit en France depuis plus de 3 mois, ou son beau-parent est européen ;",
                "un de ses parents est devenu Français ;",
                "l’enfant est réfugié ou a la protection subsidiaire ;",
                "l’enfant a été confié à l’aide sociale à l’enfance (ASE) au plus tard à ses 16 ans ;",
                "l’enfant est entré avec un visa long séjour d’enfant de Français ou d’adoption ;",
                "l’enfant est entré avant ses 13 ans avec un visa long séjour visiteur et vit en France depuis.",
            ],
            notConcernedTitle: "Qui n’en a pas besoin ?",
            notConcernedBody: "Un enfant français (même s’il a une autre nationalité), citoyen d’un pays européen ou suisse, ou qui a déjà son propre titre de séjour. Il voyage avec sa carte d’identité, son passeport ou son titre de séjour.",
            costTitle: "Combien ça coûte ?",
            costBody: { amount in "\(amount) € en timbres fiscaux, à donner le jour où vous venez chercher le document, et de nouveau à chaque renouvellement." },
            costExemption: "C’est gratuit quand un parent ou le beau-parent de l’enfant est Français ou citoyen d’un pays européen ou suisse.",
            durationTitle: "Combien de temps est-il valable ?",
            durationBody: [
                "En général 5 ans, sans dépasser les 18 ans de l’enfant.",
                "Si un parent a une carte de séjour courte (étudiant, visiteur, stagiaire…), le DCEM peut durer moins longtemps : jusqu’à la fin de la carte du parent qui expire le plus tard, mais au moins 1 an.",
                "Il ne sert plus à rien 2 mois après les 18 ans, ni quand l’enfant obtient un titre de séjour ou devient Français.",
            ],
            delayTitle: "En combien de temps ?",
            delayBody: { months in "La préfecture a \(months) mois pour répondre. Sans réponse au bout de \(months) mois, la demande est refusée : vous pouvez alors contester ce refus." },
            startSimulator: "Tester mon droit au DCEM",
            sourcesNote: "Sources : CESEDA articles L. 414-4 à L. 414-9 et D. 414-1 à D. 414-4 ; décret n° 2014-1292 ; fiches service-public.fr et réfugiés.info (2022)."
        ),
        errors: ErrorText(
            notFoundTitle: "Page introuvable",
            notFoundBody: "Cette adresse ne correspond à aucune page. Vérifiez-la, ou repartez de l’accueil.",
            forbiddenTitle: "Action refusée",
            expiredFormBody: "Ce formulaire a expiré ou ne vient pas de ce site. Revenez à la page précédente, rechargez-la et envoyez-la de nouveau : vos réponses enregistrées sont conservées.",
            badRequestTitle: "Demande incorrecte",
            badRequestBody: "La demande envoyée n’a pas pu être lue. Revenez à la page précédente et réessayez.",
            serverErrorTitle: "Le service rencontre un problème",
            serverErrorBody: "Rien de ce que vous avez déjà enregistré n’est perdu. Réessayez dans quelques minutes.",
            backHome: "Revenir à l’accueil"
        ),
        simulator: .french,
        account: .french,
        api: .french,
        dossier: .french,
        devMail: .french,
        backOffice: .french,
        caseDesk: .french,
        assisted: .french
    )
}
