/// The text of `/dev/mail`, the development view of the mail outbox.
struct DevMailText: Sendable {
    let title: String
    let lead: String
    let empty: String
    let recipient: String
    let subject: String
    let kind: String
    let status: String
    let createdAt: String
    let sentAt: String
    let attempts: String
    let lastError: String
    let body: String
    let erased: String
    let backToList: String
    let statusName: @Sendable (OutboxMail.Status) -> String
}

extension DevMailText {
    static let french = DevMailText(
        title: "Courriels (développement)",
        lead: "Tous les courriels de la file d’envoi, du plus récent au plus ancien. Cette page n’existe qu’en développement.",
        empty: "Aucun courriel pour l’instant.",
        recipient: "Destinataire",
        subject: "Objet",
        kind: "Type",
        status: "État",
        createdAt: "Créé le",
        sentAt: "Envoyé le",
        attempts: "Tentatives",
        lastError: "Dernière erreur",
        body: "Texte du message",
        erased: "Ce courriel portait un mot de passe temporaire : son texte a été effacé après l’envoi.",
        backToList: "Tous les courriels",
        statusName: { status in
            switch status {
            case .pending: "en attente"
            case .sending: "en cours d’envoi"
            case .sent: "envoyé"
            case .failed: "échec"
            }
        }
    )

    static let english = DevMailText(
        title: "Mail (development)",
        lead: "Every mail of the outbox, newest first. This page exists in development only.",
        empty: "No mail yet.",
        recipient: "To",
        subject: "Subject",
        kind: "Kind",
        status: "Status",
        createdAt: "Created",
        sentAt: "Sent",
        attempts: "Attempts",
        lastError: "Last error",
        body: "Message text",
        erased: "This mail carried a temporary password: its text was erased once delivered.",
        backToList: "All mail",
        statusName: { status in
            switch status {
            case .pending: "pending"
            case .sending: "sending"
            case .sent: "sent"
            case .failed: "failed"
            }
        }
    )
}
