import DCEMRules
import Foundation

/// The school head's area (docs/pages.md#schools): the schools they claimed to head with the
/// préfecture's answer, and the form to claim one.
struct SchoolAreaModel: Sendable {
    struct Claim: Sendable {
        let school: String
        let uai: String
        let stateLabel: String
        let state: String
        let line: String
    }

    let claims: [Claim]
    let errors: [FieldError]
    let values: [String: String]
    let notice: String?

    init(_ page: PageContext, claims: [(SchoolHead, School)], errors: [FieldError] = [], values: [String: String] = [:], notice: String? = nil) {
        let k = page.text.school
        self.claims = claims.map { head, school in
            let line: String = switch head.currentState {
            case .pending: k.pendingLine(Departement(code: school.departement)?.serviceName ?? school.departement)
            case .approved: k.approvedLine
            case .refused: k.refusedLine(head.refusalReason ?? "")
            }
            return Claim(school: school.name, uai: school.uai, stateLabel: k.state(head.state), state: head.state == "approved" ? "valid" : head.state == "refused" ? "refused" : "filed",
                         line: line)
        }
        self.errors = errors
        self.values = values
        self.notice = notice
    }

    func error(_ field: String) -> FieldError? { errors.first { $0.fieldID == field } }
}
