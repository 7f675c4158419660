import DCEMRules
import Foundation

/// A case's access log as a supervisor reads it (docs/pages.md#access-log): newest first, the
/// agent by name, what was opened.
struct BackOfficeAccessLogModel {
    struct Line {
        let when: String
        let who: String
        let what: String
    }

    let title: String
    let lines: [Line]
    /// Said when the list stops at the latest `limit`.
    let latest: String?
    let caseLink: String

    /// How many lines the page lists.
    static let limit = 500

    init(_ page: PageContext, dossier: Dossier, accesses: [CaseAccess], agentNames: [UUID: String], zone: Departement) {
        let t = page.text.dossierDesk
        title = t.accessLogTitle(dossier.reference ?? "")
        lines = accesses.map { access in
            Line(when: DossierFormat.moment(access.at, in: zone, page), who: agentNames[access.agentID] ?? "—", what: t.accessLogViewed(access.what))
        }
        latest = accesses.count >= Self.limit ? t.accessLogLatest(Self.limit) : nil
        caseLink = SiteURL.backOfficeDossier(dossier.id!).path
    }
}
