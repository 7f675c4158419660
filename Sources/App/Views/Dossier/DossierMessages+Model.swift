import DCEMDossier
import DCEMRules
import Foundation

/// The conversation of a filed dossier as the controller computes it: every message oldest first,
/// whose it is, when, and its attachment.
struct DossierMessagesModel: Sendable {
    struct Message: Sendable {
        let fromFamily: Bool
        let meta: String
        let body: String
        let attachment: (label: String, href: String)?
    }

    let id: UUID
    let lead: String
    let messages: [Message]

    init(_ page: PageContext, dossier: Dossier, messages: [DossierMessage]) {
        let t = page.text.dossier
        let id = dossier.id!
        let zone = dossier.competentDepartement ?? .paris
        self.id = id
        lead = page.language.labelled(t.referenceLabel, "\(dossier.reference ?? "") — \(DossierFormat.childName(dossier, page))")
        self.messages = messages.map { message in
            let fromFamily = message.author == DossierActor.family.rawValue
            return Message(fromFamily: fromFamily,
                           meta: t.messageByLine(fromFamily ? t.fromYou : t.fromPrefecture, DossierFormat.moment(message.at, in: zone, page)),
                           body: message.body,
                           attachment: message.hasAttachment
                               ? (t.fileLine(message.attachmentName ?? "", DossierFormat.size(message.attachmentSize ?? 0, page.language)),
                                  SiteURL.dossierMessageAttachment(id, message.id!).path)
                               : nil)
        }
    }
}
