import DCEMRules

extension VerificationText {
    static let french = VerificationText(
        homeTitle: "Vérifier un DCEM",
        homeBody: "Un transporteur, une administration ou un employeur peut vérifier qu’un DCEM présenté est valable, avec son numéro et la date de naissance de l’enfant.",
        homeLink: "Vérifier un DCEM",
        title: "Vérifier un DCEM",
        lead: "Indiquez le numéro du document et la date de naissance de l’enfant qui en est titulaire. La réponse dit si le document est valable, et sinon pourquoi.",
        numberLabel: "Numéro du DCEM",
        numberHint: "Il figure en haut du document, par exemple D07526000001.",
        birthDateLegend: "Date de naissance du titulaire",
        birthDateHint: "Par exemple 12 5 2015.",
        codeLabel: "Code de vérification (facultatif)",
        codeHint: "Il figure au bas du document imprimé. S’il est donné, il est contrôlé aussi.",
        submit: "Vérifier",
        numberMissing: "Indiquez le numéro du DCEM.",
        numberInvalid: "Le numéro du DCEM s’écrit avec des lettres et des chiffres seulement, par exemple D07526000001.",
        birthDateMissing: "Indiquez la date de naissance du titulaire.",
        birthDateInvalid: "La date de naissance doit être une vraie date, par exemple 12 5 2015.",
        apiBirthDateInvalid: "birthDate doit être une date ISO existante, AAAA-MM-JJ (par exemple 2015-05-12).",
        codeInvalid: "Le code de vérification ne peut contenir que des lettres, des chiffres et des signes, sans espace, et au plus 200 caractères.",
        privacyNote: "Cette vérification ne montre ni le nom du titulaire, ni sa demande, ni rien d’autre que la validité du document, ses dates et son territoire.",
        resultTitle: "Résultat de la vérification",
        validHeading: { "Le DCEM n° \($0) est valable" },
        notValidHeading: { "Le DCEM n° \($0) n’est pas valable" },
        noMatchHeading: "Aucun document ne correspond",
        noMatchBody: "Aucun DCEM ne correspond à ce numéro et à cette date de naissance. Vérifiez ce qui a été saisi ; si le document présenté porte bien ces informations, il n’est pas valable.",
        reason: { reason in
            switch reason {
            case .valid: "Le document est en vigueur : il permet à son titulaire de revenir sans visa sur le territoire indiqué."
            case .noMatch: "Aucun document ne correspond."
            case .notYetValid: "Sa validité n’a pas encore commencé."
            case .expired: "Il a expiré : la fin de sa validité est passée."
            case .lapsed: "Il est devenu caduc : il ne vaut plus titre de voyage."
            case .withdrawn: "Il a été retiré par la préfecture."
            case .reportedLost: "Il a été déclaré perdu."
            case .reportedStolen: "Il a été déclaré volé."
            case .returned: "Il a été rendu à la préfecture."
            case .replaced: "Il a été remplacé par un autre DCEM."
            case .staleCode: "Le code de vérification de ce papier a été établi pour un état antérieur du document : ce papier n’est plus celui en vigueur."
            case .invalidCode: "Le code de vérification ne correspond pas à ce document : le papier a pu être modifié ou mal recopié."
            }
        },
        codeCheck: { check in
            switch check {
            case .matches: "Le code de vérification est bien celui de la préfecture pour ce document."
            case .stale: "Le code de vérification a été établi pour un état antérieur du document."
            case .invalid: "Le code de vérification ne correspond pas à ce document."
            }
        },
        validFromLabel: "Valable à partir du",
        validUntilLabel: "Valable jusqu’au",
        territoryLabel: "Territoire",
        territory: { territory in
            switch territory {
            case .all: "Retour en France sans visa"
            case .mayotteOnly: "Retour à Mayotte seulement"
            }
        },
        anotherCheck: "Vérifier un autre document",
        printTitle: { "Document de circulation pour étranger mineur n° \($0)" },
        printLead: "Document remis par la préfecture. Sa validité se vérifie en ligne.",
        birthDateLabel: "Date de naissance",
        printCodeLabel: "Code de vérification",
        printCodeUnavailable: "Pas de code : la date de naissance ou la fin de validité manque au dossier. Adressez-vous à la préfecture.",
        printVerifyAt: { "Pour vérifier ce document : \($0), avec son numéro, la date de naissance du titulaire et ce code." }
    )
}
