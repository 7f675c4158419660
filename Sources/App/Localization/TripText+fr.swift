extension TripText {
    static let french = TripText(
        tripsTitle: "Vos voyages scolaires",
        noTrips: "Aucun voyage pour le moment.",
        startButton: { school in "Préparer un voyage — \(school)" },
        tripTitle: { school in "Voyage scolaire — \(school)" },
        draftLead: "Document de voyage collectif pour les élèves étrangers du voyage. Remplissez le voyage, ajoutez les élèves, puis déposez la demande au moins 15 jours avant le départ.",
        referenceLine: { reference, day in "Demande \(reference), déposée le \(day)" },
        filedLead: "La demande est entre les mains de la préfecture du département de l’établissement.",
        openTrip: "Ouvrir",
        tripLine: { destinations, departure in "\(destinations) — départ le \(departure)" },
        detailsTitle: "Le voyage",
        destinationsLegend: "Pays visités",
        destinationsHint: "Un pays de l’Union européenne. L’Irlande demande un document de voyage individuel : elle n’est pas possible ici.",
        departureLegend: "Date de départ",
        returnLegend: "Date de retour",
        datesHint: "Par exemple 14 4 2027",
        lastFilingDay: { day in "Dernier jour pour déposer la demande : \(day)." },
        tooLateAlready: { day in "Le dernier jour pour déposer était le \(day) : la demande ne peut plus être déposée pour ces dates." },
        placeLabel: "Lieu du séjour",
        placeHint: "Ville et hébergement, par exemple Auberge de jeunesse, Berlin",
        teacherLabel: "Enseignant responsable du groupe",
        teacherHint: "Prénom et nom",
        teacherOfSchoolLegend: "Enseignant de l’établissement",
        teacherOfSchoolLabel: "Cet enseignant enseigne dans l’établissement.",
        adultsLabel: "Autres adultes accompagnateurs",
        adultsHint: "Un par ligne : prénom, nom et fonction",
        editTrip: "Modifier le voyage",
        saveButton: "Enregistrer le voyage",
        saved: "Le voyage est enregistré.",
        destinationsMissing: "Choisissez au moins un pays.",
        destinationRefused: { country, reason in "\(country) : \(reason)" },
        dateInvalid: "Indiquez une vraie date : jour, mois et année.",
        returnBeforeDeparture: "Le retour doit être le jour du départ ou après.",
        textMissing: "Ce champ est à remplir.",
        pupilsTitle: "Les élèves",
        pupilsLead: "Seuls les élèves mineurs étrangers pendant tout le voyage sont sur le document. Un élève français ou européen, qui aura 18 ans avant le retour, ou qui a déjà un DCEM valable, n’y est pas : la raison est indiquée.",
        noPupils: "Aucun élève pour le moment.",
        keptTitle: { count in count == 1 ? "1 élève sur le document" : "\(count) élèves sur le document" },
        excludedTitle: { count in count == 1 ? "1 élève qui n’y sera pas" : "\(count) élèves qui n’y seront pas" },
        pupilLine: { name, born, nationality in "\(name), né(e) le \(born), \(nationality)" },
        removeButton: "Retirer",
        addTitle: "Ajouter un élève",
        surnameLabel: "Nom de famille",
        givenNamesLabel: "Prénoms",
        birthLegend: "Date de naissance",
        birthPlaceLabel: "Lieu de naissance",
        nationalityLabel: "Nationalité",
        nationalityHint: "Le pays en français ou son code, par exemple Maroc ou MA",
        holdsDCEMLegend: "DCEM",
        holdsDCEMLabel: "L’élève a déjà un DCEM valable",
        addButton: "Ajouter l’élève",
        nationalityUnknown: "Ce pays n’est pas reconnu : écrivez son nom en français ou son code à deux lettres.",
        importTitle: "Importer une liste (CSV)",
        importLead: "Un fichier CSV, une ligne par élève, avec les colonnes du modèle. Les lignes en erreur sont signalées et aucune n’est ajoutée tant qu’il en reste.",
        templateLink: "Télécharger le modèle (CSV)",
        fileLabel: "Fichier CSV",
        importButton: "Importer",
        imported: { count in count == 1 ? "1 élève ajouté." : "\(count) élèves ajoutés." },
        importErrorsTitle: "Le fichier n’a pas été importé",
        tooManyPupils: { max in "Une demande compte au plus \(max) élèves." },
        fileMissing: "Choisissez un fichier CSV.",
        attestationLink: "Attestation et liste des élèves (à imprimer et signer)",
        attestationTitle: "Attestation du chef d’établissement",
        attestationStatement: { head, school, destinations, departure, returnOn, place, teacher in
            "Je soussigné(e) \(head), chef de l’établissement \(school), atteste que les élèves dont la liste suit participent à un voyage scolaire vers \(destinations), du \(departure) au \(returnOn), avec séjour à \(place), sous la responsabilité de \(teacher), enseignant(e) de l’établissement."
        },
        listTitle: "Liste des élèves (ordre alphabétique)",
        bornLine: { day, place in "\(day), \(place)" },
        signatureLine: { head in "Fait pour servir et valoir ce que de droit. Signature et cachet de l’établissement — \(head)" },
        mailSubject: { action, reference in
            switch action {
            case .file: "Demande de document de voyage collectif déposée : \(reference)"
            case .closeDeparturePassed: "Demande \(reference) close : le départ est passé"
            case .requestDocuments: "Demande \(reference) : la préfecture demande des pièces"
            case .grant: "Demande \(reference) : document de voyage collectif accordé"
            case .refuse: "Demande \(reference) : document de voyage collectif refusé"
            case .makeAvailable: "Demande \(reference) : le document est prêt"
            default: "Demande \(reference) : du nouveau"
            }
        },
        mailBody: { action, reference, link in
            switch action {
            case .file: "Votre demande \(reference) est déposée. La préfecture du département de l’établissement l’examine. Suivez-la ici : \(link)"
            case .closeDeparturePassed: "Le jour du départ est passé sans décision sur la demande \(reference) : elle est close et ne peut plus être décidée. \(link)"
            case .requestDocuments: "La préfecture demande des pièces pour la demande \(reference). Ce qu’elle demande et la date limite sont sur la page du voyage : \(link)"
            case .grant: "La préfecture accorde le document de voyage collectif pour la demande \(reference). La décision, et les élèves qui n’y figurent pas avec le motif, sont sur la page du voyage : \(link)"
            case .refuse: "La préfecture refuse le document de voyage collectif pour la demande \(reference). Les motifs sont sur la page du voyage : \(link)"
            case .makeAvailable: "Le document de voyage collectif de la demande \(reference) est prêt : venez le retirer à la préfecture avant le départ. \(link)"
            case .markUncollected: "Le document de voyage collectif de la demande \(reference) n’a pas été retiré avant la fin du voyage : il ne sert plus. \(link)"
            default: "La demande \(reference) a changé : \(link)"
            }
        },
        fileTitle: "Déposer la demande",
        fileLead: "Vérifiez le voyage et la liste : après le dépôt, ils ne changent plus. La préfecture du département de l’établissement décide.",
        fileButton: "Déposer la demande",
        refusedTitle: "La demande ne peut pas être déposée",
        conflict: "Le voyage a changé depuis l’affichage de la page (un autre onglet ?). Voici son état actuel.",
        notADraft: "La demande est déposée : elle ne change plus.",
        notApproved: "La préfecture n’a pas (encore) validé votre compte de chef de cet établissement.",
        documentsCount: { given, total in "\(given) document\(given > 1 ? "s" : "") sur \(total)" },
        documentsLink: { name in "Documents de \(name)" },
        pupilDocumentsTitle: { name in "Documents de \(name)" },
        pupilDocumentsLead: "Pour chaque élève sur le document, l’établissement joint ces quatre pièces. Un nouveau fichier remplace le précédent.",
        pupilNotOnDocument: { reason in "Cet élève ne sera pas sur le document. \(reason) Aucune pièce n’est demandée pour lui." },
        documentGiven: { name, size, day in "\(name) (\(size)), envoyé le \(day)" },
        documentGivenTag: "Fourni",
        documentMissingTag: "Manquant",
        documentUploaded: "Le document est enregistré.",
        documentsClosed: "La demande est déposée : les documents ne changent plus, sauf si la préfecture en demande.",
        photoHint: "Une photo récente, JPEG ou PNG : elle est imprimée à côté du nom sur la liste des élèves.",
        backToTrip: "Retour au voyage",
        missingTitle: "Documents encore manquants",
        documentShort: { kind in
            switch kind {
            case .parentalAuthorization: "autorisation parentale"
            case .parentsResidencePermits: "titres de séjour des parents"
            case .identityDocument: "pièce d’identité ou acte de naissance"
            case .photo: "photo"
            case .letterheadList, .headAttestation: kind.label(in: .fr)
            }
        },
        noneOfTheFour: "aucun des quatre documents",
        missingLine: { name, documents in "\(name) : \(documents.joined(separator: " ; "))" },
        missingRefusal: { name, documents in "Il manque pour \(name) : \(documents.joined(separator: " ; "))" },
        allDocumentsGiven: "Les documents de chaque élève sur le document sont là.",
        photoColumn: "Photo",
        photoMissing: "photo manquante",
        photoAlt: { name in "Photo de \(name)" },
        deleteTitle: "Supprimer ce brouillon",
        deleteLead: "Le voyage, sa liste d’élèves et leurs documents sont effacés. Rien n’a été envoyé à la préfecture.",
        deleteConfirm: "Je confirme supprimer ce brouillon",
        deleteConfirmMissing: "Cochez la case pour confirmer la suppression.",
        deleted: "Le brouillon est supprimé."
    )
}
