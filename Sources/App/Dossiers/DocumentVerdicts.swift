import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// The préfecture's verdict on each document (docs/pages.md#back-office): accepted, or rejected
/// with a reason the family sees. A verdict moves no state; it is written with its event.
enum DocumentVerdict: String, Sendable, CaseIterable {
    case accepted, rejected
}

enum DocumentVerdicts {
    /// Longest reason kept, in characters.
    static let maxReason = 500

    /// Records the verdict on a file of `dossier`; `.notFound` for a file of another case.
    /// What a verdict form says it saw: the verdict, "none" for none.
    static func seenValue(_ value: String?) -> String { value ?? "none" }

    /// `seen`: the verdict the agent's page showed; when the file's verdict is no longer that one
    /// (a colleague judged it meanwhile), nothing is written and `DossierError.conflict` is thrown.
    static func record(_ verdict: DocumentVerdict, reason: String?, on documentID: UUID, of dossier: Dossier, by agent: UUID?,
                       seen: String, now: Date, database: any Database) async throws {
        guard DossierPolicy.agent(.judgeDocuments, in: dossier.currentState) else { throw DossierError.notFiled }
        try await database.transaction { db in
            guard let document = try await DossierDocument.query(on: db).filter(\.$id == documentID).filter(\.$dossierID == dossier.id!)
                .filter(\.$removedAt == nil).first() else { throw DossierError.notFound }
            guard seenValue(document.verdict) == seen else { throw DossierError.conflict }
            document.verdict = verdict.rawValue
            document.verdictReason = verdict == .rejected ? reason.map { String($0.prefix(maxReason)) } : nil
            try await document.update(on: db)
            try await DossierEvent(dossierID: dossier.id!, at: now, actor: .agent, actorID: agent, kind: .documentVerdict,
                                   details: [.document: documentID.uuidString.lowercased(), .slot: document.slot, .verdict: verdict.rawValue])
                .create(on: db)
        }
    }
}
