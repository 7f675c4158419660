import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// Free messages between the family and the préfecture (docs/states.md#messages: every state but
/// `draft`, no state change). Each message writes its event in the same transaction; a message from
/// the préfecture also writes the family's mail there.
struct DossierMessages: Sendable {
    let store: DossierStore
    let publicURL: String
    let now: @Sendable () -> Date

    /// Longest message kept, in characters.
    static let maxLength = 5000
    /// The most a message's text may take while it is read, before it is checked: four bytes per
    /// character, the longest a character takes in UTF-8 (a character built of several, rare
    /// beyond a few emoji, counts as several), so no message within `maxLength` is cut.
    static let maxBytes = maxLength * 4
    /// A message form's text fields: the message, and nothing else of any size.
    static let textLimits = TextLimits(byField: ["body": maxBytes])
    /// A second identical message this soon after the first is a double submit, not a new message.
    static let resendWindow: TimeInterval = 120

    func list(of dossierID: UUID) async throws -> [DossierMessage] {
        try await DossierMessage.query(on: store.database()).filter(\.$dossierID == dossierID).sort(\.$at).all()
    }

    func message(_ id: UUID, in dossierID: UUID) async throws -> DossierMessage? {
        try await DossierMessage.query(on: store.database()).filter(\.$id == id).filter(\.$dossierID == dossierID).first()
    }

    /// What a message holds once checked: the text, and the file when one was sent.
    enum Submission: Sendable {
        case valid(body: String, file: KeptFile?)
        case invalid(body: String, errors: [FieldError])
    }

    /// The one check of a message, for the page and the API alike: the text, trimmed, is required
    /// and at most `maxLength` characters; a file, when one is sent, is a PDF, JPEG or PNG by its content
    /// (the reader kept it in the store only then).
    /// Line breaks are kept (normalised to LF); any other control or invisible character is refused (`TextInput`).
    static func check(body raw: String, file: UploadedPart?, text t: DossierText) -> Submission {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        let body: String
        switch TextInput.check(trimmed, .textArea) {
        case .success(let normalised): body = normalised
        case .failure:
            body = trimmed
            errors.append(FieldError(fieldID: "body", message: t.controlCharactersInText(t.messageLabel)))
        }
        if body.isEmpty { errors.append(FieldError(fieldID: "body", message: t.messageMissing)) }
        if body.count > maxLength { errors.append(FieldError(fieldID: "body", message: t.messageTooLong(maxLength))) }
        var checked: KeptFile? = nil
        if let file, file.size > 0 {
            if let kept = file.kept { checked = kept } else { errors.append(FieldError(fieldID: "file", message: t.fileWrongType)) }
        }
        return errors.isEmpty ? .valid(body: body, file: checked) : .invalid(body: body, errors: errors)
    }

    /// Posts a message; a resent form (same author, text and file within `resendWindow`) returns the first one.
    @discardableResult
    func post(to dossier: Dossier, by party: ActingParty, body: String, attachment: KeptFile?) async throws -> DossierMessage {
        try await send(to: dossier, by: party, body: body, attachment: attachment).message
    }

    /// `post`, telling whether the message is new (`created`) or the first of a resent pair.
    func send(to dossier: Dossier, by party: ActingParty, body: String, attachment: KeptFile?) async throws
        -> (message: DossierMessage, created: Bool) {
        let allowed = party.kind == .family ? DossierPolicy.family(.writeMessage, in: dossier.currentState)
            : DossierPolicy.agent(.writeMessage, in: dossier.currentState)
        guard allowed else { throw DossierError.notFiled }
        let now = self.now()
        let id = dossier.id!
        return try await store.database().transaction { db in
            let recent = try await DossierMessage.query(on: db).filter(\.$dossierID == id).filter(\.$author == party.kind.rawValue)
                .filter(\.$at >= now.addingTimeInterval(-Self.resendWindow)).all()
            if let same = recent.first(where: { $0.authorID == party.id && $0.body == body && $0.attachmentSHA256 == attachment?.stored.sha256 }) {
                return (same, false)
            }
            let message = DossierMessage(dossierID: id, at: now, author: party.kind.rawValue, authorID: party.id, body: body, attachment: attachment)
            try await message.create(on: db)
            var details: [DossierEventDetail: String] = [.message: message.id!.uuidString.lowercased()]
            if let attachment { details[.sha256] = attachment.stored.sha256 }
            try await DossierEvent(dossierID: id, at: now, actor: party.kind, actorID: party.id, kind: .message, details: details)
                .create(on: db)
            if party.kind == .agent {
                try await MailWriter(publicURL: publicURL).send(
                    DossierNotification(to: .account(dossier.userID), .messageFromPrefecture(dossier: id, reference: dossier.reference ?? "")), on: db, now: now)
            }
            return (message, true)
        }
    }
}
