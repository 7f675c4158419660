extension ReasonCode: Labelled {
    public func label(in language: Language) -> String {
        switch language {
        case .fr:
            switch self {
            case .frenchNational: return "L'enfant est français. Il n'a pas besoin de DCEM."
            case .eeaNational: return "L'enfant est citoyen d'un pays européen (Union européenne, Islande, Liechtenstein, Norvège ou Suisse). Il n'a pas besoin de DCEM."
            case .holdsResidencePermit: return "L'enfant a déjà son propre titre de séjour. Il n'a pas besoin de DCEM."
            case .adult: return "L'enfant a 18 ans ou plus. Le DCEM est seulement pour les mineurs."
            case .notResident: return "L'enfant ne vit pas en France. Le DCEM est seulement pour les enfants qui vivent en France."
            case .noGround: return "La situation de l'enfant ne correspond à aucun des cas prévus par la loi."
            }
        case .en:
            switch self {
            case .frenchNational: return "The child is French and does not need a DCEM."
            case .eeaNational: return "The child is a citizen of a European country (European Union, Iceland, Liechtenstein, Norway or Switzerland) and does not need a DCEM."
            case .holdsResidencePermit: return "The child already holds their own residence permit and does not need a DCEM."
            case .adult: return "The child is 18 or older. The DCEM is only for minors."
            case .notResident: return "The child does not live in France. The DCEM is only for children who live in France."
            case .noGround: return "The child's situation matches none of the cases the law provides for."
            }
        }
    }
}

extension Reason: Labelled {
    public func label(in language: Language) -> String { code.label(in: language) }
}

extension Alternative: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.frenchIdentityDocument, .fr): return "Sa carte d'identité française ou son passeport français."
        case (.frenchIdentityDocument, .en): return "Their French identity card or French passport."
        case (.nationalIdentityDocument, .fr): return "La carte d'identité ou le passeport de son pays européen."
        case (.nationalIdentityDocument, .en): return "The identity card or passport of their European country."
        case (.ownResidencePermit, .fr): return "Son propre titre de séjour, avec son passeport."
        case (.ownResidencePermit, .en): return "Their own residence permit, with their passport."
        }
    }
}

extension MissingCondition: Labelled {
    /// What the ground lacked, said to the family.
    public func label(in language: Language) -> String {
        switch language {
        case .fr:
            switch self {
            case .noValidParentPermit: return "Aucun parent n'a de titre de séjour valable à cette date (ni de récépissé de renouvellement valable)."
            case .mayotteBirthOrEarlyEntry: return "À Mayotte, l'enfant doit aussi être né en France, ou être entré régulièrement à Mayotte avant ses 13 ans, sans regroupement familial."
            case .noEEAParent: return "Aucun parent n'est français ou citoyen d'un pays européen."
            case .eeaParentNotEstablished: return "Le parent européen ne vit pas en France depuis plus de 3 mois (ou la date d'arrivée n'est pas donnée)."
            case .noEEAStepParent: return "Il n'y a pas de beau-parent français ou citoyen d'un pays européen."
            case .noParentEstablished: return "Aucun parent ne vit en France depuis plus de 3 mois (ou la date d'arrivée n'est pas donnée)."
            case .noNaturalisedParent: return "Aucun parent n'est devenu français."
            case .noFamilyOrAdoptionVisa: return "L'enfant n'est pas entré en France avec un visa long séjour « enfant de Français » ou « adoption »."
            case .irregularEntry: return "L'entrée en France avec ce visa n'était pas régulière."
            case .noASECustody: return "L'enfant n'a pas été confié à l'aide sociale à l'enfance (ASE)."
            case .aseCustodyAfter16: return "L'enfant a été confié à l'ASE après ses 16 ans."
            case .noProtection: return "L'enfant n'est ni réfugié ni protégé au titre de la protection subsidiaire."
            case .noVisitorVisa: return "L'enfant n'est pas entré en France avec un visa long séjour « visiteur »."
            case .visitorVisaEntryAfter13: return "L'enfant est entré en France avec le visa visiteur à 13 ans ou plus."
            }
        case .en:
            switch self {
            case .noValidParentPermit: return "No parent holds a residence permit valid on this date (nor a valid renewal receipt)."
            case .mayotteBirthOrEarlyEntry: return "In Mayotte, the child must also be born in France, or have entered Mayotte regularly before their 13th birthday, other than through family reunification."
            case .noEEAParent: return "No parent is French or a citizen of a European country."
            case .eeaParentNotEstablished: return "The European parent has not lived in France for more than 3 months (or the arrival date is not given)."
            case .noEEAStepParent: return "There is no step-parent who is French or a citizen of a European country."
            case .noParentEstablished: return "No parent has lived in France for more than 3 months (or the arrival date is not given)."
            case .noNaturalisedParent: return "No parent has become French."
            case .noFamilyOrAdoptionVisa: return "The child did not enter France with a long-stay visa as the child of a French national or as an adopted child."
            case .irregularEntry: return "The entry into France with this visa was not regular."
            case .noASECustody: return "The child was not placed with the child welfare service (ASE)."
            case .aseCustodyAfter16: return "The child was placed with the ASE after their 16th birthday."
            case .noProtection: return "The child is neither a refugee nor under subsidiary protection."
            case .noVisitorVisa: return "The child did not enter France with a long-stay visitor visa."
            case .visitorVisaEntryAfter13: return "The child entered France with the visitor visa at 13 or older."
            }
        }
    }
}

extension MissingGround: Labelled {
    public func label(in language: Language) -> String { condition.label(in: language) }
}
