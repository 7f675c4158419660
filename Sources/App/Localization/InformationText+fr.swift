extension InformationText {
    // The help page's ways to get help are the seeds' (the contact centre's free number, the
    // préfecture's point d'accueil numérique) and rule 19 (filing at the counter); retention is
    // rule 24 (docs/law.md#retention).
    static let french = InformationText(
        footerLabel: "Informations sur le service",
        title: { page in
            switch page {
            case .help: "Aide"
            case .accessibility: "Accessibilité"
            case .legalNotice: "Mentions légales"
            case .personalData: "Données personnelles"
            }
        },
        sections: { page in
            switch page {
            case .help: [
                InformationSection("Un problème technique", [
                    "Une page bloquée, un message d’erreur : appelez le centre de contact citoyens au 0 806 001 620 (appel gratuit). Expliquez ce que vous faisiez, à quelle heure, et le message affiché.",
                ]),
                InformationSection("Être accompagné", [
                    "Votre préfecture a un point d’accueil numérique pour les étrangers : une personne vous aide à faire la démarche en ligne. Pour le trouver, cherchez sur internet « point d’accueil numérique préfecture étrangers » avec le nom de votre département.",
                ]),
                InformationSection("Faire la demande sans ordinateur", [
                    "Si vous ne pouvez pas faire la demande en ligne, vous avez le droit d’être aidé : un agent de la préfecture la dépose avec vous au guichet (article R. 431-2 du CESEDA ; Conseil d’État, 3 juin 2022, n° 452798). C’est la même demande qu’en ligne, avec le même accusé de réception.",
                ]),
                InformationSection("Une question sur votre demande", [
                    "Écrivez à la préfecture depuis la page de votre demande (« Écrire à la préfecture ») : la réponse arrive sur la même page, et vous recevez un courriel.",
                ]),
            ]
            case .accessibility: [
                InformationSection(nil, [
                    "Ce service s’engage à être accessible à tous, comme le demande l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s’applique à tout le site « DCEM en ligne ».",
                ]),
                InformationSection("État de conformité", [
                    "Le service n’a pas encore été audité selon le référentiel général d’amélioration de l’accessibilité (RGAA 4.1). Tant qu’aucun audit n’a été fait, il est déclaré non conforme.",
                    "Il est construit pour être accessible : pages structurées, utilisables au clavier, sans JavaScript et agrandies à 200 %, contrastes suffisants. Chaque page est vérifiée automatiquement avec l’outil axe-core ; cela ne remplace pas un audit.",
                ]),
                InformationSection("Ce qui n’est pas encore accessible", [], list: [
                    "les pièces que vous envoyez (PDF, photos) sont montrées telles quelles : le service ne les rend pas accessibles ;",
                    "le formulaire cerfa imprimable n’a pas encore été essayé avec un lecteur d’écran ;",
                    "l’espace des agents de préfecture n’a pas encore été essayé avec un lecteur d’écran.",
                ]),
                InformationSection("Signaler un problème, obtenir le contenu autrement", [
                    "Si vous n’arrivez pas à utiliser une page, écrivez à la préfecture depuis la page de votre demande, ou appelez le centre de contact citoyens au 0 806 001 620 (gratuit). Vous pouvez aussi faire la demande au guichet de la préfecture, avec un agent (voir « Aide »).",
                ]),
                InformationSection("Voies de recours", [
                    "Si vous avez signalé un défaut d’accessibilité sans obtenir de réponse satisfaisante, vous pouvez saisir le Défenseur des droits : par le formulaire de son site defenseurdesdroits.fr, par téléphone au 09 69 39 00 00, ou par courrier gratuit, sans timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
                ]),
            ]
            case .legalNotice: [
                InformationSection("Éditeur et hébergeur", [
                    "Ce service est en construction. L’administration qui l’exploitera sera indiquée ici à sa mise en service, avec le directeur de la publication et l’hébergeur.",
                ]),
                InformationSection("Ce que disent les pages", [
                    "Les règles appliquées viennent des textes cités sur chaque page : code de l’entrée et du séjour des étrangers et du droit d’asile (CESEDA), code des relations entre le public et l’administration, code de justice administrative. En cas de doute, la préfecture de votre département fait foi.",
                ]),
                InformationSection("Données personnelles et accessibilité", [
                    "Voir les pages « Données personnelles » et « Accessibilité ».",
                ]),
            ]
            case .personalData: [
                InformationSection("Ce qui est recueilli", [], list: [
                    "pour le compte : votre adresse électronique et votre mot de passe, gardé sous une forme qui ne permet pas de le relire ;",
                    "pour la demande : l’identité de l’enfant, de ses parents et du demandeur, l’adresse, la situation (nationalités, titres de séjour, dates) ;",
                    "les pièces et les photos que vous envoyez, les messages échangés avec la préfecture ;",
                    "l’historique de la demande : qui a fait quoi, et quand ;",
                    "pour les agents de préfecture : leur nom, leur adresse électronique et leur préfecture.",
                ]),
                InformationSection("Pourquoi", [
                    "Pour instruire la demande de document de circulation pour étranger mineur, délivrer le document et vous tenir informé (articles L. 414-4 et suivants et D. 414-1 et suivants du CESEDA). Rien d’autre : ni publicité, ni revente, ni mesure d’audience.",
                    "Base légale : l’exécution d’une mission d’intérêt public dont l’administration est chargée (article 6, paragraphe 1, e, du règlement général sur la protection des données).",
                ]),
                InformationSection("Qui les voit", [
                    "Vous, et les agents de la préfecture compétente pour le département de l’enfant. Personne d’autre. Les journaux techniques du service ne contiennent pas de données personnelles.",
                ]),
                InformationSection("Combien de temps", [
                    "Un brouillon laissé sans modification pendant six mois est supprimé, après un avis 30 jours avant ; vous pouvez aussi le supprimer vous-même à tout moment. Une demande déposée, ses pièces et ses messages sont gardés cinq ans après la plus tardive de ces deux dates : la décision, la fin de validité du document. Ils sont ensuite effacés ; de l’historique de la demande ne reste qu’une trace sans donnée personnelle, qui prouve qu’il n’a pas été modifié.",
                    "Depuis la page « Mon compte », vous pouvez télécharger à tout moment, en un fichier ZIP, tout ce que vous avez confié au service.",
                ]),
                InformationSection("Cookies", [
                    "Le service n’utilise que des cookies nécessaires : la session (pour rester connecté), la protection des formulaires et la langue choisie. Aucun cookie de mesure d’audience ou de publicité : il n’y a rien à accepter.",
                ]),
                InformationSection("Vos droits", [
                    "Vous pouvez accéder à vos données, les faire corriger, en demander la limitation, vous opposer à leur traitement et demander leur effacement quand elles ne sont plus nécessaires (articles 15 à 18 et 21 du règlement général sur la protection des données).",
                    "Pour cela, écrivez à la préfecture depuis la page de votre demande, ou au délégué à la protection des données du ministère de l’Intérieur, place Beauvau, 75800 Paris CEDEX 08. Sans réponse satisfaisante, vous pouvez adresser une réclamation à la CNIL (cnil.fr).",
                ]),
            ]
            }
        }
    )
}
