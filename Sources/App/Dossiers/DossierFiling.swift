import DCEMRules
import FluentKit
import Foundation

/// The family's state-changing actions on a dossier: filing and withdrawing. Each one checks the
/// workflow, takes the dossier with one conditional write, and writes its event and its mail in
/// the same transaction.
struct DossierFiling: Sendable {
    let store: DossierStore
    let publicURL: String
    let now: @Sendable () -> Date

    enum Result {
        case filed(Dossier)
        /// Not filed: what is missing, with the dossier as it stands.
        case incomplete(Dossier, [DossierDocument], DossierChecklist)
    }

    /// Files a draft. A dossier already filed answers `.filed` with the same dossier: a double
    /// click, a resent form or a retry never makes two cases, nor two references.
    func file(_ id: UUID, by user: User, language: Language) async throws -> Result {
        let userID = try user.requireID()
        let now = self.now()
        do {
            return try await store.database().transaction { db in
                let dossier = try await store.owned(id, by: userID, on: db)
                guard dossier.caseState == .draft else { return .filed(dossier) }
                let departement = dossier.competentDepartement ?? .paris
                let today = departement.today(at: now)
                let documents = try await store.documents(of: id, on: db)
                let checklist = store.checklist(dossier, documents: documents, today: today)
                guard checklist.problems.isEmpty, dossier.competentDepartement != nil else {
                    return .incomplete(dossier, documents, checklist)
                }
                if case .failure(let error) = Workflow.apply(.file, to: .draft, by: .family, context: .init(today: today)) {
                    throw DossierError.workflow(error)
                }
                guard try await DossierStore.claim(dossier, to: .filed, now: now, on: db) else {
                    // Filed meanwhile by the same family's other request.
                    throw DossierError.conflict
                }
                let serial = try await DossierStore.nextSerial(departement, year: today.year, on: db)
                guard let reference = CaseReference(departement: departement, year: today.year, serial: serial) else {
                    throw DossierError.conflict
                }
                let silence = Deadlines.implicitRefusalDate(filedOn: today)
                dossier.reference = reference.description
                dossier.filedAt = now
                dossier.filedOn = today.iso
                dossier.implicitRefusalOn = silence.iso
                try await dossier.update(on: db)
                try await DossierEvent(dossierID: id, at: now, actor: CaseActor.family.rawValue, actorID: userID, action: CaseAction.file.rawValue,
                                       details: ["reference": reference.description, "filedOn": today.iso, "implicitRefusalOn": silence.iso])
                    .create(on: db)
                let mailLanguage = Language(rawValue: user.language) ?? language
                let t = Catalog.of(mailLanguage).dossier
                let format = Catalog.of(mailLanguage).simulator
                let body = t.mailFiledBody(reference.description, format.format(today), departement.serviceName, format.format(silence),
                                           publicURL + SiteURL.dossier(id).path) + "\n\n" + t.mailSignature
                try await Outbox.enqueue(OutgoingMail(recipient: user.email, subject: t.mailFiledSubject(reference.description), body: body,
                                                      kind: "case-filed", language: mailLanguage.rawValue), on: db, now: now)
                return .filed(dossier)
            }
        } catch {
            // A concurrent filing of the same dossier won: answer with its result, whatever failed here.
            if let dossier = try? await store.owned(id, by: userID), dossier.caseState != .draft { return .filed(dossier) }
            throw error
        }
    }

    /// Withdraws a dossier before any decision (workflow.md).
    func withdraw(_ dossier: Dossier, by user: User) async throws {
        let userID = try user.requireID()
        let now = self.now()
        let departement = dossier.competentDepartement ?? .paris
        let today = departement.today(at: now)
        if case .failure(let error) = Workflow.apply(.withdraw, to: dossier.caseState, by: .family, context: .init(today: today)) {
            throw DossierError.workflow(error)
        }
        try await store.database().transaction { db in
            guard try await DossierStore.claim(dossier, to: .withdrawn, now: now, on: db) else { throw DossierError.conflict }
            dossier.implicitRefusalOn = nil
            try await dossier.update(on: db)
            try await DossierEvent(dossierID: dossier.id!, at: now, actor: CaseActor.family.rawValue, actorID: userID,
                                   action: CaseAction.withdraw.rawValue).create(on: db)
            let language = Language(rawValue: user.language) ?? .fr
            let t = Catalog.of(language).dossier
            let reference = dossier.reference ?? ""
            try await Outbox.enqueue(OutgoingMail(recipient: user.email, subject: t.mailWithdrawnSubject(reference),
                                                  body: t.mailWithdrawnBody(reference, departement.serviceName) + "\n\n" + t.mailSignature,
                                                  kind: "case-withdrawn", language: language.rawValue), on: db, now: now)
        }
    }
}
