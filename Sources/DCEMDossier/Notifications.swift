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
        /// The issued DCEM `number` moved (withdrawal opened, withdrawn, expired, lapsed, declared
        /// lost, returned…); `until` is the last day for observations on a withdrawal opened.
        case documentChange(document: UUID, number: String, action: IssuedDocumentAction, until: CivilDate?)
        /// A reminder of the document's dates (ruling 23); `date` is the validity end, or the
        /// void-after date for the majority reminder.
        case documentReminder(document: UUID, number: String, reminder: DocumentReminder, date: CivilDate)
        /// A renewal was started and is not filed yet.
        case renewalDraftReminder(dossier: UUID)
        /// A school trip's request moved (filed: the acknowledgement; closed once its departure passed undecided).
        case tripUpdate(trip: UUID, reference: String, action: CollectiveTravelAction)
        /// The préfecture wrote to the school about a trip.
        case tripMessage(trip: UUID, reference: String)
        /// The préfecture approved (or refused) the member as the head of `school`.
        case schoolHeadDecision(school: String, approved: Bool)
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
        case .documentChange(_, _, let action, _): "dcem-\(action.rawValue)"
        case .documentReminder(_, _, let reminder, _): "dcem-reminder-\(reminder.rawValue)"
        case .renewalDraftReminder: "renewal-draft-reminder"
        case .tripUpdate(_, _, let action): "trip-\(action.rawValue)"
        case .tripMessage: "trip-message"
        case .schoolHeadDecision(_, let approved): approved ? "school-head-approved" : "school-head-refused"
        }
    }
}
