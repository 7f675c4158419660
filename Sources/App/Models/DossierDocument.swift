import FluentKit
import Foundation

/// One uploaded file of a dossier. Rows are never deleted: "Supprimer" marks a file removed, so
/// every version of every document stays in the dossier's history (docs/states.md#history).
final class DossierDocument: Model, @unchecked Sendable {
    static let schema = "dossier_documents"

    @ID(key: .id) var id: UUID?
    @Field(key: "dossier_id") var dossierID: UUID
    /// The slot: a `DocumentCode`, a translation slot (`<code>:translation`) or `photo`.
    @Field(key: "slot") var slot: String
    @Field(key: "sha256") var sha256: String
    @Field(key: "size") var size: Int
    @Field(key: "media_type") var mediaType: String
    /// The name the file had on the family's device: shown, never used as a path.
    @Field(key: "original_name") var originalName: String
    @Field(key: "uploaded_at") var uploadedAt: Date
    @OptionalField(key: "removed_at") var removedAt: Date?
    /// For a photo: the day it was taken (ISO).
    @OptionalField(key: "taken_on") var takenOn: String?
    /// Added after filing (an answer to the préfecture's request, a correction).
    @Field(key: "after_filing") var afterFiling: Bool
    /// The préfecture's verdict (`accepted`, `rejected`) and its reason, shown to the family.
    @OptionalField(key: "verdict") var verdict: String?
    @OptionalField(key: "verdict_reason") var verdictReason: String?

    init() {}

    init(id: UUID = UUID(), dossierID: UUID, slot: String, stored: StoredFile, mediaType: String, originalName: String,
         takenOn: String?, afterFiling: Bool, now: Date) {
        self.id = id
        self.dossierID = dossierID
        self.slot = slot
        self.sha256 = stored.sha256
        self.size = stored.size
        self.mediaType = mediaType
        self.originalName = originalName
        self.uploadedAt = now
        self.takenOn = takenOn
        self.afterFiling = afterFiling
    }
}
