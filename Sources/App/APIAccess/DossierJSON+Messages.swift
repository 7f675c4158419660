import DCEMRules
import Foundation

extension DossierJSON {
    /// A message of the conversation with the préfecture, as the API shows it.
    struct Message: Encodable, Sendable {
        struct Attachment: Encodable, Sendable {
            /// For display only: the download is always named by the service.
            let name: String
            let size: Int
            let mediaType: String
        }

        let id: String
        let at: Date
        /// `family` or `prefecture`.
        let author: String
        let body: String
        let attachment: Attachment?

        init(_ message: DossierMessage) {
            id = message.id!.uuidString.lowercased()
            at = message.at
            author = message.author == DossierActor.family.rawValue ? "family" : "prefecture"
            body = message.body
            attachment = message.attachmentSHA256 == nil ? nil : Attachment(
                name: message.attachmentName ?? "document", size: message.attachmentSize ?? 0,
                mediaType: message.attachmentMediaType ?? UploadKind.pdf.mediaType)
        }

        private enum CodingKeys: String, CodingKey { case id, at, author, body, attachment }

        /// `attachment` is always there: `null` when the message has none.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(at, forKey: .at)
            try container.encode(author, forKey: .author)
            try container.encode(body, forKey: .body)
            try container.encode(attachment, forKey: .attachment)
        }
    }

    struct MessageList: Encodable, Sendable {
        let messages: [Message]
    }
}
