import FluentKit
import Foundation

/// One look of an agent at a case in the back office (docs/pages.md#access-log).
final class CaseAccess: Model, @unchecked Sendable {
    static let schema = "case_access_log"

    enum What: String, Sendable, CaseIterable {
        /// The case's page.
        case casePage = "case"
        /// One of its files, or a message's attachment.
        case file
        /// One of its files on the review page, beside the answers.
        case fileReview = "file-review"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "dossier_id") var dossierID: UUID
    @Field(key: "agent_id") var agentID: UUID
    @Field(key: "at") var at: Date
    @Field(key: "what") var what: String
    @OptionalField(key: "file_id") var fileID: UUID?

    init() {}

    init(dossierID: UUID, agentID: UUID, at: Date, what: What, fileID: UUID? = nil) {
        self.id = UUID()
        self.dossierID = dossierID
        self.agentID = agentID
        self.at = at
        self.what = what.rawValue
        self.fileID = fileID
    }
}
