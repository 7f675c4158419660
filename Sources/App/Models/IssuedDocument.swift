import DCEMRules
import FluentKit
import Foundation

/// A DCEM handed over: the record that outlives the case's workflow.
final class IssuedDocument: Model, @unchecked Sendable {
    static let schema = "issued_documents"

    @ID(key: .id) var id: UUID?
    @Field(key: "dossier_id") var dossierID: UUID
    @Field(key: "dcem_number") var dcemNumber: String
    /// The issuing préfecture's département code.
    @Field(key: "prefecture") var prefecture: String
    @Field(key: "holder_name") var holderName: String
    @OptionalField(key: "foreigner_number") var foreignerNumber: String?
    /// ISO days.
    @Field(key: "valid_from") var validFrom: String
    @OptionalField(key: "valid_until") var validUntil: String?
    @OptionalField(key: "territory") var territory: String?
    @Field(key: "delivered_on") var deliveredOn: String
    @Field(key: "delivered_at") var deliveredAt: Date
    /// No timbre fiscal was due (rule 1).
    @Field(key: "exempt") var exempt: Bool
    @OptionalField(key: "timbre_number") var timbreNumber: String?
    @OptionalField(key: "timbre_amount_eur") var timbreAmountEUR: Int?
    @OptionalField(key: "agent_id") var agentID: UUID?

    // Its life after the hand-over (M028, docs/states.md#the-issued-document).
    /// An `IssuedDocumentState` code.
    @Field(key: "state") var state: String
    /// Moves with every change of state: the conditional update's guard, and the version the
    /// verification code signs (a withdrawn document's old code no longer matches).
    @Field(key: "state_version") var stateVersion: Int
    /// The day of the last change of state (ISO).
    @OptionalField(key: "state_changed_on") var stateChangedOn: String?
    /// The family's account (the case's), for "Mes documents".
    @OptionalField(key: "user_id") var userID: UUID?
    /// The holder's birth date (ISO): the majority reminder, the void-after date, the verification.
    @OptionalField(key: "holder_birth_date") var holderBirthDate: String?
    /// The last day before it is void at majority (`Validity.voidAfter`).
    @OptionalField(key: "void_after") var voidAfter: String?
    /// A `LapseCause` code, once lapsed.
    @OptionalField(key: "lapse_cause") var lapseCause: String?
    /// A withdrawal's grounds (`WithdrawalGround` codes, comma-separated), the day the family was
    /// notified, the last day for observations and the day they came in.
    @OptionalField(key: "withdrawal_grounds") var withdrawalGrounds: String?
    @OptionalField(key: "withdrawal_notified_on") var withdrawalNotifiedOn: String?
    @OptionalField(key: "observations_until") var observationsUntil: String?
    @OptionalField(key: "observations_received_on") var observationsReceivedOn: String?
    /// The reasons given with a withdrawal, as the agent wrote them.
    @OptionalField(key: "withdrawal_reasons") var withdrawalReasons: String?
    /// The case started to replace it after a loss or theft.
    @OptionalField(key: "replacement_dossier_id") var replacementDossierID: UUID?
    /// The return receipt's number, once returned.
    @OptionalField(key: "return_receipt") var returnReceipt: String?

    init() {}

    var currentState: IssuedDocumentState { IssuedDocumentState(rawValue: state) ?? .valid }
}

/// A file given with a move of an issued DCEM: the proof of a residence permit or of French
/// nationality, the police declaration of a loss or theft, observations on a withdrawal.
final class IssuedDocumentFile: Model, @unchecked Sendable {
    static let schema = "issued_document_files"

    @ID(key: .id) var id: UUID?
    @Field(key: "issued_document_id") var issuedDocumentID: UUID
    /// An `IssuedDocumentFile.Purpose` code.
    @Field(key: "purpose") var purpose: String
    @Field(key: "sha256") var sha256: String
    @Field(key: "size") var size: Int
    @Field(key: "media_type") var mediaType: String
    @Field(key: "original_name") var originalName: String
    @Field(key: "uploaded_at") var uploadedAt: Date
    @OptionalField(key: "uploaded_by") var uploadedBy: UUID?

    enum Purpose: String, CaseIterable, Sendable {
        case lapseProof = "lapse-proof"
        case policeDeclaration = "police-declaration"
        case observations
    }

    init() {}

    convenience init(documentID: UUID, purpose: Purpose, upload: IssuedDocumentUpload, by: UUID?, now: Date) {
        self.init(documentID: documentID, purpose: purpose, stored: upload.stored, mediaType: upload.mediaType, originalName: upload.fileName,
                  by: by, now: now)
    }

    init(documentID: UUID, purpose: Purpose, stored: StoredFile, mediaType: String, originalName: String, by: UUID?, now: Date) {
        self.id = UUID()
        self.issuedDocumentID = documentID
        self.purpose = purpose.rawValue
        self.sha256 = stored.sha256
        self.size = stored.size
        self.mediaType = mediaType
        self.originalName = originalName
        self.uploadedAt = now
        self.uploadedBy = by
    }
}

/// A mail the scheduler sends once: its subject (a document, a case) and its kind are unique, so
/// two instances inserting the same notice leave one row, and the loser sends nothing.
final class ScheduledNotice: Model, @unchecked Sendable {
    static let schema = "scheduled_notices"

    @ID(key: .id) var id: UUID?
    @Field(key: "subject_id") var subjectID: UUID
    /// `dcem-reminder-<DocumentReminder>` or `renewal-draft-<last touched day>`.
    @Field(key: "kind") var kind: String
    @Field(key: "sent_at") var sentAt: Date

    init() {}

    init(subjectID: UUID, kind: String, now: Date) {
        self.id = UUID()
        self.subjectID = subjectID
        self.kind = kind
        self.sentAt = now
    }
}
