import DCEMRules
import FluentKit
import Foundation

/// Free messages between the family and the préfecture (workflow.md: every state but `draft`,
/// no state change). Each message writes its event in the same transaction; a message from the
/// préfecture also writes the family's mail there.
struct DossierMessages: Sendable {
    let store: DossierStore
    let publicURL: String
    let now: @Sendable () -> Date

    /// Longest message kept, in characters.
    static let maxLength = 5000
    /// A second identical message this soon after the first is a double submit, not a new message.
    static let resendWindow: TimeInterval = 120

    func list(of dossierID: UUID) async throws -> [DossierMessage] {
        try await DossierMessage.query(on: store.database()).filter(\.$dossierID == dossierID).sort(\.$at).all()
    }

    func message(_ id: UUID, in dossierID: UUID) async throws -> DossierMessage? {
        try await DossierMessage.query(on: store.database()).filter(\.$id == id).filter(\.$dossierID == dossierID).first()
    }

    /// Posts a message; a resent form (same author, text and file within `resendWindow`) returns the first one.
    @discardableResult
    func post(to dossier: Dossier, by party: ActingParty, body: String, attachment: MessageAttachment?) async throws -> DossierMessage {
        guard dossier.caseState != .draft else { throw DossierError.notFiled }
        let now = self.now()
        let id = dossier.id!
        return try await store.database().transaction { db in
            let recent = try await DossierMessage.query(on: db).filter(\.$dossierID == id).filter(\.$author == party.kind.rawValue)
                .filter(\.$at >= now.addingTimeInterval(-Self.resendWindow)).all()
            if let same = recent.first(where: { $0.authorID == party.id && $0.body == body && $0.attachmentSHA256 == attachment?.stored.sha256 }) {
                return same
            }
            let message = DossierMessage(dossierID: id, at: now, author: party.kind.rawValue, authorID: party.id, body: body, attachment: attachment)
            try await message.create(on: db)
            var details = ["message": message.id!.uuidString.lowercased()]
            if let attachment { details["sha256"] = attachment.stored.sha256 }
            try await DossierEvent(dossierID: id, at: now, actor: party.kind.rawValue, actorID: party.id, action: "message", details: details)
                .create(on: db)
            if party.kind == .agent, let user = try await User.find(dossier.userID, on: db) {
                let language = Language(rawValue: user.language) ?? .fr
                let t = Catalog.of(language).dossier
                let reference = dossier.reference ?? ""
                let url = publicURL + SiteURL.dossierMessages(id).path
                let text = t.mailUpdateBody(reference, t.messageMail, url) + "\n\n" + t.mailSignature
                try await Outbox.enqueue(OutgoingMail(recipient: user.email, subject: t.mailUpdateSubject(reference), body: text,
                                                      kind: "case-message", language: language.rawValue), on: db, now: now)
            }
            return message
        }
    }
}
