extension CollectiveTravelRefusal: Labelled {
    public func label(in language: Language) -> String {
        switch language {
        case .fr:
            switch self {
            case .noDestination: return "Indiquez au moins un pays de destination."
            case .destinationFrance: return "Le voyage doit aller hors de France."
            case .destinationNotEU: return "Le pays du voyage doit être un pays de l'Union européenne."
            case .destinationIreland: return "L'Irlande n'accepte pas ce document : chaque élève doit avoir son propre document de voyage."
            case .filedTooLate: return "La demande doit être faite au moins 15 jours avant le départ."
            case .notRequestedByHeadOfSchool: return "La demande doit être faite par le chef d'établissement."
            case .leaderNotTeacher: return "Le responsable du groupe doit être un enseignant de l'établissement."
            case .returnBeforeDeparture: return "La date de retour est avant la date de départ."
            case .noMinorToList: return "Aucun élève ne doit être sur ce document (ceux qui ont déjà un DCEM voyagent avec lui)."
            }
        case .en:
            switch self {
            case .noDestination: return "Give at least one destination country."
            case .destinationFrance: return "The trip must go outside France."
            case .destinationNotEU: return "The destination must be a member state of the European Union."
            case .destinationIreland: return "Ireland does not accept this document: each pupil needs their own travel document."
            case .filedTooLate: return "The request must be made at least 15 days before departure."
            case .notRequestedByHeadOfSchool: return "The request must be made by the head of the school."
            case .leaderNotTeacher: return "The group leader must be a teacher of the school."
            case .returnBeforeDeparture: return "The return date is before the departure date."
            case .noMinorToList: return "No pupil needs to be on this document (those who already hold a DCEM travel with it)."
            }
        }
    }
}

extension CollectiveTravelExclusion: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.french, .fr): return "Cet élève est français : il voyage avec sa carte d'identité ou son passeport français."
        case (.french, .en): return "This pupil is French and travels on a French identity card or passport."
        case (.eeaOrSwiss, .fr): return "Cet élève est ressortissant d'un pays de l'Espace économique européen ou de la Suisse : il voyage avec sa propre carte d'identité ou son passeport."
        case (.eeaOrSwiss, .en): return "This pupil is a national of an EEA country or Switzerland and travels on their own identity card or passport."
        case (.adult, .fr): return "Cet élève a 18 ans ou plus au départ : le document est réservé aux mineurs."
        case (.adult, .en): return "This pupil is 18 or older on the departure day: the document is for minors only."
        case (.turns18DuringTrip, .fr): return "Cet élève aura 18 ans pendant le voyage : il serait majeur à l'étranger avec un document réservé aux mineurs."
        case (.turns18DuringTrip, .en): return "This pupil turns 18 during the trip and would be an adult abroad on a document for minors."
        case (.holdsDCEM, .fr): return "Cet élève a déjà un DCEM valide : il voyage avec son DCEM et son passeport."
        case (.holdsDCEM, .en): return "This pupil already holds a valid DCEM and travels with it and their passport."
        }
    }
}
