extension Ground: Labelled {
    /// What the ground means, in a full sentence a family understands.
    public func label(in language: Language) -> String {
        switch language {
        case .fr:
            switch self {
            case .parentResidencePermit:
                return "Un parent a un titre de séjour valable : carte de séjour temporaire, carte pluriannuelle ou carte de résident."
            case .eeaParent:
                return "Un parent est français ou citoyen d'un pays européen (Union européenne, Islande, Liechtenstein, Norvège ou Suisse) et vit en France depuis plus de 3 mois."
            case .eeaStepParent:
                return "Le beau-parent est français ou citoyen d'un pays européen (Union européenne, Islande, Liechtenstein, Norvège ou Suisse), et un parent vit en France depuis plus de 3 mois."
            case .parentNaturalisedFrench:
                return "Un parent est devenu français."
            case .visaChildOfFrenchOrAdopted:
                return "L'enfant est entré en France avec un visa long séjour « enfant de Français » ou « adoption »."
            case .aseBefore16:
                return "L'enfant a été confié à l'aide sociale à l'enfance (ASE) au plus tard le jour de ses 16 ans."
            case .internationalProtection:
                return "L'enfant est réfugié ou a la protection subsidiaire."
            case .visitorVisaBefore13:
                return "L'enfant est entré en France avant ses 13 ans avec un visa long séjour « visiteur », et il vit en France."
            }
        case .en:
            switch self {
            case .parentResidencePermit:
                return "A parent holds a valid residence permit: a temporary card, a multi-year card or a resident card."
            case .eeaParent:
                return "A parent is French or a citizen of a European country (European Union, Iceland, Liechtenstein, Norway or Switzerland) and has lived in France for more than 3 months."
            case .eeaStepParent:
                return "The step-parent is French or a citizen of a European country (European Union, Iceland, Liechtenstein, Norway or Switzerland), and a parent has lived in France for more than 3 months."
            case .parentNaturalisedFrench:
                return "A parent has become French."
            case .visaChildOfFrenchOrAdopted:
                return "The child entered France with a long-stay visa as the child of a French national or as an adopted child."
            case .aseBefore16:
                return "The child was placed with the child welfare service (ASE) on or before their 16th birthday."
            case .internationalProtection:
                return "The child is a refugee or has subsidiary protection."
            case .visitorVisaBefore13:
                return "The child entered France before their 13th birthday with a long-stay visitor visa, and lives in France."
            }
        }
    }

    /// A few words naming the ground, for "asked because of …" sentences.
    public func shortLabel(in language: Language) -> String {
        switch (self, language) {
        case (.parentResidencePermit, .fr): return "un parent a un titre de séjour"
        case (.parentResidencePermit, .en): return "a parent holds a residence permit"
        case (.eeaParent, .fr): return "un parent français ou européen"
        case (.eeaParent, .en): return "a French or European parent"
        case (.eeaStepParent, .fr): return "un beau-parent français ou européen"
        case (.eeaStepParent, .en): return "a French or European step-parent"
        case (.parentNaturalisedFrench, .fr): return "un parent devenu français"
        case (.parentNaturalisedFrench, .en): return "a parent who became French"
        case (.visaChildOfFrenchOrAdopted, .fr): return "un visa d'enfant de Français ou d'adoption"
        case (.visaChildOfFrenchOrAdopted, .en): return "a visa as the child of a French national or adopted child"
        case (.aseBefore16, .fr): return "confié à l'ASE avant 16 ans"
        case (.aseBefore16, .en): return "placed with the ASE before 16"
        case (.internationalProtection, .fr): return "réfugié ou protection subsidiaire"
        case (.internationalProtection, .en): return "refugee or subsidiary protection"
        case (.visitorVisaBefore13, .fr): return "un visa visiteur avant 13 ans"
        case (.visitorVisaBefore13, .en): return "a visitor visa before 13"
        }
    }
}
