import DCEMRules
import FluentKit
import Foundation

/// A school known to the service by its UAI code (docs/pages.md#schools): the document de voyage
/// collectif is asked by its head (docs/law.md#rule-12).
final class School: Model, @unchecked Sendable {
    static let schema = "schools"

    @ID(key: .id) var id: UUID?
    /// The UAI code, checked by its key (`SchoolCode`).
    @Field(key: "uai") var uai: String
    @Field(key: "name") var name: String
    /// The département the code names: its préfecture approves the school's head.
    @Field(key: "departement") var departement: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(code: SchoolCode, name: String, now: Date) {
        self.id = UUID()
        self.uai = code.value
        self.name = name
        self.departement = code.departement.code
        self.createdAt = now
    }
}

/// A member's claim to head a school, and the préfecture's answer: only an approved head asks for a
/// collective travel document for the school.
final class SchoolHead: Model, @unchecked Sendable {
    static let schema = "school_heads"

    enum State: String, CaseIterable, Sendable {
        case pending
        case approved
        case refused
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "user_id") var userID: UUID
    /// The head's name as they gave it, for the préfecture and the documents.
    @Field(key: "head_name") var headName: String
    /// A `State` code.
    @Field(key: "state") var state: String
    @OptionalField(key: "refusal_reason") var refusalReason: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(schoolID: UUID, userID: UUID, headName: String, now: Date) {
        self.id = UUID()
        self.schoolID = schoolID
        self.userID = userID
        self.headName = headName
        self.state = State.pending.rawValue
        self.createdAt = now
    }

    var currentState: State { State(rawValue: state) ?? .pending }
}
