import FluentKit
import Foundation

/// A message in a dossier, from the family or the préfecture; never edited, never deleted.
final class DossierMessage: Model, @unchecked Sendable {
    static let schema = "dossier_messages"

    @ID(key: .id) var id: UUID?
    @Field(key: "dossier_id") var dossierID: UUID
    @Field(key: "at") var at: Date
    /// `family` or `agent` (`DossierActor`).
    @Field(key: "author") var author: String
    @OptionalField(key: "author_id") var authorID: UUID?
    @Field(key: "body") var body: String
    @OptionalField(key: "attachment_sha256") var attachmentSHA256: String?
    @OptionalField(key: "attachment_size") var attachmentSize: Int?
    @OptionalField(key: "attachment_media_type") var attachmentMediaType: String?
    /// For display only: never used as a path.
    @OptionalField(key: "attachment_name") var attachmentName: String?

    init() {}

    init(dossierID: UUID, at: Date, author: String, authorID: UUID?, body: String, attachment: KeptFile?) {
        self.id = UUID()
        self.dossierID = dossierID
        self.at = at
        self.author = author
        self.authorID = authorID
        self.body = body
        self.attachmentSHA256 = attachment?.stored.sha256
        self.attachmentSize = attachment?.stored.size
        self.attachmentMediaType = attachment?.kind.mediaType
        self.attachmentName = attachment?.fileName
    }

    var hasAttachment: Bool { attachmentSHA256 != nil }
}

