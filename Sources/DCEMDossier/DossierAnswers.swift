import DCEMRules
import Foundation

/// The situation profile chosen at the start: it frames the questions and the help
/// shown; the rules decide from the answers, never from the profile.
public enum SituationProfile: String, Codable, Sendable, CaseIterable {
    case nonEuropeanParentWithPermit = "non-eu-parent-permit"
    case europeanParentWithPermit = "eu-parent-permit"
    case europeanWithoutPermit = "eu-no-permit"
    case legalPersonRepresentative = "legal-person"

    /// The profile the simulator's answers point to, offered first on the start page (the family
    /// confirms it): a legal person's representative; else a French or European parent, with or
    /// without a permit; else a parent holding a permit. Nil when the answers say none of these.
    public static func suggested(by answers: SituationAnswers) -> SituationProfile? {
        if answers.applicant == .legalPersonRepresentative { return .legalPersonRepresentative }
        let parents = (0..<(answers.parentCount ?? 1)).map(answers.parent)
        if let european = parents.first(where: { $0.nationality?.isEuropean == true }) {
            return european.permit?.kind == nil ? .europeanWithoutPermit : .europeanParentWithPermit
        }
        return parents.contains { $0.permit?.kind != nil } ? .nonEuropeanParentWithPermit : nil
    }
}

/// The child's identity, as written on the passport or birth certificate.
public struct ChildIdentity: Codable, Sendable, Equatable {
    public var surname: String
    public var givenNames: String
    /// `F`, `M`.
    public var sex: String
    public var birthPlace: String
    public var birthCountry: String
    public var nationality: String
    public var passportNumber: String
    public var passportExpires: DateAnswer?

    public init(surname: String, givenNames: String, sex: String, birthPlace: String, birthCountry: String, nationality: String, passportNumber: String, passportExpires: DateAnswer? = nil) {
        self.surname = surname
        self.givenNames = givenNames
        self.sex = sex
        self.birthPlace = birthPlace
        self.birthCountry = birthCountry
        self.nationality = nationality
        self.passportNumber = passportNumber
        self.passportExpires = passportExpires
    }
}

/// A parent's identity.
public struct ParentIdentity: Codable, Sendable, Equatable {
    public var surname: String
    public var givenNames: String
    public var birthDate: DateAnswer?
    public var nationality: String

    public init(surname: String, givenNames: String, birthDate: DateAnswer? = nil, nationality: String) {
        self.surname = surname
        self.givenNames = givenNames
        self.birthDate = birthDate
        self.nationality = nationality
    }
}

/// The person filing, beyond their role (which is a rules answer, in the situation).
public struct ApplicantDetails: Codable, Sendable, Equatable {
    public var phone: String
    /// For a third party, a mandatary or a legal person's representative: who they are.
    public var surname: String
    public var givenNames: String
    /// A legal person's name (the département's ASE, an association).
    public var organisation: String

    public init(phone: String, surname: String, givenNames: String, organisation: String) {
        self.phone = phone
        self.surname = surname
        self.givenNames = givenNames
        self.organisation = organisation
    }
}

/// The child's home: it gives the competent préfecture.
public struct PostalAddress: Codable, Sendable, Equatable {
    public var line1: String
    public var line2: String
    public var postalCode: String
    public var city: String
    /// Settled from the postal code when the address is saved.
    public var departement: String

    public init(line1: String, line2: String, postalCode: String, city: String, departement: String) {
        self.line1 = line1
        self.line2 = line2
        self.postalCode = postalCode
        self.city = city
        self.departement = departement
    }
}

/// Everything the family answered. The eligibility questions are the simulator's own
/// (`SituationAnswers`, walked by `SituationFlow`), so no rule is asked or written twice.
public struct DossierAnswers: Codable, Sendable, Equatable {
    public var situation = SituationAnswers()
    public var child: ChildIdentity?
    public var parents: [ParentIdentity] = []
    public var applicant: ApplicantDetails?
    public var address: PostalAddress?
    /// For civil-status slots: is the document in a foreign language (then a sworn translation is asked, rule 15)?
    public var foreignLanguage: [String: Bool] = [:]
    /// What the family typed in a section and kept for later without finishing it ("save and come
    /// back later"), by section: the form's values as typed, shown again on return. The section is
    /// in progress until a complete save replaces them. Absent from answers saved before it existed.
    public var unfinishedForms: [String: [String: String]]?

    public init() {}

    /// The values kept for later in `section`, if any.
    public func unfinished(_ section: DossierSection) -> [String: String]? { unfinishedForms?[section.rawValue] }

    /// Keeps `values` for `section` (nil clears them, after a complete save).
    public mutating func keepUnfinished(_ values: [String: String]?, for section: DossierSection) {
        var forms = unfinishedForms ?? [:]
        forms[section.rawValue] = values
        unfinishedForms = forms.isEmpty ? nil : forms
    }
}

extension DossierAnswers {
    /// These answers with the parts that `changed` holds differently from `base` taken from it: a
    /// save made on `base` replayed on a newer version without undoing what another save wrote.
    public func applying(_ changed: DossierAnswers, changedFrom base: DossierAnswers) -> DossierAnswers {
        var merged = self
        if changed.situation != base.situation { merged.situation = changed.situation }
        if changed.child != base.child { merged.child = changed.child }
        if changed.parents != base.parents { merged.parents = changed.parents }
        if changed.applicant != base.applicant { merged.applicant = changed.applicant }
        if changed.address != base.address { merged.address = changed.address }
        for section in Set((changed.unfinishedForms ?? [:]).keys).union((base.unfinishedForms ?? [:]).keys)
        where changed.unfinishedForms?[section] != base.unfinishedForms?[section] {
            var forms = merged.unfinishedForms ?? [:]
            forms[section] = changed.unfinishedForms?[section]
            merged.unfinishedForms = forms.isEmpty ? nil : forms
        }
        for code in Set(changed.foreignLanguage.keys).union(base.foreignLanguage.keys) where changed.foreignLanguage[code] != base.foreignLanguage[code] {
            merged.foreignLanguage[code] = changed.foreignLanguage[code]
        }
        return merged
    }
}
