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

    init() {}
}
