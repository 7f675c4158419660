import DCEMDossier
import DCEMRules

extension SimulatorText {
    static let english: SimulatorText = {
        // How the text names a parent: "the parent" when one is declared, "the first / second parent" for two.
        @Sendable func the(_ p: ParentRef) -> String { p.count == 1 ? "the parent" : (p.index == 0 ? "the first parent" : "the second parent") }
        @Sendable func cap(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
        let europeanCountries = "A country of the European Union, Iceland, Liechtenstein, Norway or Switzerland. The United Kingdom no longer counts."
        let yesNo: @Sendable (YesNo) -> String = { $0 == .yes ? "Yes" : "No" }

        return SimulatorText(
            startTitle: "Check whether your child can get a DCEM",
            startLead: "Answer a few questions about your child and the child’s parents. You will find out whether your child can get a travel document for foreign minors (DCEM, document de circulation pour étranger mineur), which papers to prepare, what it costs and how long the document would be valid.",
            startAsksTitle: "What we will ask you",
            startAsks: [
                "the child’s nationality, date of birth and the département where the child lives;",
                "the parents’ nationality and, if they are not European, their residence permit;",
                "who is applying;",
                "how the child came to France, and whether the child is protected or in the care of child welfare services.",
            ],
            startTime: "It takes about 5 minutes. Keep the child’s passport and the parents’ residence permits at hand.",
            startPrivacy: "Your answers are used only for this check. They are not sent to the préfecture and are deleted at the end of your visit (12 hours later at most). You can start again at any time.",
            startButton: "Start",

            yes: "Yes",
            no: "No",
            dontKnow: "I don’t know",
            day: "Day",
            month: "Month",
            year: "Year",
            monthNames: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
            formatDate: { day, month, year in "\(day) \(month) \(year)" },
            selectPlaceholder: "Choose a département",
            restartButton: "Start the check again",
            restartHint: "All your answers will be deleted.",

            dateMissing: { subject, example in "Enter \(subject), for example \(example)" },
            dateMissingPart: { subject, part in
                switch part {
                case .day: "Enter the day of \(subject) as well"
                case .month: "Enter the month of \(subject) as well"
                case .year: "Enter the year of \(subject) as well"
                }
            },
            dateYearDigits: { subject, example in "Enter the year of \(subject) with 4 digits, for example \(example)" },
            dateNotReal: { subject, example in "Enter a day that exists for \(subject), with the day, month and year in figures, for example \(example)" },
            dateInFuture: { subject in "Enter \(subject): it cannot be later than today" },
            dateBeforeBirth: { subject in "Enter \(subject): it cannot be before the child was born" },
            dateTooOld: { subject, example in "Check the year of \(subject): it must be after 1900, for example \(example)" },

            childNationality: ChoiceQuestionText(
                title: "What is the child’s nationality?",
                hint: "If the child has several nationalities, choose the first one in the list that applies.",
                label: {
                    switch $0 {
                    case .french: "French"
                    case .european: "Of a European country or Switzerland"
                    case .other: "Of another country"
                    case .stateless: "None: the child is stateless"
                    }
                },
                choiceHint: {
                    switch $0 {
                    case .french: "Even if the child also has another nationality."
                    case .european: europeanCountries
                    case .other: nil
                    case .stateless: "The child is not a national of any country."
                    }
                },
                missing: "Choose the child’s nationality"
            ),
            childPermit: ChoiceQuestionText(
                title: "Does the child already have their own residence permit?",
                hint: "For example a residence card in the child’s name. The parents’ residence permits do not count here.",
                label: yesNo,
                missing: "Choose “Yes” if the child has a residence permit in their name, otherwise “No”"
            ),
            childBirth: DateQuestionText(
                title: "What is the child’s date of birth?",
                hint: "It is written on the child’s passport or birth certificate. For example 27 3 2016.",
                subject: "the child’s date of birth",
                example: "27 3 2016"
            ),
            childResidence: ChoiceQuestionText(
                title: "Does the child live in France?",
                hint: "That is, the child usually lives in France: sleeps there, goes to school there. The overseas départements count (Guadeloupe, Martinique, French Guiana, La Réunion, Mayotte).",
                label: yesNo,
                missing: "Choose “Yes” if the child lives in France, otherwise “No”"
            ),
            departementTitle: "In which département does the child live?",
            departementHint: "The préfecture of this département handles the application. The département number is usually the start of the postcode: 75 for Paris, 971 for Guadeloupe.",
            departementMissing: "Choose from the list the département where the child lives",
            departementOption: { code, name in "\(code) – \(name)" },
            parentCount: ChoiceQuestionText(
                title: "How many of the child’s parents do you want to declare?",
                hint: "If you can, declare both parents: the situation of either one may give the right to a DCEM.",
                label: { $0 == 1 ? "One parent" : "Two parents" },
                choiceHint: { $0 == 1 ? "For example if the other parent has died or is unknown." : nil },
                missing: "Choose “One parent” or “Two parents”"
            ),
            parentNationality: { p in
                ChoiceQuestionText(
                    title: "What is \(the(p))’s nationality?",
                    hint: p.count == 2 && p.index == 0 ? "Start with either parent, it does not matter which." : nil,
                    label: {
                        switch $0 {
                        case .frenchByBirth: "French, from birth"
                        case .naturalised: "French, became French later"
                        case .european: "Of a European country or Switzerland"
                        case .other: "Of another country"
                        case .stateless: "None: stateless"
                        }
                    },
                    choiceHint: {
                        switch $0 {
                        case .frenchByBirth: nil
                        case .naturalised: "By naturalisation, marriage or declaration."
                        case .european: europeanCountries
                        case .other: nil
                        case .stateless: "This parent is not a national of any country."
                        }
                    },
                    missing: "Choose \(the(p))’s nationality"
                )
            },
            parentLivesInFrance: { p in
                ChoiceQuestionText(
                    title: "Does \(the(p)) live in France?",
                    hint: "For a French or European parent, the right to a DCEM depends on the time spent in France.",
                    label: yesNo,
                    missing: "Choose “Yes” if \(the(p)) lives in France, otherwise “No”"
                )
            },
            parentSince: { p in
                DateQuestionText(
                    title: "Since when has \(the(p)) lived in France?",
                    hint: "Enter the date of arrival in France. If you do not know the day, enter the 1st of the month. For example 1 9 2020.",
                    subject: "the date \(the(p)) arrived in France",
                    example: "1 9 2020"
                )
            },
            parentPermit: { p in
                ChoiceQuestionText(
                    title: "Which residence permit does \(the(p)) hold?",
                    hint: "The type of permit is written at the top of the card. If the card has expired, still choose its type: the next question is about its end date.",
                    label: {
                        switch $0 {
                        case .temporary: "A temporary residence card (carte de séjour temporaire)"
                        case .multiYear: "A multi-year residence card (carte de séjour pluriannuelle)"
                        case .resident: "A resident card (carte de résident)"
                        case .noPermit: "No residence permit"
                        }
                    },
                    choiceHint: {
                        switch $0 {
                        case .temporary: "Usually valid for 1 year."
                        case .multiYear: "Usually valid for 2 to 4 years, for example a “talent” card."
                        case .resident: "Valid for 10 years, or a permanent resident card."
                        case .noPermit: "For example an asylum application in progress, or only a visa."
                        }
                    },
                    missing: "Choose \(the(p))’s residence permit, or “No residence permit”"
                )
            },
            parentMention: { p in
                ChoiceQuestionText(
                    title: "Which mention is written on \(the(p))’s card?",
                    hint: "The mention is written on the card, under the type of permit, in French. With some mentions the DCEM is valid for a shorter time.",
                    label: {
                        switch ShortPermitMention(rawValue: $0) {
                        case .visiteur?: "Visiteur (visitor)"
                        case .etudiant?: "Étudiant (student)"
                        case .stagiaire?: "Stagiaire (trainee)"
                        case .stagiaireICT?: "Stagiaire ICT (intra-corporate trainee)"
                        case .rechercheEmploiCreationEntreprise?: "Recherche d’emploi ou création d’entreprise (job seeking or starting a business)"
                        case .travailleurTemporaire?: "Travailleur temporaire (temporary worker)"
                        case .vpfSante?: "Vie privée et familiale, for medical treatment"
                        case .vpfVictimeTraite?: "Vie privée et familiale, victim of human trafficking"
                        case .salarieDetacheICT?: "Salarié détaché ICT (intra-corporate transferee)"
                        case nil: "Another mention"
                        }
                    },
                    choiceHint: { $0 == SituationAnswers.otherMention ? "For example “salarié”, “talent”, or “vie privée et familiale” for another reason." : nil },
                    missing: "Choose the mention written on \(the(p))’s card, or “Another mention”"
                )
            },
            parentExpiry: { p in
                DateQuestionText(
                    title: "Until when is \(the(p))’s card valid?",
                    hint: "The end date is written on the card. For example 27 3 2027.",
                    subject: "the card’s end date",
                    example: "27 3 2027"
                )
            },
            parentReceipt: { p in
                ChoiceQuestionText(
                    title: "Does \(the(p)) have a renewal receipt that is still valid?",
                    hint: "The card has expired. When a renewal is requested, the préfecture gives a receipt (récépissé): a paper proving the stay remains lawful until the new card arrives.",
                    label: yesNo,
                    missing: "Choose “Yes” if \(the(p)) has a receipt that is still valid, otherwise “No”"
                )
            },
            parentReceiptExpiry: { p in
                DateQuestionText(
                    title: "Until when is \(the(p))’s receipt valid?",
                    hint: "The end date is written on the receipt (récépissé). For example 27 3 2027.",
                    subject: "the receipt’s end date",
                    example: "27 3 2027"
                )
            },
            stepParent: ChoiceQuestionText(
                title: "Does the child have a step-parent who is French or from a European country or Switzerland?",
                hint: "The step-parent is the person married to one of the child’s parents. " + europeanCountries,
                label: { $0 == .yes ? "Yes" : "No, or no step-parent" },
                missing: "Choose “Yes” if the child has a French or European step-parent, otherwise “No”"
            ),
            stepParentSince: DateQuestionText(
                title: "Since when has the parent married to this step-parent lived in France?",
                hint: "Enter the date this parent arrived in France. If you do not know the day, enter the 1st of the month. For example 1 9 2020.",
                subject: "the date the parent arrived in France",
                example: "1 9 2020"
            ),
            applicant: ChoiceQuestionText(
                title: "Who is applying?",
                label: {
                    switch $0 {
                    case .parent: "A parent of the child"
                    case .thirdPartyAuthority: "A person to whom a judge has entrusted the child"
                    case .mandatary: "A person acting on behalf of a parent"
                    case .legalPersonRepresentative: "The representative of a service or an association"
                    }
                },
                choiceHint: {
                    switch $0 {
                    case .parent: "The father or the mother, who holds parental authority."
                    case .thirdPartyAuthority: "For example a relative who holds parental authority through a court decision (delegation, guardianship)."
                    case .mandatary: "The parent has given them a written mandate (power of attorney)."
                    case .legalPersonRepresentative: "For example child welfare services (ASE) to whom the child is entrusted, represented by a person with a mandate."
                    }
                },
                missing: "Choose who is applying"
            ),
            applicantParent: ChoiceQuestionText(
                title: "Which of the two parents is applying?",
                hint: "In the order in which you described them.",
                label: { $0 == 0 ? "The first parent" : "The second parent" },
                missing: "Choose the parent who is applying"
            ),
            applicantNationality: ChoiceQuestionText(
                title: "Is the person applying French, or from a European country or Switzerland?",
                hint: "If not, they will have to show their residence permit. " + europeanCountries,
                label: yesNo,
                missing: "Choose “Yes” if the person applying is French or European, otherwise “No”"
            ),
            protection: ChoiceQuestionText(
                title: "Does the child have refugee status or subsidiary protection?",
                hint: "These protections are granted by OFPRA or by the CNDA. An asylum application still in progress does not count.",
                label: {
                    switch $0 {
                    case .refugee: "Yes, refugee status"
                    case .subsidiary: "Yes, subsidiary protection"
                    case .noProtection: "No"
                    case .unknown: "I don’t know"
                    }
                },
                missing: "Choose the child’s protection, or “I don’t know”"
            ),
            ase: ChoiceQuestionText(
                title: "Has the child been entrusted to child welfare services (aide sociale à l’enfance, ASE)?",
                hint: "By a decision of a judge or of the département council.",
                label: yesNo,
                missing: "Choose “Yes” if the child has been entrusted to the ASE, otherwise “No”"
            ),
            aseDate: DateQuestionText(
                title: "Since when has the child been entrusted to the ASE?",
                hint: "The date is written on the placement decision. For example 15 6 2022.",
                subject: "the date the child was entrusted to the ASE",
                example: "15 6 2022"
            ),
            arrival: ChoiceQuestionText(
                title: "How did the child come to France?",
                hint: "Look at the visa stuck in the child’s passport: its type is written on it.",
                label: {
                    switch $0 {
                    case .bornInFrance: "The child was born in France"
                    case .visitor: "With a long-stay “visitor” visa (visiteur)"
                    case .familyOfFrench: "With a long-stay visa as the child of a French citizen"
                    case .adoption: "With a long-stay visa for adoption"
                    case .familyReunification: "Through family reunification (regroupement familial)"
                    case .other: "Another way: another visa, or no visa"
                    case .unknown: "I don’t know"
                    }
                },
                choiceHint: {
                    switch $0 {
                    case .familyOfFrench: "Visa “membre de famille de Français”: a parent of the child is French."
                    case .familyReunification: "A parent asked to bring the family over, and the préfecture agreed."
                    default: nil
                    }
                },
                missing: "Choose how the child came to France, or “I don’t know”"
            ),
            arrivalDate: DateQuestionText(
                title: "When did the child arrive in France?",
                hint: "The date is on the entry stamp in the passport (in Mayotte: the arrival in Mayotte). For example 1 9 2019.",
                subject: "the child’s date of arrival",
                example: "1 9 2019"
            ),
            arrivalRegular: ChoiceQuestionText(
                title: "Did the child enter France lawfully?",
                hint: "That is, with the papers required at the border: a valid passport and visa, with an entry stamp.",
                label: {
                    switch $0 {
                    case .yes: "Yes"
                    case .no: "No"
                    case .unknown: "I don’t know"
                    }
                },
                missing: "Choose “Yes”, “No” or “I don’t know”"
            ),

            outcomeEligible: "Your child can get a DCEM",
            outcomeNotEligible: "From your answers, your child cannot get a DCEM",
            outcomeNotConcerned: "Your child does not need a DCEM",
            resultNotice: "This result comes from your answers and the rules in force today. The préfecture decides, after seeing your papers.",
            groundsTitle: "Why your child is entitled to it",
            groundsIntro: "From your answers, your child is in this situation:",
            legalBasis: { "Legal basis: \($0)" },
            documentsTitle: "The papers to prepare",
            documentsIntro: "Prepare these papers for the application. Under each one, the reason it is asked for.",
            documentsTranslation: "A paper written in a language other than French must be translated into French by a sworn translator (traducteur assermenté, approved by a court of appeal).",
            documentsPrint: "To keep this list, print this page with your browser’s “Print” menu.",
            documentWhy: { "Why: \($0)" },
            feeTitle: "What it costs",
            feeAmount: { "€\($0), in tax stamps (timbres fiscaux). You hand them over on the day you collect the DCEM. Tax stamps can be bought online at timbres.impots.gouv.fr, in a tobacconist’s (bureau de tabac) or at a public finance centre." },
            feeExempt: "Free.",
            feeExemptBecause: { "The DCEM is free in this case: \($0)." },
            validityTitle: "How long it would be valid",
            validityIssued: { "If it were issued today, \($0):" },
            validityExpires: { "it would be valid until \($0) inclusive;" },
            validityVoidAfter: { "in any case it would no longer be valid after \($0) (2 months after the child’s 18th birthday), nor once the child has a residence permit or has become French." },
            validityShortPermit: { "End of the parent’s card taken into account: \($0)." },
            territoryMayotteTitle: "A DCEM issued in Mayotte",
            delayTitle: "How long you may have to wait",
            delayBody: { months, date in "The préfecture has \(months) months to answer. If you apply today and the préfecture has not answered by \(date), the application is refused: this is an “implicit refusal” (refus implicite)." },
            delayAfter: "You can then challenge this refusal: ask the préfecture for its reasons, then appeal. If the préfecture asks you for missing papers, the full delay starts again on the day you provide them.",
            whereToApply: { service, departement in "You apply to: \(service) (\(departement))." },
            applyTitle: "Apply online",
            applyBody: "Your answers to the test are carried over to the application: you will not have to give them again. You need an account (an e-mail address is enough).",
            applyButton: "Start the application",
            reasonsTitle: "Why",
            missingTitle: "What is missing, case by case",
            missingIntro: "A DCEM is granted in one of the cases below. For each one, here is what is missing from your answers.",
            useInsteadTitle: "What the child uses instead",
            adultAdvice: "From 18, a person applies for a residence permit, not a DCEM. Ask the préfecture of the département where you live.",
            notResidentAdvice: "The DCEM is for children who live in France. If the child comes to live in France, take the check again after arriving. For a trip to France, ask the French consulate.",
            noGroundAdvice: "If your situation changes (for example a parent gets a residence card), take the check again. If in doubt, ask the préfecture or an association that helps foreigners for advice.",
            protectionUnknownAdvice: "You do not know whether the child is protected. If OFPRA or the CNDA has given the child refugee status or subsidiary protection, change this answer: it gives the right to a DCEM.",
            arrivalUnknownAdvice: "You do not know how the child came to France. Look at the visa in the child’s passport: if it is a long-stay visitor visa, a visa as the child of a French citizen or an adoption visa, change this answer, as it may give the right to a DCEM.",
            regularUnknownAdvice: "You do not know whether the child entered France lawfully: the result assumes so. The préfecture will check it with the visa and the entry stamp.",
            answersTitle: "Your answers",
            change: "Change",
            changeWhat: { ": \($0)" }
        )
    }()
}
