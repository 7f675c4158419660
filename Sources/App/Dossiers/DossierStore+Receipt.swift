import DCEMRules
import FluentKit
import Foundation

extension DossierStore {
    /// The receipt of a filed case as filed, and the last change of its implicit-refusal date
    /// since filing (nil when none). A case filed before receipts were kept gets its receipt
    /// rebuilt from the case (`FiledReceipt.reconstructed`).
    func receipt(of dossier: Dossier) async throws -> (FiledReceipt, since: ImplicitRefusalChange?) {
        let id = try dossier.requireID()
        let db = database()
        let events = try await self.events(of: id)
        let receipt: FiledReceipt
        if let stored = try await DossierReceipt.query(on: db).filter(\.$dossierID == id).first()?.decoded {
            receipt = stored
        } else {
            let all = try await DossierDocument.query(on: db).filter(\.$dossierID == id).sort(\.$uploadedAt).all()
            receipt = FiledReceipt.reconstructed(dossier, allDocuments: all, events: events)
        }
        let changes = ImplicitRefusalChanges.of(events, in: dossier.competentDepartement ?? .paris)
        let since = changes.last.flatMap { $0.reason == .filed ? nil : $0 }
        return (receipt, since)
    }
}
