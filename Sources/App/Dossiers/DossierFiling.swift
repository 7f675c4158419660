import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// Filing a draft: it checks the workflow, takes the dossier with one conditional write, and
/// writes the reference, its event and the acknowledgement mail in the same transaction.
struct DossierFiling: Sendable {
    let store: DossierStore
    /// Where the documents' files are: a document whose file is not there is not filed.
    let files: any FileStorage
    let publicURL: String
    let now: @Sendable () -> Date

    enum Result {
        case filed(Dossier)
        /// Not filed: what is missing, with the dossier as it stands.
        case incomplete(Dossier, [DossierDocument], DossierChecklist)
    }

    /// Files a draft. A dossier already filed answers `.filed` with the same dossier: a double
    /// click, a resent form or a retry never makes two cases, nor two references. `assistingAgent`:
    /// the agent filing an assisted draft at the counter (rule 19), recorded as the actor.
    func file(_ id: UUID, by user: User, language: Language, assistingAgent agentID: UUID? = nil) async throws -> Result {
        let userID = try user.requireID()
        let now = self.now()
        // A document whose file the store does not hold counts as not given: the checklist then
        // names its slot, and the family sends it again (docs/file-store.md#filing). Looked up
        // before the transaction, which on SQLite holds the one connection the store reads through.
        let absent = try await missingFiles(of: id)
        do {
            return try await store.database().transaction { db in
                let dossier = try await store.owned(id, by: userID, on: db)
                guard dossier.currentState == .draft else { return .filed(dossier) }
                let departement = dossier.competentDepartement ?? .paris
                let today = departement.today(at: now)
                let documents = try await store.documents(of: id, on: db).filter { !absent.contains($0.sha256) }
                let checklist = store.checklist(dossier, documents: documents, today: today)
                guard checklist.problems.isEmpty, dossier.competentDepartement != nil else {
                    return .incomplete(dossier, documents, checklist)
                }
                let actor: DossierActor = agentID == nil ? .family : .agent
                if case .failure(let error) = Workflow.apply(.file, to: .draft, by: actor,
                                                             context: .init(today: today, assisted: agentID != nil && dossier.assisted)) {
                    throw DossierError.workflow(error)
                }
                guard try await DossierStore.claim(dossier, to: .filed, now: now, on: db) else {
                    // Filed meanwhile by the same family's other request.
                    throw DossierError.conflict
                }
                let serial = try await DossierStore.nextSerial(departement, year: today.year, on: db)
                guard let reference = DossierReference(departement: departement, year: today.year, serial: serial) else {
                    throw DossierError.conflict
                }
                let silence = Deadlines.implicitRefusalDate(filedOn: today)
                dossier.reference = reference.description
                dossier.filedAt = now
                dossier.filedOn = today.iso
                dossier.implicitRefusalOn = silence.iso
                // The back office's queue filters and sorts on these (docs/pages.md#back-office).
                try await QueueColumns.fill(dossier, grounds: checklist.evaluation?.grounds ?? [], on: db)
                try await dossier.update(on: db)
                // The receipt as filed: later corrections and decisions never change it.
                try await DossierReceipt(dossierID: id, receipt: FiledReceipt(reference: reference.description, filedOn: today, implicitRefusalOn: silence,
                                                                              departement: departement, answers: dossier.decodedAnswers(),
                                                                              documents: documents), at: now).create(on: db)
                try await DossierEvent(dossierID: id, at: now, actor: actor, actorID: agentID ?? userID, kind: .action(.file),
                                       details: [.reference: reference.description, .filedOn: today.iso, .implicitRefusalOn: silence.iso])
                    .create(on: db)
                // The family's language; the request's when the account names none this service knows.
                try await MailWriter(publicURL: publicURL).send(
                    DossierNotification(to: .account(user.id!, fallback: language),
                                     .filed(dossier: id, reference: reference.description, filedOn: today, departement: departement, silence: silence)),
                    on: db, now: now)
                return .filed(dossier)
            }
        } catch {
            // A concurrent filing of the same dossier won: answer with its result, whatever failed here.
            if let dossier = try? await store.owned(id, by: userID), dossier.currentState != .draft { return .filed(dossier) }
            throw error
        }
    }

    /// The hashes of the draft's documents that the store does not hold.
    func missingFiles(of id: UUID) async throws -> Set<String> {
        var absent: Set<String> = []
        for hash in Set(try await store.documents(of: id).map(\.sha256)) {
            if try await !files.exists(sha256: hash) { absent.insert(hash) }
        }
        if !absent.isEmpty {
            store.database().logger.warning("filing refused: stored files missing", metadata: ["dossier": "\(id)", "count": "\(absent.count)"])
        }
        return absent
    }
}
