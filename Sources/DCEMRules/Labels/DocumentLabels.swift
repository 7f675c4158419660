extension DocumentCode: Labelled {
    /// What the document is.
    public func label(in language: Language) -> String {
        switch language {
        case .fr:
            switch self {
            case .applicantBirthCertificate: return "Acte de naissance de la personne qui fait la demande (copie complète ou extrait avec filiation)"
            case .applicantIdentity: return "Passeport ou carte d'identité de la personne qui fait la demande"
            case .childIdentity: return "Passeport ou carte d'identité de l'enfant"
            case .filiation: return "Livret de famille, ou acte de naissance de l'enfant avec le nom de ses parents"
            case .parentalAuthorityProof: return "Preuve de l'autorité parentale (acte de mariage, jugement de divorce, reconnaissance ou décision du juge)"
            case .habitualResidenceProof: return "Certificat de scolarité ou de crèche (ou autre preuve que l'enfant vit en France)"
            case .addressProof: return "Justificatif de domicile"
            case .childPhotos: return "2 photos d'identité récentes de l'enfant"
            case .applicantResidencePermit: return "Titre de séjour valable de la personne qui fait la demande"
            case .mandate: return "Mandat (lettre ou acte signé par la personne qui a l'autorité parentale)"
            case .mandataryIdentity: return "Pièce d'identité du mandataire"
            case .mandatorAuthorityProof: return "Preuve que la personne qui a signé le mandat a l'autorité parentale"
            case .authorityDelegationDecision: return "Décision du juge qui confie l'autorité parentale (ou décision du conseil de famille)"
            case .ofpraCndaDecision: return "Décision de l'OFPRA ou de la CNDA (statut de réfugié ou protection subsidiaire)"
            case .asePlacementDecision: return "Décision du juge qui confie l'enfant à l'aide sociale à l'enfance (ASE)"
            case .longStayVisa: return "Visa long séjour de l'enfant « enfant de Français » ou « adoption »"
            case .frenchNationalityProof: return "Preuve de la nationalité française du parent (carte d'identité, passeport ou certificat de nationalité de moins de 6 mois)"
            case .visitorVisaAndEntryStamp: return "Visa long séjour « visiteur » de l'enfant et tampon d'entrée en France"
            case .residenceSinceEntryProof: return "Preuves que l'enfant vit en France depuis son arrivée (certificats de scolarité)"
            case .parentResidencePermit: return "Titre de séjour valable d'un parent (ou récépissé de renouvellement)"
            case .birthInFranceProof: return "Preuve que l'enfant est né en France (acte de naissance)"
            case .mayotteRegularEntryProof: return "Preuve que l'enfant est entré régulièrement à Mayotte avant ses 13 ans"
            case .eeaParentResidenceProof: return "Preuve que le parent ou beau-parent européen vit en France (travail, ressources ou études)"
            case .cerfa11203: return "Formulaire cerfa n° 11203, rempli, daté et signé"
            }
        case .en:
            switch self {
            case .applicantBirthCertificate: return "Birth certificate of the person applying (full copy or extract showing parents)"
            case .applicantIdentity: return "Passport or identity card of the person applying"
            case .childIdentity: return "Passport or identity card of the child"
            case .filiation: return "Family record book, or the child's birth certificate naming the parents"
            case .parentalAuthorityProof: return "Proof of parental authority (marriage certificate, divorce judgment, recognition or court decision)"
            case .habitualResidenceProof: return "School or nursery certificate (or other proof that the child lives in France)"
            case .addressProof: return "Proof of address"
            case .childPhotos: return "2 recent passport photos of the child"
            case .applicantResidencePermit: return "Valid residence permit of the person applying"
            case .mandate: return "Mandate (letter or deed signed by the person with parental authority)"
            case .mandataryIdentity: return "Identity document of the mandatary"
            case .mandatorAuthorityProof: return "Proof that the person who signed the mandate has parental authority"
            case .authorityDelegationDecision: return "Court decision delegating parental authority (or decision of the family council)"
            case .ofpraCndaDecision: return "Decision of OFPRA or the CNDA (refugee status or subsidiary protection)"
            case .asePlacementDecision: return "Court decision placing the child with the child welfare service (ASE)"
            case .longStayVisa: return "The child's long-stay visa as child of a French national or adopted child"
            case .frenchNationalityProof: return "Proof of the parent's French nationality (identity card, passport or nationality certificate less than 6 months old)"
            case .visitorVisaAndEntryStamp: return "The child's long-stay visitor visa and entry stamp into France"
            case .residenceSinceEntryProof: return "Proof that the child has lived in France since arriving (school certificates)"
            case .parentResidencePermit: return "A parent's valid residence permit (or renewal receipt)"
            case .birthInFranceProof: return "Proof that the child was born in France (birth certificate)"
            case .mayotteRegularEntryProof: return "Proof that the child entered Mayotte regularly before their 13th birthday"
            case .eeaParentResidenceProof: return "Proof that the European parent or step-parent lives in France (work, income or studies)"
            case .cerfa11203: return "Form cerfa no. 11203, filled in, dated and signed"
            }
        }
    }

    /// What the document shows the préfecture.
    public func purpose(in language: Language) -> String {
        switch language {
        case .fr:
            switch self {
            case .applicantBirthCertificate: return "Pour montrer qui vous êtes et votre lien avec l'enfant."
            case .applicantIdentity: return "Pour montrer qui fait la demande."
            case .childIdentity: return "Pour montrer l'identité et la nationalité de l'enfant."
            case .filiation: return "Pour montrer qui sont les parents de l'enfant."
            case .parentalAuthorityProof: return "Pour montrer que vous avez le droit de décider pour l'enfant."
            case .habitualResidenceProof: return "Pour montrer que l'enfant vit en France."
            case .addressProof: return "À votre nom si l'enfant vit avec vous, sinon au nom de l'enfant."
            case .childPhotos: return "Les photos doivent avoir moins de 6 mois."
            case .applicantResidencePermit: return "Pour montrer que la personne qui fait la demande a le droit de vivre en France."
            case .mandate: return "Pour montrer que la personne qui a l'autorité parentale vous charge de faire la demande."
            case .mandataryIdentity: return "Pour montrer qui fait la demande à la place des parents."
            case .mandatorAuthorityProof: return "Pour montrer que le mandat vient d'une personne qui a l'autorité parentale."
            case .authorityDelegationDecision: return "Pour montrer qui a l'autorité parentale sur l'enfant."
            case .ofpraCndaDecision: return "Pour montrer que l'enfant est protégé."
            case .asePlacementDecision: return "Pour montrer que l'enfant a été confié à l'ASE au plus tard à 16 ans."
            case .longStayVisa: return "Pour montrer avec quel visa l'enfant est entré en France."
            case .frenchNationalityProof: return "Pour montrer que le parent est français."
            case .visitorVisaAndEntryStamp: return "Pour montrer que l'enfant est entré en France avant ses 13 ans avec ce visa."
            case .residenceSinceEntryProof: return "Pour montrer que l'enfant vit en France depuis son arrivée."
            case .parentResidencePermit: return "Pour montrer que le parent a le droit de vivre en France."
            case .birthInFranceProof: return "À Mayotte, c'est une condition en plus pour un enfant dont un parent a un titre de séjour."
            case .mayotteRegularEntryProof: return "À Mayotte, c'est une condition en plus pour un enfant né à l'étranger (entrée sans regroupement familial)."
            case .eeaParentResidenceProof: return "Pour montrer que le parent européen vit régulièrement en France."
            case .cerfa11203: return "C'est le formulaire de demande du DCEM."
            }
        case .en:
            switch self {
            case .applicantBirthCertificate: return "It shows who you are and your link to the child."
            case .applicantIdentity: return "It shows who is applying."
            case .childIdentity: return "It shows the child's identity and nationality."
            case .filiation: return "It shows who the child's parents are."
            case .parentalAuthorityProof: return "It shows that you have the right to decide for the child."
            case .habitualResidenceProof: return "It shows that the child lives in France."
            case .addressProof: return "In your name if the child lives with you, otherwise in the child's name."
            case .childPhotos: return "Photos taken less than 6 months ago."
            case .applicantResidencePermit: return "It shows that the person applying may stay in France."
            case .mandate: return "It shows that the person with parental authority asks you to apply."
            case .mandataryIdentity: return "It shows who applies on the parents' behalf."
            case .mandatorAuthorityProof: return "It shows that the mandate comes from a person with parental authority."
            case .authorityDelegationDecision: return "It shows who has parental authority over the child."
            case .ofpraCndaDecision: return "It shows that the child is protected."
            case .asePlacementDecision: return "It shows that the child was placed with the ASE by the age of 16."
            case .longStayVisa: return "It shows how the child entered France."
            case .frenchNationalityProof: return "It shows that the parent is French."
            case .visitorVisaAndEntryStamp: return "They show that the child entered France before 13 with this visa."
            case .residenceSinceEntryProof: return "They show that the child has lived in France since entering."
            case .parentResidencePermit: return "It shows that the parent stays in France lawfully."
            case .birthInFranceProof: return "In Mayotte, this is an extra condition for a child whose parent holds a residence permit."
            case .mayotteRegularEntryProof: return "In Mayotte, this is an extra condition for a child born abroad (entry other than family reunification)."
            case .eeaParentResidenceProof: return "It shows that the European parent stays in France lawfully."
            case .cerfa11203: return "It is the DCEM application form."
            }
        }
    }
}

