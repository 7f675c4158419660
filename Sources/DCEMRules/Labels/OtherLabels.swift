extension Outcome: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.eligible, .fr): return "L'enfant peut avoir un DCEM."
        case (.eligible, .en): return "The child can get a DCEM."
        case (.notEligible, .fr): return "L'enfant ne peut pas avoir de DCEM."
        case (.notEligible, .en): return "The child cannot get a DCEM."
        case (.notConcerned, .fr): return "L'enfant n'a pas besoin de DCEM."
        case (.notConcerned, .en): return "The child does not need a DCEM."
        }
    }
}

extension Territory: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.all, .fr): return "Le DCEM permet de revenir en France sans visa."
        case (.all, .en): return "The DCEM lets the child come back to France without a visa."
        case (.mayotteOnly, .fr): return "Le DCEM est fait à Mayotte : il permet de revenir à Mayotte seulement. Pour aller dans un autre département, il faut un visa."
        case (.mayotteOnly, .en): return "The DCEM is issued in Mayotte: it lets the child come back to Mayotte only. Going to another département needs a visa."
        }
    }
}

extension ValidityBranch: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.fiveYears, .fr): return "Valable 5 ans."
        case (.fiveYears, .en): return "Valid for 5 years."
        case (.shortPermit, .fr): return "Un parent a un titre de séjour court : le DCEM finit le même jour que le titre de séjour qui finit le plus tard."
        case (.shortPermit, .en): return "A parent holds a short permit: the DCEM ends on the same day as the parents' permit that ends last."
        case (.oneYearFloor, .fr): return "Un parent a un titre de séjour court qui finit bientôt : le DCEM est quand même valable 1 an."
        case (.oneYearFloor, .en): return "A parent holds a short permit that ends soon: the DCEM is still valid for 1 year."
        case (.eighteenthBirthday, .fr): return "Le DCEM finit le jour des 18 ans de l'enfant."
        case (.eighteenthBirthday, .en): return "The DCEM ends on the child's 18th birthday."
        }
    }
}

extension ApplicantRole: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.parent, .fr): return "Un parent"
        case (.parent, .en): return "A parent"
        case (.thirdPartyAuthority, .fr): return "Une personne à qui le juge a confié l'autorité parentale"
        case (.thirdPartyAuthority, .en): return "A person given parental authority by a court"
        case (.mandatary, .fr): return "Un mandataire des parents"
        case (.mandatary, .en): return "A person acting on the parents' mandate"
        case (.legalPersonRepresentative, .fr): return "Le représentant d'un service (par exemple l'ASE)"
        case (.legalPersonRepresentative, .en): return "The representative of an organisation (for example the ASE)"
        }
    }
}

extension Protection: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.refugee, .fr): return "Réfugié"
        case (.refugee, .en): return "Refugee"
        case (.subsidiaryProtection, .fr): return "Protection subsidiaire"
        case (.subsidiaryProtection, .en): return "Subsidiary protection"
        }
    }
}

extension VisaKind: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.longStayVisitor, .fr): return "Visa long séjour « visiteur »"
        case (.longStayVisitor, .en): return "Long-stay visitor visa"
        case (.longStayFamilyOfFrench, .fr): return "Visa long séjour « enfant de Français »"
        case (.longStayFamilyOfFrench, .en): return "Long-stay visa as the child of a French national"
        case (.longStayAdoption, .fr): return "Visa long séjour « adoption »"
        case (.longStayAdoption, .en): return "Long-stay adoption visa"
        case (.familyReunification, .fr): return "Regroupement familial"
        case (.familyReunification, .en): return "Family reunification"
        case (.other, .fr): return "Autre visa ou autre entrée"
        case (.other, .en): return "Other visa or other entry"
        }
    }
}

extension PermitKind: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.temporary, .fr): return "Carte de séjour temporaire"
        case (.temporary, .en): return "Temporary residence card"
        case (.multiYear, .fr): return "Carte de séjour pluriannuelle"
        case (.multiYear, .en): return "Multi-year residence card"
        case (.resident, .fr): return "Carte de résident"
        case (.resident, .en): return "Resident card"
        }
    }
}

extension ShortPermitMention: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.visiteur, .fr): return "Visiteur"
        case (.visiteur, .en): return "Visitor"
        case (.etudiant, .fr): return "Étudiant"
        case (.etudiant, .en): return "Student"
        case (.stagiaire, .fr): return "Stagiaire"
        case (.stagiaire, .en): return "Trainee"
        case (.stagiaireICT, .fr): return "Stagiaire ICT"
        case (.stagiaireICT, .en): return "ICT trainee"
        case (.rechercheEmploiCreationEntreprise, .fr): return "Recherche d'emploi ou création d'entreprise"
        case (.rechercheEmploiCreationEntreprise, .en): return "Job seeking or business creation"
        case (.travailleurTemporaire, .fr): return "Travailleur temporaire"
        case (.travailleurTemporaire, .en): return "Temporary worker"
        case (.vpfSante, .fr): return "Vie privée et familiale (raisons de santé)"
        case (.vpfSante, .en): return "Private and family life (health reasons)"
        case (.vpfVictimeTraite, .fr): return "Vie privée et familiale (victime de la traite des êtres humains)"
        case (.vpfVictimeTraite, .en): return "Private and family life (victim of human trafficking)"
        case (.salarieDetacheICT, .fr): return "Salarié détaché ICT"
        case (.salarieDetacheICT, .en): return "ICT posted employee"
        }
    }
}

extension Language: Labelled {
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.fr, .fr): return "Français"
        case (.fr, .en): return "French"
        case (.en, .fr): return "Anglais"
        case (.en, .en): return "English"
        }
    }
}
