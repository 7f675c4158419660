import DCEMRules
import Foundation

/// A mail the service owes someone, as data: which mail, to whom, with which values. The domain
/// says what to tell; one writer in the web layer words it in the recipient's language and queues
/// it in the same transaction as the change it reports.
public struct DossierNotification: Equatable, Sendable {
    public let recipient: Recipient
    public let mail: Mail

    public init(to recipient: Recipient, _ mail: Mail) {
        self.recipient = recipient
        self.mail = mail
    }

    public enum Recipient: Equatable, Sendable {
        /// A family's account, written to in the account's language (`fallback` if it names none this service knows).
        case account(UUID, fallback: Language = .fr)
        /// An address with no account behind it, in the language of the request that caused the mail.
        case address(String, Language)
    }

    public enum Mail: Equatable, Sendable {
        /// The acknowledgement of a filing: the reference, the day, the service, the day silence refuses.
        case filed(dossier: UUID, reference: String, filedOn: CivilDate, departement: Departement, silence: CivilDate)
        /// A step of the case: what happened (a refusal carries the appeal routes).
        case dossierUpdate(dossier: UUID, reference: String, action: DossierAction)
        /// The préfecture wrote to the family.
        case messageFromPrefecture(dossier: UUID, reference: String)
        /// The child's own account, opened at the grant.
        case childAccount(dossier: UUID, childName: String, foreignerNumber: String)
        /// An untouched draft will be deleted on `deletionOn` unless the family opens it (docs/law.md#retention).
        case draftDeletionNotice(dossier: UUID, child: String?, deletionOn: CivilDate)
        /// A new account's temporary password (also an access given at the counter, rule 19).
        case accountCreated(temporaryPassword: String, validHours: Int)
        /// Someone signed up with an address that already has an account.
        case accountExists
        case passwordReset(temporaryPassword: String, validHours: Int)
    }
}

public extension DossierNotification.Mail {
    /// What the outbox records the mail as; stored, so the spellings stay.
    var kind: String {
        switch self {
        case .filed: "case-filed"
        case .dossierUpdate(_, _, let action): "case-\(action.rawValue)"
        case .messageFromPrefecture: "case-message"
        case .childAccount: "child-account"
        case .draftDeletionNotice: "draft-deletion-notice"
        case .accountCreated: "account-created"
        case .accountExists: "account-exists"
        case .passwordReset: "password-reset"
        }
    }
}