extension DocumentRequester: Labelled {
    /// Names what asks for the document.
    public func label(in language: Language) -> String {
        switch language {
        case .fr:
            switch self {
            case .everyApplication: return "Pièce demandée dans tous les dossiers."
            case .applicantNationality: return "Pièce demandée parce que la personne qui fait la demande n'est pas citoyenne d'un pays européen."
            case .role(.parent): return "Pièce demandée parce que la demande est faite par un parent."
            case .role(.thirdPartyAuthority): return "Pièce demandée parce que la demande est faite par une personne à qui le juge a confié l'autorité parentale."
            case .role(.mandatary): return "Pièce demandée parce que la demande est faite par un mandataire des parents."
            case .role(.legalPersonRepresentative): return "Pièce demandée parce que la demande est faite par le représentant d'un service (par exemple l'ASE)."
            case .ground(let ground): return "Pièce demandée pour le cas « \(ground.shortLabel(in: .fr)) »."
            }
        case .en:
            switch self {
            case .everyApplication: return "Asked in every application."
            case .applicantNationality: return "Asked because the person applying is not a citizen of a European country."
            case .role(.parent): return "Asked because the application is made by a parent."
            case .role(.thirdPartyAuthority): return "Asked because the application is made by a person given parental authority by a court."
            case .role(.mandatary): return "Asked because the application is made by a person acting on the parents' mandate."
            case .role(.legalPersonRepresentative): return "Asked because the application is made by the representative of an organisation (for example the ASE)."
            case .ground(let ground): return "Asked for the case \"\(ground.shortLabel(in: .en))\"."
            }
        }
    }
}

extension RequiredDocument: Labelled {
    public func label(in language: Language) -> String { code.label(in: language) }

    /// Why the document is asked: what it shows, and the role or ground that asks for it.
    public func why(in language: Language) -> String {
        code.purpose(in: language) + " " + askedBy.label(in: language)
    }
}
