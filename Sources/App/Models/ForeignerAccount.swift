import FluentKit
import Foundation

/// The child's own account, known by a 10-digit foreigner number; looked after by the family member.
final class ForeignerAccount: Model, @unchecked Sendable {
    static let schema = "foreigner_accounts"

    @ID(key: .id) var id: UUID?
    @Field(key: "foreigner_number") var foreignerNumber: String
    @Field(key: "holder_name") var holderName: String
    @OptionalField(key: "birth_date") var birthDate: String?
    @Field(key: "guardian_user_id") var guardianUserID: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(foreignerNumber: String, holderName: String, birthDate: String?, guardianUserID: UUID, now: Date) {
        self.id = UUID()
        self.foreignerNumber = foreignerNumber
        self.holderName = holderName
        self.birthDate = birthDate
        self.guardianUserID = guardianUserID
        self.createdAt = now
    }
}
