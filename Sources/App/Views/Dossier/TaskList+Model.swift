import DCEMDossier
import DCEMRules

/// The draft's task list, as the controller computes it from the dossier and its assessment.
struct TaskListModel: Sendable {
    struct Task: Sendable {
        let title: String
        /// Absent while the section cannot start yet.
        let href: String?
        let statusID: String
        let status: String
        let statusLabel: String
    }

    let child: String
    /// The reference of the case this draft was started from (renewal, brother or sister).
    let copiedFrom: String?
    let prefecture: String?
    /// The rules' answer, as soon as the situation is answered.
    enum Eligibility: Sendable {
        case unknown
        case eligible(grounds: [String])
        case notEligible
    }

    let eligibility: Eligibility
    let warnings: [String]
    let tasks: [Task]
    let situationHref: String
    let deleteHref: String

    init(_ page: PageContext, dossier: Dossier, assessment: DossierAssessment, copiedFrom: String?) {
        let t = page.text.dossier
        let checklist = assessment.checklist
        let id = dossier.id!
        deleteHref = SiteURL.dossierDelete(id).path
        child = DossierFormat.childName(dossier, page)
        self.copiedFrom = copiedFrom.map(t.copiedFrom)
        prefecture = dossier.competentDepartement.map { t.prefectureLine($0.serviceName, $0.code) }
        eligibility = switch checklist.evaluation {
        case nil: .unknown
        case let result? where result.outcome == .eligible: .eligible(grounds: result.grounds.map { $0.label(in: page.language) })
        case .some: .notEligible
        }
        warnings = Self.warnings(page, assessment.warnings)
        situationHref = SiteURL.dossierSection(id, .situation).path
        tasks = DossierSection.allCases.map { section in
            let status = checklist.status(section)
            return Task(title: t.sectionTitle(section), href: status == .cannotStartYet ? nil : SiteURL.dossierSection(id, section).path,
                        statusID: "status-\(section.rawValue)", status: status.rawValue, statusLabel: t.statusLabel(status))
        }
    }

    /// Warnings that save a trip: a passport or permit expiring soon, a photo about to age out.
    static func warnings(_ page: PageContext, _ warnings: [DossierWarning]) -> [String] {
        let t = page.text.dossier
        return warnings.map { warning in
            switch warning {
            case .passportEndsBeforeDCEM(let passport): t.warnPassport(DossierFormat.day(passport, page))
            case .parentPermitExpiresSoon(let expires): t.warnPermit(DossierFormat.day(expires, page))
            case .photoAgesOut(let day): t.warnPhoto(DossierFormat.day(day, page))
            }
        }
    }
}
