import DCEMDossier
import DCEMRules
import Foundation

/// One line of a case's history in the reader's language: what happened, its details, and who did
/// it. The family's page and the back office write the same line; only "you" differs.
enum DossierHistoryLine {
    enum Reader { case family, agent }

    /// `agentNames`: the names of the agents the events name (the one who acted, the one assigned).
    static func text(_ page: PageContext, _ event: DossierEvent, agentNames: [UUID: String], reader: Reader) -> String {
        let h = page.text.history
        let what = event.kind.map(h.kind) ?? event.action
        let details = event.kind.map { self.details(page, $0, event, agentNames: agentNames) } ?? []
        let who: String = switch event.actorKind {
        case .family: reader == .family ? h.byYou : h.byFamily
        case .agent: event.actorID.flatMap { agentNames[$0] }.map(h.byAgent) ?? h.byPrefecture
        case .scheduler: h.byScheduler
        case nil: event.actor
        }
        return ([what] + details).joined(separator: " — ") + " (\(who))"
    }

    static func details(_ page: PageContext, _ kind: DossierEventKind, _ event: DossierEvent, agentNames: [UUID: String]) -> [String] {
        let h = page.text.history
        func slotLabel(_ id: String) -> String {
            UploadSlot(id: id).map { DossierFormat.slotLabel(page, $0) } ?? (id == photoSlot ? page.text.dossier.photosTitle : id)
        }
        switch kind {
        case .action(.requestDocuments):
            let documents = (event.detail(.codes) ?? "").split(separator: ",").map { code in
                DocumentCode(rawValue: String(code))?.label(in: page.language) ?? String(code)
            }
            return [h.documentsAsked(documents.joined(separator: ", "), DossierFormat.day(event.detail(.replyBy), page))]
        case .action(.grant):
            return event.detail(.dcemNumber).map { [h.dcemNumber($0)] } ?? []
        case .action(.refuse):
            let reasons = (event.detail(.reasons) ?? "").split(separator: ",").compactMap { RefusalReason(rawValue: String($0)) }
            return reasons.isEmpty ? [] : [h.reasons(reasons.map(page.text.dossierDesk.refuseReason).joined(separator: " "))]
        case .action(.makeAvailable), .action(.acceptPostponement):
            guard let day = event.detail(.day), let time = event.detail(.time) else { return [] }
            return [h.appointment(DossierFormat.day(day, page), time)]
        case .action(.handOver):
            if event.detail(.exempt) == "true" { return [h.exempt] }
            guard let number = event.detail(.timbreNumber), !number.isEmpty else { return [] }
            return [h.timbre(number, event.detail(.timbreAmountEUR) ?? "")]
        case .documentAdded, .documentRemoved:
            return event.detail(.slot).map { [h.document(slotLabel($0))] } ?? []
        case .documentVerdict:
            guard let slot = event.detail(.slot), let verdict = event.detail(.verdict).flatMap(DocumentVerdict.init(rawValue:)) else { return [] }
            return [h.verdict(slotLabel(slot), verdict)]
        case .assigned:
            guard let to = event.detail(.to) else { return [] }
            return [UUID(uuidString: to).flatMap { agentNames[$0] }.map(h.assignedTo) ?? h.unassigned]
        // A draft's saves are many and only its own family's: the corrections after filing say which part changed.
        case .answersCorrected:
            return event.detail(.section).flatMap(DossierSection.init(rawValue:)).map { [h.section(page.text.dossier.sectionTitle($0))] } ?? []
        case .created:
            return event.detail(.from).flatMap { $0.isEmpty ? nil : [h.copiedFrom($0)] } ?? []
        case .issuedDocument(let action):
            let d = page.text.issuedDocument
            var lines = event.detail(.dcemNumber).map { [h.dcemNumber($0)] } ?? []
            if let cause = event.detail(.cause).flatMap(LapseCause.init(rawValue:)) { lines.append(d.lapseCause(cause)) }
            if action == .openWithdrawal {
                let grounds = (event.detail(.grounds) ?? "").split(separator: ",").compactMap { WithdrawalGround(rawValue: String($0)) }
                lines += grounds.map(d.ground)
            }
            return lines
        default:
            return []
        }
    }

    /// Lines that read the same one after the other (a draft saved section after section within the
    /// minute) shown once with their count: the same words repeated tell the reader nothing more.
    static func collapsed(_ lines: [String]) -> [String] {
        var result: [(line: String, count: Int)] = []
        for line in lines {
            if let last = result.last, last.line == line {
                result[result.count - 1].count += 1
            } else {
                result.append((line, 1))
            }
        }
        return result.map { $0.count == 1 ? $0.line : "\($0.line) ×\($0.count)" }
    }

    /// The agents an event list names, to look their names up once.
    static func agentIDs(_ events: [DossierEvent]) -> Set<UUID> {
        var ids = Set<UUID>()
        for event in events {
            if event.actorKind == .agent, let id = event.actorID { ids.insert(id) }
            if event.kind == .assigned, let to = event.detail(.to).flatMap(UUID.init(uuidString:)) { ids.insert(to) }
        }
        return ids
    }
}
