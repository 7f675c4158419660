/// The five public texts the rules are read from (docs/law.md#where-the-rules-come-from).
public enum Source: CaseIterable, Sendable {
    /// Ministry of the Interior press release, 24 January 2022: online filing, valid 5 years.
    case ministryPressRelease2022
    /// Réfugiés.info sheet, 2022: grounds, documents, 2 months, 50 €, farthest permit of two parents.
    case refugeesInfo2022
    /// Préfecture de l'Eure page, 10/12/2018: 45 €, 4 months, EEA list with the United Kingdom.
    case prefecture2018
    /// Service-public.fr sheet of 22 March 2022, reproduced by the town hall of Épinal.
    case servicePublic2022
    /// Info Droits Migrants page, checked 31 March 2022: CESEDA articles, short permits, Mayotte,
    /// void two months after 18, collective travel document.
    case migrantsRights2022

    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.ministryPressRelease2022, .fr): return "Communiqué de presse du ministère de l'Intérieur, 24 janvier 2022"
        case (.ministryPressRelease2022, .en): return "Ministry of the Interior press release, 24 January 2022"
        case (.refugeesInfo2022, .fr): return "Fiche Réfugiés.info « Faire une demande de DCEM », 2022"
        case (.refugeesInfo2022, .en): return "Réfugiés.info sheet \"Faire une demande de DCEM\", 2022"
        case (.prefecture2018, .fr): return "Page de la préfecture de l'Eure, mise à jour le 10 décembre 2018"
        case (.prefecture2018, .en): return "Préfecture de l'Eure page, updated 10 December 2018"
        case (.servicePublic2022, .fr): return "Fiche Service-public.fr du 22 mars 2022 (reprise par la mairie d'Épinal)"
        case (.servicePublic2022, .en): return "Service-public.fr sheet of 22 March 2022 (reproduced by the town hall of Épinal)"
        case (.migrantsRights2022, .fr): return "Page Info Droits Migrants, vérifiée le 31 mars 2022"
        case (.migrantsRights2022, .en): return "Info Droits Migrants page, checked 31 March 2022"
        }
    }
}

/// Where a rule comes from: the legal text it applies, the ruling of docs/law.md that settles
/// how the product reads it, and the source texts that state it. Every ground, document,
/// parameter and refusal carries one, so an agent or a family can check it.
public struct LegalReference: Hashable, Sendable, CustomStringConvertible {
    /// The legal text, e.g. "CESEDA L. 414-4", "Décret n° 2014-1292", "CRPA L. 114-5".
    public let citation: String
    /// The number of the ruling in docs/law.md (anchor `#rule-N`), when one applies.
    public let ruling: Int?
    /// The public texts that state the rule.
    public let sources: [Source]

    public init(_ citation: String, ruling: Int? = nil, sources: [Source] = []) {
        self.citation = citation
        self.ruling = ruling
        self.sources = sources
    }

    public var description: String { citation }

    /// Citation, ruling and sources in one line, for pages that show where a rule comes from.
    public func details(in language: Language) -> String {
        var parts = [citation]
        if let ruling {
            parts.append(language == .fr ? "règle \(ruling) du produit" : "product ruling \(ruling)")
        }
        for source in sources { parts.append(source.label(in: language)) }
        return parts.joined(separator: " ; ")
    }
}

extension LegalReference {
    static let ceseda4144 = "CESEDA L. 414-4"
    static let law2018 = "Loi n° 2018-778 du 10 septembre 2018"
}
