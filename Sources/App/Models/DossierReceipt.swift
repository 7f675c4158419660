import FluentKit
import Foundation

/// The acknowledgement of receipt as it was at filing (`FiledReceipt`, as JSON): one per filed
/// case, written in the filing's transaction and never changed, so the receipt a family prints
/// later still shows what was filed, whatever happened to the case since.
final class DossierReceipt: Model, @unchecked Sendable {
    static let schema = "dossier_receipts"

    @ID(key: .id) var id: UUID?
    @Field(key: "dossier_id") var dossierID: UUID
    @Field(key: "content") var content: Data
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(dossierID: UUID, receipt: FiledReceipt, at: Date) throws {
        id = UUID()
        self.dossierID = dossierID
        content = try JSONEncoder().encode(receipt)
        createdAt = at
    }

    var decoded: FiledReceipt? { try? JSONDecoder().decode(FiledReceipt.self, from: content) }
}
