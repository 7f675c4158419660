import DCEMDossier
import DCEMRules
import Foundation

/// A section's form as the controller computes it: what was typed, the errors, and what the
/// answers decide about the fields shown (the applicant's role, the postal code's départements).
struct DossierSectionModel: Sendable {
    let id: UUID
    let section: DossierSection
    let values: [String: String]
    let errors: [FieldError]
    let returnToCheck: Bool
    let applicant: ApplicantAnswer
    /// The départements the postal code typed may belong to.
    let departements: [Departement]

    init(section: DossierSection, dossier: Dossier, values: [String: String], errors: [FieldError], returnToCheck: Bool) {
        id = dossier.id!
        self.section = section
        self.values = values
        self.errors = errors
        self.returnToCheck = returnToCheck
        applicant = dossier.decodedAnswers().situation.applicant ?? .parent
        departements = section == .address ? PostalCode.departements(for: values["postalCode"] ?? "") : []
    }

    func error(_ name: String) -> FieldError? { errors.first { $0.fieldID == name } }
}
