import DCEMDossier
import DCEMRules

/// "My applications", as the controller computes it: one card per dossier, ready to show.
struct MyDossiersModel: Sendable {
    struct Card: Sendable {
        let child: String
        let href: String
        let stateLabel: String
        let state: String
        /// Once filed: the reference and the filing day.
        let reference: String?
        /// While the préfecture's clock runs: the day silence becomes a refusal.
        let silence: String?
        let openLabel: String
        /// What the case waits for from the family, if anything.
        let toDo: String?
    }

    let cards: [Card]
    let notice: String?

    init(_ page: PageContext, dossiers: [DossierListing], notice: Notice? = nil) {
        let t = page.text.dossier
        self.notice = notice == .draftDeleted ? t.draftDeleted : nil
        cards = dossiers.map { dossier in
            let state = dossier.currentState
            return Card(child: DossierFormat.childName(dossier.childName, page), href: SiteURL.dossier(dossier.id).path,
                        stateLabel: state == .draft ? t.draft : state.label(in: page.language), state: state.rawValue,
                        reference: dossier.reference.map { page.language.labelled(t.referenceLabel, "\($0) — \(t.filedOnLabel) \(DossierFormat.day(dossier.filedOn, page))") },
                        silence: state.clockRuns ? dossier.implicitRefusalOn.map { t.silenceLine(DossierFormat.day($0, page)) } : nil,
                        openLabel: state == .draft ? t.resume : t.open,
                        toDo: DossierPolicy.familyTurn(in: state).map(t.familyTurn))
        }
    }
}
